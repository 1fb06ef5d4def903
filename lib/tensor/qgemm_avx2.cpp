// The AVX2 kernel of qgemm (tensor/qgemm.h). AVX2 has no u8 x s8 -> s32 dot
// product that cannot saturate (vpmaddubsw adds two u8 x s8 products into a
// saturating int16), so both operands are widened to int16 and multiplied
// with vpmaddwd, exact in int32. A 16-byte chunk of a packed block is 4
// columns x 4 values of k; against (a0 a1 a2 a3) repeated, vpmaddwd leaves
// each column's sum split over two adjacent int32 lanes, added in the
// epilogue. A arrives as int16 (qgemm.cpp), so each row's (a0 a1 a2 a3) is
// one broadcast load.
//
// A register tile is R rows x 8 columns (two chunks): 2R accumulators. The
// full tile has 6 rows, written in assembly: with 12 accumulators, the two
// widened chunks and two temporaries it needs all 16 registers, and GCC 12
// spilled accumulators from 4 rows up. Up to 3 rows GCC's code keeps them.
// Zen 3, 32 x 256 x 1024 (a decoder layer's product at greedy batch 32):
// 6-row assembly tile with a vector epilogue 67 GMAC/s, the 3-row tile with a
// scalar epilogue (the kernel before) 45; fp32 OpenBLAS in the same run 35-45.
//
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

constexpr int kTileRows = 6;
constexpr int64_t kTileCols = 8;

// (p[0] p[1] p[2] p[3]) repeated 4 times: one broadcast load of 8 bytes.
inline __m256i broadcast4(const int16_t* p) {
  int64_t v;
  std::memcpy(&v, p, 8);
  return _mm256_set1_epi64x(v);
}

// Row i, columns [j0, j0 + 8) of C from the pair-split sums of columns
// j0..j0+3 (lo) and j0+4..j0+7 (hi); the same expression as dequantize(),
// lane by lane, so the bits equal the scalar path's.
inline void store_row(const Block& b, int64_t i, int64_t j0, __m256i lo, __m256i hi) {
  // hadd leaves (c0 c1 c4 c5 | c2 c3 c6 c7); the permute puts them in order.
  const __m256i sums = _mm256_permute4x64_epi64(_mm256_hadd_epi32(lo, hi), 0xD8);
  const __m256 scaled = _mm256_mul_ps(_mm256_cvtepi32_ps(sums), _mm256_set1_ps(b.a_scales[i]));
  float* c = b.c + i * b.ldc + j0;
  const float* w_scales = b.w->scales() + j0;
  const int64_t cols = std::min(kTileCols, b.j1 - j0);
  if (cols == kTileCols) {
    const __m256 bias = b.bias ? _mm256_loadu_ps(b.bias + j0) : _mm256_setzero_ps();
    _mm256_storeu_ps(c, _mm256_fmadd_ps(scaled, _mm256_loadu_ps(w_scales), bias));
    return;
  }
  alignas(32) float lanes[kTileCols];
  _mm256_store_ps(lanes, scaled);
  for (int64_t j = 0; j < cols; ++j)
    c[j] = __builtin_fmaf(lanes[j], w_scales[j], b.bias ? b.bias[j0 + j] : 0.0f);
}

// R rows from i0 x the 8 columns from j0, whose weights start at w.
template <int R>
void tile(const Block& b, int64_t i0, int64_t j0, const int8_t* w) {
  const int64_t k_pad = b.w->k_padded(), blocks = k_pad / 4;
  const int16_t* a = static_cast<const int16_t*>(b.a) + i0 * k_pad;
  __m256i acc[R][2];
  for (int r = 0; r < R; ++r) acc[r][0] = acc[r][1] = _mm256_setzero_si256();
  for (int64_t g = 0; g < blocks; ++g) {
    const __m128i* chunks = reinterpret_cast<const __m128i*>(w + g * 256);
    const __m256i w0 = _mm256_cvtepi8_epi16(_mm_loadu_si128(chunks));
    const __m256i w1 = _mm256_cvtepi8_epi16(_mm_loadu_si128(chunks + 1));
    for (int r = 0; r < R; ++r) {
      const __m256i av = broadcast4(a + r * k_pad + g * 4);
      acc[r][0] = _mm256_add_epi32(acc[r][0], _mm256_madd_epi16(w0, av));
      acc[r][1] = _mm256_add_epi32(acc[r][1], _mm256_madd_epi16(w1, av));
    }
  }
  for (int r = 0; r < R; ++r) store_row(b, i0 + r, j0, acc[r][0], acc[r][1]);
}

// The row's step of the 6-row loop: ymm14 = its (a0 a1 a2 a3), ymm12/13 the
// widened chunks; the products go through ymm15 and ymm14.
// clang-format off
#define NMT_QGEMM_ROW(addr, lo, hi)                   \
  "vpbroadcastq " addr ", %%ymm14\n\t"               \
  "vpmaddwd %%ymm14, %%ymm12, %%ymm15\n\t"           \
  "vpmaddwd %%ymm14, %%ymm13, %%ymm14\n\t"           \
  "vpaddd %%ymm15, %%ymm" lo ", %%ymm" lo "\n\t"     \
  "vpaddd %%ymm14, %%ymm" hi ", %%ymm" hi "\n\t"
// clang-format on

