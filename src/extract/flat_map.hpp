// FlatMap: an open-addressing hash map for the per-document counting of keyword extraction, where
// std::unordered_map spends most of its time allocating one node per key.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>
#include <utility>
#include <vector>

namespace zz::extract {

/// The n < 8 bytes at p as a little-endian integer, zero-padded. Read with fixed-size loads, two
/// that overlap or three single bytes, as wyhash does: a copy of a variable length into a zeroed
/// word costs a call and a stalled load, which made hashing the larger part of interning a
/// report's tokens.
inline std::uint64_t load_short(const char* p, std::size_t n) noexcept {
  if (n >= 4) {
    std::uint32_t low, high;
    std::memcpy(&low, p, 4);
    std::memcpy(&high, p + n - 4, 4);
    return std::uint64_t{low} | std::uint64_t{high} << (8 * (n - 4));
  }
  auto byte = [&](std::size_t k) { return std::uint64_t{static_cast<unsigned char>(p[k])}; };
  return n == 0 ? 0 : byte(0) | byte(n / 2) << (8 * (n / 2)) | byte(n - 1) << (8 * (n - 1));
}

/// A fast hash of a short byte string (a word is 3 to 24 bytes): 8 bytes at a time, each mixed
/// with a multiply and a shift (the finaliser of splitmix64), the last 1 to 7 by load_short().
inline std::uint64_t hash_bytes(std::string_view s) noexcept {
  auto mix = [](std::uint64_t h, std::uint64_t w) {
    h = (h ^ w) * 0xBF58476D1CE4E5B9ull;
    return h ^ (h >> 31);
  };
  const char* p = s.data();
  std::size_t n = s.size();
  std::uint64_t h = mix(0x9E3779B97F4A7C15ull, n);  // mixed, so that no tail can cancel it
  for (; n >= 8; p += 8, n -= 8) {
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    h = mix(h, w);
  }
  h = mix(h, load_short(p, n)) * 0x94D049BB133111EBull;
  return h ^ (h >> 29);
}

struct StringViewHash {
  std::uint64_t operator()(std::string_view s) const noexcept { return hash_bytes(s); }
};

/// One multiply, its high half folded onto the low half that indexes the table: for the pairs of
/// 32-bit ids find_phrases() keys (high word: a sequence, low word: a unit), every bit of the key
/// reaches the low bits. The full splitmix64 finaliser cost twice the instructions.
struct IntegerHash {
  std::uint64_t operator()(std::uint64_t x) const noexcept {
    x *= 0x9E3779B97F4A7C15ull;
    return x ^ (x >> 32);
  }
};

/// Keys and values live in one array probed linearly; the table doubles at half load. Iteration
/// order depends on the hashes: callers that output keys sort them first.
template <typename Key, typename Value, typename Hash>
class FlatMap {
 public:
  explicit FlatMap(std::size_t expected = 16) { rehash(capacity_for(expected)); }

  /// The value of `key`, default-constructed and inserted when missing; second: whether it was.
  std::pair<Value&, bool> try_emplace(const Key& key) {
    if (2 * (size_ + 1) > slots_.size()) rehash(slots_.size() * 2);
    Slot& slot = probe(key);
    if (slot.used) return {slot.value, false};
    slot = {key, Value{}, true};
    ++size_;
    return {slot.value, true};
  }

  const Value* find(const Key& key) const {
    const Slot& slot = const_cast<FlatMap*>(this)->probe(key);
    return slot.used ? &slot.value : nullptr;
  }

  /// Removes every key and makes room for `expected` keys: a table emptied this way costs in
  /// proportion to what it will hold next, not to the most it ever held.
  void reset(std::size_t expected) {
    slots_.assign(capacity_for(expected), Slot{});
    size_ = 0;
  }

  std::size_t size() const { return size_; }

  template <typename F>
  void for_each(F&& f) const {
    for (const Slot& slot : slots_) {
      if (slot.used) f(slot.key, slot.value);
    }
  }

 private:
  struct Slot {
    Key key{};
    Value value{};
    bool used = false;
  };

  static std::size_t capacity_for(std::size_t expected) {
    std::size_t capacity = 16;
    while (capacity < 2 * expected) capacity *= 2;
    return capacity;
  }

  Slot& probe(const Key& key) {
    std::size_t mask = slots_.size() - 1;
    for (std::size_t i = static_cast<std::size_t>(Hash{}(key)) & mask;; i = (i + 1) & mask) {
      // | rather than ||: whether the slot is free or holds the key (a new key or a known one) is
      // as good as random to the branch predictor; that either ends the probe is not.
      if (!slots_[i].used | (slots_[i].key == key)) return slots_[i];
    }
  }

  void rehash(std::size_t capacity) {
    std::vector<Slot> old(capacity);
    old.swap(slots_);
    for (Slot& slot : old) {
      if (slot.used) probe(slot.key) = std::move(slot);
    }
  }

  std::vector<Slot> slots_;
  std::size_t size_ = 0;
};

}  // namespace zz::extract
