// Word edges for the names the quantity rules cut out of a clause: where a window of characters
// ends inside a word, the segmenter's word boundaries say where the name should end instead.
#pragma once

#include <cstdint>
#include <string_view>

#include "zzreport/segment/segmenter.hpp"
#include "zzreport/text/document.hpp"

namespace zz::extract {

/// The start of the word of `segmenter` that holds byte `pos` of `text`, segmenting the stretch
/// `within` (which holds `pos`): `pos` itself when a word starts there.
std::uint32_t word_start_at(const segment::Segmenter& segmenter, std::string_view text,
                            text::ByteRange within, std::uint32_t pos);

}  // namespace zz::extract
