// marked_text(): the report's original text with its headings, quantities, formulations and
// warnings marked, as properly nested HTML.
#include "html_text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <vector>

#include "labels.hpp"
#include "zzreport/report/svg.hpp"
#include "zzreport/text/utf8.hpp"

namespace zz::report::detail {
namespace {

/// An element around the code points [begin, end) of the original, or (begin == end) an empty one
/// at begin.
struct Element {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  std::string open;
  std::string_view close;
  int rank = 0;  // among equal spans: headings outside quantities outside formulations
};

std::vector<Element> elements(const text::Document& doc, const extract::Analysis& analysis) {
  std::vector<Element> out;
  for (std::size_t i = 0; i < doc.sections.size(); ++i) {
    const Span& s = doc.sections[i].span;
    out.push_back({s.begin, std::max(s.begin, s.end),
                   fmt::format("<strong id=\"{}\">", section_id(i)), "</strong>", 0});
  }
  for (std::size_t i = 0; i < analysis.quantities.size(); ++i) {
    const extract::Quantity& q = analysis.quantities[i];
    if (q.kind == extract::QuantityKind::mention) continue;
    Span s = q.quote_span.empty() ? q.span : q.quote_span;
    std::string_view kind = extract::to_string(q.kind);
    // The tooltip says what the table row says first: kind, and the quantity as a reader writes it.
    std::string title = fmt::format(
        "{} {}", q.kind == extract::QuantityKind::target ? "目标" : "成绩", quantity_label(q));
    out.push_back({s.begin, s.end,
                   fmt::format("<mark data-kind=\"{}\" id=\"{}\" title=\"{}\">", kind,
                               quantity_id(i), svg::escape(title)),
                   "</mark>", 1});
  }
  for (std::size_t s = 0; s < analysis.slogans.size(); ++s) {
    const extract::Slogan& slogan = analysis.slogans[s];
    if (!is_formulation(slogan)) continue;
    for (std::size_t k = 0; k < slogan.spans.size(); ++k) {
      const Span& span = slogan.spans[k];
      out.push_back({span.begin, span.end,
                     fmt::format("<mark data-kind=\"slogan\" id=\"{}\">", slogan_id(s, k)),
                     "</mark>", 2});
    }
  }
  for (std::size_t i = 0; i < doc.warnings.size(); ++i) {
    const text::Warning& w = doc.warnings[i];
    out.push_back({w.span.begin, w.span.begin,
                   fmt::format("<span class=\"warn\" id=\"{}\" role=\"note\" title=\"{}\" "
                               "aria-label=\"文本问题：{}\"></span>",
                               warning_id(i), svg::escape(w.message), svg::escape(w.message)),
                   "", 3});
  }
  // Outer before inner: by start, the longer first, then by rank.
  std::stable_sort(out.begin(), out.end(), [](const Element& a, const Element& b) {
    if (a.begin != b.begin) return a.begin < b.begin;
    if (a.end != b.end) return a.end > b.end;
    return a.rank < b.rank;
  });
  // An element that starts inside another and would end after it ends with it, so that the
  // elements nest (a formulation that runs past the end of a quote, two overlapping quotes).
  std::vector<std::uint32_t> open_ends;
  for (Element& e : out) {
    while (!open_ends.empty() && open_ends.back() <= e.begin) open_ends.pop_back();
    if (e.begin == e.end) continue;
    if (!open_ends.empty() && open_ends.back() < e.end) e.end = open_ends.back();
    open_ends.push_back(e.end);
  }
  return out;
}

}  // namespace

std::string quantity_id(std::size_t i) { return fmt::format("q{}", i); }
std::string slogan_id(std::size_t s, std::size_t k) { return fmt::format("s{}-{}", s, k); }
std::string section_id(std::size_t i) { return fmt::format("sec-{}", i); }
std::string warning_id(std::size_t i) { return fmt::format("w{}", i); }

std::string marked_text(const text::Document& doc, const extract::Analysis& analysis) {
  std::vector<Element> all = elements(doc, analysis);
  std::string_view text = doc.original;
  std::string out;
  out.reserve(text.size() + text.size() / 4);
  std::vector<const Element*> open;  // innermost last
  std::size_t next = 0;              // the next element of `all` to open
  std::uint32_t cp = 0;
  auto at = [&](std::uint32_t position) {
    while (!open.empty() && open.back()->end <= position) {
      out += open.back()->close;
      open.pop_back();
    }
    for (; next < all.size() && all[next].begin <= position; ++next) {
      const Element& e = all[next];
      out += e.open;
      if (e.begin == e.end) {
        out += e.close;
      } else {
        open.push_back(&e);
      }
    }
  };
  for (std::size_t i = 0; i < text.size();) {
    at(cp);
    std::size_t start = i;
    text::utf8::next_code_point(text, i);
    ++cp;
    char ch = text[start];
    if (i - start > 1) {
      out.append(text.substr(start, i - start));
    } else if (ch == '&') {
      out += "&amp;";
    } else if (ch == '<') {
      out += "&lt;";
    } else if (ch == '>') {
      out += "&gt;";
    } else if (ch != '\r') {
      out += ch;
    }
  }
  at(cp);
  for (; next < all.size(); ++next) {  // spans past the end: a bad span must not lose a mark
    out += all[next].open;
    out += all[next].close;
  }
  while (!open.empty()) {
    out += open.back()->close;
    open.pop_back();
  }
  return out;
}

}  // namespace zz::report::detail
