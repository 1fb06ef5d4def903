// Dropout masks that are drawn, never stored: one key per call from the
// caller's Rng; element i is kept when its 16 random bits (half i % 2 of
// base/rng.h's counter_hash32(key, i / 2)) reach p * 2^16, rounded. Any
// thread count draws the same mask, and backward regenerates it from the
// key. Shared by dropout and relu_dropout (ops_dropout.cpp) and the fused
// attention (ops_attention.cpp).
// Internal to lib/autograd.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>

#include "autograd/node.h"
#include "base/rng.h"

namespace nmt {

struct DropMask {
  uint64_t key = 0;
  uint32_t threshold = 0;  // drop when the element's 16 bits are below it
  float scale = 1.0f;      // 1 / the kept fraction, on kept elements
};

// 16 bits per element, two per hash, because the hash is most of dropout's
// cost. p is rounded to a multiple of 2^-16 (under 8e-6 off) and the
// scale is that of the rounded p, so the mask's mean stays exactly 1.
inline DropMask draw_mask(float p, Rng& rng) {
  DropMask m;
  m.key = rng.next_u64();
  m.threshold = std::min<uint32_t>(65535, static_cast<uint32_t>(std::lround(p * 65536.0)));
  m.scale = static_cast<float>(65536.0 / (65536.0 - m.threshold));
  return m;
}

// Elements per work item: the factors of one chunk stay in L1.
constexpr int64_t kMaskChunk = 2048;

// factor[k] = scale or 0 for elements [begin, begin + count) (begin even):
// one 32-bit hash gives elements 2j (low half) and 2j + 1 (high half).
// The counter is 32 bits (it would wrap only past 2^33 elements) so the hash
// runs in 32-bit lanes; the loop index stays 64-bit, without which GCC left
// the loop scalar.
inline void mask_factors(const DropMask& m, int64_t begin, int64_t count, float* factor) {
  const uint32_t first = static_cast<uint32_t>(static_cast<uint64_t>(begin) / 2);
  const uint64_t key = m.key;  // locals, so the loop vectorises
  const uint32_t threshold = m.threshold;
  const float scale = m.scale;
  const int64_t pairs = (count + 1) / 2;
  for (int64_t j = 0; j < pairs; ++j) {
    const uint32_t h = counter_hash32(key, first + static_cast<uint32_t>(j));
    factor[2 * j] = (h & 0xFFFFu) >= threshold ? scale : 0.0f;
    factor[2 * j + 1] = (h >> 16) >= threshold ? scale : 0.0f;
  }
}

// body(begin, count, factor) per chunk, chunks split over threads.
template <typename F>
void for_each_chunk(const DropMask& m, int64_t n, F body) {
  const int64_t chunks = (n + kMaskChunk - 1) / kMaskChunk;
#pragma omp parallel for schedule(static) if (n > kParallelMin)
  for (int64_t c = 0; c < chunks; ++c) {
    float factor[kMaskChunk];
    const int64_t begin = c * kMaskChunk, count = std::min(kMaskChunk, n - begin);
    mask_factors(m, begin, count, factor);
    body(begin, count, factor);
  }
}

// out = x times the mask's factors (out may be x): dropout forward, and the
// gradient through it.
inline void apply_mask(const DropMask& m, const float* x, float* out, int64_t n) {
  for_each_chunk(m, n, [&](int64_t begin, int64_t count, const float* f) {
    for (int64_t i = 0; i < count; ++i) out[begin + i] = x[begin + i] * f[i];
  });
}

}  // namespace nmt
