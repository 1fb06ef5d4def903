// The row kernels of the softmax family (ops_nn.cpp), shared with the fused
// attention (ops_attention.cpp) so that both compute the same bits.
// Internal to lib/autograd.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>

#include "tensor/fast_exp.h"
#include "tensor/shape.h"

namespace nmt {

// y = softmax(x * scale + mask) over one row of n; mask may be null; y may be
// x. Every loop vectorises (fast_exp.h's softmax_in_place: the maximum and
// the sum run in 16 lanes, and masked scores (-1e9) get no weight at all).
inline void softmax_row(const float* x, float* y, int64_t n, float scale, const float* mask) {
  if (mask)
    for (int64_t j = 0; j < n; ++j) y[j] = x[j] * scale + mask[j];
  else
    for (int64_t j = 0; j < n; ++j) y[j] = x[j] * scale;
  softmax_in_place(y, n);
}

// d = factor * y * (g - sum(g * y)) over one row of n; d may be g (in place).
// fresh: write d, else add to it.
inline void softmax_backward_row(const float* g, const float* y, float* d, int64_t n, float factor,
                                 bool fresh) {
  float dot = 0.0f;
  for (int64_t j = 0; j < n; ++j) dot += g[j] * y[j];
  if (fresh)
    for (int64_t j = 0; j < n; ++j) d[j] = factor * y[j] * (g[j] - dot);
  else
    for (int64_t j = 0; j < n; ++j) d[j] += factor * y[j] * (g[j] - dot);
}

// Where each row of scores finds its mask row. The mask is read as if padded
// with leading 1s to the rank of scores; a dimension of 1 repeats (stride 0).
struct MaskRows {
  int lead = 0;  // leading (row-indexing) dimensions of scores
  int64_t dims[Shape::kMaxRank] = {}, strides[Shape::kMaxRank] = {};
  int64_t offset(int64_t r) const {
    int64_t off = 0;
    for (int i = lead - 1; i >= 0; --i) {
      off += (r % dims[i]) * strides[i];
      r /= dims[i];
    }
    return off;
  }
};

// The rows of scores [..., S] a mask [..., S] reaches (an nmt::Error naming
// op otherwise).
MaskRows mask_rows(const char* op, const Shape& scores, const Shape& mask);

}  // namespace nmt
