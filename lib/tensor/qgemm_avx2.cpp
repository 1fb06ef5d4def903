// The AVX2 kernel of qgemm (tensor/qgemm.h). AVX2 has no u8 x s8 -> s32 dot
// product that cannot saturate (vpmaddubsw adds two u8 x s8 products into a
// saturating int16), so both operands are widened to int16 and multiplied
// with vpmaddwd, exact in int32. A 16-byte chunk of a packed block is 4
// columns x 4 values of k; against (a0 a1 a2 a3) repeated, vpmaddwd leaves
// each column's sum split over two adjacent int32 lanes, added at the end.
// A arrives as int16 (qgemm.cpp), so each row's (a0 a1 a2 a3) is one
// broadcast load.
// Compiled for AVX2 by target pragma whatever the build flags; qgemm.cpp only
// calls it when the CPU has avx2.
#include <immintrin.h>

#include <algorithm>
#include <cstdint>
#include <cstring>

#include "tensor/qgemm_kernels.h"

#pragma GCC push_options
#pragma GCC target("avx2,fma")

namespace nmt::qgemm_detail {
namespace {

// 3 rows x 2 chunks of 4 columns: 6 accumulators, 3 broadcast rows, 2 widened
// weight chunks and the products fit in the 16 registers. 3 rows x 4 chunks
// (the kernel before) and 4 x 2 made GCC spill an accumulator to the stack
// on every k-quad; 6 x 1 measured slower too (nmt-bench translate --precision
// int8, Zen 3).
constexpr int kRows = 3;
constexpr int kChunks = 2;

// (p[0] p[1] p[2] p[3]) repeated 4 times: one broadcast load of 8 bytes.
inline __m256i broadcast4(const int16_t* p) {
  int64_t v;
  std::memcpy(&v, p, 8);
  return _mm256_set1_epi64x(v);
}

// Rows [i0, i0 + R) x the 8 columns of chunks [c0, c0 + kChunks) of the 16
// columns from 16 p.
template <int R>
void tile(const Block& b, int64_t i0, int64_t p, int c0) {
  const int64_t k_pad = b.w->k_padded(), blocks = k_pad / 4;
  const int16_t* a = static_cast<const int16_t*>(b.a) + i0 * k_pad;
  const int8_t* w = b.w->group(p / 4) + (p % 4) * 64 + c0 * 16;
  __m256i acc[R][kChunks];
  for (int r = 0; r < R; ++r)
    for (int c = 0; c < kChunks; ++c) acc[r][c] = _mm256_setzero_si256();
  for (int64_t g = 0; g < blocks; ++g) {
    __m256i av[R];
    for (int r = 0; r < R; ++r) av[r] = broadcast4(a + r * k_pad + g * 4);
    for (int c = 0; c < kChunks; ++c) {
      const __m256i wv = _mm256_cvtepi8_epi16(
          _mm_loadu_si128(reinterpret_cast<const __m128i*>(w + g * 256 + c * 16)));
      for (int r = 0; r < R; ++r)
        acc[r][c] = _mm256_add_epi32(acc[r][c], _mm256_madd_epi16(wv, av[r]));
    }
  }
  const int64_t j0 = p * 16 + c0 * 4, cols = std::min<int64_t>(4 * kChunks, b.j1 - j0);
  for (int r = 0; r < R; ++r) {
    alignas(32) int32_t lanes[kChunks][8];
    for (int c = 0; c < kChunks; ++c)
      _mm256_store_si256(reinterpret_cast<__m256i*>(lanes[c]), acc[r][c]);
    const int64_t i = i0 + r;
    for (int64_t j = 0; j < cols; ++j) {
      const int32_t sum = lanes[j / 4][2 * (j % 4)] + lanes[j / 4][2 * (j % 4) + 1];
      b.c[i * b.ldc + j0 + j] =
          dequantize(sum, b.a_scales[i], b.w->scales()[j0 + j], b.bias ? b.bias[j0 + j] : 0.0f);
    }
  }
}

}  // namespace

void block_avx2(const Block& b) {
  const int64_t p_end = (b.j1 + 15) / 16;
  for (int64_t p = b.j0 / 16; p < p_end; ++p)
    for (int c0 = 0; c0 < 4 && p * 16 + c0 * 4 < b.j1; c0 += kChunks) {
      int64_t i0 = 0;
      for (; i0 + kRows <= b.m; i0 += kRows) tile<kRows>(b, i0, p, c0);
      switch (b.m - i0) {
        case 2:
          tile<2>(b, i0, p, c0);
          break;
        case 1:
          tile<1>(b, i0, p, c0);
          break;
        default:
          break;
      }
    }
}

}  // namespace nmt::qgemm_detail

#pragma GCC pop_options
