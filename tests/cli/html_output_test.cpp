// Tests of `analyze -f html`: one page to standard output or a file, a page per document and an
// index with -o DIR/, and what is refused (several documents into one page).
#include <gtest/gtest.h>

#include <filesystem>

#include "cli_test_util.hpp"

namespace zz::cli {
namespace {

using testing::contains;
using testing::read;
using testing::run_cli;
using testing::ScratchDir;

TEST(HtmlOutput, WritesOnePageForOneReport) {
  ScratchDir dir;
  std::string report = dir.write("report.txt", "一、总体要求\n力争地区生产总值超过5000亿元。\n");
  auto r = run_cli({"analyze", "-f", "html", report});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_TRUE(contains(r.out, "<mark data-kind=\"target\"")) << r.out;
  auto to_file = run_cli({"analyze", "-f", "html", "-o", dir.path("page.html"), report});
  ASSERT_EQ(to_file.status, 0) << to_file.err;
  EXPECT_EQ(read(dir.path("page.html")), r.out);
}

TEST(HtmlOutput, RefusesSeveralReportsIntoOnePageAndWritesNothing) {
  ScratchDir dir;
  std::string a = dir.write("a.txt", "力争地区生产总值超过5000亿元。\n");
  std::string b = dir.write("b.txt", "城镇新增就业1100万人以上。\n");
  auto r = run_cli({"analyze", "-q", "-f", "html", a, b});
  EXPECT_EQ(r.status, 2);
  EXPECT_TRUE(contains(r.err, "-o DIR/")) << r.err;
  EXPECT_EQ(r.out, "");
  auto to_file = run_cli({"analyze", "-q", "-f", "html", "-o", dir.path("page.html"), a, b});
  EXPECT_EQ(to_file.status, 2);
  EXPECT_FALSE(std::filesystem::exists(dir.path("page.html")));
}

TEST(HtmlOutput, WritesAPagePerReportAndAnIndexIntoADirectory) {
  ScratchDir dir;
  std::filesystem::create_directories(dir.path("2020"));
  std::filesystem::create_directories(dir.path("2021"));
  std::string a = dir.write("2020/report.txt", "力争地区生产总值超过5000亿元。\n");
  std::string b = dir.write("2021/report.txt", "城镇新增就业1100万人以上。\n");
  std::string bad = dir.path("missing.txt");
  auto r = run_cli({"analyze", "-q", "-f", "html", "-o", dir.path("site") + "/", a, bad, b});
  EXPECT_EQ(r.status, 1);  // the missing file; the others are written
  EXPECT_TRUE(contains(r.err, "missing.txt")) << r.err;
  EXPECT_EQ(r.out, "");
  // Same file names: the second page takes its folder's name.
  std::string first = read(dir.path("site/report.html"));
  std::string second = read(dir.path("site/2021_report.html"));
  EXPECT_TRUE(contains(first, "5000")) << first;
  EXPECT_TRUE(contains(second, "1100")) << second;
  std::string index = read(dir.path("site/index.html"));
  std::size_t link_a = index.find("href=\"report.html\"");
  std::size_t link_b = index.find("href=\"2021_report.html\"");
  ASSERT_NE(link_a, std::string::npos) << index;
  ASSERT_NE(link_b, std::string::npos) << index;
  EXPECT_LT(link_a, link_b);
  EXPECT_FALSE(contains(index, "missing"));
}

TEST(HtmlOutput, ADirectoryThatCannotBeMadeIsAnOutputError) {
  ScratchDir dir;
  std::string report = dir.write("report.txt", "力争地区生产总值超过5000亿元。\n");
  dir.write("file", "not a directory");
  auto r = run_cli({"analyze", "-f", "html", "-o", dir.path("file/site") + "/", report});
  EXPECT_EQ(r.status, 1);
  EXPECT_TRUE(contains(r.err, "cannot create the directory")) << r.err;
  EXPECT_EQ(r.err.find('\n'), r.err.size() - 1) << r.err;  // one line
}

}  // namespace
}  // namespace zz::cli
