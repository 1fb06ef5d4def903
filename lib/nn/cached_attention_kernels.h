// Vector kernels behind nn/cached_attention.cpp, internal to it. Each has the
// bits of the portable loops there (the order of every sum is the header's),
// so the results do not depend on which one runs; the AVX-512 ones are used
// when the CPU has avx512f and the sizes fit (see each), else the AVX2 ones
// (cached_attention_avx2.cpp) when it has avx2 and fma and the sizes fit.
#pragma once

#include <cstdint>

namespace nmt::cached_attention_detail {

bool have_avx512();
bool have_avx2();  // and fma

// w[s] = scale * dot(q, key s) for s in [0, len), keys transposed: kt[j * s16
// + s] is feature j of position s (s16 a multiple of 16, >= len).
void source_scores_avx512(const float* q, const float* kt, int64_t s16, int64_t len, int64_t dk,
                          float scale, float* w);

// w[h * stride + s] = scale * dot(q_h, key s's head h) for s in [0, len) and
// every head h, keys[s] pointing at position s's heads * dk features: each
// position's 16 lane sums in a register, 16 positions transposed so the
// lanes add in dot()'s order with vector adds. Needs dk % 16 == 0.
void position_scores_avx512(const float* q, const float* const* keys, int64_t len, int64_t heads,
                            int64_t dk, float scale, float* w, int64_t stride);

// out[h * dk + j] = sum over s in [0, len) of w[h * stride + s] * values[s][h
// * dk + j], an fma chain over s in order from 0, for every head h < heads.
// Needs dk % 16 == 0.
void weighted_values_avx512(const float* w, int64_t stride, const float* const* values, int64_t len,
                            int64_t heads, int64_t dk, float* out);

// The same three in vectors of 8: source_scores any dk, position_scores
// dk % 16 == 0 (a position's 16 lanes in two registers), weighted_values
// dk % 8 == 0.
void source_scores_avx2(const float* q, const float* kt, int64_t s16, int64_t len, int64_t dk,
                        float scale, float* w);
void position_scores_avx2(const float* q, const float* const* keys, int64_t len, int64_t heads,
                          int64_t dk, float scale, float* w, int64_t stride);
void weighted_values_avx2(const float* w, int64_t stride, const float* const* values, int64_t len,
                          int64_t heads, int64_t dk, float* out);

}  // namespace nmt::cached_attention_detail
