// Where a figure stands in its text: its sentence, the byte of its number there, its paragraph
// before it, and the clauses before the number; read by the indicator, period and panel rules.
#pragma once

#include <string_view>

#include "zzreport/extract/analysis.hpp"
#include "zzreport/text/document.hpp"

namespace zz::extract {

/// A quantity's place in the normalised text.
struct Place {
  std::string_view sentence;
  std::size_t number = 0;             ///< byte offset of the number in `sentence`
  std::string_view paragraph_before;  ///< its paragraph up to the sentence

  std::string_view before() const { return sentence.substr(0, number); }
  std::string_view after() const { return sentence.substr(number); }
};

/// The place of `q` in `doc`; an empty sentence when it cannot be found.
Place place_of(const text::Document& doc, const Quantity& q);

/// The last `clauses` clauses before byte `number` of `sentence` (back to ，；：。).
std::string_view clauses_before(std::string_view sentence, std::size_t number, int clauses);

/// Where the clause starts in `before` when the figure at its end stands in a list of figures of
/// its clause (城乡居民收入增长5％和3％左右: both figures; `after` is the sentence from the
/// number); npos when it stands alone.
std::size_t clause_list_start(std::string_view before, std::string_view after);

}  // namespace zz::extract