// The sums of 6 rows x 8 columns over all of k into out[12][8] (row r's
// column pairs at out[2r], out[2r + 1]). Rows are `stride` bytes apart;
// rows 3-5 are addressed from a3 because an address takes a scale of at
// most 2 here. blocks >= 1 (PackedInt8 has k > 0).
void sums_6x8(const int8_t* w, const int16_t* a, int64_t stride, int64_t blocks, int32_t* out) {
  const int16_t* a3 =
      reinterpret_cast<const int16_t*>(reinterpret_cast<const char*>(a) + 3 * stride);
  asm volatile(
      "vpxor %%xmm0, %%xmm0, %%xmm0\n\t"
      "vpxor %%xmm1, %%xmm1, %%xmm1\n\t"
      "vpxor %%xmm2, %%xmm2, %%xmm2\n\t"
      "vpxor %%xmm3, %%xmm3, %%xmm3\n\t"
      "vpxor %%xmm4, %%xmm4, %%xmm4\n\t"
      "vpxor %%xmm5, %%xmm5, %%xmm5\n\t"
      "vpxor %%xmm6, %%xmm6, %%xmm6\n\t"
      "vpxor %%xmm7, %%xmm7, %%xmm7\n\t"
      "vpxor %%xmm8, %%xmm8, %%xmm8\n\t"
      "vpxor %%xmm9, %%xmm9, %%xmm9\n\t"
      "vpxor %%xmm10, %%xmm10, %%xmm10\n\t"
      "vpxor %%xmm11, %%xmm11, %%xmm11\n\t"
      "1:\n\t"
      "vpmovsxbw (%[w]), %%ymm12\n\t"
      "vpmovsxbw 16(%[w]), %%ymm13\n\t"
      NMT_QGEMM_ROW("(%[a])", "0", "1")
      NMT_QGEMM_ROW("(%[a],%[s],1)", "2", "3")
      NMT_QGEMM_ROW("(%[a],%[s],2)", "4", "5")
      NMT_QGEMM_ROW("(%[a3])", "6", "7")
      NMT_QGEMM_ROW("(%[a3],%[s],1)", "8", "9")
      NMT_QGEMM_ROW("(%[a3],%[s],2)", "10", "11")
      "add $256, %[w]\n\t"
      "add $8, %[a]\n\t"
      "add $8, %[a3]\n\t"
      "dec %[n]\n\t"
      "jnz 1b\n\t"
      "vmovdqu %%ymm0, (%[out])\n\t"
      "vmovdqu %%ymm1, 32(%[out])\n\t"
      "vmovdqu %%ymm2, 64(%[out])\n\t"
      "vmovdqu %%ymm3, 96(%[out])\n\t"
      "vmovdqu %%ymm4, 128(%[out])\n\t"
      "vmovdqu %%ymm5, 160(%[out])\n\t"
      "vmovdqu %%ymm6, 192(%[out])\n\t"
      "vmovdqu %%ymm7, 224(%[out])\n\t"
      "vmovdqu %%ymm8, 256(%[out])\n\t"
      "vmovdqu %%ymm9, 288(%[out])\n\t"
      "vmovdqu %%ymm10, 320(%[out])\n\t"
      "vmovdqu %%ymm11, 352(%[out])\n\t"
      : [w] "+r"(w), [a] "+r"(a), [a3] "+r"(a3), [n] "+r"(blocks)
      : [s] "r"(stride), [out] "r"(out)
      : "xmm0", "xmm1", "xmm2", "xmm3", "xmm4", "xmm5", "xmm6", "xmm7", "xmm8", "xmm9", "xmm10",
        "xmm11", "xmm12", "xmm13", "xmm14", "xmm15", "cc", "memory");
}

#undef NMT_QGEMM_ROW

void tile6(const Block& b, int64_t i0, int64_t j0, const int8_t* w) {
  const int64_t k_pad = b.w->k_padded();
  alignas(32) int32_t sums[2 * kTileRows][8];
  sums_6x8(w, static_cast<const int16_t*>(b.a) + i0 * k_pad,
           k_pad * static_cast<int64_t>(sizeof(int16_t)), k_pad / 4, sums[0]);
  for (int r = 0; r < kTileRows; ++r)
    store_row(b, i0 + r, j0, _mm256_load_si256(reinterpret_cast<const __m256i*>(sums[2 * r])),
              _mm256_load_si256(reinterpret_cast<const __m256i*>(sums[2 * r + 1])));
}

}  // namespace

void block_avx2(const Block& b) {
  const int64_t p_end = (b.j1 + 15) / 16;
  for (int64_t p = b.j0 / 16; p < p_end; ++p)
    for (int half = 0; half < 2 && p * 16 + half * kTileCols < b.j1; ++half) {
      const int64_t j0 = p * 16 + half * kTileCols;
      const int8_t* w = b.w->group(p / 4) + (p % 4) * 64 + half * 32;
      int64_t i0 = 0;
      for (; i0 + kTileRows <= b.m; i0 += kTileRows) tile6(b, i0, j0, w);
      // The rows left (0-5) in tiles of at most 3.
      for (int64_t left = b.m - i0; left > 0; left = b.m - i0) {
        const int64_t rows = left == 4 ? 2 : std::min<int64_t>(left, 3);
        if (rows == 3)
          tile<3>(b, i0, j0, w);
        else if (rows == 2)
          tile<2>(b, i0, j0, w);
        else
          tile<1>(b, i0, j0, w);
        i0 += rows;
      }
    }
}

}  // namespace nmt::qgemm_detail

#pragma GCC pop_options
