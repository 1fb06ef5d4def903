// The gradient-check harness of tests/unit/test_gradcheck.cpp: a table entry
// builds small random inputs and a scalar loss; check_entry compares the
// tape's gradients with central differences in double. Helpers make the
// inputs and weigh the outputs (loss = sum(out * w), w fixed random weights)
// so every output element's gradient path gets a non-trivial upstream.
// Not here: the table itself (test_gradcheck.cpp, one line per op).
#pragma once

#include <catch2/catch.hpp>
#include <cmath>
#include <functional>
#include <string>
#include <vector>

#include "autograd/ops.h"

namespace nmt_test {

using namespace nmt;

struct GradCase {
  std::vector<Var> inputs;  // leaves whose gradients are checked
  std::function<Var()> loss;
};

struct Entry {
  std::string name;  // "<op in ops.h>/<variant>"
  std::function<GradCase(Rng&)> build;
};

inline Tensor random_tensor(Rng& rng, const Shape& s, float lo = -1.0f, float hi = 1.0f) {
  Tensor t = Tensor::empty(s);
  for (int64_t i = 0; i < t.numel(); ++i) t.at(i) = rng.uniform(lo, hi);
  return t;
}
inline Var param(Rng& rng, const Shape& s, float lo = -1.0f, float hi = 1.0f) {
  return Var(random_tensor(rng, s, lo, hi), true);
}
// Values in +-[0.2, 1.2]: away from kinks (relu) and poles (div).
inline Var away_from_zero(Rng& rng, const Shape& s) {
  Tensor t = Tensor::empty(s);
  for (int64_t i = 0; i < t.numel(); ++i)
    t.at(i) = (rng.uniform() < 0.5f ? -1.0f : 1.0f) * rng.uniform(0.2f, 1.2f);
  return Var(t, true);
}

// sum(out * w), w fixed by salt: the same weights on every call.
inline Var weigh(const Var& out, uint64_t salt = 7) {
  Rng rng(1000 + salt);
  return sum_all(mul(out, Var(random_tensor(rng, out.shape()))));
}

inline GradCase unary_case(Var x, std::function<Var(const Var&)> f) {
  return {{x}, [x, f] { return weigh(f(x)); }};
}
inline GradCase binary_case(Var a, Var b, std::function<Var(const Var&, const Var&)> f) {
  return {{a, b}, [a, b, f] { return weigh(f(a, b)); }};
}

struct Mismatch {
  std::string where;
  double numeric = 0, analytic = 0;
};

// Central differences in double around float32 forwards; returns the worst
// mismatch beyond tolerance (empty where if none).
inline Mismatch check_entry(const Entry& entry, uint64_t seed) {
  constexpr float kEps = 3e-3f;
  constexpr double kAtol = 3e-3, kRtol = 2e-2;
  Rng rng(seed);
  GradCase c = entry.build(rng);
  for (Var& v : c.inputs) v.zero_grad();
  backward(c.loss());
  Mismatch worst;
  double worst_excess = 0.0;
  for (size_t k = 0; k < c.inputs.size(); ++k) {
    Var& v = c.inputs[k];
    const Tensor analytic = v.grad();
    REQUIRE(analytic.defined());
    REQUIRE(analytic.shape() == v.shape());
    for (int64_t i = 0; i < v.value().numel(); ++i) {
      const float orig = v.mutable_value().at(i);
      v.mutable_value().at(i) = orig + kEps;
      const double up = c.loss().value().at(0);
      v.mutable_value().at(i) = orig - kEps;
      const double down = c.loss().value().at(0);
      v.mutable_value().at(i) = orig;
      const double numeric = (up - down) / (2.0 * kEps);
      const double a = analytic.at(i);
      const double excess =
          std::fabs(numeric - a) - (kAtol + kRtol * std::max(std::fabs(numeric), std::fabs(a)));
      if (excess > worst_excess) {
        worst_excess = excess;
        worst = {"input " + std::to_string(k) + " element " + std::to_string(i), numeric, a};
      }
    }
  }
  return worst;
}

}  // namespace nmt_test
