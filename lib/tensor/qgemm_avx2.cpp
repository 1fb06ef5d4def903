// The AVX2 kernel of qgemm (tensor/qgemm.h). AVX2's byte product, vpmaddubsw,
// multiplies u8 by s8 and adds each pair into an int16 that saturates; with
// 8-bit activations (up to 255 after the shift) and weights (up to 127) a pair
// can reach 64,770 and be clipped. So this path quantizes activations to 7
// bits, [-63, 63], shifted to u8 in [1, 127]: a pair is then at most 2 x 127
// x 127 = 32,258 and every sum is exact (the reduced range of PyTorch's fbgemm
// on CPUs without VNNI). vpmaddwd against ones adds the pairs into int32
// lanes, one lane per column (4 values of k each), and 64 * colsum(qw) is
// taken off each sum before the epilogue. On the Bible (beam 5) the 7 bits
// cost 0.03 BLEU (Transformer) and 0.12 (RNN) against 8-bit activations;
// docs/PERFORMANCE.md has the table.
//
// A register tile is R rows x 16 columns (two vectors): 2R accumulators. The
// full tile has 6 rows, written in assembly: 12 accumulators, the ones, the
// broadcast activations, a product and the low weight vector need all 16
// registers. Rows left over (1-5) go through the intrinsic tile<R>.
// Zen 3, `nmt-bench gemm --threads 1` in GOP/s, three alternating rounds:
// 32 x 256 x 1024 120-162 (the int16 kernel before: 91-126), 32 x 1024 x 256
// 146-175 (125-128), 992 x 256 x 1024 155-159 (112-119); fp32 OpenBLAS in the
// same runs 58-90. The kernel before widened both operands to int16 for
// vpmaddwd and was bound by its 12 vpmaddwd + 12 vpaddd + 2 vpmovsxbw per 192
// multiply-adds; this one spends 12 + 12 + 12 (maddubs, madd, add) per 384.
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
constexpr int64_t kTileCols = 16;

// (p[0] p[1] p[2] p[3]) repeated 8 times: one broadcast load.
inline __m256i broadcast4(const uint8_t* p) {
  int32_t v;
  std::memcpy(&v, p, 4);
  return _mm256_set1_epi32(v);
}

// Row i, columns [j0, j0 + 16) of C (the first b.j1 - j0 of them real) from
// the shifted sums of columns j0..j0+7 (lo) and j0+8..j0+15 (hi): the same
// expression as dequantize(), lane by lane, so the bits equal the scalar
// path's on the same 7-bit activations.
inline void store_row(const Block& b, int64_t i, int64_t j0, __m256i lo, __m256i hi) {
  const int64_t cols = std::min(kTileCols, b.j1 - j0);
  const __m256 a_scale = _mm256_set1_ps(b.a_scales[i]);
  float* c = b.c + i * b.ldc + j0;
  for (int half = 0; half < 2 && half * 8 < cols; ++half) {
    const int64_t j = j0 + half * 8, n = std::min<int64_t>(8, cols - half * 8);
    const __m256i comp = _mm256_mullo_epi32(
        _mm256_loadu_si256(reinterpret_cast<const __m256i*>(b.w->column_sums() + j)),
        _mm256_set1_epi32(kAvx2ActivationOffset));
    const __m256i sums = _mm256_sub_epi32(half == 0 ? lo : hi, comp);
    const __m256 scaled = _mm256_mul_ps(_mm256_cvtepi32_ps(sums), a_scale);
    const float* w_scales = b.w->scales() + j;
    if (n == 8) {
      const __m256 bias = b.bias ? _mm256_loadu_ps(b.bias + j) : _mm256_setzero_ps();
      _mm256_storeu_ps(c + half * 8, _mm256_fmadd_ps(scaled, _mm256_loadu_ps(w_scales), bias));
      continue;
    }
    alignas(32) float lanes[8];
    _mm256_store_ps(lanes, scaled);
    for (int64_t l = 0; l < n; ++l)
      c[half * 8 + l] = __builtin_fmaf(lanes[l], w_scales[l], b.bias ? b.bias[j + l] : 0.0f);
  }
}

// R (< 6) rows from i0 x the 16 columns from j0, whose weights start at w.
template <int R>
void tile(const Block& b, int64_t i0, int64_t j0, const int8_t* w) {
  const int64_t k_pad = b.w->k_padded(), blocks = k_pad / 4, stride = b.w->quad_stride();
  const uint8_t* a = static_cast<const uint8_t*>(b.a) + i0 * k_pad;
  const __m256i ones = _mm256_set1_epi16(1);
  __m256i acc[R][2];
  for (int r = 0; r < R; ++r) acc[r][0] = acc[r][1] = _mm256_setzero_si256();
  for (int64_t g = 0; g < blocks; ++g) {
    const __m256i w0 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(w + g * stride));
    const __m256i w1 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(w + g * stride + 32));
    for (int r = 0; r < R; ++r) {
      const __m256i av = broadcast4(a + r * k_pad + g * 4);
      acc[r][0] =
          _mm256_add_epi32(acc[r][0], _mm256_madd_epi16(_mm256_maddubs_epi16(av, w0), ones));
      acc[r][1] =
          _mm256_add_epi32(acc[r][1], _mm256_madd_epi16(_mm256_maddubs_epi16(av, w1), ones));
    }
  }
  for (int r = 0; r < R; ++r) store_row(b, i0 + r, j0, acc[r][0], acc[r][1]);
}

