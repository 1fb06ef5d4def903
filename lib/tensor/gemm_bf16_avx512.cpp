// The AVX512-BF16 part of the native bf16 engine (tensor/gemm_bf16_kernels.h):
// rounding and packing both operands, and the VDPBF16PS register tiles.
// Compiled for AVX512-BF16 by target pragma whatever the build flags;
// gemm_bf16.cpp only calls it when the CPU has avx512_bf16 and avx512bw.
#include <immintrin.h>

#include <algorithm>
#include <cstdint>

#include "tensor/gemm_bf16_kernels.h"

#pragma GCC push_options
#pragma GCC target("avx512f,avx512bw,avx512bf16,fma")

namespace nmt::gemm_bf16_detail {
namespace {

constexpr int64_t kBlockRows = 96;

inline __mmask16 lanes(int64_t left) {
  return static_cast<__mmask16>(left >= 16 ? 0xffff : left <= 0 ? 0 : (1u << left) - 1);
}

// bf16_round (tensor/bf16.h) of 16 floats, the bf16 bits in the low half of
// each 32-bit lane: ties to even, NaN kept quiet, subnormals kept (the
// hardware's VCVTNE2PS2BF16 would flush them, and differ from bf16_round).
inline __m512i round16(__m512 x) {
  const __m512i u = _mm512_castps_si512(x);
  const __m512i odd = _mm512_and_si512(_mm512_srli_epi32(u, 16), _mm512_set1_epi32(1));
  const __m512i rounded = _mm512_add_epi32(_mm512_add_epi32(u, _mm512_set1_epi32(0x7fff)), odd);
  const __mmask16 nan = _mm512_cmpgt_epu32_mask(_mm512_and_si512(u, _mm512_set1_epi32(0x7fffffff)),
                                                _mm512_set1_epi32(0x7f800000));
  const __m512i quiet = _mm512_or_si512(u, _mm512_set1_epi32(0x00400000));
  return _mm512_srli_epi32(_mm512_mask_blend_epi32(nan, rounded, quiet), 16);
}

// Words (x0[t], x1[t]) of two 16-float vectors, x0 in the low half.
inline __m512i pair_words(__m512 x0, __m512 x1) {
  return _mm512_or_si512(round16(x0), _mm512_slli_epi32(round16(x1), 16));
}

// acc += the two products of each lane. Inline assembly for the reason of
// qgemm_avx512.cpp: GCC 12 copies every accumulator per loop iteration
// around the intrinsic.
inline void dpbf16(__m512& acc, __m512i a, __m512i w) {
  asm("vdpbf16ps %2, %1, %0" : "+v"(acc) : "v"(a), "v"(w));
}

template <int R>
void tile(const Block& b, int64_t i0, int64_t q) {
  const uint32_t* a = b.a + i0 * b.pairs;
  const uint32_t* w = b.b + q * b.pairs * kGroupCols;
  __m512 acc[R][4];
#pragma GCC unroll 6
  for (int r = 0; r < R; ++r)
#pragma GCC unroll 4
    for (int v = 0; v < 4; ++v) acc[r][v] = _mm512_setzero_ps();
  for (int64_t g = 0; g < b.pairs; ++g) {
    __m512i wv[4];
#pragma GCC unroll 4
    for (int v = 0; v < 4; ++v) wv[v] = _mm512_load_si512(w + g * kGroupCols + v * 16);
#pragma GCC unroll 6
    for (int r = 0; r < R; ++r) {
      const __m512i av = _mm512_set1_epi32(static_cast<int>(a[r * b.pairs + g]));
#pragma GCC unroll 4
      for (int v = 0; v < 4; ++v) dpbf16(acc[r][v], av, wv[v]);
    }
  }
  const int64_t j0 = q * kGroupCols;
  const __m512 alpha = _mm512_set1_ps(b.alpha), beta = _mm512_set1_ps(b.beta);
#pragma GCC unroll 4
  for (int v = 0; v < 4; ++v) {
    const int64_t left = b.n - j0 - v * 16;
    if (left <= 0) break;
    const __mmask16 mask = lanes(left);
#pragma GCC unroll 6
    for (int r = 0; r < R; ++r) {
      float* c = b.c + (i0 + r) * b.ldc + j0 + v * 16;
      __m512 out = _mm512_mul_ps(alpha, acc[r][v]);
      if (b.beta != 0.0f) out = _mm512_fmadd_ps(beta, _mm512_maskz_loadu_ps(mask, c), out);
      _mm512_mask_storeu_ps(c, mask, out);
    }
  }
}

}  // namespace

void pack_a_avx512(const GemmArgs& g, const float* a, int64_t i0, int64_t i1, uint32_t* out) {
  const int64_t pairs = pair_count(g.k);
  if (!g.trans_a) {
    // Row i of op(A) is row i of A: 32 floats make 16 words.
    for (int64_t i = i0; i < i1; ++i) {
      const float* row = a + i * g.lda;
      uint32_t* dst = out + i * pairs;
      for (int64_t p = 0; p < g.k; p += 32) {
        const int64_t left = g.k - p;
        const __m512 x0 = _mm512_maskz_loadu_ps(lanes(left), row + p);
        const __m512 x1 = _mm512_maskz_loadu_ps(lanes(left - 16), row + p + 16);
        // (x0, x1) in order as 32 bf16 values = 16 words of consecutive pairs.
        const __m256i lo = _mm512_cvtepi32_epi16(round16(x0));
        const __m256i hi = _mm512_cvtepi32_epi16(round16(x1));
        const __m512i words = _mm512_inserti64x4(_mm512_castsi256_si512(lo), hi, 1);
        _mm512_mask_storeu_epi32(dst + p / 2, lanes((left + 1) / 2), words);
      }
    }
    return;
  }
  // op(A)[i, p] = A[p, i]: rows p and p + 1 of A give word p / 2 of 16 rows of op(A).
  const __m512i rows =
      _mm512_mullo_epi32(_mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15),
                         _mm512_set1_epi32(static_cast<int>(pairs)));
  for (int64_t i = i0; i < i1; i += kPackStep) {
    const __mmask16 mask = lanes(i1 - i);
    for (int64_t p = 0; p < g.k; p += 2) {
      const __m512 x0 = _mm512_maskz_loadu_ps(mask, a + p * g.lda + i);
      const __m512 x1 =
          p + 1 < g.k ? _mm512_maskz_loadu_ps(mask, a + (p + 1) * g.lda + i) : _mm512_setzero_ps();
      _mm512_mask_i32scatter_epi32(out + i * pairs + p / 2, mask, rows, pair_words(x0, x1), 4);
    }
  }
}

