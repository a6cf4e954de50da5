// Segmenter: splits the text into Han runs (segmented on the word lattice) and other runs (ICU's
// word BreakIterator with the number rules), then merges quoted formulations.
#include "zzreport/segment/segmenter.hpp"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

#include "char_class.hpp"
#include "compiled_lexicon.hpp"
#include "derived_words.hpp"
#include "lattice.hpp"
#include "number_rules.hpp"
#include "slogan_rules.hpp"
#include "unknown_words.hpp"
#include "word_trie.hpp"
#include "zzreport/segment/lexicon.hpp"
#include "zzreport/text/error.hpp"
#include "zzreport/text/utf8.hpp"

namespace zz::segment {

using detail::is_han_text;

namespace {

/// Everything a Segmenter holds, immutable after construction.
struct Core {
  std::unique_ptr<icu::BreakIterator> prototype;
  CompiledLexicon words;  // shared with the CompiledLexicon it came from: no copy of the trie
  SegmenterOptions options;
};

/// Per-thread state: the BreakIterator clone, a reusable UText and the lattice buffers.
struct ThreadState {
  const void* owner = nullptr;  // the Core the iterator was cloned from
  std::unique_ptr<icu::BreakIterator> iterator;
  UText* utext = nullptr;
  std::vector<char32_t> cps;
  std::vector<std::uint32_t> offsets;  // byte offset of each code point, and the run's end
  std::vector<std::uint32_t> icu_length;
  std::vector<detail::PathStep> path;
  detail::LatticeScratch lattice;

  ThreadState() = default;
  ThreadState(const ThreadState&) = delete;
  ThreadState& operator=(const ThreadState&) = delete;
  ~ThreadState() { utext_close(utext); }
};

ThreadState& thread_state(const Core& impl) {
  thread_local ThreadState state;
  if (state.owner != &impl) {
    state.iterator.reset(impl.prototype->clone());
    state.owner = &impl;
  }
  return state;
}

void check_icu(UErrorCode status, const char* what) {
  if (U_FAILURE(status)) {
    throw Error(ErrorKind::internal,
                std::string("ICU ") + what + " failed: " + u_errorName(status));
  }
}

/// Points the thread's BreakIterator at text[begin, end).
icu::BreakIterator& iterate(ThreadState& state, std::string_view text, std::size_t begin,
                            std::size_t end) {
  UErrorCode status = U_ZERO_ERROR;
  state.utext =
      utext_openUTF8(state.utext, text.data() + begin, static_cast<int64_t>(end - begin), &status);
  check_icu(status, "utext_openUTF8");
  state.iterator->setText(state.utext, status);
  check_icu(status, "BreakIterator::setText");
  return *state.iterator;
}

bool is_alnum(char32_t cp) {
  return detail::is_digit(cp) || detail::is_latin(cp) ||
         (cp >= 0x80 && u_isalnum(static_cast<UChar32>(cp)));
}

TokenType classify_icu(std::string_view token, int32_t status) {
  if (status >= UBRK_WORD_NUMBER) {
    // ICU gives 5G the status of a number and PM2.5 that of a letter word: any letter makes it
    // Latin.
    for (std::size_t i = 0; i < token.size();) {
      char32_t cp = text::utf8::next_code_point(token, i);
      if (!detail::is_digit(cp) && is_alnum(cp)) return TokenType::latin;
    }
    return status < UBRK_WORD_NUMBER_LIMIT ? TokenType::number : TokenType::latin;
  }
  std::size_t i = 0;
  return detail::is_space(text::utf8::next_code_point(token, i)) ? TokenType::space
                                                                 : TokenType::punctuation;
}

std::size_t run_end(std::string_view text, std::size_t i, bool (*member)(char32_t)) {
  while (i < text.size()) {
    std::size_t next = i;
    if (!member(text::utf8::next_code_point(text, next))) break;
    i = next;
  }
  return i;
}

bool contains_alnum(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    if (is_alnum(text::utf8::next_code_point(text, i))) return true;
  }
  return false;
}

bool is_doubled_mark(char32_t cp) {
  return cp == 0x2014 || cp == 0x2026 || cp == 0x2500 || cp == 0xFF0D;
}

bool is_other(char32_t cp) { return !is_han_text(cp) && !detail::is_space(cp); }

}  // namespace

