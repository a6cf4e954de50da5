// Tests of LexiconBuilder on a small synthetic corpus (without ICU's dictionary, to stay fast, but
// where a rule needs it).
#include "zzreport/segment/lexicon_builder.hpp"

#include <gtest/gtest.h>

#include <string>

namespace zz::segment {
namespace {

const LexiconEntry* find(const std::vector<LexiconEntry>& entries, std::string_view word) {
  for (const LexiconEntry& e : entries) {
    if (e.word == word) return &e;
  }
  return nullptr;
}

/// Thresholds for a corpus this small (PMI is small in it); ICU's dictionary only where a rule
/// needs it.
LexiconBuildOptions small_corpus_options(bool icu_dictionary) {
  LexiconBuildOptions options;
  options.icu_dictionary = icu_dictionary;
  options.min_count = 5;
  options.min_entropy = 1.0;
  options.min_cohesion = 1.0;
  return options;
}

TEST(LexiconBuilder, DiscoversRecurringWordsAndQuotedSlogans) {
  LexiconBuilder builder;
  const char* before[] = {"推进", "加快", "支持", "深化", "打造", "实现", "建设", "服务"};
  const char* after[] = {"发展", "建设", "合作", "规划", "协同", "工作", "战略", "项目"};
  for (int round = 0; round < 3; ++round) {
    for (int i = 0; i < 8; ++i) {
      builder.add_text(std::string(before[i]) + "湘赣边" + after[(i + round) % 8] + "。");
      builder.add_text(std::string("实施“三高四新”") + after[i] + "。");
    }
  }
  LexiconBuildStats stats;
  std::vector<LexiconEntry> entries = builder.build(small_corpus_options(false), stats);
  const LexiconEntry* word = find(entries, "湘赣边");
  ASSERT_NE(word, nullptr);
  EXPECT_GT(word->frequency, 0U);
  const LexiconEntry* slogan = find(entries, "三高四新");
  ASSERT_NE(slogan, nullptr);
  EXPECT_EQ(slogan->tag, "slogan");
  EXPECT_EQ(stats.slogans, 1U);
  EXPECT_TRUE(
      std::is_sorted(entries.begin(), entries.end(),
                     [](const LexiconEntry& a, const LexiconEntry& b) { return a.word < b.word; }));
}

TEST(LexiconBuilder, KnownWordsAreWordsThatDiscoveryMisses) {
  // Discovery finds nothing here (no sequence occurs min_count times); a known word (a region's
  // name) is a candidate all the same and kept when the corpus uses it; one it never uses is not.
  auto build = [](std::vector<std::string> known_words) {
    LexiconBuilder builder;
    for (const char* word : {"推进", "加快", "支持", "深化", "打造", "实现", "建设", "服务"})
      builder.add_text(std::string(word) + "周口市发展。");
    LexiconBuildOptions options = small_corpus_options(false);
    options.min_count = 1000;
    options.known_words = std::move(known_words);
    LexiconBuildStats stats;
    return builder.build(options, stats);
  };
  EXPECT_EQ(find(build({}), "周口"), nullptr);
  std::vector<LexiconEntry> entries = build({"周口", "十堰"});
  ASSERT_NE(find(entries, "周口"), nullptr);
  EXPECT_EQ(find(entries, "十堰"), nullptr);
}

TEST(LexiconBuilder, SequencesThatMostlyFollowANumberAreNotWords) {
  // 件民生 follows numbers (10件民生, 三件民生) and would otherwise pass: frequent, cohesive,
  // varied on both sides. 湘赣边, with the same contexts minus the number, is found.
  LexiconBuilder builder;
  const char* numbers[] = {"10", "12", "三", "五", "8", "十", "6", "九"};
  const char* after[] = {"发展", "建设", "合作", "规划", "协同", "工作", "战略", "项目"};
  for (int round = 0; round < 3; ++round) {
    for (int i = 0; i < 8; ++i) {
      builder.add_text(std::string("办好") + numbers[(i + round) % 8] + "件民生" + after[i] + "。");
      builder.add_text(std::string(after[(i + round) % 8]) + "湘赣边" + after[i] + "。");
    }
  }
  LexiconBuildStats stats;
  std::vector<LexiconEntry> entries = builder.build(small_corpus_options(false), stats);
  EXPECT_NE(find(entries, "湘赣边"), nullptr);
  EXPECT_EQ(find(entries, "件民生"), nullptr);
  EXPECT_EQ(find(entries, "件民"), nullptr);
}

TEST(LexiconBuilder, SequencesThatMostlyBeginInsideACommonWordAreNotWords) {
  // 业增加值 follows 工, 农, 产 (工业增加值, 农业增加值): it begins inside a common word of ICU's
  // dictionary in every occurrence. 湘赣边, in the same contexts minus the word, is found.
  LexiconBuilder builder;
  const char* heads[] = {"工", "农", "产", "企", "工", "农", "产", "企"};
  const char* before[] = {"推进", "加快", "支持", "深化", "打造", "实现", "建设", "服务"};
  const char* after[] = {"发展", "建设", "合作", "规划", "协同", "工作", "战略", "项目"};
  for (int round = 0; round < 3; ++round) {
    for (int i = 0; i < 8; ++i) {
      builder.add_text(std::string(before[(i + round) % 8]) + heads[i] + "业增加值" + after[i] +
                       "。");
      builder.add_text(std::string(before[(i + round) % 8]) + "湘赣边" + after[i] + "。");
    }
  }
  LexiconBuildStats stats;
  std::vector<LexiconEntry> entries = builder.build(small_corpus_options(true), stats);
  EXPECT_NE(find(entries, "湘赣边"), nullptr);
  EXPECT_EQ(find(entries, "业增加值"), nullptr);
  EXPECT_EQ(find(entries, "业增加"), nullptr);
  EXPECT_GE(stats.fragments, 1U);  // left out as a fragment, not merely unused by the segmentation
}

TEST(LexiconBuilder, SequencesThatEndInAPredicateBeforeANumberAreNotWords) {
  // 率达到 and 率分别 end in a predicate word and stand before a number (覆盖率达到95%,
  // 普及率分别为 百分之九十, a space or a filler between): a subject with its verb. 稳增长 ends in
  // one too but no number follows it; 湘赣边, in the same contexts, ends in none.
  LexiconBuilder builder;
  const char* nouns[] = {"覆盖", "普及", "利用", "处理", "就业", "开工", "签订", "治理"};
  const char* numbers[] = {"95%", " 80%", "百分之九十", "60%", "七成", " 99.5%", "88%", "三成"};
  const char* after[] = {"发展", "建设", "合作", "规划", "协同", "工作", "战略", "项目"};
  for (int round = 0; round < 3; ++round) {
    for (int i = 0; i < 8; ++i) {
      std::string number = numbers[(i + round) % 8];
      builder.add_text(std::string(nouns[i]) + "率达到" + number + "，" + after[i] + "。");
      builder.add_text(std::string(nouns[(i + round) % 8]) + "率分别为" + number + "。");
      builder.add_text(std::string(nouns[(i + round) % 8]) + "稳增长" + after[i] + "。");
      builder.add_text(std::string(nouns[(i + round) % 8]) + "湘赣边" + after[i] + "。");
    }
  }
  LexiconBuildOptions options = small_corpus_options(false);
  options.predicate_words = {"达到", "分别", "为", "增长"};
  LexiconBuildStats stats;
  std::vector<LexiconEntry> entries = builder.build(options, stats);
  EXPECT_NE(find(entries, "湘赣边"), nullptr);
  EXPECT_NE(find(entries, "稳增长"), nullptr);
  EXPECT_EQ(find(entries, "率达到"), nullptr);
  EXPECT_EQ(find(entries, "率分别"), nullptr);
  EXPECT_EQ(find(entries, "率分别为"), nullptr);
  EXPECT_GE(stats.predicates, 3U);

  // Without predicate words the rule is off: the same corpus keeps 率达到.
  LexiconBuildStats without;
  std::vector<LexiconEntry> all = builder.build(small_corpus_options(false), without);
  EXPECT_NE(find(all, "率达到"), nullptr);
  EXPECT_EQ(without.predicates, 0U);
}

TEST(LexiconBuilder, SequencesThatMostlyBeginInsideACommonThreeCharacterWordAreNotWords) {
  // 化进程 follows 现代, 多元, 合理, 自动 (现代化进程): it begins inside a common word of three
  // characters in every occurrence. 湘赣边, in the same contexts minus the word, is found.
  LexiconBuilder builder;
  const char* heads[] = {"现代", "多元", "合理", "自动", "现代", "多元", "合理", "自动"};
  const char* before[] = {"推进", "加快", "支持", "深化", "打造", "实现", "建设", "服务"};
  const char* after[] = {"发展", "建设", "合作", "规划", "协同", "工作", "战略", "项目"};
  for (int round = 0; round < 3; ++round) {
    for (int i = 0; i < 8; ++i) {
      builder.add_text(std::string(before[(i + round) % 8]) + heads[i] + "化进程" + after[i] +
                       "。");
      builder.add_text(std::string(before[(i + round) % 8]) + "湘赣边" + after[i] + "。");
    }
  }
  LexiconBuildStats stats;
  std::vector<LexiconEntry> entries = builder.build(small_corpus_options(true), stats);
  EXPECT_NE(find(entries, "湘赣边"), nullptr);
  EXPECT_EQ(find(entries, "化进程"), nullptr);
  EXPECT_GE(stats.fragments, 1U);
}

TEST(LexiconBuilder, TakesSimplifiedFormsOfTraditionalWordsButNotTheirPhrases) {
  // ICU's dictionary holds 縣委 and 這是 but not 县委 and 这是: the first is a word of simplified
  // text, the second two function characters, a phrase.
  LexiconBuilder builder;
  for (int i = 0; i < 5; ++i) builder.add_text("这是县委的决定。");
  LexiconBuildStats stats;
  std::vector<LexiconEntry> entries = builder.build(small_corpus_options(true), stats);
  EXPECT_NE(find(entries, "县委"), nullptr);
  EXPECT_EQ(find(entries, "这是"), nullptr);
}

}  // namespace
}  // namespace zz::segment
