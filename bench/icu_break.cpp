// zz_icu_break FILE: ICU's word BreakIterator alone over a UTF-8 file (the baseline of
// bench/compare): reads the file, segments it as zz_segment's base layer does (UText over UTF-8, no
// UTF-16 copy), prints the number of tokens.
#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <cstdio>
#include <memory>
#include <string>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: zz_icu_break FILE\n");
    return 2;
  }
  std::FILE* in = std::fopen(argv[1], "rb");
  if (in == nullptr) {
    std::fprintf(stderr, "zz_icu_break: cannot read %s\n", argv[1]);
    return 1;
  }
  std::string text;
  char buffer[1 << 16];
  for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, in)) > 0;) text.append(buffer, n);
  std::fclose(in);
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> iter(
      icu::BreakIterator::createWordInstance(icu::Locale::getChinese(), status));
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  iter->setText(ut, status);
  if (U_FAILURE(status)) {
    std::fprintf(stderr, "zz_icu_break: ICU error %s\n", u_errorName(status));
    return 1;
  }
  long tokens = 0;
  for (int32_t end = iter->next(); end != icu::BreakIterator::DONE; end = iter->next()) ++tokens;
  utext_close(ut);
  std::printf("%ld\n", tokens);
  return 0;
}
