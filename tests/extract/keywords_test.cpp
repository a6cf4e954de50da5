// Tests of KeywordExtractor: ranking, phrases instead of their parts, filters, spans, sections.
#include "zzreport/extract/keywords.hpp"

#include <gtest/gtest.h>

#include "token_helper.hpp"
#include "zzreport/extract/idf_table.hpp"
#include "zzreport/extract/keyword_types.hpp"
#include "zzreport/extract/stop_words.hpp"
#include "zzreport/text/data_file.hpp"

namespace zz::extract {
namespace {

constexpr const char* kTable =
    "#documents 1000\n#min_df 2\n#min_phrase_df 10\n发展\t1000\n建设\t990\n株洲\t20\n城市\t600\n"
    "长\t800\n潭\t300\n株\t100\n一体化\t400\n";

class Keywords : public ::testing::Test {
 protected:
  void SetUp() override {
    idf_.load(kTable, "test");
    stop_.add("的");
  }
  std::vector<Keyword> extract(std::string_view marked, KeywordOptions options = {},
                               std::vector<text::Section> sections = {}) {
    marked_ = testing::marked_document(marked, std::move(sections));
    return KeywordExtractor(&idf_, &stop_, options).extract(marked_.doc, marked_.tokens);
  }
  static std::vector<std::string> terms(const std::vector<Keyword>& keywords) {
    std::vector<std::string> out;
    for (const Keyword& k : keywords) out.push_back(k.term);
    return out;
  }
  IdfTable idf_;
  StopWords stop_;
  testing::Marked marked_;
};

TEST_F(Keywords, RareTermOutranksFrequentGenreWord) {
  auto k = extract("发展|，|发展|，|发展|，|发展|，|建设|，|建设|，|株洲|，|湘赣边");
  ASSERT_GE(k.size(), 2u);
  EXPECT_EQ(k[0].term, "湘赣边");  // not in the table: rarer than株洲
  EXPECT_EQ(k[1].term, "株洲");
  EXPECT_DOUBLE_EQ(k.back().score, 0.0);  // 发展 and 建设 are in every document
}

TEST_F(Keywords, PhraseReplacesItsPartsWhenTheyOccurOnlyInside) {
  auto k = extract("长|株|潭|一体化|，|长|株|潭|一体化|，|株洲");
  std::vector<std::string> t = terms(k);
  EXPECT_NE(std::find(t.begin(), t.end(), "长株潭一体化"), t.end());
  EXPECT_EQ(std::find(t.begin(), t.end(), "一体化"), t.end());
  ASSERT_FALSE(k.empty());
  EXPECT_TRUE(k[0].phrase);
  EXPECT_EQ(k[0].count, 2u);
}

TEST_F(Keywords, LoneCharactersNumbersAndStopWordsAreNeverKeywords) {
  auto k = extract("株|，|5000|，|的|，|一九|八|二年|，|城市");
  EXPECT_EQ(terms(k), (std::vector<std::string>{"城市"}));
}

TEST_F(Keywords, SpansPointIntoTheOriginalAndStopAtTheLimit) {
  auto k = extract("株洲|，|株洲|，|株洲|，|株洲", {.max_spans = 2});
  ASSERT_EQ(k.size(), 1u);
  EXPECT_EQ(k[0].count, 4u);
  ASSERT_EQ(k[0].spans.size(), 2u);
  EXPECT_EQ(k[0].spans[0], (Span{0, 2}));
  EXPECT_EQ(k[0].spans[1], (Span{3, 5}));
}

TEST_F(Keywords, CountsOccurrencesPerTopLevelSection) {
  // Bytes: 株洲(0-6) ，(6-9) 株洲(9-15) ，(15-18) 株洲(18-24)
  std::vector<text::Section> sections(3);
  sections[0].level = 1;
  sections[0].body = {0, 9};
  sections[1].level = 2;  // nested: not a column of its own
  sections[1].body = {9, 15};
  sections[2].level = 1;
  sections[2].body = {9, 24};
  auto k = extract("株洲|，|株洲|，|株洲", {}, sections);
  ASSERT_EQ(k.size(), 1u);
  EXPECT_EQ(k[0].section_counts, (std::vector<std::uint32_t>{1, 2}));
}

TEST_F(Keywords, TopKLimitsAndOrderIsDeterministic) {
  auto a = extract("甲乙|，|丙丁|，|戊己|，|庚辛", {.top_k = 2});
  ASSERT_EQ(a.size(), 2u);
  // Equal scores and counts: ordered by term.
  EXPECT_EQ(terms(a), (std::vector<std::string>{"丙丁", "庚辛"}));
}

TEST_F(Keywords, EveryMethodRanksTheDistinctiveTermsFirst) {
  std::string_view text =
      "株洲|，|湘赣边|，|株洲|，|湘赣边|，|发展|，|建设|，|株洲|湘赣边|，|发展|城市";
  for (KeywordMethod method :
       {KeywordMethod::tfidf, KeywordMethod::textrank, KeywordMethod::combined}) {
    auto k = extract(text, {.method = method, .top_k = 2});
    std::vector<std::string> t = terms(k);
    std::sort(t.begin(), t.end());
    if (method != KeywordMethod::textrank) {
      EXPECT_EQ(t, (std::vector<std::string>{"株洲", "湘赣边"})) << to_string(method);
    }
    EXPECT_EQ(k.size(), 2u);
  }
}

TEST(KeywordMethod, ParsesItsNames) {
  for (KeywordMethod m : {KeywordMethod::tfidf, KeywordMethod::textrank, KeywordMethod::combined}) {
    EXPECT_EQ(parse_keyword_method(to_string(m)), m);
  }
  EXPECT_FALSE(parse_keyword_method("bm25").has_value());
}

/// Keywords typed with a few suffix rules and no region table.
class TypedKeywords : public Keywords {
 protected:
  std::vector<Keyword> typed(std::string_view marked) {
    marked_ = testing::marked_document(marked, {});
    return KeywordExtractor(&idf_, &stop_, {}, {.rules = &rules_})
        .extract(marked_.doc, marked_.tokens);
  }
  static const Keyword* find(const std::vector<Keyword>& keywords, std::string_view term) {
    for (const Keyword& k : keywords)
      if (k.term == term) return &k;
    return nullptr;
  }
  KeywordTypeRules rules_ = KeywordTypeRules::parse(text::DataFile(
      "division_suffix\t县\nplace_suffix\t县\norganisation_suffix\t集团\n", "test rules"));
};

TEST_F(TypedKeywords, AFragmentOfACommonWordIsNoKeyword) {
  // 各位 is a common word and 代表 a word of the table: 位代表 starts inside 各位.
  idf_.load(std::string(kTable) + "各位\t300\n代表\t200\n", "test");
  auto k = typed("各|位代表|，|湘赣边|，|湘赣边");
  EXPECT_EQ(find(k, "位代表"), nullptr);
  ASSERT_NE(find(k, "湘赣边"), nullptr);
  EXPECT_EQ(find(k, "湘赣边")->type, KeywordType::term);
}

TEST_F(TypedKeywords, StopWordsAtTheEdgesOfAWordOrANameMakeAFunctionPhrase) {
  // Lexicon tokens that glue stop words to a word of the table (应该 积极 | 地), or to nothing but
  // stop words (使 | 它们), and a verb before a name (支持 | 万州): no keywords. A numbered formula
  // whose number is a stop word (一个 | 桥头堡) and a word that only starts like one (支持率) stay.
  for (const char* word : {"应该", "积极", "地", "使", "它们", "支持", "一个"}) stop_.add(word);
  idf_.load(std::string(kTable) + "万州\t30\n桥头堡\t30\n", "test");
  auto k = typed(
      "应该积极地|，|应该积极地|，|使它们|，|使它们|，|支持万州|，|支持万州|，|一个桥头堡|，|"
      "一个桥头堡|，|支持率|，|支持率");
  EXPECT_EQ(find(k, "应该积极地"), nullptr);
  EXPECT_EQ(find(k, "使它们"), nullptr);
  EXPECT_EQ(find(k, "支持万州"), nullptr);
  EXPECT_NE(find(k, "一个桥头堡"), nullptr);
  EXPECT_NE(find(k, "支持率"), nullptr);
}

TEST_F(TypedKeywords, PlacesAndOrganisationsAreTypedAndListedAfterTheTopics) {
  // 沭阳 is written before the division suffix 县: a place; 包钢集团 ends with 集团.
  auto k = typed("沭阳|县|，|沭阳|，|沭阳|，|包钢集团|，|包钢集团|，|湘赣边");
  ASSERT_NE(find(k, "沭阳"), nullptr);
  EXPECT_EQ(find(k, "沭阳")->type, KeywordType::place);
  ASSERT_NE(find(k, "包钢集团"), nullptr);
  EXPECT_EQ(find(k, "包钢集团")->type, KeywordType::organisation);
  ASSERT_FALSE(k.empty());
  EXPECT_EQ(k.front().term, "湘赣边");  // the topic first, however the names score
  EXPECT_TRUE(is_name(k.back().type));
}

TEST(KeywordTypeRules, UnknownRolesAndLongDivisionSuffixesAreErrors) {
  EXPECT_THROW(KeywordTypeRules::parse(text::DataFile("suffix\t县\n", "r")), Error);
  EXPECT_THROW(KeywordTypeRules::parse(text::DataFile("division_suffix\t开发区\n", "r")), Error);
  KeywordTypeRules rules = KeywordTypeRules::parse(
      text::DataFile("organisation_suffix\t集团\norganisation_suffix\t控股集团\n", "r"));
  EXPECT_EQ(rules.organisation_suffix_of("长虹控股集团"), std::string_view("控股集团").size());
  EXPECT_EQ(rules.organisation_suffix_of("包钢集团"), std::string_view("集团").size());
  EXPECT_EQ(rules.organisation_suffix_of("集中"), 0u);
}

}  // namespace
}  // namespace zz::extract
