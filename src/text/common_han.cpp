// is_common_han() and looks_like_chinese(): the mojibake test of decode().
#include "common_han.hpp"

#include <bitset>

#include "zzreport/text/utf8.hpp"

namespace zz::text::detail {
namespace {

// Counted over every fifth report of ../shared/corpus/gov-reports, most frequent first.
constexpr std::string_view kCommonHan =
    "业建的和发展化全新大进设实工市产加力推一区国动政城中人生民成增高作制务强等体改会"
    "项保重开地资持行提农经创合年以施个理企目社能公快家入水点上平基治长好济省面为造村"
    "有现服深完要在用坚度机心主育三文革不万技级升代规管质品出程定量安元法府优科通系环"
    "投支学是善效到各态事续标场金商性亿步范方活总乡域落路对共源集我教园分型划位融五部"
    "整境稳更防构办医群本放色领镇积打达电引收向决批结转立统营十策特与外口利小做精抓极"
    "示费流同四交县物运海居综关自下期二争计监信线台导了道战就调率护准健促取明多风解协"
    "网第众术障联时数们得消任扩专培题试式内突绿游院老应党旅控础值广局及际山权模格险委"
    "南先问件表确接严干速均供势养次户前两过房求员兴果贫贸清形义配东江意住督断着污来把"
    "林预研车河美条节处带团才比略难功指职固西组气康破智州筹于子所聚困低空财之百头港类"
    "排易依招间神食益卫土议校核责扶继链疗央单减正备验审列药名思习认额北案铁贯天双努层"
    "切复置攻六近种围常别价里助最变获补届湖查可真字首紧超扎显记阳启执息彻情需让想后措"
    "盖评覆降传举门都染千牌拓税八军使挥惠约识站奋励移零亩并然算套承织布段日起界装普素"
    "龙其连互至振报粮牢身受充维良参福材景从族";

constexpr char32_t kHanFirst = 0x4E00;
constexpr char32_t kHanLast = 0x9FFF;

const std::bitset<kHanLast - kHanFirst + 1>& common_set() {
  static const auto set = [] {
    std::bitset<kHanLast - kHanFirst + 1> bits;
    for (std::size_t i = 0; i < kCommonHan.size();)
      bits.set(utf8::next_code_point(kCommonHan, i) - kHanFirst);
    return bits;
  }();
  return set;
}

/// The CJK Unified Ideographs block, which the common set indexes. Narrower than is_han(): the
/// extension and compatibility blocks count as expected other characters, as they always have.
bool in_unified_block(char32_t cp) { return cp >= kHanFirst && cp <= kHanLast; }

/// Characters that Chinese text is made of besides the common Han block: ASCII, CJK punctuation
/// and symbols, full-width forms, general punctuation, rarer Han blocks.
bool is_expected(char32_t cp) {
  return (cp >= 0x20 && cp < 0x7F) || cp == 0xB7 || (cp >= 0x2000 && cp < 0x2070) ||
         (cp >= 0x2160 && cp < 0x2190) || (cp >= 0x2460 && cp < 0x2500) ||
         (cp >= 0x3000 && cp < 0x3040) || (cp >= 0x3200 && cp < 0x3300) ||
         (cp >= 0x3400 && cp < 0x4DC0) || in_unified_block(cp) || (cp >= 0xFF00 && cp < 0xFFF0) ||
         (cp >= 0x20000 && cp < 0x30000);
}

}  // namespace

bool is_common_han(char32_t cp) {
  return in_unified_block(cp) && common_set().test(cp - kHanFirst);
}

bool looks_like_chinese(std::string_view utf8) {
  std::size_t han = 0, common = 0, other = 0, unexpected = 0;
  for (std::size_t i = 0; i < utf8.size();) {
    char32_t cp = utf8::next_code_point(utf8, i);
    if (cp == U' ' || cp == U'\n' || cp == U'\r' || cp == U'\t') continue;
    if (in_unified_block(cp)) {
      ++han;
      common += is_common_han(cp);
    } else {
      ++other;
      unexpected += !is_expected(cp);
    }
  }
  if (han >= 8) return common * 10 >= han * 3;
  return unexpected * 10 <= other;
}

}  // namespace zz::text::detail
