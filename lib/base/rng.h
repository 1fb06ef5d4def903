// A small seeded random generator whose whole state is two integers, so it can
// be saved in a checkpoint and restored bit for bit (std::mt19937 would need
// 2.5 KB of state and its distributions differ between standard libraries).
// Algorithm: xoshiro128+-style splitmix64 seeding + xorshift64*.
#pragma once

#include <cstdint>

namespace nmt {

// Counter-based randomness: 32 random bits that are a pure function of
// (key, index), so any element of a large mask can be drawn on any thread, in
// any order, and drawn again later (dropout regenerates its mask in backward
// instead of storing it). The key is mixed into murmur3's 32-bit finalizer
// (three multiplies): 32-bit lanes vectorise on AVX2, which has no 64-bit
// multiply, at a third of the cost of splitmix64's 64-bit mix.
inline uint32_t counter_hash32(uint64_t key, uint32_t index) {
  uint32_t z = (index + static_cast<uint32_t>(key)) * 0x9E3779B1u;
  z = (z ^ (z >> 15) ^ static_cast<uint32_t>(key >> 32)) * 0x85EBCA77u;
  z = (z ^ (z >> 13)) * 0xC2B2AE3Du;
  return z ^ (z >> 16);
}

class Rng {
 public:
  explicit Rng(uint64_t seed = 1) { reseed(seed); }

  void reseed(uint64_t seed) {
    // splitmix64 so nearby seeds give unrelated streams; state must be non-zero.
    uint64_t z = seed + 0x9E3779B97F4A7C15ull;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    state_ = (z ^ (z >> 31)) | 1ull;
  }

  uint64_t next_u64() {
    state_ ^= state_ >> 12;
    state_ ^= state_ << 25;
    state_ ^= state_ >> 27;
    return state_ * 0x2545F4914F6CDD1Dull;
  }

  // Uniform in [0, 1) with 24 bits, exact in float.
  float uniform() { return static_cast<float>(next_u64() >> 40) * (1.0f / 16777216.0f); }
  float uniform(float lo, float hi) { return lo + (hi - lo) * uniform(); }
  // Uniform integer in [0, n).
  uint64_t below(uint64_t n) { return next_u64() % n; }
  // Standard normal by Box-Muller (one value per call, simple and deterministic).
  float normal();

  uint64_t state() const { return state_; }
  void set_state(uint64_t s) { state_ = s ? s : 1ull; }

 private:
  uint64_t state_ = 1;
};

}  // namespace nmt