struct Segmenter::Impl {
  Core core;
};

namespace {

void init_core(Core& core, SegmenterOptions options) {
  UErrorCode status = U_ZERO_ERROR;
  core.prototype.reset(icu::BreakIterator::createWordInstance(icu::Locale::getChinese(), status));
  check_icu(status, "BreakIterator::createWordInstance");
  core.options = options;
}

}  // namespace

Segmenter::Segmenter(const Lexicon* lexicon, SegmenterOptions options)
    : impl_(std::make_unique<Impl>()) {
  Core& core = impl_->core;
  init_core(core, options);
  if (lexicon != nullptr && options.use_lexicon) {
    core.words = CompiledLexicon::compile(*lexicon);
  } else {
    core.options.use_lexicon = false;
  }
}

Segmenter::Segmenter(const CompiledLexicon& lexicon, SegmenterOptions options)
    : impl_(std::make_unique<Impl>()) {
  Core& core = impl_->core;
  init_core(core, options);
  if (options.use_lexicon) {
    core.words = lexicon;
  }
}

Segmenter::~Segmenter() = default;

const SegmenterOptions& Segmenter::options() const { return impl_->core.options; }

namespace {

/// A long Han run is segmented in windows of kHanWindow code points, so that the lattice buffers
/// stay bounded whatever the input (a 50 MB line without punctuation). Each window's best path is
/// kept up to the first token that reaches kHanWindow - kHanLookahead; the next window starts
/// there. A word's choice depends on the costs of the few words after it, so kHanLookahead
/// characters of context make the kept tokens those of the whole run (checked on corpus text with
/// its punctuation removed, docs/robustness.md). Runs of real text are far shorter than a window.
constexpr std::size_t kHanWindow = 8192;
constexpr std::size_t kHanLookahead = 256;

/// Segments text[begin, end), a window of a Han run, on the lattice into state.path; reads
/// state.offsets[k], the byte offset of code point k of the window (and the window's end).
void lattice_path(const Core& impl, ThreadState& state, std::string_view text, std::size_t begin,
                  std::size_t end) {
  state.cps.clear();
  state.offsets.clear();
  for (std::size_t i = begin; i < end;) {
    state.offsets.push_back(static_cast<std::uint32_t>(i));
    state.cps.push_back(text::utf8::next_code_point(text, i));
  }
  state.offsets.push_back(static_cast<std::uint32_t>(end));
  std::size_t n = state.cps.size();
  const std::uint32_t* icu_length = nullptr;
  if (impl.options.icu_words || !impl.options.use_lexicon) {
    state.icu_length.assign(n, 0);
    icu::BreakIterator& it = iterate(state, text, begin, end);
    std::size_t k = 0;  // code point index of the token start
    it.first();
    for (int32_t stop = it.next(); stop != icu::BreakIterator::DONE; stop = it.next()) {
      std::size_t j = k;
      while (state.offsets[j] < begin + static_cast<std::size_t>(stop)) ++j;
      state.icu_length[k] = static_cast<std::uint32_t>(j - k);
      k = j;
    }
    icu_length = state.icu_length.data();
  }
  state.path.clear();
  const CompiledLexicon::Data& words = impl.words.data();
  detail::best_path(words.trie, words.edges, state.cps.data(), n, icu_length,
                    impl.options.granularity == Granularity::coarse, detail::kTokenCost,
                    state.lattice, state.path);
  detail::join_unknown_words(words.trie, state.cps.data(), state.path);
  detail::join_derived_words(state.cps.data(), state.path);
}

/// Byte offset `count` code points after `i` in text, or `end` if the run ends first.
std::size_t advance_code_points(std::string_view text, std::size_t i, std::size_t end,
                                std::size_t count) {
  for (; count > 0 && i < end; --count) {
    do {
      ++i;
    } while (i < end && text::utf8::is_continuation(static_cast<unsigned char>(text[i])));
  }
  return i;
}

/// Segments the Han run text[begin, end) on the lattice, window by window.
void segment_han(const Core& impl, ThreadState& state, std::string_view text, std::size_t begin,
                 std::size_t end, std::vector<Token>& out) {
  std::size_t window = kHanWindow;
  while (begin < end) {
    std::size_t stop = advance_code_points(text, begin, end, window);
    lattice_path(impl, state, text, begin, stop);
    bool last = stop == end;
    std::size_t keep = window - kHanLookahead;  // tokens starting before this code point are final
    std::size_t k = 0;
    std::size_t steps = 0;
    while (steps < state.path.size() && (last || k < keep)) k += state.path[steps++].length;
    if (!last && k + kHanLookahead > state.cps.size()) {
      window *= 2;  // one token (a 400-character numeral) runs into the lookahead: widen the window
      continue;
    }
    k = 0;
    for (std::size_t s = 0; s < steps; ++s) {
      const detail::PathStep& step = state.path[s];
      out.push_back({state.offsets[k], state.offsets[k + step.length], step.type});
      k += step.length;
    }
    begin = state.offsets[k];
    window = kHanWindow;
  }
}

/// Segments the non-Han, non-space run text[begin, end) with ICU and the number rules; returns
/// where the next run starts (a number may extend into the Han text after the run: 5000亿元).
std::size_t segment_other(const Core& impl, ThreadState& state, std::string_view text,
                          std::size_t begin, std::size_t end, std::vector<Token>& out) {
  std::size_t first = out.size();
  bool coarse = impl.options.granularity == Granularity::coarse;
  if (!contains_alnum(text.substr(begin, end - begin))) {  // punctuation only: one token per mark
    for (std::size_t i = begin; i < end;) {
      auto b = static_cast<std::uint32_t>(i);
      char32_t cp = text::utf8::next_code_point(text, i);
      // A Chinese dash —— or ellipsis …… is written as two (or more) characters: one mark.
      if (is_doubled_mark(cp)) {
        for (std::size_t j = i; j < end && text::utf8::next_code_point(text, j) == cp;) i = j;
      }
      out.push_back({b, static_cast<std::uint32_t>(i), TokenType::punctuation});
    }
    return end;
  }
  icu::BreakIterator& it = iterate(state, text, begin, end);
  std::size_t pos = begin;
  int32_t start = it.first();
  for (int32_t stop = it.next(); stop != icu::BreakIterator::DONE; start = stop, stop = it.next()) {
    std::size_t b = begin + static_cast<std::size_t>(start);
    std::size_t e = begin + static_cast<std::size_t>(stop);
    if (e <= pos) continue;  // inside a number already merged
    int32_t status = it.getRuleStatus();
    if (b < pos) {  // the rest of an ICU word that a merged number ends inside: 3+2_ is 3+2 and _
      b = pos;
      if (!contains_alnum(text.substr(b, e - b))) status = UBRK_WORD_NONE;
    }
    TokenType type = classify_icu(text.substr(b, e - b), status);
    if (type == TokenType::number) {
      e = std::max(e, detail::scan_arabic_number(text, b, coarse));
      // A minus sign that ICU gave a token of its own: −9℃ is a number.
      std::size_t sign = detail::sign_start(text, b, e);
      if (sign < b && out.size() > first && out.back().begin == sign && out.back().end == b) {
        out.pop_back();
        b = sign;
      }
    }
    out.push_back({static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e), type});
    pos = e;
    if (pos >= end) break;
  }
  return pos;
}

}  // namespace

void Segmenter::segment(std::string_view text, std::vector<Token>& out) const {
  const Core& core = impl_->core;
  ThreadState& state = thread_state(core);
  std::size_t first = out.size();
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t next = pos;
    char32_t cp = text::utf8::next_code_point(text, next);
    if (is_han_text(cp)) {
      std::size_t end = run_end(text, pos, is_han_text);
      segment_han(core, state, text, pos, end, out);
      pos = end;
    } else if (detail::is_space(cp)) {
      std::size_t end = run_end(text, pos, detail::is_space);
      out.push_back(
          {static_cast<std::uint32_t>(pos), static_cast<std::uint32_t>(end), TokenType::space});
      pos = end;
    } else {
      pos = segment_other(core, state, text, pos, run_end(text, pos, is_other), out);
    }
  }
  detail::merge_quoted_formulations(text, out, first);
}

Granularity parse_granularity(std::string_view name) {
  if (name == "coarse") return Granularity::coarse;
  if (name == "fine") return Granularity::fine;
  throw Error(ErrorKind::usage,
              "unknown granularity '" + std::string(name) + "' (expected coarse or fine)");
}

}  // namespace zz::segment
