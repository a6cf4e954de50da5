// Names of token types, as written in JSON output.
#include "zzreport/segment/token.hpp"

namespace zz::segment {

std::string_view to_string(TokenType type) {
  switch (type) {
    case TokenType::word:
      return "word";
    case TokenType::number:
      return "number";
    case TokenType::latin:
      return "latin";
    case TokenType::punctuation:
      return "punctuation";
    case TokenType::slogan:
      return "slogan";
    case TokenType::space:
      return "space";
  }
  return "word";
}

}  // namespace zz::segment
