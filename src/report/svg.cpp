// bar_chart() and line_chart(): the geometry of zzreport's two kinds of chart, written as SVG text.
#include "zzreport/report/svg.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "labels.hpp"
#include "zzreport/report/display_width.hpp"

namespace zz::report::svg {
namespace {

constexpr double kFontSize = 12;
constexpr double kColumnWidth = 6.5;  // px per terminal column at 12 px: 汉字 are two columns
constexpr std::size_t kLabelColumns = 28;

/// A number as a label: whole numbers without decimals, others with at most two.
std::string number(double value) {
  double rounded = std::round(value * 100) / 100;
  return detail::format_number(rounded);
}

/// The legend: a swatch and a name per series, on one line at `y`.
std::string legend(const std::vector<Series>& series, double x, double y) {
  std::string out;
  for (const Series& s : series) {
    out += fmt::format(
        "<rect class=\"{}\" x=\"{:.0f}\" y=\"{:.0f}\" width=\"10\" height=\"10\"/>"
        "<text x=\"{:.0f}\" y=\"{:.0f}\">{}</text>",
        escape(s.css_class), x, y - 9, x + 14, y, escape(s.name));
    x += 14 + static_cast<double>(display_width(s.name)) * kColumnWidth + 16;
  }
  return out;
}

/// Ticks for an axis from `low` to `high`: about five steps of 1, 2 or 5 times a power of ten.
std::vector<double> ticks(double low, double high) {
  double span = high - low;
  if (span <= 0) span = std::max(1.0, std::abs(high));
  double raw = span / 5;
  double power = std::pow(10, std::floor(std::log10(raw)));
  double step = power;
  for (double m : {1.0, 2.0, 5.0, 10.0}) {
    step = m * power;
    if (step >= raw) break;
  }
  // From the tick at or below `low` to the first at or above `high`, so that every value is inside.
  std::vector<double> out;
  double t = std::floor(low / step) * step;
  do {
    out.push_back(std::abs(t) < step * 1e-9 ? 0 : t);
    t += step;
  } while (out.back() < high - step * 1e-9);
  return out;
}

}  // namespace

std::string escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char ch : text) {
    switch (ch) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += ch;
    }
  }
  return out;
}

std::string bar_chart(const BarChart& chart) {
  if (chart.bars.empty()) return {};
  constexpr double kRow = 22;
  constexpr double kBarHeight = 14;
  constexpr double kBarArea = 300;
  std::size_t label_columns = 0;
  double max_total = 0;
  for (const Bar& bar : chart.bars) {
    label_columns =
        std::max(label_columns, display_width(truncate_to_width(bar.label, kLabelColumns)));
    double total = 0;
    for (double v : bar.values) total += std::max(0.0, v);
    max_total = std::max(max_total, total);
  }
  double label_width = static_cast<double>(label_columns) * kColumnWidth + 8;
  double top = chart.series.size() > 1 ? 22 : 4;
  double width = label_width + kBarArea + 60;
  double height = top + kRow * static_cast<double>(chart.bars.size()) + 4;
  std::string out = fmt::format(
      "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" "
      "viewBox=\"0 0 {:.0f} {:.0f}\" width=\"{:.0f}\" font-size=\"{:.0f}\">"
      "<title>{}</title>",
      width, height, width, kFontSize, escape(chart.title));
  if (chart.series.size() > 1) out += legend(chart.series, label_width, 14);
  double y = top;
  for (const Bar& bar : chart.bars) {
    std::string label = truncate_to_width(bar.label, kLabelColumns);
    // A label cut short keeps the whole in its tooltip.
    out += label == bar.label ? std::string("<g>")
                              : fmt::format("<g><title>{}</title>", escape(bar.label));
    out += fmt::format("<text x=\"{:.0f}\" y=\"{:.0f}\" text-anchor=\"end\">{}</text>",
                       label_width - 6, y + kBarHeight - 2, escape(label));
    double x = label_width;
    double total = 0;
    for (std::size_t s = 0; s < bar.values.size(); ++s) {
      double v = std::max(0.0, bar.values[s]);
      total += v;
      double w = max_total > 0 ? v / max_total * kBarArea : 0;
      if (w <= 0) continue;
      std::string css = s < chart.series.size() ? chart.series[s].css_class : "";
      out += fmt::format(
          "<rect class=\"{}\" x=\"{:.0f}\" y=\"{:.0f}\" width=\"{:.0f}\" height=\"{:.0f}\"/>",
          escape(css), x, y, w, kBarHeight);
      x += w;
    }
    out += fmt::format("<text x=\"{:.0f}\" y=\"{:.0f}\">{}</text></g>", x + 4, y + kBarHeight - 2,
                       number(total));
    y += kRow;
  }
  out += "</svg>";
  return out;
}

