// exp for the softmax-shaped loops (log-softmax in decoding, the loss over the
// vocabulary), and tanh and sigmoid for the LSTM cell and additive attention,
// written so the compiler vectorises the loops that call them: std::exp and
// std::tanh are scalar libm calls (a tenth of a decoding step; 5% of an RNN
// training step in the LSTM cell).
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>

namespace nmt {

// exp(x) for x <= 0 (Cephes' expf: range reduction by ln 2, degree-5
// polynomial, about 1 ulp). Below -87 it returns exp(-87), not 0: harmless
// next to the row maximum's exp(0) = 1 that every softmax sum contains.
inline float exp_nonpositive(float x) {
  x = std::max(x, -87.0f);
  const float rounder = 12582912.0f;  // 1.5 * 2^23: adding it rounds to an integer
  const float n = (x * 1.44269504089f + rounder) - rounder;
  const float r = x - n * 0.693359375f + n * 2.12194440e-4f;
  float p = 1.9875691500e-4f;
  p = p * r + 1.3981999507e-3f;
  p = p * r + 8.3334519073e-3f;
  p = p * r + 4.1665795894e-2f;
  p = p * r + 1.6666665459e-1f;
  p = p * r + 5.0000001201e-1f;
  p = p * r * r + r + 1.0f;
  const int32_t bits = (static_cast<int32_t>(n) + 127) << 23;
  float scale;
  std::memcpy(&scale, &bits, sizeof scale);
  return p * scale;
}

// tanh(x) from exp_nonpositive (about 1e-7 absolute error), vectorisable.
// Near 0, 1 - exp(-2|x|) cancels, so small |x| use the odd series instead.
inline float tanh_vectorisable(float x) {
  const float a = std::fabs(x);
  const float e = exp_nonpositive(-2.0f * a);
  const float a2 = a * a;
  const float series = a * (1.0f - a2 * (1.0f / 3.0f) + a2 * a2 * (2.0f / 15.0f));
  const float t = a < 0.0625f ? series : (1.0f - e) / (1.0f + e);
  return std::copysign(t, x);
}

// 1 / (1 + exp(-x)) from exp_nonpositive (about 2 ulp), vectorisable: with
// e = exp(-|x|) <= 1 it is 1 / (1 + e) for x >= 0 and e / (1 + e) below, so
// the exponential never overflows.
inline float sigmoid_vectorisable(float x) {
  const float e = exp_nonpositive(-std::fabs(x));
  const float r = 1.0f / (1.0f + e);
  return x >= 0.0f ? r : e * r;
}

// The largest of row[0..n) (n > 0), with sixteen running maxima so the loop
// vectorises without -ffast-math.
inline float row_max(const float* row, int64_t n) {
  float lanes[16];
  std::fill(lanes, lanes + 16, row[0]);
  int64_t j = 0;
  // omp simd keeps the 16 lanes in one vector register: without it GCC
  // compiled 16 scalar max chains (same comparisons either way).
  for (; j + 16 <= n; j += 16)
#pragma omp simd
    for (int l = 0; l < 16; ++l) lanes[l] = lanes[l] > row[j + l] ? lanes[l] : row[j + l];
  float mx = *std::max_element(lanes, lanes + 16);
  for (; j < n; ++j) mx = std::max(mx, row[j]);
  return mx;
}

// The sum of row[0..n) in sixteen running sums (then added in lane order), so
// the loop vectorises without -ffast-math. Not the serial loop's bits.
inline float row_sum(const float* row, int64_t n) {
  float lanes[16] = {};
  int64_t j = 0;
  for (; j + 16 <= n; j += 16)
#pragma omp simd
    for (int l = 0; l < 16; ++l) lanes[l] += row[j + l];
  float sum = 0.0f;
  for (int l = 0; l < 16; ++l) sum += lanes[l];
  for (; j < n; ++j) sum += row[j];
  return sum;
}

// y[0..n) = softmax(y[0..n)) in place (n >= 1), every loop vectorised; exp
// is exp_nonpositive with exactly 0 below exp(-87), so that masked scores
// (-1e9) get no weight at all. The softmax of training (autograd's
// softmax_row) and of decoding's cached attention.
inline void softmax_in_place(float* y, int64_t n) {
  const float mx = row_max(y, n);
  for (int64_t j = 0; j < n; ++j) {
    const float shifted = y[j] - mx;
    const float e = exp_nonpositive(shifted);
    y[j] = shifted < -87.0f ? 0.0f : e;
  }
  const float inv = 1.0f / row_sum(y, n);
  for (int64_t j = 0; j < n; ++j) y[j] *= inv;
}

}  // namespace nmt
