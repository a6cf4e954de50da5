// Tests of split_sentences().
#include "sentences.hpp"

#include <gtest/gtest.h>

namespace zz::text {
namespace {

std::vector<std::string> split(std::string_view s) {
  std::vector<ByteRange> ranges;
  split_sentences(s, {0, static_cast<std::uint32_t>(s.size())}, ranges);
  std::vector<std::string> out;
  for (ByteRange r : ranges) out.emplace_back(s.substr(r.begin, r.end - r.begin));
  return out;
}

using V = std::vector<std::string>;

TEST(Sentences, SplitsOnChineseAndAsciiMarks) {
  EXPECT_EQ(split("发展。改革！开放？稳定；安全"),
            (V{"发展。", "改革！", "开放？", "稳定；", "安全"}));
  EXPECT_EQ(split("Yes! No? ok;"), (V{"Yes!", " No?", " ok;"}));
  EXPECT_EQ(split("等等……然后。"), (V{"等等……", "然后。"}));
}

TEST(Sentences, DoesNotSplitInsideQuotesOrBrackets) {
  EXPECT_EQ(split("提出“坚持发展。坚持改革”的要求。下一句。"),
            (V{"提出“坚持发展。坚持改革”的要求。", "下一句。"}));
  EXPECT_EQ(split("党组织（含党组。）作用。"), (V{"党组织（含党组。）作用。"}));
}

TEST(Sentences, EndsAtAQuotationThatClosesWithAMark) {
  EXPECT_EQ(split("总书记指出：“发展是第一要务。”我们要落实。"),
            (V{"总书记指出：“发展是第一要务。”", "我们要落实。"}));
}

TEST(Sentences, IgnoresUnbalancedQuotes) {
  EXPECT_EQ(split("提出“坚持发展。坚持改革。"), (V{"提出“坚持发展。", "坚持改革。"}));
}

}  // namespace
}  // namespace zz::text
