// kwic_text(): concordance lines aligned on the term, for a terminal.
#include "zzreport/report/kwic_view.hpp"

#include "zzreport/report/display_width.hpp"

namespace zz::report {

std::string kwic_text(const std::string& title, const std::vector<extract::Concordance>& lines,
                      std::size_t width, bool color) {
  std::string bold = color ? "\x1b[1m" : "";
  std::string term_on = color ? "\x1b[1;33m" : "";
  std::string dim = color ? "\x1b[2m" : "";
  std::string off = color ? "\x1b[0m" : "";
  std::string out = bold + title + off + "\n";
  std::size_t left_width = 2 * width;  // Han characters take two columns
  for (const extract::Concordance& line : lines) {
    std::size_t shown = display_width(line.left);
    std::string at = std::to_string(line.span.begin);  // right-aligned in 8 columns
    out += std::string(at.size() < 8 ? 8 - at.size() : 0, ' ') + dim + at + off + "  ";
    if (shown < left_width) out += std::string(left_width - shown, ' ');
    out += line.left + "  " + term_on + line.term + off + "  " + line.right + "\n";
  }
  return out;
}

}  // namespace zz::report
