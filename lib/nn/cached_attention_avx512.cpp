// AVX-512 kernels of the cached attention (nn/cached_attention_kernels.h).
// Compiled for AVX-512 by target pragma whatever the build flags; called only
// when the CPU has avx512f.
#include <immintrin.h>

#include <algorithm>

#include "nn/cached_attention_kernels.h"

namespace nmt::cached_attention_detail {

bool have_avx512() {
  static const bool yes = __builtin_cpu_supports("avx512f");
  return yes;
}

#pragma GCC push_options
#pragma GCC target("avx512f,fma")

// 16 positions at a time: accumulator l holds lane l of all 16 dot products
// (features l, l + 16, ...; the features past the last multiple of 16 go to
// lane 0), so each position's sum has dot()'s order with no horizontal adds.
void source_scores_avx512(const float* q, const float* kt, int64_t s16, int64_t len, int64_t dk,
                          float scale, float* w) {
  const int64_t whole = dk / 16 * 16;
  const __m512 scale_v = _mm512_set1_ps(scale);
  for (int64_t s0 = 0; s0 < len; s0 += 16) {
    const float* k = kt + s0;
    __m512 acc[16];
#pragma GCC unroll 16
    for (int l = 0; l < 16; ++l) acc[l] = _mm512_setzero_ps();
    for (int64_t j0 = 0; j0 < whole; j0 += 16)
#pragma GCC unroll 16
      for (int l = 0; l < 16; ++l)
        acc[l] =
            _mm512_fmadd_ps(_mm512_set1_ps(q[j0 + l]), _mm512_loadu_ps(k + (j0 + l) * s16), acc[l]);
    for (int64_t j = whole; j < dk; ++j)
      acc[0] = _mm512_fmadd_ps(_mm512_set1_ps(q[j]), _mm512_loadu_ps(k + j * s16), acc[0]);
    __m512 sum = _mm512_setzero_ps();
#pragma GCC unroll 16
    for (int l = 0; l < 16; ++l) sum = _mm512_add_ps(sum, acc[l]);
    const int64_t count = std::min<int64_t>(16, len - s0);
    _mm512_mask_storeu_ps(w + s0, static_cast<__mmask16>((1u << count) - 1),
                          _mm512_mul_ps(scale_v, sum));
  }
}

// m[0..15] rows -> columns, in place: afterwards lane i of m[l] is what lane l
// of m[i] was.
inline void transpose16(__m512 m[16]) {
  __m512 t[16];
  for (int i = 0; i < 16; i += 2) {
    t[i] = _mm512_unpacklo_ps(m[i], m[i + 1]);
    t[i + 1] = _mm512_unpackhi_ps(m[i], m[i + 1]);
  }
  // Per 128-bit lane k and group g of 4 rows: r[4g + c] = column 4k + c of rows 4g..4g+3.
  __m512 r[16];
  for (int g = 0; g < 4; ++g) {
    const __m512d a = _mm512_castps_pd(t[4 * g]), b = _mm512_castps_pd(t[4 * g + 2]);
    const __m512d c = _mm512_castps_pd(t[4 * g + 1]), d = _mm512_castps_pd(t[4 * g + 3]);
    r[4 * g] = _mm512_castpd_ps(_mm512_unpacklo_pd(a, b));
    r[4 * g + 1] = _mm512_castpd_ps(_mm512_unpackhi_pd(a, b));
    r[4 * g + 2] = _mm512_castpd_ps(_mm512_unpacklo_pd(c, d));
    r[4 * g + 3] = _mm512_castpd_ps(_mm512_unpackhi_pd(c, d));
  }
  // u[c] = columns c and c + 8 of rows 0..7; u[4 + c]: columns 4 + c and 12 + c;
  // u[8..15] the same for rows 8..15.
  __m512 u[16];
  for (int h = 0; h < 2; ++h)
    for (int c = 0; c < 4; ++c) {
      u[8 * h + c] = _mm512_shuffle_f32x4(r[8 * h + c], r[8 * h + 4 + c], 0x88);
      u[8 * h + 4 + c] = _mm512_shuffle_f32x4(r[8 * h + c], r[8 * h + 4 + c], 0xdd);
    }
  for (int c = 0; c < 8; ++c) {
    m[c] = _mm512_shuffle_f32x4(u[c], u[8 + c], 0x88);
    m[c + 8] = _mm512_shuffle_f32x4(u[c], u[8 + c], 0xdd);
  }
}

void position_scores_avx512(const float* q, const float* const* keys, int64_t len, int64_t heads,
                            int64_t dk, float scale, float* w, int64_t stride) {
  const __m512 scale_v = _mm512_set1_ps(scale);
  for (int64_t h = 0; h < heads; ++h) {
    const float* qh = q + h * dk;
    for (int64_t s0 = 0; s0 < len; s0 += 16) {
      const int64_t count = std::min<int64_t>(16, len - s0);
      __m512 lanes[16];  // lanes[i]: the 16 lane sums of position s0 + i
      for (int64_t i = 0; i < 16; ++i) {
        __m512 acc = _mm512_setzero_ps();
        if (i < count) {
          const float* k = keys[s0 + i] + h * dk;
          for (int64_t j = 0; j < dk; j += 16)
            acc = _mm512_fmadd_ps(_mm512_loadu_ps(qh + j), _mm512_loadu_ps(k + j), acc);
        }
        lanes[i] = acc;
      }
      transpose16(lanes);  // lanes[l]: lane l of the 16 positions
      __m512 sum = _mm512_setzero_ps();
#pragma GCC unroll 16
      for (int l = 0; l < 16; ++l) sum = _mm512_add_ps(sum, lanes[l]);
      _mm512_mask_storeu_ps(w + h * stride + s0, static_cast<__mmask16>((1u << count) - 1),
                            _mm512_mul_ps(scale_v, sum));
    }
  }
}

// NV vectors of 16 output features from vector v0, each in a register for
// the whole sum over positions.
template <int NV>
void values_block(const float* w, int64_t stride, const float* const* values, int64_t len,
                  int64_t per_head, int64_t v0, float* out) {
  __m512 acc[NV];
  const float* head_w[NV];  // the weights of vector v's head
#pragma GCC unroll 16
  for (int v = 0; v < NV; ++v) {
    acc[v] = _mm512_setzero_ps();
    head_w[v] = w + ((v0 + v) / per_head) * stride;
  }
  for (int64_t s = 0; s < len; ++s) {
    const float* x = values[s] + v0 * 16;
#pragma GCC unroll 16
    for (int v = 0; v < NV; ++v) {
      const __m512 ws = _mm512_set1_ps(head_w[v][s]);
      acc[v] = _mm512_fmadd_ps(ws, _mm512_loadu_ps(x + v * 16), acc[v]);
    }
  }
#pragma GCC unroll 16
  for (int v = 0; v < NV; ++v) _mm512_storeu_ps(out + (v0 + v) * 16, acc[v]);
}

void weighted_values_avx512(const float* w, int64_t stride, const float* const* values, int64_t len,
                            int64_t heads, int64_t dk, float* out) {
  const int64_t vectors = heads * dk / 16, per_head = dk / 16;
  int64_t v0 = 0;
  for (; v0 + 16 <= vectors; v0 += 16) values_block<16>(w, stride, values, len, per_head, v0, out);
  for (; v0 + 4 <= vectors; v0 += 4) values_block<4>(w, stride, values, len, per_head, v0, out);
  for (; v0 < vectors; ++v0) values_block<1>(w, stride, values, len, per_head, v0, out);
}

#pragma GCC pop_options

}  // namespace nmt::cached_attention_detail
