// N-gram statistics of a corpus of Han runs for new-word discovery: counts (with apriori pruning),
// internal cohesion (PMI) and left/right neighbour entropy. Private to zz_segment.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace zz::segment::detail {

/// Up to 6 code points packed 21 bits each into two words; 0 pads (it never occurs in Han text).
struct NgramKey {
  std::uint64_t a = 0;
  std::uint64_t b = 0;
  friend bool operator==(const NgramKey&, const NgramKey&) = default;
};

struct NgramKeyHash {
  std::size_t operator()(const NgramKey& k) const {
    std::uint64_t h =
        k.a * 0x9E3779B97F4A7C15ULL ^ (k.b + 0x632BE59BD9B4E019ULL + (k.a << 6) + (k.a >> 2));
    return static_cast<std::size_t>(h ^ (h >> 29));
  }
};

NgramKey make_ngram_key(const char32_t* cps, std::size_t n);
void unpack_ngram_key(const NgramKey& key, std::size_t n, char32_t* out);

/// A discovered candidate word with its statistics.
struct NgramCandidate {
  std::u32string word;
  std::uint32_t count = 0;
  double cohesion = 0;      ///< least PMI over the split points (natural log)
  double left_entropy = 0;  ///< of the preceding character (nats); a run boundary counts as unique
  double right_entropy = 0;
};

/// Counts the n-grams (1 <= n <= max_length + 1) of `corpus` (Han runs separated by 0) whose
/// every sub-n-gram occurs at least `min_count` times, and returns the words of 2..max_length
/// characters occurring at least `min_count` times with their cohesion and entropies.
std::vector<NgramCandidate> ngram_candidates(const std::u32string& corpus, std::uint32_t min_count,
                                             std::size_t max_length);

}  // namespace zz::segment::detail
