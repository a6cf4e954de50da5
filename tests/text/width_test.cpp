// Tests of fold_width().
#include "width.hpp"

#include <gtest/gtest.h>

#include "char_rules.hpp"

namespace zz::text {
namespace {

TEST(Width, FoldsFullWidthAlphanumericsAndSpacesOnly) {
  CharLine line = test::to_line("ＧＤＰ增长１２．５％，　ｉＰｈｏｎｅ\u00A0Ａ");
  fold_width(line);
  EXPECT_EQ(test::to_utf8(line), "GDP增长12．5％， iPhone A");
}

}  // namespace
}  // namespace zz::text
