// Page-continuation markers of reports printed in newspapers: 《上接A1版》, 》》》下转B1版,
// （下转第3版）, （上接第2版）, （紧接第二版）, and their broken forms.
#pragma once

#include <vector>

#include "char_line.hpp"
#include "zzreport/text/span.hpp"

namespace zz::text {

/// Removes every page-continuation marker from a line, with the spaces around it, and appends the
/// original span of each removed marker to `removed`. A marker needs a lead word (上接, 下转, 紧接,
/// 紧转, 续接; 接 or 转 alone only inside brackets), a page (第?, a letter?, 1-3 digits or Chinese
/// numerals) and 版 or a closing bracket, so the policy term 下转上 and prose like 第九版防控方案
/// are never touched.
void remove_page_markers(CharLine& line, std::vector<Span>& removed);

}  // namespace zz::text
