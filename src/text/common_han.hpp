// The 500 most frequent Han characters of the government-report corpus, for telling a real decoding
// from mojibake: they make up 87% of the Han text of these reports and 72% of news text (PKU test
// set), but only 2.4% of code points picked at random from the CJK block, which is what bytes
// decoded in the wrong encoding look like.
#pragma once

#include <string_view>

namespace zz::text::detail {

/// True for one of the 500 common Han characters.
bool is_common_han(char32_t cp);

/// How much decoded text looks like Chinese prose rather than mojibake: true when at least 30% of
/// its Han characters are common ones (given eight or more), or, with fewer Han characters, when
/// at most a tenth of its other characters fall outside ASCII, CJK and their punctuation.
bool looks_like_chinese(std::string_view utf8);

}  // namespace zz::text::detail
