// The unit table: measure words, currencies and percent signs, longest match first.
#include "quantity_units.hpp"

#include <array>
#include <vector>

#include "word_set.hpp"

namespace zz::extract {
namespace {

struct UnitEntry {
  std::string_view text;
  std::string_view base;
  double scale;
  UnitClass unit_class;
};

using C = UnitClass;

// Longer entries first where one is a prefix of another (个百分点 before 个, 千瓦时 before 千瓦).
// 月, 日 and 号 are absent on purpose: after a bare number they are dates (9月, 5日, 1号线); so are
// 度 (年度, 力度), 期 and 届 (一期工程, 第十届).
constexpr std::array kUnits = {
    UnitEntry{"个百分点", "个百分点", 1, C::percent}, UnitEntry{"百分点", "个百分点", 1, C::percent},
    UnitEntry{"%", "%", 1, C::percent},       UnitEntry{"％", "%", 1, C::percent},
    UnitEntry{"‰", "%", 0.1, C::percent},
    UnitEntry{"元人民币", "元", 1, C::money}, UnitEntry{"美元", "美元", 1, C::money},
    UnitEntry{"欧元", "欧元", 1, C::money},   UnitEntry{"港元", "港元", 1, C::money},
    UnitEntry{"港币", "港元", 1, C::money},   UnitEntry{"元", "元", 1, C::money},
    UnitEntry{"个月", "个月", 1, C::time},    UnitEntry{"个工作日", "个工作日", 1, C::time},
    UnitEntry{"个", "个", 1, C::count},       UnitEntry{"人次", "人次", 1, C::count},
    UnitEntry{"家次", "家次", 1, C::count},   UnitEntry{"人", "人", 1, C::count},
    UnitEntry{"户", "户", 1, C::count},       UnitEntry{"家", "家", 1, C::count},
    UnitEntry{"项", "项", 1, C::count},       UnitEntry{"件", "件", 1, C::count},
    UnitEntry{"套", "套", 1, C::count},       UnitEntry{"座", "座", 1, C::count},
    UnitEntry{"条", "条", 1, C::count},       UnitEntry{"所", "所", 1, C::count},
    UnitEntry{"台", "台", 1, C::count},       UnitEntry{"辆", "辆", 1, C::count},
    UnitEntry{"艘", "艘", 1, C::count},       UnitEntry{"架", "架", 1, C::count},
    UnitEntry{"部", "部", 1, C::count},       UnitEntry{"张", "张", 1, C::count},
    UnitEntry{"间", "间", 1, C::count},       UnitEntry{"栋", "栋", 1, C::count},
    UnitEntry{"幢", "幢", 1, C::count},       UnitEntry{"处", "处", 1, C::count},
    UnitEntry{"名", "名", 1, C::count},       UnitEntry{"位", "位", 1, C::count},
    UnitEntry{"只", "只", 1, C::count},       UnitEntry{"头", "头", 1, C::count},
    UnitEntry{"棵", "棵", 1, C::count},       UnitEntry{"株", "株", 1, C::count},
    UnitEntry{"批次", "批次", 1, C::count}, UnitEntry{"批", "批", 1, C::count},       UnitEntry{"种", "种", 1, C::count},
    UnitEntry{"类", "类", 1, C::count},       UnitEntry{"支", "支", 1, C::count},
    UnitEntry{"宗", "宗", 1, C::count},       UnitEntry{"笔", "笔", 1, C::count},
    UnitEntry{"份", "份", 1, C::count},       UnitEntry{"篇", "篇", 1, C::count},
    UnitEntry{"册", "册", 1, C::count},       UnitEntry{"块", "块", 1, C::count},
    UnitEntry{"片", "片", 1, C::count},       UnitEntry{"例", "例", 1, C::count},
    UnitEntry{"起", "起", 1, C::count},       UnitEntry{"场", "场", 1, C::count},
    UnitEntry{"次", "次", 1, C::count},       UnitEntry{"床", "床", 1, C::count},
    UnitEntry{"口", "口", 1, C::count},
    UnitEntry{"眼", "眼", 1, C::count},       UnitEntry{"盏", "盏", 1, C::count},
    UnitEntry{"根", "根", 1, C::count},       UnitEntry{"枚", "枚", 1, C::count},
    UnitEntry{"轮", "轮", 1, C::count},       UnitEntry{"岁", "岁", 1, C::time},
    UnitEntry{"年", "年", 1, C::time},        UnitEntry{"天", "天", 1, C::time},
    UnitEntry{"小时", "小时", 1, C::time},    UnitEntry{"分钟", "分钟", 1, C::time},
    UnitEntry{"周", "周", 1, C::time},        UnitEntry{"倍", "倍", 1, C::multiple},
    UnitEntry{"平方公里", "平方公里", 1, C::physical}, UnitEntry{"平方米", "平方米", 1, C::physical},
    UnitEntry{"立方米", "立方米", 1, C::physical},     UnitEntry{"公里", "公里", 1, C::physical},
    UnitEntry{"千米", "公里", 1, C::physical},         UnitEntry{"米", "米", 1, C::physical},
    UnitEntry{"公顷", "公顷", 1, C::physical},         UnitEntry{"亩", "亩", 1, C::physical},
    UnitEntry{"吨", "吨", 1, C::physical},             UnitEntry{"公斤", "公斤", 1, C::physical},
    UnitEntry{"千克", "公斤", 1, C::physical},         UnitEntry{"斤", "斤", 1, C::physical},
    UnitEntry{"升", "升", 1, C::physical},             UnitEntry{"千瓦时", "千瓦时", 1, C::physical},
    UnitEntry{"千瓦", "千瓦", 1, C::physical},
    UnitEntry{"兆瓦", "千瓦", 1000, C::physical},      UnitEntry{"标准箱", "标箱", 1, C::physical},
    UnitEntry{"标箱", "标箱", 1, C::physical},
};

}  // namespace

UnitMatch match_unit(std::string_view text) {
  static const std::vector<std::string_view> texts = [] {
    std::vector<std::string_view> all;
    for (const UnitEntry& e : kUnits) all.push_back(e.text);
    return all;
  }();
  static const WordSet units(texts);
  int k = units.match_at(text, 0);
  if (k < 0) return {};
  const UnitEntry& e = kUnits[static_cast<std::size_t>(k)];
  return {e.text.size(), e.base, e.scale, e.unit_class};
}

double magnitude_scale(std::string_view magnitude) {
  constexpr std::array<std::pair<std::string_view, double>, 9> kScales = {{
      {"万亿", 1e12}, {"千亿", 1e11}, {"百亿", 1e10}, {"十亿", 1e9}, {"亿", 1e8},
      {"千万", 1e7}, {"百万", 1e6}, {"十万", 1e5}, {"万", 1e4},
  }};
  for (const auto& [text, scale] : kScales)
    if (magnitude == text) return scale;
  return 1;
}

}  // namespace zz::extract
