// IdfTable: parsing data/idf.tsv ("#key value" header lines, then "term<TAB>df" lines).
#include "zzreport/extract/idf_table.hpp"

#include <algorithm>
#include <bit>
#include <utility>
#include <charconv>
#include <cmath>
#include <fstream>
#include <sstream>

#include "content_units.hpp"
#include "zzreport/text/error.hpp"
#include "zzreport/text/utf8.hpp"

namespace zz::extract {
namespace {

bool parse_uint(std::string_view s, std::uint32_t& value) {
  const char* end = s.data() + s.size();
  auto [ptr, ec] = std::from_chars(s.data(), end, value);
  return ec == std::errc() && ptr == end;
}

}  // namespace

std::string term_key(std::string_view term) {
  std::string key;
  key.reserve(term.size());
  std::size_t i = 0;
  while (i < term.size()) {
    std::size_t start = i;
    text::utf8::next_code_point(term, i);
    std::string_view cp = term.substr(start, i - start);
    if (!is_quote_mark(cp)) key += cp;
  }
  return key;
}

void IdfTable::load_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorKind::data, "cannot read the IDF table", path);
  std::ostringstream content;
  content << in.rdbuf();
  load(std::move(content).str(), path);
}

IdfTable::Slot* IdfTable::find_slot(std::string_view key) {
  return const_cast<Slot*>(std::as_const(*this).find_slot(key));
}

const IdfTable::Slot* IdfTable::find_slot(std::string_view key) const {
  if (slots_.empty()) return nullptr;
  std::size_t mask = slots_.size() - 1;
  for (std::size_t i = std::hash<std::string_view>{}(key) & mask;; i = (i + 1) & mask) {
    if (slots_[i].key.empty() || slots_[i].key == key) return &slots_[i];
  }
}

void IdfTable::load(std::string text, const std::string& name) {
  content_ = std::move(text);
  std::string_view content = content_;
  std::size_t lines = static_cast<std::size_t>(std::count(content.begin(), content.end(), '\n'));
  slots_.assign(std::bit_ceil(2 * lines + 2), Slot{});
  size_ = 0;
  std::size_t line_number = 0;
  while (!content.empty()) {
    std::size_t eol = content.find('\n');
    std::string_view line = content.substr(0, eol);
    content = eol == std::string_view::npos ? std::string_view() : content.substr(eol + 1);
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) continue;
    auto bad = [&](const char* reason) {
      return Error(ErrorKind::data, reason, name, "line " + std::to_string(line_number));
    };
    if (line.front() == '#') {
      // Header lines "#documents N", "#min_df N", "#min_phrase_df N"; other '#' lines are comments.
      std::size_t space = line.find(' ');
      std::string_view key = line.substr(1, space == std::string_view::npos ? 0 : space - 1);
      std::uint32_t* field = key == "documents" ? &documents_
                             : key == "min_df"  ? &min_df_
                             : key == "min_phrase_df" ? &min_phrase_df_
                                                      : nullptr;
      if (field != nullptr && !parse_uint(line.substr(space + 1), *field)) {
        throw bad("malformed header line in the IDF table");
      }
      continue;
    }
    std::size_t tab = line.find('\t');
    std::uint32_t df = 0;
    if (tab == 0 || tab == std::string_view::npos || !parse_uint(line.substr(tab + 1), df)) {
      throw bad("expected 'term<TAB>document frequency' in the IDF table");
    }
    Slot* slot = find_slot(line.substr(0, tab));
    if (slot->key.empty()) {
      slot->key = line.substr(0, tab);
      ++size_;
    }
    slot->df = std::max(slot->df, df);
  }
  if (documents_ == 0 && size_ > 0) {
    throw Error(ErrorKind::data, "the IDF table has no '#documents N' line", name);
  }
}

std::optional<std::uint32_t> IdfTable::document_frequency(std::string_view key) const {
  const Slot* slot = find_slot(key);
  if (slot == nullptr || slot->key.empty()) return std::nullopt;
  return slot->df;
}

double IdfTable::idf_for(double df) const {
  if (documents_ == 0) return 1.0;
  return std::log((documents_ + 1.0) / (std::min<double>(df, documents_) + 1.0));
}

double IdfTable::term_idf(std::string_view key) const {
  std::optional<std::uint32_t> df = document_frequency(key);
  return idf_for(df ? *df : std::max(0.0, min_df_ - 1.0));
}

double IdfTable::phrase_idf(std::string_view key, double max_part_idf) const {
  if (std::optional<std::uint32_t> df = document_frequency(key)) return idf_for(*df);
  return std::max(max_part_idf, idf_for(std::max(0.0, min_phrase_df_ - 1.0)));
}

}  // namespace zz::extract
