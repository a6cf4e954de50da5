// page_start() and page_end(): the frame of every HTML page, with the inline style and script.
#include "html_page.hpp"

#include <fmt/format.h>

#include "html_assets.hpp"
#include "zzreport/report/svg.hpp"

namespace zz::report::detail {
namespace {

/// `code` without the indentation of its lines (a page carries its script and style sheet inline,
/// and a short report's page should stay small); lines and comments are kept as written.
std::string unindented(std::string_view code) {
  std::string out;
  bool line_start = true;
  for (char ch : code) {
    if (line_start && ch == ' ') continue;
    out += ch;
    line_start = ch == '\n';
  }
  return out;
}

}  // namespace

std::string page_start(std::string_view title) {
  static const std::string style = unindented(kPageStyle);
  return fmt::format(
      "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<meta name=\"generator\" content=\"zzreport\">\n<title>{}</title>\n<style>{}</style>\n"
      "</head>\n<body>\n",
      svg::escape(title), style);
}

std::string table_head(const std::vector<std::string_view>& columns) {
  std::string out = "<thead><tr>";
  for (std::string_view column : columns) {
    out += fmt::format("<th scope=\"col\"><button type=\"button\">{}</button></th>", column);
  }
  return out + "</tr></thead>\n<tbody>\n";
}

std::string page_end() {
  static const std::string script = unindented(kPageScript);
  return fmt::format("<script>{}</script>\n</body>\n</html>\n", script);
}

}  // namespace zz::report::detail
