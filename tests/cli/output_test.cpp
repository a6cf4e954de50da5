// Tests of Sink: output files are written whole or not at all.
#include "output.hpp"

#include <gtest/gtest.h>

#include <sstream>

#include "cli_test_util.hpp"
#include "zzreport/text/error.hpp"

namespace zz::cli {
namespace {

using testing::read;
using testing::ScratchDir;

TEST(Sink, WritesStandardOutputForDashOrEmpty) {
  std::ostringstream out;
  Sink sink("-", out);
  sink.write("abc");
  sink.commit();
  EXPECT_EQ(out.str(), "abc");
}

TEST(Sink, FileAppearsOnlyOnCommit) {
  ScratchDir dir;
  std::ostringstream unused;
  {
    Sink sink(dir.path("out.txt"), unused);
    sink.write("part one, ");
    sink.write("part two");
    EXPECT_EQ(dir.names().size(), 1u);  // only the temporary file
    EXPECT_NE(dir.names()[0], "out.txt");
    sink.commit();
  }
  EXPECT_EQ(dir.names(), std::vector<std::string>{"out.txt"});
  EXPECT_EQ(read(dir.path("out.txt")), "part one, part two");
}

TEST(Sink, DestroyedWithoutCommitLeavesNothing) {
  ScratchDir dir;
  std::ostringstream unused;
  {
    Sink sink(dir.path("out.txt"), unused);
    sink.write("half");
  }
  EXPECT_TRUE(dir.names().empty());
}

TEST(Sink, UnwritablePathThrowsOnConstruction) {
  ScratchDir dir;
  std::ostringstream unused;
  try {
    Sink sink(dir.path("missing/out.txt"), unused);
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::output);
    EXPECT_EQ(e.file(), dir.path("missing/out.txt"));
  }
}

}  // namespace
}  // namespace zz::cli
