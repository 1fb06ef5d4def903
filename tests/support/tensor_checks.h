// Small tensor helpers shared by the layer tests (test_nn, test_attention).
#pragma once

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

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

}  // namespace nmt::testing
