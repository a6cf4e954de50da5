// Tests of the CSV writer: header, RFC 4180 quoting, CRLF, selection of kinds.
#include <gtest/gtest.h>

#include "sample_report.hpp"
#include "zzreport/report/quantity_rows.hpp"
#include "zzreport/report/writers.hpp"

namespace zz::report {
namespace {

using testing::SampleReport;

std::vector<std::string> rows(const std::string& csv) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t at; (at = csv.find("\r\n", start)) != std::string::npos; start = at + 2) {
    out.push_back(csv.substr(start, at - start));
  }
  EXPECT_EQ(start, csv.size()) << "the last row ends with CRLF";
  return out;
}

TEST(CsvWriter, HeaderNamesTheEighteenColumns) {
  EXPECT_EQ(quantities_csv_header(),
            "file,kind,indicator,op,change,value,min,max,unit,magnitude,base_unit,hedge,horizon,"
            "horizon_year,section,start,end,quote\r\n");
}

TEST(CsvWriter, WritesOneRowPerQuantityWithoutHeader) {
  SampleReport r;
  std::vector<std::string> lines = rows(quantities_to_csv(r.input()));
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(
      lines[0],
      "reports/zhuzhou.txt,target,地区生产总值,gt,,5000,,,亿元,500000000000,元,力争,五年,2026,"
      "（一）主要目标,13,19,力争地区生产总值超过5000亿元");
  EXPECT_EQ(lines[2].substr(0, 32), "reports/zhuzhou.txt,achievement,");
}

TEST(CsvWriter, QuotesFieldsWithCommasQuotesAndLineBreaks) {
  SampleReport r;
  std::string csv = quantities_to_csv(r.input());
  EXPECT_NE(csv.find(",2,3,个,,个,力争,,,一、总体要求,24,27,\"力争新增2-3个千亿产业集群, "
                     "\"\"集群\"\"\n\"\r\n"),
            std::string::npos)
      << csv;
}

TEST(CsvWriter, WritesOnlySelectedKinds) {
  SampleReport r;
  std::string csv = quantities_to_csv(r.input(parse_selection("achievements")));
  EXPECT_EQ(rows(csv).size(), 1u);
  EXPECT_NE(csv.find(",achievement,"), std::string::npos);
}

TEST(CsvWriter, TakesAnyListOfQuantities) {
  SampleReport r;
  std::vector<extract::Quantity> one{r.analysis.quantities[2]};
  EXPECT_EQ(rows(quantities_csv(r.doc, one)).size(), 1u);
  EXPECT_EQ(quantities_csv(r.doc, {}), "");
}

}  // namespace
}  // namespace zz::report
