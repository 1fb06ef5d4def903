// The AVX2 kernel of packed_gemm (tensor/packed_gemm.h): register tiles of up
// to 6 rows x 16 columns (2 vectors of 8), 12 accumulators, four sub-tiles per
// 64-column group; each accumulator is an fma chain over k in order, so the
// bits equal the AVX-512 and scalar paths'.
// Compiled for AVX2 + FMA by target pragma whatever the build flags;
// packed_gemm.cpp only calls it when the CPU has avx2 and fma.
#include <immintrin.h>

#include <algorithm>
#include <cstdint>

#include "tensor/packed_gemm_kernels.h"

#pragma GCC push_options
#pragma GCC target("avx2,fma")

namespace nmt::packed_gemm_detail {
namespace {

constexpr int kRows = 6;
constexpr int64_t kGroup = PackedF32::kGroupCols;
constexpr int64_t kSub = PackedF32::kAvx2PanelCols;  // columns per sub-tile

// The first n (< 8) floats at p, zeros after.
inline __m256 load_part(const float* p, int64_t n) {
  alignas(32) float lanes[8] = {};
  std::copy(p, p + n, lanes);
  return _mm256_load_ps(lanes);
}

// Stores `n` (< 8) lanes of v at c.
inline void store_part(float* c, __m256 v, int64_t n) {
  alignas(32) float lanes[8];
  _mm256_store_ps(lanes, v);
  std::copy(lanes, lanes + n, c);
}

// Rows [i0, i0 + R) x the 16 S columns from s of group q (S sub-tiles), the
// first `cols` of them real. Each accumulator is a chain of fmas, 4 cycles
// each, so a tile needs 8 accumulators to keep both fma pipes busy: full
// tiles are 6 rows x 1 sub-tile (12), the rows left over take 2 or 4
// sub-tiles at once (1 row x 4, 2 or 3 rows x 2) instead of running at a half
// or a quarter of the rate.
template <int R, int S>
void tile(const Block& b, int64_t i0, int64_t q, int64_t s, int64_t cols) {
  const int64_t k = b.w->k();
  const float* a = b.a + i0 * b.lda;
  // Row p of sub-tile t at w[t] + p * step: a contiguous [K][16] panel when
  // packed for this kernel, else a 64-byte slice of each 256-byte row.
  const float* w[S];
  for (int t = 0; t < S; ++t) w[t] = b.w->group(q) + b.w->offset(0, s + t * kSub);
  const int64_t step = b.w->panel_cols();
  __m256 acc[R][2 * S];
  for (int r = 0; r < R; ++r)
    for (int v = 0; v < 2 * S; ++v) acc[r][v] = _mm256_setzero_ps();
  // In the 64-column layout the first tile of a group (s = 0) reads one cache
  // line of each 256-byte row p; it asks for the other sub-tiles' columns of
  // the row, so those come from L2 and not from L3 or memory.
  const bool fetch = i0 == 0 && s == 0 && step == kGroup && S == 1;
  // In the 16-column layout the first row tile asks for the panel after its
  // last (the next 16 columns, or the next group's first), one line per row
  // p. (Asking for the next S panels in the wide tails measured no better.)
  const bool fetch_next = i0 == 0 && step == kSub;
  for (int64_t p = 0; p < k; ++p) {
    if (fetch)
      for (int64_t t = 1; t < kGroup / kSub; ++t)
        _mm_prefetch(reinterpret_cast<const char*>(w[0] + p * kGroup + t * kSub), _MM_HINT_T1);
    if (fetch_next)
      _mm_prefetch(reinterpret_cast<const char*>(w[0] + (S * k + p) * kSub), _MM_HINT_T1);
#pragma GCC unroll 4
    for (int t = 0; t < S; ++t) {
      const __m256 w0 = _mm256_load_ps(w[t] + p * step), w1 = _mm256_load_ps(w[t] + p * step + 8);
#pragma GCC unroll 6
      for (int r = 0; r < R; ++r) {
        const __m256 av = _mm256_set1_ps(a[r * b.lda + p]);
        acc[r][2 * t] = _mm256_fmadd_ps(av, w0, acc[r][2 * t]);
        acc[r][2 * t + 1] = _mm256_fmadd_ps(av, w1, acc[r][2 * t + 1]);
      }
    }
  }
  const int64_t j = q * kGroup + s;
  for (int v = 0; v < 2 * S; ++v) {
    const int64_t left = cols - v * 8;
    if (left <= 0) break;
    __m256 bias = _mm256_setzero_ps();
    if (b.bias)
      bias = left >= 8 ? _mm256_loadu_ps(b.bias + j + v * 8) : load_part(b.bias + j + v * 8, left);
    for (int r = 0; r < R; ++r) {
      const __m256 out = b.bias ? _mm256_add_ps(acc[r][v], bias) : acc[r][v];
      float* c = b.c + (i0 + r) * b.ldc + j + v * 8;
      if (left >= 8)
        _mm256_storeu_ps(c, out);
      else
        store_part(c, out, left);
    }
  }
}

// The rows [i0, m) left after the full tiles, fewer than kRows, across the
// group's `cols` columns, S sub-tiles at a time (the group's storage always
// holds 64 columns, zeros past n, so a tile may run past `cols`).
template <int R, int S>
void tail_tiles(const Block& b, int64_t i0, int64_t q, int64_t cols) {
  for (int64_t s = 0; s < cols; s += S * kSub) tile<R, S>(b, i0, q, s, cols - s);
}

}  // namespace

void block_avx2(const Block& b) {
  const int64_t full = b.m / kRows * kRows;
  for (int64_t q = b.q0; q < b.q1; ++q) {
    const int64_t cols = std::min(kGroup, b.w->n() - q * kGroup);
    for (int64_t s = 0; s < cols; s += kSub)
      for (int64_t i0 = 0; i0 < full; i0 += kRows) tile<kRows, 1>(b, i0, q, s, cols - s);
    switch (b.m - full) {
      case 5:
        tail_tiles<5, 1>(b, full, q, cols);
        break;
      case 4:
        tail_tiles<4, 1>(b, full, q, cols);
        break;
      case 3:
        tail_tiles<3, 2>(b, full, q, cols);
        break;
      case 2:
        tail_tiles<2, 2>(b, full, q, cols);
        break;
      case 1:
        tail_tiles<1, 4>(b, full, q, cols);
        break;
      default:
        break;
    }
  }
}

}  // namespace nmt::packed_gemm_detail

#pragma GCC pop_options
