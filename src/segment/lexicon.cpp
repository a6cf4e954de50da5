// Lexicon: parsing jieba-format dictionaries into a sorted entry vector.
#include "zzreport/segment/lexicon.hpp"

#include <algorithm>
#include <charconv>  // std::from_chars

#include "zzreport/text/data_file.hpp"

namespace zz::segment {
namespace {

bool is_blank(char c) { return c == ' ' || c == '\t'; }

/// Splits a line into at most 4 blank-separated fields; returns the count found.
std::size_t split_fields(std::string_view line, std::string_view (&fields)[4]) {
  std::size_t n = 0;
  std::size_t i = 0;
  while (i < line.size() && n < 4) {
    while (i < line.size() && is_blank(line[i])) ++i;
    if (i == line.size()) break;
    std::size_t start = i;
    while (i < line.size() && !is_blank(line[i])) ++i;
    fields[n++] = line.substr(start, i - start);
  }
  return n;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool is_number(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), is_digit);
}

/// A part-of-speech tag as jieba writes them (n, nr, vn, eng, slogan): ASCII letters, then letters
/// or digits. Anything else in the second field is a malformed frequency (-5, 1.5, 十).
bool is_tag(std::string_view s) {
  auto is_letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  return !s.empty() && is_letter(s[0]) && std::all_of(s.begin(), s.end(), [&](char c) {
    return is_letter(c) || is_digit(c) || c == '_';
  });
}

bool has_control_character(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) {
    auto b = static_cast<unsigned char>(c);
    return (b < 0x20 && c != '\t') || b == 0x7F;
  });
}

/// Parses one non-blank line into `entry`; returns a reason when the line is malformed.
std::string_view parse_line(std::string_view line, LexiconEntry& entry) {
  std::string_view fields[4];
  std::size_t n = split_fields(line, fields);
  if (n == 4) return "too many fields (expected 'word [freq] [tag]')";
  if (has_control_character(line)) return "control character in the line";
  entry.word.assign(fields[0]);
  std::size_t next = 1;
  if (n > 1 && is_number(fields[1])) {
    auto [ptr, ec] =
        std::from_chars(fields[1].data(), fields[1].data() + fields[1].size(), entry.frequency);
    if (ec != std::errc()) return "frequency out of range";
    next = 2;
  }
  if (next < n) {
    if (next + 1 < n || !is_tag(fields[next])) return "frequency is not a non-negative integer";
    entry.tag.assign(fields[next]);
  }
  return {};
}

}  // namespace

void Lexicon::load_file(const std::string& path, LexiconLayer layer) {
  text::DataFile file = text::DataFile::read(path, "a dictionary");
  load_text(file.text(), file.name(), layer);
}

void Lexicon::load_text(std::string_view text, std::string_view name, LexiconLayer layer) {
  std::vector<LexiconEntry> added;
  added.reserve(static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) + 1);
  // The BOM, comment and blank-line rules are those of every data file; the fields are jieba's,
  // separated by spaces or tabs.
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  text::DataFile::for_each_line_of(
      text, name,
      [&](const text::DataLine& line) {
        LexiconEntry& entry = added.emplace_back();
        entry.layer = layer;
        if (std::string_view reason = parse_line(line.text(), entry); !reason.empty())
          throw line.error(reason);
      },
      [](const text::DataDirective&) {});
  merge(std::move(added));
}

void Lexicon::add(std::string_view word, std::uint64_t frequency, std::string_view tag,
                  LexiconLayer layer) {
  std::vector<LexiconEntry> added(1);
  added[0] = {std::string(word), frequency, std::string(tag), layer};
  merge(std::move(added));
}

void Lexicon::merge(std::vector<LexiconEntry> added) {
  auto by_word = [](const LexiconEntry& a, const LexiconEntry& b) { return a.word < b.word; };
  // The shipped lexicon is written sorted: skip the sort when it already is.
  if (!std::is_sorted(added.begin(), added.end(), by_word)) {
    std::stable_sort(added.begin(), added.end(), by_word);
  }
  std::size_t old_size = entries_.size();
  if (old_size == 0) {
    entries_ = std::move(added);
  } else {
    entries_.insert(entries_.end(), std::make_move_iterator(added.begin()),
                    std::make_move_iterator(added.end()));
    std::inplace_merge(entries_.begin(), entries_.begin() + static_cast<std::ptrdiff_t>(old_size),
                       entries_.end(), by_word);
  }
  // Among equal words (in insertion order after the stable merge) the last one wins; a missing
  // frequency or tag is taken from the one it replaces.
  std::size_t out = 0;
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    if (out > 0 && entries_[out - 1].word == entries_[i].word) {
      LexiconEntry& kept = entries_[out - 1];
      LexiconEntry& next = entries_[i];
      if (next.frequency == 0) next.frequency = kept.frequency;
      if (next.tag.empty()) next.tag = std::move(kept.tag);
      kept = std::move(next);
    } else {
      if (out != i) entries_[out] = std::move(entries_[i]);
      ++out;
    }
  }
  entries_.resize(out);
}

const LexiconEntry* Lexicon::find(std::string_view word) const {
  auto it = std::lower_bound(entries_.begin(), entries_.end(), word,
                             [](const LexiconEntry& e, std::string_view w) { return e.word < w; });
  return it != entries_.end() && it->word == word ? &*it : nullptr;
}

std::uint64_t Lexicon::frequency(std::string_view word) const {
  const LexiconEntry* entry = find(word);
  return entry == nullptr ? 0 : entry->frequency;
}

void write_jieba(std::span<const LexiconEntry> entries, std::string& out) {
  for (const LexiconEntry& e : entries) {
    out += e.word;
    out += ' ';
    out += std::to_string(e.frequency);
    if (!e.tag.empty()) {
      out += ' ';
      out += e.tag;
    }
    out += '\n';
  }
}

}  // namespace zz::segment
