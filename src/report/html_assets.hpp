// The style sheet and script every HTML page of zzreport carries inline, so that a page works
// offline and as a mail attachment. Private to zz_report.
#pragma once

#include <string_view>

namespace zz::report::detail {

/// Screen, phone and print styles. Kinds are told apart by colour and by the line under them
/// (solid: target, dashed: achievement, dotted: formulation), so that colour is not the only cue.
inline constexpr std::string_view kPageStyle = R"css(
:root{--ink:#1f2937;--muted:#4b5563;--line:#e5e7eb;--target:#fde68a;--achievement:#bbf7d0;--slogan:#e9d5ff}
*{box-sizing:border-box}
body{margin:0 auto;max-width:75rem;padding:1rem 1.5rem;color:var(--ink);background:#fff;
font:15px/1.6 system-ui,-apple-system,"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif}
h1{font-size:1.6rem;margin:.3rem 0}h2{font-size:1.25rem;margin:1.6rem 0 .5rem;border-bottom:1px solid var(--line)}
a{color:#1d4ed8}
dl.facts{display:flex;flex-wrap:wrap;gap:.1rem 1.4rem;margin:.4rem 0;color:var(--muted)}
dl.facts div{display:flex;gap:.35rem}dl.facts dt{font-weight:600}dl.facts dd{margin:0}
nav.toc summary{font-size:1.25rem;font-weight:600;margin:1.6rem 0 .5rem;cursor:pointer}
nav.toc ol{list-style:none;margin:0;padding:0}
nav.toc .d1{padding-left:1.2em}nav.toc .d2{padding-left:2.4em}nav.toc .d3{padding-left:3.6em}
.charts{display:flex;flex-wrap:wrap;gap:1.5rem;align-items:flex-start}
figure{margin:0;max-width:100%}figcaption{font-weight:600;margin-bottom:.3rem}
svg.chart{max-width:100%;height:auto}svg text{fill:var(--ink)}
rect.keyword{fill:#3b82f6}rect.target,circle.target{fill:#d97706}rect.achievement,circle.achievement{fill:#059669}
rect.slogan{fill:#7c3aed}
path.series0{stroke:#2563eb}path.series1{stroke:#d97706}path.series2{stroke:#059669}path.series3{stroke:#dc2626}path.series4{stroke:#7c3aed}path.series5{stroke:#0891b2}
rect.series0,circle.series0{fill:#2563eb}rect.series1,circle.series1{fill:#d97706}rect.series2,circle.series2{fill:#059669}rect.series3,circle.series3{fill:#dc2626}rect.series4,circle.series4{fill:#7c3aed}rect.series5,circle.series5{fill:#0891b2}line.grid{stroke:var(--line)}path.line{stroke-width:2}
path.target{stroke:#d97706}path.achievement,path.outcome{stroke:#059669}rect.outcome,circle.outcome{fill:#059669}
circle.met{stroke:#065f46;stroke-width:2}circle.missed{fill:#fff;stroke:#b91c1c;stroke-width:2.5}
.controls{display:flex;flex-wrap:wrap;gap:.5rem 1rem;margin:.5rem 0;align-items:center}
.controls label{display:flex;gap:.3rem;align-items:center}
.table-wrap{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:14px}
th,td{border-bottom:1px solid var(--line);padding:.3rem .45rem;text-align:left;vertical-align:top}
th{background:#f3f4f6;white-space:nowrap}th button{all:unset;cursor:pointer;font-weight:600}
th button:focus-visible{outline:2px solid #2563eb}
th[aria-sort=ascending] button::after{content:" ▲"}th[aria-sort=descending] button::after{content:" ▼"}
td.num{text-align:right;white-space:nowrap}tr.flash{background:#fef3c7}
td[class^=kind-]{white-space:nowrap}
.legend{display:flex;flex-wrap:wrap;gap:.3rem 1.2rem;color:var(--muted)}
.text{white-space:pre-wrap;line-height:1.9;overflow-wrap:anywhere}
mark{color:inherit;padding:0 1px;border-radius:2px;cursor:pointer}
mark[data-kind=target],.kind-target{background:var(--target);border-bottom:2px solid #b45309}
mark[data-kind=achievement],.kind-achievement{background:var(--achievement);border-bottom:2px dashed #047857}
mark[data-kind=slogan],.kind-slogan{background:var(--slogan);border-bottom:2px dotted #6d28d9}
mark:target{outline:3px solid #2563eb}
.warn::before{content:"⚠";color:#b91c1c;cursor:help;padding:0 2px}
ul.terms{display:flex;flex-wrap:wrap;gap:.2rem 1rem;list-style:none;padding:0}
@media (max-width:640px){body{padding:.5rem .7rem;font-size:14px}th,td{padding:.2rem .3rem}}
@media print{.controls,nav.toc,th button::after{display:none}tr[hidden]{display:table-row}
mark,.kind-target,.kind-achievement,.kind-slogan,svg{-webkit-print-color-adjust:exact;print-color-adjust:exact}
a{color:inherit;text-decoration:none}body{max-width:none}}
)css";

/// Sorting by any column of a sortable table, the filters of the quantities table, and from a
/// mark in the text back to its table row. Written for any browser of the last years, no library.
inline constexpr std::string_view kPageScript = R"js(
(function () {
  'use strict';
  // A cell's sort key: its data-sort number when it has the attribute (null when empty: such rows
  // go last either way), else its text, as a number when it is one.
  function cellKey(row, col) {
    var cell = row.cells[col];
    if (!cell.hasAttribute('data-sort')) {
      var text = cell.textContent.trim();
      return text !== '' && !isNaN(text) ? Number(text) : text;
    }
    var sort = cell.getAttribute('data-sort');
    return sort === '' || isNaN(sort) ? null : Number(sort);
  }
  document.querySelectorAll('table.sortable').forEach(function (table) {
    var heads = table.tHead.rows[0].cells;
    var body = table.tBodies[0];
    Array.prototype.forEach.call(heads, function (th, col) {
      var button = th.querySelector('button');
      if (!button) return;
      button.addEventListener('click', function () {
        var ascending = th.getAttribute('aria-sort') !== 'ascending';
        Array.prototype.forEach.call(heads, function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (x, y) {
          var a = cellKey(x, col), b = cellKey(y, col);
          if (a === null || b === null) return (a === null) - (b === null);
          var c = (typeof a === 'number' && typeof b === 'number') ? a - b
                : String(a).localeCompare(String(b), 'zh-CN');
          return ascending ? c : -c;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  });
  var quantities = document.getElementById('quantities');
  var filters = document.querySelectorAll('[data-filter]');
  function applyFilters() {
    var shown = 0;
    Array.prototype.forEach.call(quantities.tBodies[0].rows, function (row) {
      var show = true;
      filters.forEach(function (f) {
        var value = f.value;
        if (!value) return;
        var field = f.getAttribute('data-filter');
        if (field === 'text') show = show && row.textContent.indexOf(value) >= 0;
        else show = show && row.getAttribute('data-' + field) === value;
      });
      row.hidden = !show;
      if (show) shown++;
    });
    var count = document.getElementById('shown');
    if (count) count.textContent = String(shown);
  }
  if (quantities) {
    filters.forEach(function (f) {
      f.addEventListener('input', applyFilters);
      f.addEventListener('change', applyFilters);
    });
  }
  document.addEventListener('click', function (event) {
    var mark = event.target.closest ? event.target.closest('mark[id]') : null;
    if (!mark) return;
    var row = document.getElementById('row-' + mark.id);
    if (!row) return;
    row.hidden = false;
    row.scrollIntoView({block: 'center'});
    row.classList.add('flash');
    window.setTimeout(function () { row.classList.remove('flash'); }, 1500);
  });
})();
)js";

}  // namespace zz::report::detail
