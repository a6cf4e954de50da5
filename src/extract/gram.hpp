// Gram: a sequence of up to kMaxGramTokens unit ids, the key of a phrase while counting.
#pragma once

#include <algorithm>
#include <array>
#include <compare>
#include <cstddef>
#include <cstdint>

namespace zz::extract {

inline constexpr std::size_t kMaxGramTokens = 8;

/// Unused slots are 0 and `n` is stored, so equal phrases compare and hash equal.
struct Gram {
  std::array<std::uint32_t, kMaxGramTokens> ids{};
  std::uint32_t n = 0;
  friend bool operator==(const Gram&, const Gram&) = default;
  friend auto operator<=>(const Gram&, const Gram&) = default;
};

inline Gram make_gram(const std::uint32_t* ids, std::size_t n) {
  Gram g;
  std::copy(ids, ids + n, g.ids.begin());
  g.n = static_cast<std::uint32_t>(n);
  return g;
}

/// FNV-1a over the ids.
struct GramHash {
  std::size_t operator()(const Gram& g) const noexcept {
    std::uint64_t h = 1469598103934665603ull ^ g.n;
    for (std::size_t k = 0; k < g.n; ++k) h = (h ^ g.ids[k]) * 1099511628211ull;
    return static_cast<std::size_t>(h);
  }
};

}  // namespace zz::extract
