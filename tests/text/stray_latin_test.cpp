// Tests of find_stray_latin().
#include "stray_latin.hpp"

#include <gtest/gtest.h>

#include "doc_builder.hpp"
#include "text_test_util.hpp"

namespace zz::text {
namespace {

std::vector<std::string> strays(const std::string& original) {
  Document doc = test::structured(original);
  find_stray_latin(doc);
  std::vector<std::string> out;
  for (const Warning& w : doc.warnings) out.push_back(test::cp_slice(original, w.span));
  return out;
}

TEST(StrayLatin, ReportsSpacedEnglishWordsInChineseProse) {
  EXPECT_EQ(strays("提升烟花爆竹产业品牌 and 市场份额；推进棚户区、老旧小区 and 农村危房改造"),
            (std::vector<std::string>{"and", "and"}));
  EXPECT_EQ(strays("发展 the 经济"), (std::vector<std::string>{"the"}));
}

TEST(StrayLatin, KeepsAcronymsNamesAndUnits) {
  EXPECT_TRUE(
      strays("万元GDP能耗下降，全国工业APP大赛，PM2.5浓度，5G应用，R&D投入，CPI上涨，PPP项目")
          .empty());
  EXPECT_TRUE(strays("提升黎阳in巷、东莞vivo研发总部、“迷你”源自英文mini，意思是袖珍的").empty());
  EXPECT_TRUE(strays("线路长 5 km 以上，iPhone 手机").empty());
  EXPECT_TRUE(strays("This is English and more English.").empty());
}

}  // namespace
}  // namespace zz::text
