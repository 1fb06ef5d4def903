// One row of the label-smoothed cross-entropy, forward and gradient: shared by
// cross_entropy (ops_loss.cpp) and projected_cross_entropy
// (ops_output_loss.cpp). Seen only by lib/autograd/*.cpp.
//
// Per row x[V] with target t and smoothing e: logp = x - logsumexp(x),
// loss = -(1-e) logp[t] - e/V sum(logp); d loss / dx = softmax - (1-e) onehot(t) - e/V.
#pragma once

#include <cmath>
#include <cstdint>

#include "tensor/fast_exp.h"

namespace nmt {

struct RowLoss {
  double nll = 0.0;   // -logp[target]
  double loss = 0.0;  // smoothed
  float lse = 0.0f;   // logsumexp of the row, for the gradient
};

inline RowLoss cross_entropy_row(const float* x, int64_t vocab, int32_t target, float e) {
  const float mx = row_max(x, vocab);
  float sum = 0.0f, sum_x = 0.0f;
#pragma omp simd reduction(+ : sum, sum_x)
  for (int64_t j = 0; j < vocab; ++j) {
    sum += exp_nonpositive(x[j] - mx);
    sum_x += x[j];
  }
  RowLoss out;
  out.lse = mx + std::log(sum);
  out.nll = static_cast<double>(out.lse) - x[target];
  const double smooth = static_cast<double>(out.lse) - static_cast<double>(sum_x) / vocab;
  out.loss = (1.0 - e) * out.nll + e * smooth;
  return out;
}

// d (=, or += when accumulate) g * (softmax(x) - (1-e) onehot(t) - e/V) for one
// row, given the row's logsumexp; d may alias x (the gradient then overwrites
// the logits in place).
inline void cross_entropy_row_grad(const float* x, float* d, int64_t vocab, int32_t target, float e,
                                   float lse, float g, bool accumulate) {
  const float uniform = e / static_cast<float>(vocab);
  if (accumulate) {
#pragma omp simd
    for (int64_t j = 0; j < vocab; ++j) d[j] += g * (exp_nonpositive(x[j] - lse) - uniform);
  } else {
#pragma omp simd
    for (int64_t j = 0; j < vocab; ++j) d[j] = g * (exp_nonpositive(x[j] - lse) - uniform);
  }
  d[target] -= g * (1.0f - e);
}

}  // namespace nmt
