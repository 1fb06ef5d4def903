// AVX2 kernels of the cached attention (nn/cached_attention_kernels.h), for
// CPUs without AVX-512 (Zen 3, older Xeons). Same sums in the same order as
// the AVX-512 ones and the portable loops, in vectors of 8.
// Compiled for AVX2 + FMA by target pragma whatever the build flags; called
// only when the CPU has both.
#include <immintrin.h>

#include <algorithm>

#include "nn/cached_attention_kernels.h"

namespace nmt::cached_attention_detail {

bool have_avx2() {
  static const bool yes = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
  return yes;
}

#pragma GCC push_options
#pragma GCC target("avx2,fma")

namespace {

// Lanes [0, count) of v into out.
inline void store_first(float* out, __m256 v, int64_t count) {
  if (count >= 8) return _mm256_storeu_ps(out, v);
  alignas(32) float lanes[8];
  _mm256_store_ps(lanes, v);
  std::copy_n(lanes, count, out);
}

// m[0..7] rows -> columns, in place: afterwards lane i of m[l] is what lane l
// of m[i] was.
inline void transpose8(__m256 m[8]) {
  __m256 t[8], u[8];
  for (int i = 0; i < 8; i += 2) {
    t[i] = _mm256_unpacklo_ps(m[i], m[i + 1]);
    t[i + 1] = _mm256_unpackhi_ps(m[i], m[i + 1]);
  }
  for (int g = 0; g < 8; g += 4) {  // 4 x 4 squares within each 128-bit half
    u[g] = _mm256_shuffle_ps(t[g], t[g + 2], 0x44);
    u[g + 1] = _mm256_shuffle_ps(t[g], t[g + 2], 0xEE);
    u[g + 2] = _mm256_shuffle_ps(t[g + 1], t[g + 3], 0x44);
    u[g + 3] = _mm256_shuffle_ps(t[g + 1], t[g + 3], 0xEE);
  }
  for (int c = 0; c < 4; ++c) {
    m[c] = _mm256_permute2f128_ps(u[c], u[c + 4], 0x20);
    m[c + 4] = _mm256_permute2f128_ps(u[c], u[c + 4], 0x31);
  }
}

// NV vectors of 8 output features from vector v0, each in a register for the
// whole sum over positions. one_head: all NV lie in one head, whose weight
// is then broadcast once per position instead of once per vector (a quarter
// of this kernel's time in int8 greedy decoding on Zen 3).
template <int NV, bool one_head>
void values_block(const float* w, int64_t stride, const float* const* values, int64_t len,
                  int64_t per_head, int64_t v0, float* out) {
  __m256 acc[NV];
  const float* head_w[NV];  // the weights of vector v's head
#pragma GCC unroll 8
  for (int v = 0; v < NV; ++v) {
    acc[v] = _mm256_setzero_ps();
    head_w[v] = w + ((v0 + v) / per_head) * stride;
  }
  for (int64_t s = 0; s < len; ++s) {
    const float* x = values[s] + v0 * 8;
    const __m256 first = _mm256_set1_ps(head_w[0][s]);
#pragma GCC unroll 8
    for (int v = 0; v < NV; ++v)
      acc[v] = _mm256_fmadd_ps(one_head ? first : _mm256_set1_ps(head_w[v][s]),
                               _mm256_loadu_ps(x + v * 8), acc[v]);
  }
#pragma GCC unroll 8
  for (int v = 0; v < NV; ++v) _mm256_storeu_ps(out + (v0 + v) * 8, acc[v]);
}

template <int NV>
void values_block(const float* w, int64_t stride, const float* const* values, int64_t len,
                  int64_t per_head, int64_t v0, float* out) {
  if (v0 / per_head == (v0 + NV - 1) / per_head)
    values_block<NV, true>(w, stride, values, len, per_head, v0, out);
  else
    values_block<NV, false>(w, stride, values, len, per_head, v0, out);
}

}  // namespace

// 16 positions at a time in two vectors of 8. Lane l of a position's dot
// (features l, l + 16, ...; those past the last multiple of 16 go to lane 0)
// is an fma chain of its own, added to the position's sum in lane order:
// dot()'s order, with no horizontal adds. Four lanes at a time so that eight
// chains are in flight.
void source_scores_avx2(const float* q, const float* kt, int64_t s16, int64_t len, int64_t dk,
                        float scale, float* w) {
  const int64_t whole = dk / 16 * 16;
  const __m256 scale_v = _mm256_set1_ps(scale);
  for (int64_t s0 = 0; s0 < len; s0 += 16) {
    const float* k = kt + s0;
    __m256 sum_lo = _mm256_setzero_ps(), sum_hi = _mm256_setzero_ps();
    for (int l0 = 0; l0 < 16; l0 += 4) {
      __m256 lo[4], hi[4];
#pragma GCC unroll 4
      for (int l = 0; l < 4; ++l) lo[l] = hi[l] = _mm256_setzero_ps();
      for (int64_t j0 = 0; j0 < whole; j0 += 16)
#pragma GCC unroll 4
        for (int l = 0; l < 4; ++l) {
          const int64_t j = j0 + l0 + l;
          const __m256 qj = _mm256_set1_ps(q[j]);
          lo[l] = _mm256_fmadd_ps(qj, _mm256_loadu_ps(k + j * s16), lo[l]);
          hi[l] = _mm256_fmadd_ps(qj, _mm256_loadu_ps(k + j * s16 + 8), hi[l]);
        }
      if (l0 == 0)
        for (int64_t j = whole; j < dk; ++j) {
          const __m256 qj = _mm256_set1_ps(q[j]);
          lo[0] = _mm256_fmadd_ps(qj, _mm256_loadu_ps(k + j * s16), lo[0]);
          hi[0] = _mm256_fmadd_ps(qj, _mm256_loadu_ps(k + j * s16 + 8), hi[0]);
        }
#pragma GCC unroll 4
      for (int l = 0; l < 4; ++l) {
        sum_lo = _mm256_add_ps(sum_lo, lo[l]);
        sum_hi = _mm256_add_ps(sum_hi, hi[l]);
      }
    }
    const int64_t count = std::min<int64_t>(16, len - s0);
    store_first(w + s0, _mm256_mul_ps(scale_v, sum_lo), count);
    if (count > 8) store_first(w + s0 + 8, _mm256_mul_ps(scale_v, sum_hi), count - 8);
  }
}

// 8 positions at a time: a position's 16 lane sums in two registers (lanes
// 0-7 and 8-15), then both halves transposed so the lanes add in dot()'s
// order with vector adds.
void position_scores_avx2(const float* q, const float* const* keys, int64_t len, int64_t heads,
                          int64_t dk, float scale, float* w, int64_t stride) {
  const __m256 scale_v = _mm256_set1_ps(scale);
  for (int64_t h = 0; h < heads; ++h) {
    const float* qh = q + h * dk;
    for (int64_t s0 = 0; s0 < len; s0 += 8) {
      const int64_t count = std::min<int64_t>(8, len - s0);
      __m256 lo[8], hi[8];  // lanes 0-7 and 8-15 of position s0 + i
      for (int64_t i = 0; i < 8; ++i) {
        __m256 a = _mm256_setzero_ps(), b = _mm256_setzero_ps();
        if (i < count) {
          const float* k = keys[s0 + i] + h * dk;
          for (int64_t j = 0; j < dk; j += 16) {
            a = _mm256_fmadd_ps(_mm256_loadu_ps(qh + j), _mm256_loadu_ps(k + j), a);
            b = _mm256_fmadd_ps(_mm256_loadu_ps(qh + j + 8), _mm256_loadu_ps(k + j + 8), b);
          }
        }
        lo[i] = a, hi[i] = b;
      }
      transpose8(lo);  // lo[l]: lane l of the 8 positions
      transpose8(hi);  // hi[l]: lane 8 + l
      __m256 sum = _mm256_setzero_ps();
#pragma GCC unroll 8
      for (int l = 0; l < 8; ++l) sum = _mm256_add_ps(sum, lo[l]);
#pragma GCC unroll 8
      for (int l = 0; l < 8; ++l) sum = _mm256_add_ps(sum, hi[l]);
      store_first(w + h * stride + s0, _mm256_mul_ps(scale_v, sum), count);
    }
  }
}

void weighted_values_avx2(const float* w, int64_t stride, const float* const* values, int64_t len,
                          int64_t heads, int64_t dk, float* out) {
  const int64_t vectors = heads * dk / 8, per_head = dk / 8;
  int64_t v0 = 0;
  for (; v0 + 8 <= vectors; v0 += 8) values_block<8>(w, stride, values, len, per_head, v0, out);
  for (; v0 + 4 <= vectors; v0 += 4) values_block<4>(w, stride, values, len, per_head, v0, out);
  for (; v0 < vectors; ++v0) values_block<1>(w, stride, values, len, per_head, v0, out);
}

#pragma GCC pop_options

}  // namespace nmt::cached_attention_detail
