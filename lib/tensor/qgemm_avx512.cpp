// The AVX-512 VNNI kernel of qgemm (tensor/qgemm.h): register tiles of up to
// 4 rows x 64 columns (4 vectors) of int32 accumulators, one vpdpbusd per row
// and vector for every 4 values of k. The activations arrive as u8 (qa + 128);
// 128 * colsum(qw) is taken off each sum before the float epilogue.
// Compiled for AVX-512 by target pragma whatever the build flags; qgemm.cpp
// only calls it when the CPU has avx512f, avx512bw and avx512vnni.
#include <immintrin.h>

#include <algorithm>
#include <cstdint>
#include <cstring>

#include "tensor/qgemm_kernels.h"

#pragma GCC push_options
#pragma GCC target("avx512f,avx512bw,avx512vnni,fma")

namespace nmt::qgemm_detail {
namespace {

constexpr int kRows = 4;

inline __m512i broadcast4(const uint8_t* p) {
  int32_t v;
  std::memcpy(&v, p, 4);
  return _mm512_set1_epi32(v);
}

// acc += the four u8 x s8 products of each 32-bit lane. Inline assembly
// because GCC 12 compiles the intrinsic in a loop with a register copy of
// every accumulator per iteration (and a spill), at a third of the speed.
inline void dpbusd(__m512i& acc, __m512i a, __m512i w) {
  asm("vpdpbusd %2, %1, %0" : "+v"(acc) : "v"(a), "v"(w));
}

// Writes one row x one panel (16 columns from j, `cols` of them valid).
inline void store_panel(const Block& b, int64_t i, int64_t j, int cols, __m512i acc) {
  const __m512i comp = _mm512_slli_epi32(_mm512_loadu_si512(b.w->column_sums() + j), 7);
  const __m512 sum = _mm512_cvtepi32_ps(_mm512_sub_epi32(acc, comp));
  const __m512 scaled = _mm512_mul_ps(sum, _mm512_set1_ps(b.a_scales[i]));
  const __mmask16 mask = static_cast<__mmask16>(cols >= 16 ? 0xffff : (1u << cols) - 1);
  const __m512 bias =
      b.bias ? _mm512_maskz_loadu_ps(mask, b.bias + j) : _mm512_setzero_ps();
  const __m512 out = _mm512_fmadd_ps(scaled, _mm512_loadu_ps(b.w->scales() + j), bias);
  _mm512_mask_storeu_ps(b.c + i * b.ldc + j, mask, out);
}

// Rows [i0, i0 + R) x the 64 columns of group q (4 vectors of 16).
template <int R>
void tile(const Block& b, int64_t i0, int64_t q) {
  const int64_t k_pad = b.w->k_padded(), blocks = k_pad / 4;
  const uint8_t* a = static_cast<const uint8_t*>(b.a) + i0 * k_pad;
  const int8_t* w = b.w->group(q);
  __m512i acc[R][4];
#pragma GCC unroll 4
  for (int r = 0; r < R; ++r)
#pragma GCC unroll 4
    for (int v = 0; v < 4; ++v) acc[r][v] = _mm512_setzero_si512();
  for (int64_t g = 0; g < blocks; ++g) {
    __m512i wv[4];
#pragma GCC unroll 4
    for (int v = 0; v < 4; ++v) wv[v] = _mm512_loadu_si512(w + g * 256 + v * 64);
#pragma GCC unroll 4
    for (int r = 0; r < R; ++r) {
      const __m512i av = broadcast4(a + r * k_pad + g * 4);
#pragma GCC unroll 4
      for (int v = 0; v < 4; ++v) dpbusd(acc[r][v], av, wv[v]);
    }
  }
#pragma GCC unroll 4
  for (int r = 0; r < R; ++r)
#pragma GCC unroll 4
    for (int v = 0; v < 4; ++v) {
      const int64_t j = q * 64 + v * 16;
      if (j < b.j1) store_panel(b, i0 + r, j, static_cast<int>(b.j1 - j), acc[r][v]);
    }
}

}  // namespace

void block_avx512vnni(const Block& b) {
  for (int64_t q = b.j0 / 64; q * 64 < b.j1; ++q) {
    int64_t i0 = 0;
    for (; i0 + kRows <= b.m; i0 += kRows) tile<kRows>(b, i0, q);
    if (b.m - i0 == 3) tile<3>(b, i0, q);
    if (b.m - i0 == 2) tile<2>(b, i0, q);
    if (b.m - i0 == 1) tile<1>(b, i0, q);
  }
}

}  // namespace nmt::qgemm_detail

#pragma GCC pop_options
