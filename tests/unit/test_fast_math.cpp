// The vectorisable exp, tanh and sigmoid of tensor/fast_exp.h against libm over their
// whole useful range, row_max against std::max_element and row_sum against a double sum.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <vector>

#include "tensor/fast_exp.h"

using namespace nmt;

TEST_CASE("exp_nonpositive matches std::exp to a few ulp", "[fast_math]") {
  double worst = 0.0;
  for (float x = -87.0f; x <= 0.0f; x += 0.0137f) {
    const double want = std::exp(static_cast<double>(x));
    worst = std::max(worst, std::fabs(exp_nonpositive(x) - want) / want);
  }
  CHECK(worst < 5e-7);
  CHECK(exp_nonpositive(0.0f) == 1.0f);
  CHECK(exp_nonpositive(-1000.0f) < 1e-37f);  // clamped at exp(-87), not NaN or negative
  CHECK(exp_nonpositive(-1000.0f) >= 0.0f);
}

TEST_CASE("tanh_vectorisable matches std::tanh", "[fast_math]") {
  double worst_abs = 0.0, worst_rel = 0.0;
  for (float x = -20.0f; x <= 20.0f; x += 0.00731f) {
    const double want = std::tanh(static_cast<double>(x));
    const double got = tanh_vectorisable(x);
    worst_abs = std::max(worst_abs, std::fabs(got - want));
    if (std::fabs(want) > 1e-30)
      worst_rel = std::max(worst_rel, std::fabs(got - want) / std::fabs(want));
  }
  CHECK(worst_abs < 3e-7);
  CHECK(worst_rel < 2e-6);  // also near 0, where 1 - exp(-2|x|) would cancel
  CHECK(tanh_vectorisable(0.0f) == 0.0f);
  CHECK(tanh_vectorisable(1e-20f) == Approx(1e-20f));
  CHECK(tanh_vectorisable(100.0f) == 1.0f);
  CHECK(tanh_vectorisable(-100.0f) == -1.0f);
}

TEST_CASE("sigmoid_vectorisable matches 1 / (1 + exp(-x))", "[fast_math]") {
  double worst_abs = 0.0, worst_rel = 0.0;
  for (float x = -80.0f; x <= 80.0f; x += 0.00731f) {
    const double want = 1.0 / (1.0 + std::exp(-static_cast<double>(x)));
    const double got = sigmoid_vectorisable(x);
    worst_abs = std::max(worst_abs, std::fabs(got - want));
    worst_rel = std::max(worst_rel, std::fabs(got - want) / want);
  }
  CHECK(worst_abs < 2e-7);
  CHECK(worst_rel < 1e-6);  // also far below 0, where the result is exp(x) itself
  CHECK(sigmoid_vectorisable(0.0f) == 0.5f);
  CHECK(sigmoid_vectorisable(100.0f) == 1.0f);
  CHECK(sigmoid_vectorisable(-1000.0f) >= 0.0f);  // no NaN or negative at the clamp
  CHECK(sigmoid_vectorisable(-1000.0f) < 1e-37f);
}

TEST_CASE("row_max finds the largest element at any position and length", "[fast_math]") {
  for (int64_t n : {1, 15, 16, 17, 33, 100}) {
    for (int64_t at = 0; at < n; at += 7) {
      std::vector<float> row(n);
      for (int64_t i = 0; i < n; ++i) row[i] = -static_cast<float>((i * 37) % 11) - 1.0f;
      row[at] = 5.0f;
      INFO("n " << n << " at " << at);
      CHECK(row_max(row.data(), n) == 5.0f);
    }
  }
}

TEST_CASE("row_sum adds every element at any length", "[fast_math]") {
  for (int64_t n : {1, 15, 16, 17, 33, 100}) {
    std::vector<float> row(n);
    double want = 0.0;
    for (int64_t i = 0; i < n; ++i) {
      row[i] = static_cast<float>((i * 37) % 11) * 0.25f - 1.0f;  // exact in float
      want += row[i];
    }
    INFO("n " << n);
    CHECK(row_sum(row.data(), n) == static_cast<float>(want));  // small integers: no rounding
  }
}
