// projected_cross_entropy against the unfused path it replaces in training
// (cross_entropy over project's logits): the same loss and the same gradients
// for hidden states, weight and bias, for both weight layouts, with pad rows,
// blocks that do not divide the rows, and 1 or 2 threads. The finite-difference
// checks of both ops are in test_gradcheck.cpp.
#include <omp.h>

#include <catch2/catch.hpp>
#include <cmath>
#include <vector>

#include "autograd/ops.h"
#include "base/error.h"

using namespace nmt;

namespace {

Var random_param(Rng& rng, const Shape& s, float scale) {
  Tensor t = Tensor::empty(s);
  for (int64_t i = 0; i < t.numel(); ++i) t.at(i) = rng.uniform(-scale, scale);
  return Var(t, true);
}

double max_abs_diff(const Tensor& a, const Tensor& b) {
  REQUIRE(a.shape() == b.shape());
  double worst = 0.0;
  for (int64_t i = 0; i < a.numel(); ++i)
    worst = std::max(worst, static_cast<double>(std::fabs(a.at(i) - b.at(i))));
  return worst;
}

struct Outcome {
  double loss = 0.0, sum_nll = 0.0;
  int64_t tokens = 0;
  Tensor d_hidden, d_weight, d_bias;
};

// Loss scaled by 0.7 before backward, so the upstream gradient is not 1.
Outcome run(bool fused, const Var& hidden, const Projection& out,
            const std::vector<int32_t>& targets, int64_t block_rows) {
  for (Var v : {hidden, out.weight, out.bias})
    if (v.defined()) v.zero_grad();
  const CrossEntropyResult ce =
      fused ? projected_cross_entropy(hidden, out, targets, 0.1f, 0, block_rows)
            : cross_entropy(project(hidden, out), targets, 0.1f, 0);
  backward(scale(ce.loss, 0.7f));
  Outcome o{
      ce.loss.value().at(0), ce.sum_nll,        ce.tokens,
      hidden.grad(),         out.weight.grad(), out.bias.defined() ? out.bias.grad() : Tensor()};
  return o;
}

}  // namespace

TEST_CASE("projected_cross_entropy equals cross_entropy over project's logits", "[autograd]") {
  Rng rng(11);
  const int64_t rows = 37, dim = 16, vocab = 50;
  std::vector<int32_t> targets(rows);
  for (int64_t r = 0; r < rows; ++r) targets[r] = r % 5 == 3 ? 0 : 1 + rng.below(vocab - 1);
  const Var hidden = random_param(rng, {rows, dim}, 1.0f);
  for (bool vocab_major : {false, true}) {
    for (bool with_bias : {true, false}) {
      const Var weight =
          random_param(rng, vocab_major ? Shape{vocab, dim} : Shape{dim, vocab}, 0.5f);
      const Var bias = with_bias ? random_param(rng, {vocab}, 0.5f) : Var();
      const Projection out{weight, vocab_major, bias};
      const Outcome ref = run(false, hidden, out, targets, 0);
      for (int threads : {1, 2}) {
        for (int64_t block : {int64_t{0}, int64_t{1}, int64_t{8}}) {
          omp_set_num_threads(threads);
          const Outcome got = run(true, hidden, out, targets, block);
          INFO("vocab_major " << vocab_major << " bias " << with_bias << " threads " << threads
                              << " block " << block);
          CHECK(got.tokens == ref.tokens);
          CHECK(got.tokens == 30);
          CHECK(got.loss == Approx(ref.loss).epsilon(1e-5));
          CHECK(got.sum_nll == Approx(ref.sum_nll).epsilon(1e-5));
          CHECK(max_abs_diff(got.d_hidden, ref.d_hidden) < 1e-5);
          CHECK(max_abs_diff(got.d_weight, ref.d_weight) < 1e-5);
          if (with_bias) CHECK(max_abs_diff(got.d_bias, ref.d_bias) < 1e-5);
          // Pad rows get no gradient.
          for (int64_t c = 0; c < dim; ++c) CHECK(got.d_hidden.at(3 * dim + c) == 0.0f);
        }
      }
      omp_set_num_threads(1);
    }
  }
}

TEST_CASE("projected_cross_entropy without gradients only scores", "[autograd]") {
  Rng rng(5);
  const Var hidden = random_param(rng, {6, 4}, 1.0f);
  const Projection out{random_param(rng, {4, 9}, 0.5f), false, random_param(rng, {9}, 0.5f)};
  const std::vector<int32_t> targets = {1, 2, 0, 8, 4, 0};
  double with_grad = 0.0;
  { with_grad = projected_cross_entropy(hidden, out, targets, 0.0f, 0).loss.value().at(0); }
  NoGradGuard no_grad;
  const CrossEntropyResult ce = projected_cross_entropy(hidden, out, targets, 0.0f, 0);
  CHECK(ce.tokens == 4);
  CHECK(ce.loss.value().at(0) == Approx(with_grad).epsilon(1e-6));
  CHECK(live_tape_nodes() == 0);
}

TEST_CASE("projected_cross_entropy rejects bad shapes and targets", "[autograd]") {
  Rng rng(3);
  const Var hidden = random_param(rng, {2, 4}, 1.0f);
  const Var w = random_param(rng, {4, 5}, 1.0f);
  auto message = [](auto f) {
    try {
      f();
    } catch (const Error& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  using Catch::Matchers::Contains;
  CHECK_THAT(message([&] {
               projected_cross_entropy(hidden, {w, true, Var()}, {1, 2});
             }),
             Contains("projected_cross_entropy") && Contains("[2, 4]") && Contains("[4, 5]"));
  CHECK_THAT(message([&] {
               projected_cross_entropy(hidden, {w, false, Var()}, {1});
             }),
             Contains("1 targets"));
  CHECK_THAT(message([&] {
               projected_cross_entropy(hidden, {w, false, Var()}, {1, 5});
             }),
             Contains("target 5"));
  CHECK_THAT(message([&] {
               projected_cross_entropy(hidden, {w, false, random_param(rng, {4}, 1.0f)}, {1, 2});
             }),
             Contains("bias"));
}