// The step of one row in the 6-row loop: ymm14 = its 4 activations repeated,
// ymm12 the low 8 columns' weights, the high 8 read from memory; products go
// through ymm15 and ymm14, ymm13 holds int16 ones.
// clang-format off
#define NMT_QGEMM_ROW(addr, lo, hi)                   \
  "vpbroadcastd " addr ", %%ymm14\n\t"               \
  "vpmaddubsw %%ymm12, %%ymm14, %%ymm15\n\t"         \
  "vpmaddubsw 32(%[w]), %%ymm14, %%ymm14\n\t"        \
  "vpmaddwd %%ymm13, %%ymm15, %%ymm15\n\t"           \
  "vpmaddwd %%ymm13, %%ymm14, %%ymm14\n\t"           \
  "vpaddd %%ymm15, %%ymm" lo ", %%ymm" lo "\n\t"     \
  "vpaddd %%ymm14, %%ymm" hi ", %%ymm" hi "\n\t"
// clang-format on

// The sums of 6 rows x 16 columns over all of k into out[12][8] (row r's
// columns at out[2r] and out[2r + 1]). Rows are `stride` bytes apart; rows
// 3-5 are addressed from a3 because an address takes a scale of at most 2
// here. blocks >= 1 (PackedInt8 has k > 0).
void sums_6x16(const int8_t* w, int64_t w_stride, const uint8_t* a, int64_t stride, int64_t blocks,
               int32_t* out) {
  const uint8_t* a3 = a + 3 * stride;
  static const int16_t kOnes[16] = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
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
      "vmovdqu (%[ones]), %%ymm13\n\t"
      "1:\n\t"
      "vmovdqu (%[w]), %%ymm12\n\t"
      NMT_QGEMM_ROW("(%[a])", "0", "1")
      NMT_QGEMM_ROW("(%[a],%[s],1)", "2", "3")
      NMT_QGEMM_ROW("(%[a],%[s],2)", "4", "5")
      NMT_QGEMM_ROW("(%[a3])", "6", "7")
      NMT_QGEMM_ROW("(%[a3],%[s],1)", "8", "9")
      NMT_QGEMM_ROW("(%[a3],%[s],2)", "10", "11")
      "add %[ws], %[w]\n\t"
      "add $4, %[a]\n\t"
      "add $4, %[a3]\n\t"
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
      : [s] "r"(stride), [ws] "r"(w_stride), [out] "r"(out), [ones] "r"(kOnes)
      : "xmm0", "xmm1", "xmm2", "xmm3", "xmm4", "xmm5", "xmm6", "xmm7", "xmm8", "xmm9", "xmm10",
        "xmm11", "xmm12", "xmm13", "xmm14", "xmm15", "cc", "memory");
}

#undef NMT_QGEMM_ROW

void tile6(const Block& b, int64_t i0, int64_t j0, const int8_t* w) {
  const int64_t k_pad = b.w->k_padded();
  alignas(32) int32_t sums[2 * kTileRows][8];
  sums_6x16(w, b.w->quad_stride(), static_cast<const uint8_t*>(b.a) + i0 * k_pad, k_pad, k_pad / 4,
            sums[0]);
  for (int r = 0; r < kTileRows; ++r)
    store_row(b, i0 + r, j0, _mm256_load_si256(reinterpret_cast<const __m256i*>(sums[2 * r])),
              _mm256_load_si256(reinterpret_cast<const __m256i*>(sums[2 * r + 1])));
}

}  // namespace

void block_avx2(const Block& b) {
  for (int64_t j0 = b.j0; j0 < b.j1; j0 += kTileCols) {
    // Columns j0..j0+15: 64 contiguous bytes of every k-quad in either layout.
    const int8_t* w = b.w->column(j0);
    int64_t i0 = 0;
    for (; i0 + kTileRows <= b.m; i0 += kTileRows) tile6(b, i0, j0, w);
    switch (b.m - i0) {
      case 5:
        tile<5>(b, i0, j0, w);
        break;
      case 4:
        tile<4>(b, i0, j0, w);
        break;
      case 3:
        tile<3>(b, i0, j0, w);
        break;
      case 2:
        tile<2>(b, i0, j0, w);
        break;
      case 1:
        tile<1>(b, i0, j0, w);
        break;
      default:
        break;
    }
  }
}

}  // namespace nmt::qgemm_detail

#pragma GCC pop_options
