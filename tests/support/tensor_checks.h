// Small tensor helpers shared by the unit tests (layers, optimizer, update, averaging).
#pragma once

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

#include "autograd/var.h"
#include "base/rng.h"
#include "nn/module.h"
#include "tensor/tensor.h"

namespace nmt::testing {

// Uniform in [-1, 1).
inline Tensor random_tensor(const Shape& shape, Rng& rng) {
  return init::uniform(shape, -1, 1, rng);
}

// Largest elementwise |a - b|; the shapes must be equal.
inline float max_abs_diff(const Tensor& a, const Tensor& b) {
  REQUIRE(a.shape() == b.shape());
  float worst = 0;
  for (int64_t i = 0; i < a.numel(); ++i) worst = std::max(worst, std::fabs(a.at(i) - b.at(i)));
  return worst;
}

// A trainable 1-d parameter holding `values`.
inline Var param(const std::vector<float>& values) {
  return Var(Tensor::from_vector(Shape{static_cast<int64_t>(values.size())}, values), true);
}

inline void set_grad(Var& var, const std::vector<float>& values) {
  var.mutable_grad() = Tensor::from_vector(var.shape(), values);
}

// Bit-for-bit equality (float == would call -0 and 0 equal, NaN unequal).
inline bool same_bits(const Tensor& a, const Tensor& b) {
  return a.numel() == b.numel() && std::memcmp(a.data(), b.data(), sizeof(float) * a.numel()) == 0;
}

// Time step t of x[B, T, D] as [B, D]: the input of one LSTM cell step.
inline Tensor time_step(const Tensor& x, int64_t t) {
  const int64_t batch = x.dim(0), steps = x.dim(1), d = x.dim(2);
  Tensor out = Tensor::empty({batch, d});
  for (int64_t b = 0; b < batch; ++b)
    for (int64_t k = 0; k < d; ++k) out.at(b * d + k) = x.at((b * steps + t) * d + k);
  return out;
}

}  // namespace nmt::testing
