// SVG charts drawn by zzreport itself for the HTML pages (no charting library is available
// offline): horizontal bars for counts, lines for series over years. Each chart is one inline
// <svg> element with a <title> and a text alternative, its colours left to the page's CSS classes.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace zz::report::svg {

/// `text` with &, <, >, " and ' escaped, for element content and attribute values alike.
std::string escape(std::string_view text);

/// A series of a chart: its name in the legend and the CSS class that colours it.
struct Series {
  std::string name;
  std::string css_class;
};

/// One bar: a label and one value per series, stacked left to right.
struct Bar {
  std::string label;
  std::vector<double> values;
};

struct BarChart {
  std::string title;  ///< the chart's <title>, also its accessible name
  std::vector<Series> series;
  std::vector<Bar> bars;  ///< drawn top to bottom in this order
};

/// Horizontal stacked bars, each labelled with its total; a legend when there are two series or
/// more. Values below 0 count as 0. Empty string for a chart without bars.
std::string bar_chart(const BarChart& chart);

/// One point of a line. A point without a value, or a year without a point, breaks the line there.
struct Point {
  int x = 0;                 ///< a year
  std::optional<double> y;   ///< the value
  std::string marker_class;  ///< CSS class of the point's marker (met, missed); empty: plain
  std::string marker_title;  ///< the point's tooltip
};

struct Line {
  Series series;
  std::vector<Point> points;  ///< in order of x
};

struct LineChart {
  std::string title;
  std::string y_unit;  ///< written after the y axis' numbers ("%")
  std::vector<Line> lines;
};

/// Lines over years on one shared axis (x: every year from the first to the last point, y: from
/// 0 or the lowest value to the highest), with a legend. Empty string when no point has a value.
std::string line_chart(const LineChart& chart);

}  // namespace zz::report::svg
