// Fuzz target: the readers of the IDF table and the period table (IdfTable::load,
// PeriodTable::load) on arbitrary bytes: each loads the text or throws zz::Error(data) naming it,
// and a loaded table answers look-ups of its own first key and of others; never a crash, a hang or
// another exception.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_check.hpp"
#include "zzreport/extract/idf_table.hpp"
#include "zzreport/extract/period_table.hpp"
#include "zzreport/text/error.hpp"

namespace {

/// The text before the first TAB of the first line that does not start with '#': a key the table
/// may hold.
std::string_view first_key(std::string_view text) {
  while (!text.empty()) {
    std::size_t eol = text.find('\n');
    std::string_view line = text.substr(0, eol);
    if (!line.starts_with('#')) return line.substr(0, line.find('\t'));
    if (eol == std::string_view::npos) break;
    text.remove_prefix(eol + 1);
  }
  return {};
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace zz;
  std::string_view text = fuzz::as_text(data, size);
  const std::string name = "fuzz.tsv";
  std::string_view key = first_key(text);
  try {
    extract::IdfTable idf;
    idf.load(std::string(text), name);
    double idf_of_key = idf.term_idf(key);
    fuzz::check(idf_of_key >= 0 && idf_of_key <= idf.max_idf() + 1e-9, "IDF out of its bounds");
    fuzz::check(idf.phrase_idf("发展改革", idf.term_idf("发展")) <= idf.max_idf() + 1e-9,
                "phrase IDF above the table's bound");
  } catch (const Error& e) {
    fuzz::check(e.kind() == ErrorKind::data && e.file() == name,
                "IDF table error of the wrong kind or file");
  }
  try {
    extract::PeriodTable periods;
    periods.load(std::string(text), name);
    for (int year : {1949, 1990, 2004, 2021, 2030}) {
      if (auto p = periods.period_of_year(year)) {
        fuzz::check(*p < periods.periods().size(), "period index out of range");
      }
    }
    std::span<const std::uint32_t> counts = periods.documents_with(key);
    fuzz::check(counts.empty() || counts.size() == periods.periods().size(),
                "a row's counts are not one per period");
    if (auto share = periods.period_share(key)) {
      fuzz::check(*share >= 0 && *share <= 1, "period share out of 0..1");
    }
  } catch (const Error& e) {
    fuzz::check(e.kind() == ErrorKind::data && e.file() == name,
                "period table error of the wrong kind or file");
  }
  return 0;
}
