// icu_dictionary_words(): cjdict is a UCharsTrie after a header of int32 indexes (ICU's
// dictionarydata.h: index 0 is the trie's offset, index 4 its type), enumerated with ICU's API.
#include "icu_dictionary.hpp"

#include <unicode/ucharstrie.h>
#include <unicode/udata.h>
#include <unicode/unistr.h>

#include <algorithm>

#include "char_class.hpp"
#include "zzreport/text/error.hpp"

namespace zz::segment::detail {
namespace {

constexpr int kTrieOffsetIndex = 0;
constexpr int kTrieTypeIndex = 4;
constexpr std::int32_t kTrieTypeMask = 7;
constexpr std::int32_t kTrieTypeUChars = 1;

}  // namespace

std::vector<IcuWord> icu_dictionary_words() {
  UErrorCode status = U_ZERO_ERROR;
  UDataMemory* memory = udata_open(U_ICUDATA_NAME U_TREE_SEPARATOR_STRING "brkitr", "dict", "cjdict", &status);
  if (U_FAILURE(status)) {
    throw Error(ErrorKind::internal, std::string("ICU dictionary cjdict not found: ") + u_errorName(status));
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
      han = is_han(static_cast<char32_t>(cp));
      utf32 += static_cast<char32_t>(cp);
      i += U16_LENGTH(cp);
    }
    if (han) words.push_back({std::move(utf32), it.getValue()});
  }
  udata_close(memory);
  if (U_FAILURE(status)) {
    throw Error(ErrorKind::internal, std::string("ICU dictionary cjdict unreadable: ") + u_errorName(status));
  }
  std::sort(words.begin(), words.end(), [](const IcuWord& a, const IcuWord& b) { return a.word < b.word; });
  return words;
}

}  // namespace zz::segment::detail
