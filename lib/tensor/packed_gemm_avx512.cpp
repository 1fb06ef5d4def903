// The AVX-512 kernel of packed_gemm (tensor/packed_gemm.h): register tiles of
// up to 6 rows x one 64-column group (4 vectors of 16), 24 accumulators,
// each an fma chain over k in order. Packed for this kernel (64-column
// panels), the group's row p is one contiguous 256-byte run. k is cut into
// slices of kSlice rows (32 KB of the group, so every row tile after the
// first finds its slice in L1, not L2); between slices a tile parks its
// accumulators in C and picks them up again, which is exact, so the chain
// and its bits are those of an uncut loop.
// Compiled for AVX-512 by target pragma whatever the build flags;
// packed_gemm.cpp only calls it when the CPU has avx512f.
#include <immintrin.h>

#include <algorithm>
#include <cstdint>

#include "tensor/packed_gemm_kernels.h"

#pragma GCC push_options
#pragma GCC target("avx512f,fma")

namespace nmt::packed_gemm_detail {
namespace {

constexpr int kRows = 6;
constexpr int64_t kGroup = PackedF32::kGroupCols;
constexpr int64_t kSlice = 128;

inline __mmask16 lanes(int64_t left) {
  return static_cast<__mmask16>(left >= 16 ? 0xffff : left <= 0 ? 0 : (1u << left) - 1);
}

// Rows [i0, i0 + R) x group q (its first `cols` columns real), k in [p0, p1):
// from zero when p0 = 0, else from the partial sums parked in C; finished
// (plus the bias) when p1 = k, else parked again.
template <int R>
void tile(const Block& b, int64_t i0, int64_t q, int64_t cols, int64_t p0, int64_t p1) {
  const int64_t j0 = q * kGroup;
  const float* a = b.a + i0 * b.lda;
  // Vector v of row p at wv[v] + p * step: one run in the 64-column layout,
  // four in the 16-column one.
  const float* wv[4];
  for (int v = 0; v < 4; ++v) wv[v] = b.w->group(q) + b.w->offset(0, v * 16);
  const int64_t step = b.w->panel_cols();
  __m512 acc[R][4];
#pragma GCC unroll 6
  for (int r = 0; r < R; ++r)
#pragma GCC unroll 4
    for (int v = 0; v < 4; ++v)
      acc[r][v] = p0 == 0 ? _mm512_setzero_ps()
                          : _mm512_maskz_loadu_ps(lanes(cols - v * 16),
                                                  b.c + (i0 + r) * b.ldc + j0 + v * 16);
  for (int64_t p = p0; p < p1; ++p) {
    __m512 wp[4];
#pragma GCC unroll 4
    for (int v = 0; v < 4; ++v) wp[v] = _mm512_load_ps(wv[v] + p * step);
#pragma GCC unroll 6
    for (int r = 0; r < R; ++r) {
      const __m512 av = _mm512_set1_ps(a[r * b.lda + p]);
#pragma GCC unroll 4
      for (int v = 0; v < 4; ++v) acc[r][v] = _mm512_fmadd_ps(av, wp[v], acc[r][v]);
    }
  }
  const bool last = p1 == b.w->k();
#pragma GCC unroll 4
  for (int v = 0; v < 4; ++v) {
    const int64_t left = cols - v * 16;
    if (left <= 0) break;
    const __mmask16 mask = lanes(left);
    const bool add_bias = last && b.bias;
    const __m512 bias =
        add_bias ? _mm512_maskz_loadu_ps(mask, b.bias + j0 + v * 16) : _mm512_setzero_ps();
#pragma GCC unroll 6
    for (int r = 0; r < R; ++r) {
      // + bias is one rounding, as gemm_small_m's fma(1, c, acc) on a C preset to the bias.
      const __m512 out = add_bias ? _mm512_add_ps(acc[r][v], bias) : acc[r][v];
      _mm512_mask_storeu_ps(b.c + (i0 + r) * b.ldc + j0 + v * 16, mask, out);
    }
  }
}

}  // namespace

void block_avx512(const Block& b) {
  for (int64_t q = b.q0; q < b.q1; ++q) {
    const int64_t cols = std::min(kGroup, b.w->n() - q * kGroup), k = b.w->k();
    for (int64_t p0 = 0; p0 < k; p0 += kSlice) {
      const int64_t p1 = std::min(k, p0 + kSlice);
      int64_t i0 = 0;
      for (; i0 + kRows <= b.m; i0 += kRows) tile<kRows>(b, i0, q, cols, p0, p1);
      switch (b.m - i0) {
        case 5:
          tile<5>(b, i0, q, cols, p0, p1);
          break;
        case 4:
          tile<4>(b, i0, q, cols, p0, p1);
          break;
        case 3:
          tile<3>(b, i0, q, cols, p0, p1);
          break;
        case 2:
          tile<2>(b, i0, q, cols, p0, p1);
          break;
        case 1:
          tile<1>(b, i0, q, cols, p0, p1);
          break;
        default:
          break;
      }
    }
  }
}

}  // namespace nmt::packed_gemm_detail

#pragma GCC pop_options
