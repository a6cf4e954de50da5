// Tests of load_document() on real reports of the repository: the seed (the bundled sample), the
// done-when of issue 2, and two GBK district reports with CRLF (tests/data).
#include <gtest/gtest.h>
#include <iconv.h>  // glibc's converter, the reference for the GBK files

#include <filesystem>
#include <fstream>
#include <sstream>

#include "text_test_util.hpp"
#include "zzreport/text/document.hpp"
#include "zzreport/text/regions.hpp"

namespace zz::text {
namespace {

using test::cp_slice;

const std::filesystem::path kSamples = ZZ_SOURCE_DATA_DIR "/samples";
const std::filesystem::path kTestData = ZZ_TEST_DATA_DIR "/reports";

std::string read_bytes(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  EXPECT_TRUE(in) << "cannot read " << p;
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

/// What `iconv -f GB18030 -t UTF-8` makes of the bytes.
std::string iconv_gb18030(const std::string& bytes) {
  iconv_t cd = iconv_open("UTF-8", "GB18030");
  EXPECT_NE(cd, reinterpret_cast<iconv_t>(-1));
  std::string out(bytes.size() * 2 + 16, '\0');
  char* in_ptr = const_cast<char*>(bytes.data());
  std::size_t in_left = bytes.size();
  char* out_ptr = out.data();
  std::size_t out_left = out.size();
  std::size_t r = iconv(cd, &in_ptr, &in_left, &out_ptr, &out_left);
  EXPECT_NE(r, static_cast<std::size_t>(-1));
  iconv_close(cd);
  out.resize(out.size() - out_left);
  return out;
}

int count_kind(const Document& doc, std::string_view kind) {
  int n = 0;
  for (const Warning& w : doc.warnings) n += w.kind == kind;
  return n;
}

class SeedReport : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    doc_ = new Document(
        load_document(read_bytes(kSamples / "zhuzhou-2021-party-congress.txt"), "seed"));
  }
  static void TearDownTestSuite() { delete doc_; }
  static Document* doc_;
};
Document* SeedReport::doc_ = nullptr;

TEST_F(SeedReport, OutlineHasPartsAndTheFiveTasksOfPartThree) {
  const Document& doc = *doc_;
  std::vector<std::string> top, part3;
  std::optional<std::uint32_t> three;
  for (std::uint32_t i = 0; i < doc.sections.size(); ++i) {
    const Section& s = doc.sections[i];
    std::string heading = cp_slice(doc.original, s.span);
    if (s.level == 1) top.push_back(heading);
    if (heading.rfind("三、", 0) == 0) three = i;
    if (three && s.parent == three) part3.push_back(heading);
  }
  EXPECT_EQ(top, (std::vector<std::string>{"二、朝着建设现代化新株洲的目标奋勇前进",
                                           "三、高质量推进各项重点任务落落实地",
                                           "四、弘扬伟大建党精神纵深推进全面从严治党"}));
  EXPECT_EQ(part3, (std::vector<std::string>{
                       "(一)突出“聚焦”,彰显高质量发展新担当", "(二)持续“裂变”,培育高质量发展新动能",
                       "(三)不断“创新”,激发高质量发展新活力", "(四)加速“升级”,增强高质量发展新支撑",
                       "(五)塑造“品牌”,展现高质量发展新形象"}));
}

TEST_F(SeedReport, RejoinsTheFourSplitParagraphs) {
  std::vector<std::string> joins;
  for (const Warning& w : doc_->warnings) {
    if (w.kind == "split_paragraph") joins.push_back(cp_slice(doc_->original, w.span));
  }
  EXPECT_EQ(joins, (std::vector<std::string>{"是\n\n经", "政\n\n策", "也\n\n是", "索\n\n按"}));
  EXPECT_NE(doc_->text.find("是经济现代化的路径选择"), std::string::npos);
  EXPECT_NE(doc_->text.find("探索按要素按贡献"), std::string::npos);
}

TEST_F(SeedReport, ReportsMarkersDuplicateStrayWordsAndTraditional) {
  const Document& doc = *doc_;
  EXPECT_EQ(count_kind(doc, "page_marker"), 2);
  EXPECT_EQ(count_kind(doc, "duplicate"), 1);
  EXPECT_EQ(count_kind(doc, "traditional"), 1);
  for (const Warning& w : doc.warnings) {
    std::string quote = cp_slice(doc.original, w.span);
    if (w.kind == "stray_latin") {
      EXPECT_EQ(quote, "and");
    } else if (w.kind == "duplicate") {
      EXPECT_EQ(quote.rfind("升级永无止境。我们要突出重点领域", 0), 0u) << quote;
    } else if (w.kind == "traditional") {
      EXPECT_EQ(quote, "來");
    }
  }
  EXPECT_EQ(count_kind(doc, "stray_latin"), 3);
  EXPECT_EQ(doc.text.find("上接"), std::string::npos);
  EXPECT_EQ(doc.text.find("下转B1"), std::string::npos);
}

TEST_F(SeedReport, WithoutTextChecksHasTheSameTextButNoDuplicateOrStrayWarnings) {
  // trend, kwic and contrast print no warnings and skip the checks that only make them.
  Document unchecked =
      load_document(read_bytes(kSamples / "zhuzhou-2021-party-congress.txt"), "seed",
                    {.encoding = "", .regions = nullptr, .text_checks = false});
  EXPECT_EQ(unchecked.text, doc_->text);
  EXPECT_EQ(unchecked.year, doc_->year);
  EXPECT_EQ(count_kind(unchecked, "duplicate"), 0);
  EXPECT_EQ(count_kind(unchecked, "stray_latin"), 0);
  EXPECT_EQ(count_kind(unchecked, "page_marker"), 2);  // normalisation's own warnings stay
}

TEST_F(SeedReport, OffsetMapRoundTrips) {
  Normalized n;
  n.text = doc_->text;
  n.map = doc_->map;
  test::expect_map_round_trips(doc_->original, n);
  for (const Sentence& s : doc_->sentences) {
    std::string quote = cp_slice(doc_->original, s.span);
    ASSERT_FALSE(quote.empty());
  }
}

TEST(GbkCorpus, DecodesLikeIconvAndStructures) {
  const RegionTable regions = RegionTable::read(ZZ_SOURCE_DATA_DIR "/regions.tsv");
  int files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(kTestData)) {
    if (!entry.path().filename().string().starts_with("hailaer-")) continue;
    std::string bytes = read_bytes(entry.path());
    Document doc = load_document(bytes, entry.path().string(), {{}, &regions});
    EXPECT_EQ(doc.encoding, "GB18030") << entry.path();
    EXPECT_EQ(doc.original, iconv_gb18030(bytes)) << entry.path();
    EXPECT_EQ(doc.title, "政府工作报告") << entry.path();
    EXPECT_EQ(doc.region, "海拉尔区") << entry.path();
    EXPECT_EQ(doc.level, "county") << entry.path();
    EXPECT_EQ(doc.year, std::stoi(entry.path().stem().string().substr(8))) << entry.path();
    EXPECT_GE(doc.sections.size(), 3u) << entry.path();
    Normalized n;
    n.text = doc.text;
    n.map = doc.map;
    test::expect_map_round_trips(doc.original, n);
    ++files;
  }
  EXPECT_EQ(files, 2);
}

}  // namespace
}  // namespace zz::text
