// One CSV field (RFC 4180), shared by every CSV the report stage writes.
#pragma once

#include <string>
#include <string_view>

namespace zz::report::detail {

/// `field` as is, or in double quotes (inner quotes doubled) when it holds a comma, a quote, a line
/// break or spaces at either end, which spreadsheet programs would otherwise misread.
std::string csv_field(std::string_view field);

}  // namespace zz::report::detail
