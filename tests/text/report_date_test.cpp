// Tests of find_date() and find_meeting(): the dates and sessions of date lines and titles.
#include "report_date.hpp"

#include <gtest/gtest.h>

#include "u32_text.hpp"

namespace zz::text {
namespace {

std::string date_of(std::string_view line) {
  std::optional<ReportDate> d = find_date(to_u32(line));
  return d ? d->iso() : "-";
}

std::string meeting_of(std::string_view line) { return find_meeting(to_u32(line)); }

TEST(ReportDate, ReadsArabicAndChineseDates) {
  EXPECT_EQ(date_of("——2019年1月15日在河北省第十三届人民代表大会第二次会议上"), "2019-01-15");
  EXPECT_EQ(date_of("**——在河北省第九届人民代表大会第二次会议上（一九九九年一月二十七日）**"),
            "1999-01-27");
  EXPECT_EQ(date_of("——二〇一三年一月二十五日在内蒙古自治区第十二届人民代表大会第一次会议上"),
            "2013-01-25");
  EXPECT_EQ(date_of("（一九六四年十二月二十一日、二十二日）"), "1964-12-21");
  EXPECT_EQ(date_of("2004年 1月 9日 在武汉市第十一届人民代表大会第二次会议上"), "2004-01-09");
  EXPECT_EQ(date_of("——1955年7月5日至6日在第一届全国人民代表大会第二次会议上"), "1955-07-05");
  EXPECT_EQ(date_of("西宁市政府工作报告（2022年2月22日 孔令栋）"), "2022-02-22");
}

TEST(ReportDate, MonthWithoutDayAndNoDate) {
  EXPECT_EQ(date_of("2011年11月在兰州"), "2011-11");
  EXPECT_EQ(date_of("吉林省2006年政府工作报告"), "-");
  EXPECT_EQ(date_of("政府工作报告（省八届人大三次会议 1995年）"), "-");
  EXPECT_EQ(date_of("增长12345年1月"), "-");
  EXPECT_EQ(date_of("2019年13月1日"), "-");
}

TEST(ReportDate, ReadsTheSessionWithoutTheRegion) {
  EXPECT_EQ(meeting_of("——2019年1月15日在河北省第十三届人民代表大会第二次会议上"),
            "第十三届人民代表大会第二次会议");
  EXPECT_EQ(meeting_of("——2024年3月5日在第十四届全国人民代表大会第二次会议上"),
            "第十四届全国人民代表大会第二次会议");
  EXPECT_EQ(meeting_of("——2024年2月3日在哈尔滨市第十六届 人民代表大会第三次会议上"),
            "第十六届人民代表大会第三次会议");
  EXPECT_EQ(meeting_of("在市第十三届人民代表大会常务委员会第五次会议上"),
            "第十三届人民代表大会常务委员会第五次会议");
}

TEST(ReportDate, KeepsShortFormsAsWritten) {
  EXPECT_EQ(meeting_of("政府工作报告（省八届人大三次会议 1995年）"), "省八届人大三次会议");
  EXPECT_EQ(meeting_of("——2015年1月19日在市十五届人大四次会议上"), "市十五届人大四次会议");
  EXPECT_EQ(meeting_of("在自治区十三届人大一次会议上"), "自治区十三届人大一次会议");
  EXPECT_EQ(meeting_of("政府工作报告（省十二届人大第一次会议 2013年）"), "省十二届人大第一次会议");
}

TEST(ReportDate, NoSessionWithoutOrdinals) {
  EXPECT_EQ(meeting_of("向全国人民代表大会报告政府工作"), "");
  EXPECT_EQ(meeting_of("在中国共产党株洲市第十三次代表大会上的报告"), "");
  EXPECT_EQ(meeting_of("省人大常委会"), "");
}

}  // namespace
}  // namespace zz::text
