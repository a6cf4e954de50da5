// Tests of OffsetMap: spans in the normalised text map back to the original.
#include "zzreport/text/offset_map.hpp"

#include <gtest/gtest.h>

namespace zz::text {
namespace {

TEST(OffsetMap, IdentityMapsEveryPosition) {
  std::string norm = "株洲a市";
  OffsetMap map;
  map.push(0, 0);
  map.push(3, 1);
  map.push(6, 2);
  map.push(7, 3);
  map.finish(10, 4);
  EXPECT_EQ(map.original_span(norm, 0, 10), (Span{0, 4}));
  EXPECT_EQ(map.original_span(norm, 3, 7), (Span{1, 3}));
  EXPECT_EQ(map.original_cp(norm, 10), 4u);
}

TEST(OffsetMap, SkipsDeletedOriginalText) {
  // original "是\n\n经济" -> normalised "是经济": the span of the rejoined word covers the break.
  std::string norm = "是经济";
  OffsetMap map;
  map.push(0, 0);
  map.push(3, 3);
  map.push(6, 4);
  map.finish(9, 5);
  EXPECT_EQ(map.original_span(norm, 3, 9), (Span{3, 5}));
  EXPECT_EQ(map.original_span(norm, 0, 6), (Span{0, 4}));
}

TEST(OffsetMap, LongRunsAreCutButStayExact) {
  std::string norm(1000, 'x');
  OffsetMap map;
  for (std::uint32_t i = 0; i < 1000; ++i) map.push(i, i + 5);
  map.finish(1000, 1005);
  for (std::uint32_t i = 0; i < 1000; i += 37) EXPECT_EQ(map.original_cp(norm, i), i + 5);
}

}  // namespace
}  // namespace zz::text
