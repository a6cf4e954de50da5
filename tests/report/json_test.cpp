// Tests of JsonWriter and append_json_string(): layouts, escaping (control characters, invalid
// UTF-8), numbers, nesting; nlohmann::json's dump() is the reference for what earlier versions
// wrote.
#include "zzreport/report/json.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <limits>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <tuple>

namespace zz::report {
namespace {

using nlohmann::ordered_json;

std::string escaped(std::string_view s) {
  std::string out;
  append_json_string(out, s);
  return out;
}

/// `j` written through JsonWriter, value by value.
void write(JsonWriter& w, const ordered_json& j) {
  if (j.is_object()) {
    w.begin_object();
    for (const auto& [key, value] : j.items()) {
      w.key(key);
      write(w, value);
    }
    w.end_object();
  } else if (j.is_array()) {
    w.begin_array();
    for (const ordered_json& e : j) write(w, e);
    w.end_array();
  } else if (j.is_string()) {
    w.string(j.get_ref<const std::string&>());
  } else if (j.is_boolean()) {
    w.boolean(j.get<bool>());
  } else if (j.is_number_unsigned()) {
    w.integer(j.get<std::uint64_t>());
  } else if (j.is_number_integer()) {
    w.integer(j.get<std::int64_t>());
  } else if (j.is_number_float()) {
    w.number(j.get<double>());
  } else {
    w.null();
  }
}

std::string written(const ordered_json& j, JsonLayout layout) {
  std::string out;
  JsonWriter w(out, layout);
  write(w, j);
  return out;
}

std::string number(double v) {
  std::string out;
  JsonWriter(out).number(v);
  return out;
}

ordered_json sample_tree() {
  ordered_json tree;
  tree["kind"] = "target";
  tree["quote"] = "“三高四新”\"a\\b\"\n\t\r\b\f\x01\x1f\x7f 𠀀";
  tree["bad"] = "bad-\xff-utf8";
  tree["value"] = 5000;
  tree["negative"] = -12;
  tree["big"] = std::numeric_limits<std::uint64_t>::max();
  tree["ratio"] = 0.1;
  tree["huge"] = 1.5e300;
  tree["null"] = nullptr;
  tree["flag"] = true;
  tree["span"] = {1, 2};
  tree["empty_array"] = ordered_json::array();
  tree["empty_object"] = ordered_json::object();
  tree["nested"] = {{"list", {ordered_json::object(), {{"a", ordered_json::array({1, {2, 3}})}}}}};
  return tree;
}

TEST(JsonWriter, IndentedAndCompactReadAsNlohmannDumps) {
  ordered_json tree = sample_tree();
  auto replace = ordered_json::error_handler_t::replace;
  EXPECT_EQ(written(tree, JsonLayout::indented), tree.dump(2, ' ', false, replace));
  EXPECT_EQ(written(tree, JsonLayout::compact), tree.dump(-1, ' ', false, replace));
}

TEST(JsonWriter, Layouts) {
  ordered_json tree = {{"a", 1}, {"b", {2, {{"c", nullptr}}}}, {"d", ordered_json::array()}};
  EXPECT_EQ(written(tree, JsonLayout::compact), R"({"a":1,"b":[2,{"c":null}],"d":[]})");
  EXPECT_EQ(written(tree, JsonLayout::spaced), R"({"a": 1, "b": [2, {"c": null}], "d": []})");
  EXPECT_EQ(written(tree, JsonLayout::indented),
            "{\n  \"a\": 1,\n  \"b\": [\n    2,\n    {\n      \"c\": null\n    }\n  ],\n"
            "  \"d\": []\n}");
  EXPECT_EQ(written(ordered_json::object(), JsonLayout::indented), "{}");
  EXPECT_EQ(written("top", JsonLayout::indented), "\"top\"");
}

TEST(JsonWriter, AContainerMayHaveItsOwnLayoutAndIndentsBySurroundingIndentedOnes) {
  // `segment -f json`: lines one a row, each line's members on that row, its tokens one a row.
  std::string out;
  JsonWriter w(out, JsonLayout::indented);
  w.begin_array();
  for (int line = 1; line <= 2; ++line) {
    w.begin_object(JsonLayout::spaced);
    w.key("line");
    w.integer(line);
    w.key("tokens");
    w.begin_array(JsonLayout::indented);
    for (int t = 0; t < line; ++t) {
      w.begin_object(JsonLayout::spaced);
      w.key("span");
      w.begin_array(JsonLayout::compact);
      w.integer(t);
      w.integer(t + 1);
      w.end_array();
      w.key("nested");
      w.begin_array();  // the parent's layout: spaced
      w.boolean(true);
      w.boolean(false);
      w.end_array();
      w.end_object();
    }
    w.end_array();
    w.end_object();
  }
  w.end_array();
  EXPECT_EQ(out,
            "[\n"
            "  {\"line\": 1, \"tokens\": [\n"
            "    {\"span\": [0,1], \"nested\": [true, false]}\n"
            "  ]},\n"
            "  {\"line\": 2, \"tokens\": [\n"
            "    {\"span\": [0,1], \"nested\": [true, false]},\n"
            "    {\"span\": [1,2], \"nested\": [true, false]}\n"
            "  ]}\n"
            "]");
}

TEST(JsonWriter, OnlyAppendsSoTheTextMayBeHandedOutBetweenValues) {
  std::string out = "kept ";
  JsonWriter w(out, JsonLayout::compact);
  w.begin_array();
  w.integer(1);
  EXPECT_EQ(out, "kept [1");
  out.clear();
  w.integer(2);
  w.end_array();
  EXPECT_EQ(out, ",2]");
}

TEST(JsonWriter, RawValuesAreCopiedAsGiven) {
  std::string out;
  JsonWriter w(out);
  w.begin_object();
  w.key("id");
  w.raw(R"({"a":[1,2]})");
  w.key("n");
  w.integer(std::numeric_limits<std::int64_t>::min());
  w.end_object();
  EXPECT_EQ(out, "{\n  \"id\": {\"a\":[1,2]},\n  \"n\": -9223372036854775808\n}");
}

TEST(BeginDocumentObject, PutsARecordsIdFirstAndNothingForAFile) {
  for (auto [layout, with_id, without_id] :
       {std::tuple{JsonLayout::compact, R"({"id":{"a":1},"n":2})", R"({"n":2})"},
        std::tuple{JsonLayout::indented, "{\n  \"id\": {\"a\":1},\n  \"n\": 2\n}",
                   "{\n  \"n\": 2\n}"}}) {
    for (std::string_view id : {std::string_view(R"({"a":1})"), std::string_view()}) {
      std::string out;
      JsonWriter w(out, layout);
      begin_document_object(w, id);
      w.key("n");
      w.integer(2);
      w.end_object();
      EXPECT_EQ(out, id.empty() ? without_id : with_id);
    }
  }
  std::string out;
  JsonWriter w(out, JsonLayout::compact);
  begin_document_object(w, "null");
  w.end_object();
  EXPECT_EQ(out, R"({"id":null})");
}

TEST(JsonWriter, NumbersAsNlohmannWritesThem) {
  EXPECT_EQ(number(5000), "5000.0");
  EXPECT_EQ(number(0.5), "0.5");
  EXPECT_EQ(number(0.1235), "0.1235");
  EXPECT_EQ(number(-2.25), "-2.25");
  EXPECT_EQ(number(0.0001), "0.0001");
  EXPECT_EQ(number(0.00001), "1e-05");
  EXPECT_EQ(number(123456789012345.0), "123456789012345.0");
  EXPECT_EQ(number(1234567890123456.0), "1.234567890123456e+15");
  EXPECT_EQ(number(1.5e300), "1.5e+300");
  EXPECT_EQ(number(0.0), "0.0");
  EXPECT_EQ(number(-0.0), "-0.0");
  EXPECT_EQ(number(std::nan("")), "null");
  EXPECT_EQ(number(std::numeric_limits<double>::infinity()), "null");
  // nlohmann's Grisu2 digits, not the shortest ones that std::to_chars writes (0.003158,
  // 3.928e-05): kept as earlier versions wrote them.
  EXPECT_EQ(number(0.003158), "0.0031580000000000002");
  EXPECT_EQ(number(3.928e-05), "3.9279999999999997e-05");
}

TEST(AppendJsonString, EscapesQuotesBackslashesAndControlCharacters) {
  EXPECT_EQ(escaped("a\"b\\c/d"), R"("a\"b\\c/d")");
  EXPECT_EQ(escaped("\b\f\n\r\t"), R"("\b\f\n\r\t")");
  EXPECT_EQ(escaped(std::string_view("\0\x01\x1f\x7f", 4)), "\"\\u0000\\u0001\\u001f\x7f\"");
  EXPECT_EQ(escaped("增长“6%”𠀀é"), "\"增长“6%”𠀀é\"");  // non-ASCII as is
  for (int c = 0; c < 0x20; ++c) {
    std::string one(1, static_cast<char>(c));
    EXPECT_EQ(escaped(one), ordered_json(one).dump()) << c;
  }
}

TEST(AppendJsonString, ReplacesEachMaximalIllFormedSubsequenceOfUtf8) {
  const std::string r = "\xEF\xBF\xBD";
  EXPECT_EQ(escaped("a\xff"
                    "b"),
            "\"a" + r + "b\"");                         // never a UTF-8 byte
  EXPECT_EQ(escaped("\x80\x80"), "\"" + r + r + "\"");  // continuations alone
  EXPECT_EQ(escaped("\xE5\xA2"
                    "a"),
            "\"" + r + "a\"");                                          // truncated, then ASCII
  EXPECT_EQ(escaped("\xE5\xA2"), "\"" + r + "\"");                      // truncated at the end
  EXPECT_EQ(escaped("\xE5\xA2\xE5\xA2\x9E"), "\"" + r + "增\"");        // truncated, then whole
  EXPECT_EQ(escaped("\xC0\x80"), "\"" + r + r + "\"");                  // overlong, 2 bytes
  EXPECT_EQ(escaped("\xE0\x80\x80"), "\"" + r + r + r + "\"");          // overlong, 3 bytes
  EXPECT_EQ(escaped("\xED\xA0\x80"), "\"" + r + r + r + "\"");          // a surrogate
  EXPECT_EQ(escaped("\xF4\x90\x80\x80"), "\"" + r + r + r + r + "\"");  // above U+10FFFF
  EXPECT_EQ(escaped("\xF0\x9F\x98"), "\"" + r + "\"");                  // 3 of 4 bytes
  EXPECT_EQ(escaped("\xF5"), "\"" + r + "\"");
}

TEST(AppendJsonString, ReadsAsNlohmannReplaceOnRandomBytes) {
  // Bytes drawn mostly from those that make and break UTF-8 sequences.
  const std::string alphabet =
      "a\"\\\n\x01\x7f\x80\x8f\x90\x9f\xa0\xbf\xc0\xc2\xdf\xe0\xe5\xed\xef"
      "\xf0\xf4\xf5\xff";
  std::mt19937 random(14);
  std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
  std::uniform_int_distribution<int> length(0, 10);
  for (int n = 0; n < 50000; ++n) {
    std::string s;
    for (int k = length(random); k > 0; --k) s += alphabet[pick(random)];
    ASSERT_EQ(escaped(s),
              ordered_json(s).dump(-1, ' ', false, ordered_json::error_handler_t::replace))
        << ordered_json(s).dump(-1, ' ', true, ordered_json::error_handler_t::replace);
  }
}

}  // namespace
}  // namespace zz::report
