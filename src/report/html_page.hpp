// The frame every HTML page of zzreport shares: the document head with the inline style sheet, and
// the inline script before the end. Private to zz_report.
#pragma once

#include <string>
#include <string_view>

namespace zz::report::detail {

/// From <!DOCTYPE html> to <body>: lang="zh-CN", UTF-8, the phone viewport, `title`, the styles.
std::string page_start(std::string_view title);

/// The script (sorting, filters, marks back to rows), then </body></html>.
std::string page_end();

}  // namespace zz::report::detail
