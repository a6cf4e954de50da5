// The date a report was given and the session it was given at, as its date line or title writes
// them: ——2019年1月15日在河北省第十三届人民代表大会第二次会议上, （一九九九年一月二十七日）,
// 政府工作报告（省八届人大三次会议 1995年）.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace zz::text {

struct ReportDate {
  int year = 0;
  int month = 0;  ///< 1-12
  int day = 0;    ///< 1-31, or 0 when the line gives only the month
  /// ISO 8601: 2019-01-15, or 2019-01 without a day.
  std::string iso() const;
};

/// The first date in `line` written as year, month and perhaps day (2019年1月15日, 二〇一三年一月
/// 二十五日, 2004年 1月 9日, 1955年7月5日至6日 → 1955-07-05), or nothing.
std::optional<ReportDate> find_date(std::u32string_view line);

/// The session named in `line`, without the region before it: 第十三届人民代表大会第二次会议,
/// 第十三届全国人民代表大会第二次会议, or a short form as written (省八届人大三次会议, 市十五届人大
/// 四次会议); spaces inside are dropped. Empty when the line names none.
std::string find_meeting(std::u32string_view line);

}  // namespace zz::text