void pack_b_avx512(const GemmArgs& g, const float* b, int64_t g0, int64_t g1, uint32_t* out) {
  const int64_t pairs = pair_count(g.k), groups = (g.n + kGroupCols - 1) / kGroupCols;
  if (!g.trans_b) {
    // Rows 2g and 2g + 1 of B, 16 columns at a time; columns past n are zeros.
    for (int64_t gi = g0; gi < g1; ++gi) {
      const float* r0 = b + 2 * gi * g.ldb;
      const bool has_r1 = 2 * gi + 1 < g.k;
      for (int64_t q = 0; q < groups; ++q) {
        uint32_t* dst = out + (q * pairs + gi) * kGroupCols;
        for (int v = 0; v < 4; ++v) {
          const int64_t j = q * kGroupCols + v * 16;
          const __mmask16 mask = lanes(g.n - j);
          const __m512 x0 = _mm512_maskz_loadu_ps(mask, r0 + j);
          const __m512 x1 =
              has_r1 ? _mm512_maskz_loadu_ps(mask, r0 + g.ldb + j) : _mm512_setzero_ps();
          _mm512_store_si512(dst + v * 16, pair_words(x0, x1));
        }
      }
    }
    return;
  }
  // op(B)[p, j] = B[j, p]: 32 values of row j of B are words g..g+15 of
  // column j, one group row (64 words) apart.
  const __m512i step =
      _mm512_mullo_epi32(_mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15),
                         _mm512_set1_epi32(static_cast<int>(kGroupCols)));
  for (int64_t j = 0; j < groups * kGroupCols; ++j) {
    uint32_t* col = out + (j / kGroupCols) * pairs * kGroupCols + j % kGroupCols;
    for (int64_t gi = g0; gi < g1; gi += kPackStep) {
      const int64_t p = 2 * gi, left = std::min(2 * g1, g.k) - p;
      const __mmask16 words = lanes(g1 - gi);
      __m512i w = _mm512_setzero_si512();
      if (j < g.n) {
        const float* row = b + j * g.ldb + p;
        const __m256i lo = _mm512_cvtepi32_epi16(round16(_mm512_maskz_loadu_ps(lanes(left), row)));
        const __m256i hi =
            _mm512_cvtepi32_epi16(round16(_mm512_maskz_loadu_ps(lanes(left - 16), row + 16)));
        w = _mm512_inserti64x4(_mm512_castsi256_si512(lo), hi, 1);
      }
      _mm512_mask_i32scatter_epi32(col + gi * kGroupCols, words, step, w, 4);
    }
  }
}

void block_avx512(const Block& b) {
  // Rows in blocks of kBlockRows, each block's A (kBlockRows x k2 bf16: 48 KB
  // at k = 256) staying in L2 while the tiles sweep every group of B.
  for (int64_t r0 = b.i0; r0 < b.i1; r0 += kBlockRows) {
    const int64_t r1 = std::min(b.i1, r0 + kBlockRows);
    for (int64_t q = b.q0; q < b.q1; ++q) {
      int64_t i0 = r0;
      for (; i0 + kTileRows <= r1; i0 += kTileRows) tile<kTileRows>(b, i0, q);
      switch (r1 - i0) {
        case 5:
          tile<5>(b, i0, q);
          break;
        case 4:
          tile<4>(b, i0, q);
          break;
        case 3:
          tile<3>(b, i0, q);
          break;
        case 2:
          tile<2>(b, i0, q);
          break;
        case 1:
          tile<1>(b, i0, q);
          break;
        default:
          break;
      }
    }
  }
}

}  // namespace nmt::gemm_bf16_detail

#pragma GCC pop_options
