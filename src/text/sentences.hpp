// Sentence splitting within a paragraph.
#pragma once

#include <vector>

#include "zzreport/text/document.hpp"

namespace zz::text {

/// Appends the sentences of `text[range]` to `out`: a sentence ends at 。！？；… (or ! ? ;), with
/// the closing quotes and brackets that follow; marks inside quotes or brackets do not end one,
/// except a mark that closes the quotation (…。” ends the sentence). When the paragraph's quotes
/// or brackets do not balance, they are ignored. Text after the last mark is a sentence too.
void split_sentences(std::string_view text, ByteRange range, std::vector<ByteRange>& out);

}  // namespace zz::text
