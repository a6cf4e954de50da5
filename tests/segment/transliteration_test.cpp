// Tests of is_transliteration_char(): the syllable table of transliterated foreign names.
#include "zzreport/segment/transliteration.hpp"

#include <gtest/gtest.h>

namespace zz::segment {
namespace {

TEST(Transliteration, KnowsTheSyllableCharacters) {
  for (char32_t cp : std::u32string_view(U"德尔塔克林顿斯姆"))
    EXPECT_TRUE(is_transliteration_char(cp));
}

TEST(Transliteration, LeavesOtherCharactersOut) {
  // 路, 让 and 道 are left out on purpose: they end street names and begin clauses.
  for (char32_t cp : std::u32string_view(U"路让道的发展A1，"))
    EXPECT_FALSE(is_transliteration_char(cp));
}

}  // namespace
}  // namespace zz::segment
