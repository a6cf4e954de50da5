// icu_dictionary_words(): cjdict is a UCharsTrie after a header of int32 indexes (ICU's
// dictionarydata.h: index 0 is the trie's offset, index 4 its type), enumerated with ICU's API,
// with the simplified form of the traditional words it holds.
#include "icu_dictionary.hpp"

#include <unicode/translit.h>
#include <unicode/ucharstrie.h>
#include <unicode/udata.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>
#include <unordered_set>

#include "char_class.hpp"
#include "zzreport/text/error.hpp"

namespace zz::segment::detail {
namespace {

constexpr int kTrieOffsetIndex = 0;
constexpr int kTrieTypeIndex = 4;
constexpr std::int32_t kTrieTypeMask = 7;
constexpr std::int32_t kTrieTypeUChars = 1;

std::u32string to_utf32(const icu::UnicodeString& s) {
  std::u32string out;
  for (int32_t i = 0; i < s.length();) {
    UChar32 cp = s.char32At(i);
    out += static_cast<char32_t>(cp);
    i += U16_LENGTH(cp);
  }
  return out;
}

/// Adds the simplified form of each traditional word whose form `words` lacks, at the traditional
/// word's cost. cjdict is written mostly in traditional characters: it holds 本報, 縣委, 鐘聲,
/// 改為 but not 本报, 县委, 钟声, 改为, which ICU's segmentation of simplified text then cuts.
void add_simplified_forms(std::vector<IcuWord>& words) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Transliterator> to_simplified(
      icu::Transliterator::createInstance("Hant-Hans", UTRANS_FORWARD, status));
  if (U_FAILURE(status)) {
    throw Error(ErrorKind::internal,
                std::string("ICU transliterator Hant-Hans unavailable: ") + u_errorName(status));
  }
  std::unordered_set<std::u32string_view> present;
  for (const IcuWord& w : words) present.insert(w.word);
  std::vector<IcuWord> added;
  for (const IcuWord& w : words) {
    icu::UnicodeString text;
    for (char32_t cp : w.word) text.append(static_cast<UChar32>(cp));
    icu::UnicodeString original = text;
    to_simplified->transliterate(text);
    if (text == original) continue;
    std::u32string simplified = to_utf32(text);
    if (present.count(simplified) != 0 ||
        !std::all_of(simplified.begin(), simplified.end(),
                     [](char32_t cp) { return is_han_text(cp); })) {
      continue;
    }
    added.push_back({std::move(simplified), w.cost, true});
  }
  // Several traditional words may fold to one simplified form (乾/幹 → 干): the cheapest is kept.
  std::sort(added.begin(), added.end(), [](const IcuWord& a, const IcuWord& b) {
    return a.word != b.word ? a.word < b.word : a.cost < b.cost;
  });
  added.erase(std::unique(added.begin(), added.end(),
                          [](const IcuWord& a, const IcuWord& b) { return a.word == b.word; }),
              added.end());
  present.clear();  // views into `words`, which the insertion below may move
  words.insert(words.end(), std::make_move_iterator(added.begin()),
               std::make_move_iterator(added.end()));
}

}  // namespace

std::vector<IcuWord> icu_dictionary_words() {
  UErrorCode status = U_ZERO_ERROR;
  UDataMemory* memory =
      udata_open(U_ICUDATA_NAME U_TREE_SEPARATOR_STRING "brkitr", "dict", "cjdict", &status);
  if (U_FAILURE(status)) {
    throw Error(ErrorKind::internal,
                std::string("ICU dictionary cjdict not found: ") + u_errorName(status));
  }
  const auto* indexes = static_cast<const std::int32_t*>(udata_getMemory(memory));
  if ((indexes[kTrieTypeIndex] & kTrieTypeMask) != kTrieTypeUChars) {
    udata_close(memory);
    throw Error(ErrorKind::internal, "ICU dictionary cjdict has an unexpected format");
  }
  const char* base = static_cast<const char*>(udata_getMemory(memory));
  icu::UCharsTrie trie(reinterpret_cast<const char16_t*>(base + indexes[kTrieOffsetIndex]));
  icu::UCharsTrie::Iterator it(trie, 0, status);
  std::vector<IcuWord> words;
  while (U_SUCCESS(status) && it.next(status)) {
    const icu::UnicodeString& word = it.getString();
    std::u32string utf32;
    bool han = true;
    for (int32_t i = 0; i < word.length() && han;) {
      UChar32 cp = word.char32At(i);
      han = is_han_text(static_cast<char32_t>(cp));
      utf32 += static_cast<char32_t>(cp);
      i += U16_LENGTH(cp);
    }
    if (han) words.push_back({std::move(utf32), it.getValue()});
  }
  udata_close(memory);
  if (U_FAILURE(status)) {
    throw Error(ErrorKind::internal,
                std::string("ICU dictionary cjdict unreadable: ") + u_errorName(status));
  }
  add_simplified_forms(words);
  std::sort(words.begin(), words.end(),
            [](const IcuWord& a, const IcuWord& b) { return a.word < b.word; });
  return words;
}

}  // namespace zz::segment::detail
