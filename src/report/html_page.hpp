// The frame every HTML page of zzreport shares: the document head with the inline style sheet, and
// the inline script before the end. Private to zz_report.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace zz::report::detail {

/// From <!DOCTYPE html> to <body>: lang="zh-CN", UTF-8, the phone viewport, `title`, the styles.
std::string page_start(std::string_view title);

/// The script (sorting, filters, marks back to rows), then </body></html>.
std::string page_end();

/// The head of a sortable table (a button per column header, which the script sorts by) and the
/// opening <tbody>.
std::string table_head(const std::vector<std::string_view>& columns);

}  // namespace zz::report::detail
