// IdfTable: parsing data/idf.tsv ("#key value" header lines, then "term<TAB>df" lines).
#include "zzreport/extract/idf_table.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <new>
#include <utility>

#include "content_units.hpp"
#include "word_key.hpp"
#include "zzreport/text/data_file.hpp"
#include "zzreport/text/utf8.hpp"

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace zz::extract {
namespace {

using text::parse_uint;

constexpr std::size_t kHugePage = std::size_t{2} << 20;  // a slot table this large gets 2 MB pages

/// The document frequency a key missing from the table counts as: just below the pruning
/// threshold that left it out.
std::uint32_t below(std::uint32_t threshold) { return std::max(threshold, 1u) - 1; }

/// The fields of a row "term<TAB>df", or false when it is not one.
bool parse_row(std::string_view row, std::string_view& key, std::uint32_t& df) {
  std::size_t tab = row.find('\t');
  if (tab == 0 || tab == std::string_view::npos) return false;
  key = row.substr(0, tab);
  return parse_uint(row.substr(tab + 1), df);
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
  text::DataFile file = text::DataFile::read(path, "the IDF table");
  load(std::move(file).release(), path);
}

IdfTable::Slot* IdfTable::SlotAllocator::allocate(std::size_t n) {
  std::size_t bytes = n * sizeof(Slot);
  if (bytes < kHugePage) return static_cast<Slot*>(::operator new(bytes));
  // Whole huge pages, aligned to one, and advised before they are first touched.
  bytes = (bytes + kHugePage - 1) / kHugePage * kHugePage;
  void* p = std::aligned_alloc(kHugePage, bytes);
  if (p == nullptr) throw std::bad_alloc();
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  madvise(p, bytes, MADV_HUGEPAGE);  // only advice: without huge pages the table works the same
#endif
  return static_cast<Slot*>(p);
}

void IdfTable::SlotAllocator::deallocate(Slot* p, std::size_t n) noexcept {
  if (n * sizeof(Slot) < kHugePage) {
    ::operator delete(p);
  } else {
    std::free(p);
  }
}

std::size_t IdfTable::find_slot(std::string_view key, std::uint64_t word_key,
                                std::uint64_t hash) const {
  std::size_t mask = slots_.size() - 1;
  for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
    const Slot& slot = slots_[i];
    if (slot.word_key == 0) return i;
    if (slot.word_key != word_key) continue;
    if (key.size() <= kWordKeyBytes) return i;
    // Equal keys give equal lengths below 255 bytes; the tab that ends a key in content_ tells
    // longer ones apart.
    std::size_t end = slot.offset + key.size();
    if (end < content_.size() && content_[end] == '\t' &&
        same_tail(key, content_.data() + slot.offset))
      return i;
  }
}

void IdfTable::insert(std::string_view key, std::uint32_t df) {
  std::uint64_t word_key = extract::word_key(key);
  Slot& slot = slots_[find_slot(key, word_key, word_hash(word_key, key))];
  if (slot.word_key == 0) {
    slot.word_key = word_key;
    slot.offset = static_cast<std::uint32_t>(key.data() - content_.data());
    ++size_;
  }
  slot.df = std::max(slot.df, df);
  lowest_df_ = std::min(lowest_df_, slot.df);
}

void IdfTable::load(std::string text, const std::string& name) {
  if (text.size() >= UINT32_MAX) throw Error(ErrorKind::data, "the IDF table is too large", name);
  content_ = std::move(text);
  std::string_view content = content_;
  std::size_t lines = static_cast<std::size_t>(std::count(content.begin(), content.end(), '\n'));
  slots_.assign(std::bit_ceil(lines + lines / 2 + 2), Slot{});
  size_ = 0;
  idf_by_df_.clear();
  lowest_df_ = UINT32_MAX;
  // Rows wait in a small batch whose slots are prefetched, then go in together.
  struct Row {
    std::string_view key;
    std::uint32_t df;
  };
  constexpr std::size_t kBatch = 16;
  Row batch[kBatch];
  std::size_t pending = 0;
  auto flush = [&] {
    for (std::size_t k = 0; k < pending; ++k) insert(batch[k].key, batch[k].df);
    pending = 0;
  };
  auto on_directive = [&](const text::DataDirective& d) {
    // "#documents N", "#min_df N", "#min_phrase_df N"; other directives are comments.
    std::uint32_t* field = d.name == "documents"       ? &documents_
                           : d.name == "min_df"        ? &min_df_
                           : d.name == "min_phrase_df" ? &min_phrase_df_
                                                       : nullptr;
    if (field != nullptr && !parse_uint(d.value, *field)) {
      throw Error(ErrorKind::data, "malformed header line in the IDF table", name,
                  "line " + std::to_string(d.number));
    }
  };
  auto on_line = [&](const text::DataLine& line) {
    std::string_view key;
    std::uint32_t df = 0;
    if (!parse_row(line.text(), key, df)) {
      throw line.error("expected 'term<TAB>document frequency' in the IDF table");
    }
    __builtin_prefetch(&slots_[word_hash(word_key(key), key) & (slots_.size() - 1)], 1);
    batch[pending++] = {key, df};
    if (pending == kBatch) flush();
  };
  std::string_view body = content;
  if (body.starts_with("\xEF\xBB\xBF")) body.remove_prefix(3);
  text::DataFile::for_each_line_of(body, name, on_line, on_directive);
  flush();
  if (documents_ == 0 && size_ > 0) {
    throw Error(ErrorKind::data, "the IDF table has no '#documents N' line", name);
  }
  constexpr std::uint32_t kMaxTabulated = 1u << 16;
  idf_by_df_.resize(std::min(documents_, kMaxTabulated) + std::size_t{1});
  for (std::uint32_t df = 0; df < idf_by_df_.size(); ++df) idf_by_df_[df] = idf_for(df);
}

const IdfTable::Slot* IdfTable::slot_of(std::string_view key) const {
  if (slots_.empty() || key.empty()) return nullptr;
  std::uint64_t word_key = extract::word_key(key);
  const Slot& slot = slots_[find_slot(key, word_key, word_hash(word_key, key))];
  return slot.word_key == 0 ? nullptr : &slot;
}

std::optional<std::uint32_t> IdfTable::document_frequency(std::string_view key) const {
  const Slot* slot = slot_of(key);
  if (slot == nullptr) return std::nullopt;
  return slot->df;
}

double IdfTable::idf_for(double df) const {
  if (documents_ == 0) return 1.0;
  return std::log((documents_ + 1.0) / (std::min<double>(df, documents_) + 1.0));
}

double IdfTable::max_idf() const {
  // A missing term counts as occurring min_df - 1 times, a missing phrase min_phrase_df - 1 times
  // or as its rarest part.
  std::uint32_t missing = below(std::min(min_df_, min_phrase_df_));
  return idf_of(std::min(missing, lowest_df_));
}

double IdfTable::term_idf(std::string_view key) const {
  std::optional<std::uint32_t> df = document_frequency(key);
  return idf_of(df ? *df : below(min_df_));
}

double IdfTable::phrase_idf(std::string_view key, double max_part_idf) const {
  std::optional<double> listed = listed_idf(key);
  return listed ? *listed : unlisted_phrase_idf(max_part_idf);
}

std::optional<double> IdfTable::listed_idf(std::string_view key) const {
  if (std::optional<std::uint32_t> df = document_frequency(key)) return idf_of(*df);
  return std::nullopt;
}

double IdfTable::unlisted_phrase_idf(double max_part_idf) const {
  return std::max(max_part_idf, idf_of(below(min_phrase_df_)));
}

}  // namespace zz::extract
