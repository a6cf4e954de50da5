// Paragraphs split at a page break (or a column break) in the middle of a sentence, as in reports
// reprinted from newspapers: "……是" / "经济现代化的路径选择。".
#pragma once

#include <string_view>

namespace zz::text {

/// What the join decision needs to know about a line besides its normalised text.
struct JoinLine {
  /// Normalised UTF-8, not empty. For the earlier line, the paragraph's open end is enough: the
  /// text after its last sentence end (the whole paragraph when it has none).
  std::string_view text;
  bool markup = false;    ///< a Markdown heading, bold line, list item or table row
  bool indented = false;  ///< the original line was indented (a paragraph start in GBK reports)
  bool finished = false;  ///< a finished sentence precedes `text` in its paragraph
  bool long_run = false;  ///< `text` was cut from a run of 1 KB or more without a sentence end
};

/// True when `next` continues the sentence that `prev` leaves open: `prev` is prose (it has a
/// finished sentence, or 80 characters or more) that stops on a Han character, letter or digit
/// outside a numbered heading, and `next` starts with one, without a heading number, indentation
/// or markup.
/// `page_break`: a page-continuation marker stood between them (…增长15%以上，（下转第三版）
/// （紧接第二版）城镇登记失业率…); then `prev` may also stop on a comma or an enumeration mark.
bool continues_paragraph(const JoinLine& prev, const JoinLine& next, bool page_break = false);

}  // namespace zz::text