std::string line_chart(const LineChart& chart) {
  std::optional<int> first_year;
  std::optional<int> last_year;
  std::optional<double> low;
  std::optional<double> high;
  for (const Line& line : chart.lines) {
    for (const Point& p : line.points) {
      if (!p.y) continue;
      first_year = std::min(first_year.value_or(p.x), p.x);
      last_year = std::max(last_year.value_or(p.x), p.x);
      low = std::min(low.value_or(*p.y), *p.y);
      high = std::max(high.value_or(*p.y), *p.y);
    }
  }
  if (!first_year) return {};
  constexpr double kWidth = 560;
  constexpr double kHeight = 260;
  constexpr double kLeft = 56;
  constexpr double kRight = 16;
  constexpr double kTop = 30;
  constexpr double kBottom = 28;
  std::vector<double> y_ticks = ticks(std::min(0.0, *low), *high);
  double y_low = y_ticks.empty() ? 0 : y_ticks.front();
  double y_high = std::max(y_ticks.empty() ? 0 : y_ticks.back(), y_low + 1);
  int years = std::max(1, *last_year - *first_year);
  auto px = [&](int year) {
    return kLeft + (kWidth - kLeft - kRight) * (year - *first_year) / years;
  };
  auto py = [&](double v) {
    return kHeight - kBottom - (kHeight - kTop - kBottom) * (v - y_low) / (y_high - y_low);
  };
  std::string out = fmt::format(
      "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" "
      "viewBox=\"0 0 {:.0f} {:.0f}\" width=\"{:.0f}\" font-size=\"{:.0f}\">"
      "<title>{}</title>",
      kWidth, kHeight, kWidth, kFontSize, escape(chart.title));
  std::vector<Series> series;
  for (const Line& line : chart.lines) series.push_back(line.series);
  out += legend(series, kLeft, 14);
  // Axes: horizontal grid lines with the values, a year under every tick.
  for (double t : y_ticks) {
    out += fmt::format(
        "<line class=\"grid\" x1=\"{:.0f}\" y1=\"{:.0f}\" x2=\"{:.0f}\" y2=\"{:.0f}\"/>"
        "<text x=\"{:.0f}\" y=\"{:.0f}\" text-anchor=\"end\">{}{}</text>",
        kLeft, py(t), kWidth - kRight, py(t), kLeft - 6, py(t) + 4, number(t),
        escape(chart.y_unit));
  }
  int step = years <= 12 ? 1 : years <= 30 ? 5 : 10;
  for (int year = *first_year; year <= *last_year; ++year) {
    if ((year - *first_year) % step != 0 && year != *last_year) continue;
    out += fmt::format("<text x=\"{:.0f}\" y=\"{:.0f}\" text-anchor=\"middle\">{}</text>", px(year),
                       kHeight - 8, year);
  }
  for (const Line& line : chart.lines) {
    std::string css = escape(line.series.css_class);
    // The line, broken where a year has no value or no point: a line over years that say nothing
    // would draw a trend the reports do not state.
    std::string path;
    std::optional<int> last;  // the year of the point the line has reached
    for (const Point& p : line.points) {
      if (!p.y) {
        last.reset();
        continue;
      }
      path +=
          fmt::format("{}{:.0f},{:.0f} ", last && p.x == *last + 1 ? "L" : "M", px(p.x), py(*p.y));
      last = p.x;
    }
    out += fmt::format("<path class=\"line {}\" fill=\"none\" d=\"{}\"/>", css, path);
    for (const Point& p : line.points) {
      if (!p.y) continue;
      out += fmt::format(
          "<circle class=\"{} {}\" cx=\"{:.0f}\" cy=\"{:.0f}\" r=\"4\"><title>{}</title></circle>",
          css, escape(p.marker_class), px(p.x), py(*p.y),
          escape(p.marker_title.empty() ? fmt::format("{} {}{}", p.x, number(*p.y), chart.y_unit)
                                        : p.marker_title));
    }
  }
  out += "</svg>";
  return out;
}

}  // namespace zz::report::svg
