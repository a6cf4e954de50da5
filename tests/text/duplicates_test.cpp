// Tests of find_duplicates().
#include "duplicates.hpp"

#include <gtest/gtest.h>

#include "doc_builder.hpp"
#include "text_test_util.hpp"

namespace zz::text {
namespace {

std::vector<Warning> duplicates(const std::string& original) {
  Document doc = test::structured(original);
  find_duplicates(doc);
  return doc.warnings;
}

TEST(Duplicates, ReportsARepeatedPassageWidenedToTheSharedText) {
  std::string original =
      "推进生态环境升级，构建绿色生产生活方式，升级永无止境。我们要突出重点领域，以升级促发展，为制"
      "造名城建设筑牢基石。\n\n"
      "升级永无止境。我们要突出重点领域，以升级促发展，为制造名城建设筑牢基石。";
  auto w = duplicates(original);
  ASSERT_EQ(w.size(), 1u);
  EXPECT_EQ(w[0].kind, "duplicate");
  EXPECT_EQ(test::cp_slice(original, w[0].span),
            "升级永无止境。我们要突出重点领域，以升级促发展，为制造名城建设筑牢基石。");
}

TEST(Duplicates, IgnoresRhetoricAndHeadings) {
  EXPECT_TRUE(
      duplicates("各位代表，同志们！五年来成绩显著。\n\n各位代表，同志们！今后任务艰巨。").empty());
  EXPECT_TRUE(duplicates("- 一、一九九三年国内工作的回顾和一九九四年工作的基本方针\n\n"
                         "一、一九九三年国内工作的回顾和一九九四年工作的基本方针")
                  .empty());
}

}  // namespace
}  // namespace zz::text
