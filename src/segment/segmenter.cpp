// Segmenter: ICU word BreakIterator over the UTF-8 text (no UTF-16 copy, via UText).
#include "zzreport/segment/segmenter.hpp"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include "zzreport/segment/lexicon.hpp"
#include "zzreport/text/error.hpp"
#include "zzreport/text/utf8.hpp"

namespace zz::segment {

std::string_view to_string(TokenType type) {
  switch (type) {
    case TokenType::word: return "word";
    case TokenType::number: return "number";
    case TokenType::latin: return "latin";
    case TokenType::punctuation: return "punctuation";
    case TokenType::slogan: return "slogan";
    case TokenType::space: return "space";
  }
  return "word";
}

struct Segmenter::Impl {
  std::unique_ptr<icu::BreakIterator> prototype;
  const Lexicon* lexicon = nullptr;
  SegmenterOptions options;
};

Segmenter::Segmenter(const Lexicon* lexicon, SegmenterOptions options) : impl_(std::make_unique<Impl>()) {
  UErrorCode status = U_ZERO_ERROR;
  impl_->prototype.reset(icu::BreakIterator::createWordInstance(icu::Locale::getChinese(), status));
  if (U_FAILURE(status)) throw Error(ErrorKind::internal, std::string("ICU createWordInstance failed: ") + u_errorName(status));
  impl_->lexicon = lexicon;
  impl_->options = options;
}

Segmenter::~Segmenter() = default;

namespace {

TokenType classify(std::string_view token) {
  std::size_t i = 0;
  char32_t cp = text::utf8::next_code_point(token, i);
  if (cp == U' ' || cp == U'\n' || cp == U'\t' || cp == 0x3000) return TokenType::space;
  if (cp >= U'0' && cp <= U'9') return TokenType::number;
  if ((cp >= U'A' && cp <= U'Z') || (cp >= U'a' && cp <= U'z')) return TokenType::latin;
  if (cp < 0x2E80 || (cp >= 0x3000 && cp < 0x3040) || (cp >= 0xFF00 && cp < 0xFFF0)) return TokenType::punctuation;
  return TokenType::word;
}

}  // namespace

void Segmenter::segment(std::string_view text, std::vector<Token>& out) const {
  // BreakIterator is not thread-safe: one clone per thread, made once.
  thread_local std::unique_ptr<icu::BreakIterator> iter;
  thread_local const Impl* owner = nullptr;
  if (!iter || owner != impl_.get()) {
    iter.reset(impl_->prototype->clone());
    owner = impl_.get();
  }
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  iter->setText(ut, status);
  int32_t start = iter->first();
  for (int32_t end = iter->next(); end != icu::BreakIterator::DONE; start = end, end = iter->next()) {
    auto b = static_cast<std::uint32_t>(start), e = static_cast<std::uint32_t>(end);
    out.push_back({b, e, classify(text.substr(b, e - b))});
  }
  utext_close(ut);
}

}  // namespace zz::segment
