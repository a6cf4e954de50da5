// Test helper: a Document and its tokens from text pre-split with '|' (no segmenter needed).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "zzreport/segment/token.hpp"
#include "zzreport/text/document.hpp"

namespace zz::extract::testing {

/// "长株潭|一体化|，|5000|亿元" -> tokens typed by their first character (digits: number,
/// ASCII letters: latin, CJK punctuation and ASCII symbols: punctuation, space: space, else word).
inline std::vector<segment::Token> split_tokens(std::string_view marked, std::string& text) {
  std::vector<segment::Token> tokens;
  text.clear();
  std::size_t start = 0;
  while (start <= marked.size()) {
    std::size_t bar = marked.find('|', start);
    if (bar == std::string_view::npos) bar = marked.size();
    std::string_view piece = marked.substr(start, bar - start);
    if (!piece.empty()) {
      segment::TokenType type = segment::TokenType::word;
      auto c = static_cast<unsigned char>(piece[0]);
      if (c == ' ' || c == '\n')
        type = segment::TokenType::space;
      else if (c >= '0' && c <= '9')
        type = segment::TokenType::number;
      else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
        type = segment::TokenType::latin;
      else if (c < 0x80 || piece.starts_with("\xEF\xBC") || piece.starts_with("\xE3\x80") ||
               piece.starts_with("\xE2\x80"))
        type = segment::TokenType::punctuation;
      auto begin = static_cast<std::uint32_t>(text.size());
      text += piece;
      tokens.push_back({begin, static_cast<std::uint32_t>(text.size()), type});
    }
    start = bar + 1;
  }
  return tokens;
}

/// A Document over `marked` (normalised text = original) and its tokens.
struct Marked {
  text::Document doc;
  std::vector<segment::Token> tokens;
};

inline Marked marked_document(std::string_view marked, std::vector<text::Section> sections = {}) {
  Marked m;
  m.tokens = split_tokens(marked, m.doc.text);
  m.doc.original = m.doc.text;
  // An identity offset map: normalised text == original text.
  std::uint32_t cp = 0;
  for (std::size_t i = 0; i < m.doc.text.size(); ++i) {
    if ((static_cast<unsigned char>(m.doc.text[i]) & 0xC0) != 0x80) {
      m.doc.map.push(static_cast<std::uint32_t>(i), cp++);
    }
  }
  m.doc.map.finish(static_cast<std::uint32_t>(m.doc.text.size()), cp);
  m.doc.original_chars = cp;
  m.doc.sections = std::move(sections);
  return m;
}

}  // namespace zz::extract::testing
