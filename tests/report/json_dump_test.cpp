// Tests of dump_json() and JsonObjectWriter: the streamed object reads exactly as the whole tree
// dumped at once, and invalid UTF-8 never throws.
#include "json_dump.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>

namespace zz::report {
namespace {

using nlohmann::ordered_json;

/// Writes `tree` (an object whose array members are streamed) with JsonObjectWriter.
std::string streamed(const ordered_json& tree, bool pretty) {
  std::string out;
  JsonObjectWriter writer(out, pretty);
  for (const auto& [key, value] : tree.items()) {
    if (value.is_array()) {
      writer.array_member(key, [&](auto&& emit) {
        for (const ordered_json& element : value) emit(element);
      });
    } else {
      writer.member(key, value);
    }
  }
  writer.finish();
  return out;
}

TEST(JsonDump, StreamedObjectReadsAsTheWholeTree) {
  ordered_json tree;
  tree["schema_version"] = "1.0";
  tree["document"] = {{"path", "a\nb.txt"}, {"counts", {{"paragraphs", 3}}}, {"empty", ordered_json::object()}};
  tree["targets"] = ordered_json::array();
  tree["targets"].push_back({{"kind", "target"}, {"span", {1, 2}}, {"quote", "增长“6%”\t左右"}});
  tree["targets"].push_back({{"kind", "target"}, {"nested", {{"list", ordered_json::array()}}}});
  tree["mentions"] = ordered_json::array();
  tree["numbers"] = ordered_json::array({1, 2.5, nullptr});
  tree["options"] = ordered_json::object();
  for (bool pretty : {true, false}) EXPECT_EQ(streamed(tree, pretty), dump_json(tree, pretty)) << pretty;
}

/// Writes `j` with JsonWriter, token by token.
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
    w.string(j.get<std::string>());
  } else if (j.is_boolean()) {
    w.boolean(j.get<bool>());
  } else if (j.is_number_integer()) {
    w.integer(j.get<std::int64_t>());
  } else if (j.is_number_float()) {
    w.number(j.get<double>());
  } else {
    w.null();
  }
}

TEST(JsonDump, WriterReadsAsDump) {
  ordered_json tree;
  tree["kind"] = "target";
  tree["quote"] = "“三高四新”\"a\\b\"\n\t\r\b\f\x01\x1f\x7f 𠀀";
  tree["bad"] = "bad-\xff-utf8";
  tree["value"] = 5000;
  tree["negative"] = -12;
  tree["ratio"] = 0.1;
  tree["huge"] = 1.5e300;
  tree["null"] = nullptr;
  tree["flag"] = true;
  tree["span"] = {1, 2};
  tree["empty_array"] = ordered_json::array();
  tree["empty_object"] = ordered_json::object();
  tree["nested"] = {{"list", {ordered_json::object(), {{"a", ordered_json::array({1})}}}}};
  for (bool pretty : {true, false}) {
    for (unsigned depth : {0u, 2u}) {
      std::string out;
      JsonWriter w(out, pretty, depth);
      write(w, tree);
      std::string expected;
      nlohmann::detail::serializer<ordered_json> s(nlohmann::detail::output_adapter<char, std::string>(expected),
                                                  ' ', ordered_json::error_handler_t::replace);
      s.dump(tree, pretty, false, pretty ? 2 : 0, pretty ? 2 * depth : 0);
      EXPECT_EQ(out, expected) << pretty << " " << depth;
    }
  }
}

TEST(JsonDump, EmptyObject) {
  for (bool pretty : {true, false}) EXPECT_EQ(streamed(ordered_json::object(), pretty), "{}");
}

TEST(JsonDump, ReplacesInvalidUtf8InsteadOfThrowing) {
  ordered_json tree;
  tree["path"] = "bad-\xff\xfe.txt";
  std::string out = dump_json(tree, false);
  EXPECT_EQ(out, "{\"path\":\"bad-\xEF\xBF\xBD\xEF\xBF\xBD.txt\"}");
  EXPECT_EQ(streamed(tree, false), out);
}

}  // namespace
}  // namespace zz::report
