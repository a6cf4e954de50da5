// Tests of dump_json() and JsonObjectWriter: the streamed object reads exactly as the whole tree
// dumped at once, and invalid UTF-8 never throws.
#include "json_dump.hpp"

#include <gtest/gtest.h>

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
