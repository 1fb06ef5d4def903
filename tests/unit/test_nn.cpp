// Tests of lib/nn: the parameter registry, layers against hand computations,
// padding invariance of the LSTM, and composed layers' gradients. The
// attention layers and masks are in test_attention.cpp.
#include <catch2/catch.hpp>
#include <cmath>
#include <memory>
#include <string>
#include <vector>

#include "autograd/ops.h"
#include "base/error.h"
#include "nn/dropout.h"
#include "nn/embedding.h"
#include "nn/feed_forward.h"
#include "nn/layer_norm.h"
#include "nn/linear.h"
#include "nn/lstm.h"
#include "nn/masks.h"
#include "nn/multi_head_attention.h"
#include "nn/positional.h"
#include "nn/rnn_attention.h"
#include "nn/select_rows.h"
#include "support/tensor_checks.h"

using namespace nmt;
using nmt::testing::max_abs_diff;
using nmt::testing::random_tensor;
using nmt::testing::time_step;

namespace {

// Rows [t0, t1) of sentence b of x[B, S, D], as a [1, t1 - t0, D] tensor.
Tensor sentence(const Tensor& x, int64_t b, int64_t t0, int64_t t1) {
  const int64_t s = x.dim(1), d = x.dim(2);
  Tensor out = Tensor::empty({1, t1 - t0, d});
  for (int64_t t = t0; t < t1; ++t)
    for (int64_t k = 0; k < d; ++k) out.at((t - t0) * d + k) = x.at((b * s + t) * d + k);
  return out;
}

// A module tree to check names: two layers in a list plus a direct parameter.
struct Block : Module {
  Linear proj;
  LayerNorm norm;
  explicit Block(Rng& rng) : proj(3, 2, rng), norm(2) {
    register_module("proj", proj);
    register_module("norm", norm);
  }
};
struct Stack : Module {
  Var scale_param;
  std::vector<std::unique_ptr<Block>> layers;
  Dropout drop;
  Stack(Rng& rng, Rng& drop_rng) : drop(0.5f, drop_rng) {
    scale_param = register_parameter("scale", init::ones({1}));
    for (int i = 0; i < 2; ++i) {
      layers.push_back(std::make_unique<Block>(rng));
      register_module("layers." + std::to_string(i), *layers.back());
    }
    register_module("drop", drop);
  }
};

}  // namespace

TEST_CASE("named parameters come in registration order with dotted names") {
  Rng rng(1), drop_rng(2);
  Stack stack(rng, drop_rng);
  std::vector<std::string> names;
  for (const auto& p : stack.named_parameters()) names.push_back(p.first);
  std::vector<std::string> expected = {"scale",
                                       "layers.0.proj.weight",
                                       "layers.0.proj.bias",
                                       "layers.0.norm.weight",
                                       "layers.0.norm.bias",
                                       "layers.1.proj.weight",
                                       "layers.1.proj.bias",
                                       "layers.1.norm.weight",
                                       "layers.1.norm.bias"};
  CHECK(names == expected);
  CHECK(stack.parameter_count() == 1 + 2 * (3 * 2 + 2 + 2 + 2));
  CHECK(stack.parameters().size() == expected.size());
  // The registry hands out the layer's own handle: same storage.
  CHECK(stack.named_parameters()[1].second.value().shares_storage_with(
      stack.layers[0]->proj.weight().value()));

  MultiHeadAttention self(8, 2, AttentionKind::Self, 0.0f, rng, drop_rng);
  MultiHeadAttention cross(8, 2, AttentionKind::Cross, 0.0f, rng, drop_rng);
  names.clear();
  for (const auto& p : cross.named_parameters()) names.push_back(p.first);
  CHECK(names == std::vector<std::string>{"q.weight", "q.bias", "kv.weight", "kv.bias",
                                          "out.weight", "out.bias"});
  CHECK(self.named_parameters()[0].first == "qkv.weight");
  CHECK(self.named_parameters()[0].second.shape() == Shape({8, 24}));
  BiLstm bi(3, 4, rng);
  CHECK(bi.named_parameters()[3].first == "bwd.w_ih");
  CHECK(bi.parameter_count() == 2 * (3 * 16 + 4 * 16 + 16));
}

TEST_CASE("train and eval propagate to children, duplicates are refused") {
  Rng rng(1), drop_rng(2);
  Stack stack(rng, drop_rng);
  CHECK(stack.drop.is_training());
  stack.eval();
  CHECK_FALSE(stack.is_training());
  CHECK_FALSE(stack.drop.is_training());
  CHECK_FALSE(stack.layers[1]->proj.is_training());
  stack.train();
  CHECK(stack.layers[1]->norm.is_training());

  struct Dup : Module {
    explicit Dup(Rng& r) : a(2, 2, r) {
      register_module("a", a);
      register_module("a", a);
    }
    Linear a;
  };
  CHECK_THROWS_AS(Dup(rng), Error);
}

TEST_CASE("initialisers are seeded and within their bounds") {
  Rng a(7), b(7);
  Tensor x = init::xavier_uniform({30, 20}, a);
  Tensor y = init::xavier_uniform({30, 20}, b);
  CHECK(max_abs_diff(x, y) == 0.0f);
  const float bound = std::sqrt(6.0f / 50.0f);
  double sum_sq = 0;
  for (int64_t i = 0; i < x.numel(); ++i) {
    CHECK(std::fabs(x.at(i)) <= bound);
    sum_sq += x.at(i) * x.at(i);
  }
  CHECK(sum_sq / x.numel() == Approx(bound * bound / 3).epsilon(0.15));
  Tensor n = init::normal({4000}, 0.5f, a);
  double m = 0, v = 0;
  for (int64_t i = 0; i < n.numel(); ++i) m += n.at(i);
  m /= n.numel();
  for (int64_t i = 0; i < n.numel(); ++i) v += (n.at(i) - m) * (n.at(i) - m);
  CHECK(std::fabs(m) < 0.05);
  CHECK(std::sqrt(v / n.numel()) == Approx(0.5).epsilon(0.05));
}

TEST_CASE("Linear matches a hand computation, values and gradients") {
  Rng rng(3);
  Linear lin(2, 3, rng);
  Var w = lin.weight(), b = lin.bias();
  w.mutable_value().copy_from(Tensor::from_vector({2, 3}, {1, 2, 3, 4, 5, 6}));
  b.mutable_value().copy_from(Tensor::from_vector({3}, {0.5f, -1, 2}));
  Var x(Tensor::from_vector({2, 2}, {1, -1, 2, 0.5f}), true);
  Var y = lin.forward(x);
  // [1, -1] W = [-3, -3, -3]; [2, 0.5] W = [4, 6.5, 9]
  std::vector<float> expected = {-2.5f, -4, -1, 4.5f, 5.5f, 11};
  CHECK(y.value().to_vector() == expected);
  backward(sum_all(y));
  // d sum / dW[i][j] = sum over rows of x[:, i]; d/db = number of rows.
  CHECK(w.grad().to_vector() == std::vector<float>{3, 3, 3, -0.5f, -0.5f, -0.5f});
  CHECK(b.grad().to_vector() == std::vector<float>{2, 2, 2});
  CHECK(x.grad().to_vector() == std::vector<float>{6, 15, 6, 15});
}

TEST_CASE("Embedding looks up rows, reshapes and scales") {
  Rng rng(4);
  Embedding plain(5, 4, rng);
  Embedding scaled(5, 4, rng, true);
  Var e = plain.forward({3, 0, 4, 3, 1, 2}, {2, 3});
  REQUIRE(e.shape() == Shape({2, 3, 4}));
  for (int k = 0; k < 4; ++k) {
    CHECK(e.value().at(k) == plain.weight().value().at(3 * 4 + k));
    CHECK(e.value().at(3 * 4 + k) == plain.weight().value().at(3 * 4 + k));
  }
  Var s = scaled.forward({2}, {1});
  CHECK(s.value().at(1) == Approx(2.0f * scaled.weight().value().at(2 * 4 + 1)));
  CHECK_THROWS_AS(plain.forward({5}, {1}), Error);
  CHECK_THROWS_AS(plain.forward({1, 2}, {3}), Error);
}

TEST_CASE("LayerNorm normalises rows") {
  LayerNorm norm(4);
  Var y = norm.forward(Var(Tensor::from_vector({2, 4}, {1, 2, 3, 4, -1, 0, 0, 1})));
  for (int r = 0; r < 2; ++r) {
    double m = 0, v = 0;
    for (int k = 0; k < 4; ++k) m += y.value().at(r * 4 + k);
    for (int k = 0; k < 4; ++k) v += std::pow(y.value().at(r * 4 + k) - m / 4, 2);
    CHECK(m / 4 == Approx(0).margin(1e-5));
    CHECK(v / 4 == Approx(1).epsilon(1e-3));
  }
}

TEST_CASE("Dropout drops in training mode only") {
  Rng rng(5);
  Dropout drop(0.25f, rng);
  Var x(Tensor::full({4000}, 2.0f), true);
  Var y = drop.forward(x);
  int zeros = 0;
  for (int64_t i = 0; i < 4000; ++i) {
    float v = y.value().at(i);
    if (v == 0.0f)
      ++zeros;
    else
      CHECK(v == Approx(2.0f / 0.75f));
  }
  CHECK(zeros > 850);
  CHECK(zeros < 1150);
  drop.eval();
  CHECK(drop.forward(x).value().to_vector() == x.value().to_vector());
  CHECK_THROWS_AS(Dropout(1.0f, rng), Error);
}

namespace {

struct LstmRun {
  Tensor outputs, final_h, final_c, x_grad;
  std::vector<Tensor> param_grads;
};

// Runs lstm on x with loss = sum(outputs * r) + sum(final.h * r2); returns
// values and gradients (param grads accumulated since the last zero_grad).
LstmRun run_lstm(Lstm& lstm, const Tensor& x_value, const std::vector<int>& lengths,
                 const Tensor& r, const Tensor& r2) {
  Var x(x_value.clone(), true);
  LstmOutput out = lstm.forward(x, lengths);
  Var loss = add(sum_all(mul(out.outputs, Var(r))), sum_all(mul(out.final.h, Var(r2))));
  backward(loss);
  LstmRun run{out.outputs.value(), out.final.h.value(), out.final.c.value(), x.grad(), {}};
  for (const auto& p : lstm.parameters()) run.param_grads.push_back(p.grad().clone());
  return run;
}

}  // namespace

TEST_CASE("Lstm over a padded batch equals each sentence alone, both directions") {
  const int64_t batch = 3, steps = 5, d_in = 3, hidden = 4;
  const std::vector<int> lengths = {5, 2, 4};
  for (bool reverse : {false, true}) {
    SECTION(reverse ? "reverse" : "forward") {
      Rng rng(11);
      Lstm lstm(d_in, hidden, rng, reverse);
      Tensor x = random_tensor({batch, steps, d_in}, rng);
      Tensor r = random_tensor({batch, steps, hidden}, rng);
      Tensor r2 = random_tensor({batch, hidden}, rng);
      LstmRun padded = run_lstm(lstm, x, lengths, r, r2);
      std::vector<Tensor> batch_grads = padded.param_grads;
      lstm.zero_grad();
      for (int64_t b = 0; b < batch; ++b) {
        const int len = lengths[b];
        LstmRun alone = run_lstm(lstm, sentence(x, b, 0, len), {len}, sentence(r, b, 0, len),
                                 r2.rows(b, b + 1).clone());
        CHECK(max_abs_diff(alone.outputs, sentence(padded.outputs, b, 0, len)) < 1e-6f);
        CHECK(max_abs_diff(alone.final_h, padded.final_h.rows(b, b + 1).clone()) < 1e-6f);
        CHECK(max_abs_diff(alone.final_c, padded.final_c.rows(b, b + 1).clone()) < 1e-6f);
        CHECK(max_abs_diff(alone.x_grad, sentence(padded.x_grad, b, 0, len)) < 1e-5f);
        if (len < steps) {  // padding: zero outputs, no gradient into padded inputs
          Tensor pad_out = sentence(padded.outputs, b, len, steps);
          Tensor pad_grad = sentence(padded.x_grad, b, len, steps);
          CHECK(max_abs_diff(pad_out, Tensor::zeros(pad_out.shape())) == 0.0f);
          CHECK(max_abs_diff(pad_grad, Tensor::zeros(pad_grad.shape())) == 0.0f);
        }
      }
      // Gradients of the per-sentence runs accumulated into the parameters.
      std::vector<Var> params = lstm.parameters();
      for (size_t i = 0; i < params.size(); ++i)
        CHECK(max_abs_diff(params[i].grad(), batch_grads[i]) < 1e-5f);
    }
  }
}

TEST_CASE("LstmCell steps match the sequence layer; BiLstm concatenates directions") {
  Rng rng(12);
  const std::vector<int> lengths = {3, 3};
  Lstm lstm(3, 4, rng);
  Tensor x = random_tensor({2, 3, 3}, rng);
  LstmOutput seq = lstm.forward(Var(x), lengths);
  Rng same(12);
  LstmCell cell(3, 4, same);  // same seed, same weights
  LstmState state = cell.zero_state(2);
  for (int64_t t = 0; t < 3; ++t) {
    state = cell.forward(Var(time_step(x, t)), state);
  }
  CHECK(max_abs_diff(state.h.value(), seq.final.h.value()) < 1e-6f);

  BiLstm bi(3, 4, rng);
  BiLstmOutput out = bi.forward(Var(x), {3, 1});
  REQUIRE(out.outputs.shape() == Shape({2, 3, 8}));
  CHECK(out.outputs.value().at((1 * 3 + 2) * 8 + 5) == 0.0f);  // padded, backward half
  CHECK(out.outputs.value().at((1 * 3 + 0) * 8 + 5) != 0.0f);
}

TEST_CASE("sinusoidal positions follow the formula and are cached") {
  Tensor pe = sinusoidal_positions(10, 8);
  REQUIRE(pe.shape() == Shape({10, 8}));
  CHECK(pe.at(3 * 8 + 0) == Approx(std::sin(3.0)));
  CHECK(pe.at(3 * 8 + 1) == Approx(std::cos(3.0)));
  CHECK(pe.at(3 * 8 + 2) == Approx(std::sin(3.0 / std::pow(10000.0, 2.0 / 8))));
  CHECK(pe.at(7 * 8 + 7) == Approx(std::cos(7.0 / std::pow(10000.0, 6.0 / 8))));
  Tensor later = sinusoidal_positions(1, 8, 700);  // grows the table
  CHECK(later.at(0) == Approx(std::sin(700.0)).margin(1e-5));
  CHECK(sinusoidal_positions(2, 8, 3).to_vector() == pe.rows(3, 5).to_vector());
  CHECK_THROWS_AS(sinusoidal_positions(2, 7), Error);
}

TEST_CASE("feed-forward block is linear2(relu(linear1(x))) in eval mode") {
  Rng rng(29), drop_rng(30);
  PositionwiseFeedForward ffn(4, 6, 0.3f, rng, drop_rng);
  ffn.eval();
  auto params = ffn.named_parameters();
  REQUIRE(params.size() == 4);
  CHECK(params[0].first == "linear1.weight");
  CHECK(params[3].first == "linear2.bias");
  Var x(random_tensor({2, 3, 4}, rng));
  Var expected = linear(relu(linear(x, params[0].second, params[1].second)), params[2].second,
                        params[3].second);
  CHECK(max_abs_diff(ffn.forward(x).value(), expected.value()) == 0.0f);
}

TEST_CASE("select_batch_rows gathers along any axis") {
  Tensor x = Tensor::from_vector({2, 3, 2}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11});
  CHECK(select_batch_rows(x, 1, {2, 0}).to_vector() ==
        std::vector<float>{4, 5, 0, 1, 10, 11, 6, 7});
  Var v(x, true);
  Var picked = select_batch_rows(v, 0, {1, 1});
  CHECK(picked.shape() == Shape({2, 3, 2}));
  backward(sum_all(picked));
  CHECK(v.grad().to_vector() == std::vector<float>{0, 0, 0, 0, 0, 0, 2, 2, 2, 2, 2, 2});
  CHECK_THROWS_AS(select_batch_rows(x, 0, {2}), Error);
}

namespace {

// Largest |analytic - numeric| / max(1, |numeric|) of d f / d x over all
// elements of x, by central differences in float (so tolerances are loose).
template <typename F>
double gradient_error(const Tensor& x_value, F f) {
  Var x(x_value.clone(), true);
  backward(f(x));
  Tensor analytic = x.grad().clone();
  double worst = 0;
  const float eps = 1e-2f;
  for (int64_t i = 0; i < x_value.numel(); ++i) {
    Tensor plus = x_value.clone(), minus = x_value.clone();
    plus.at(i) += eps;
    minus.at(i) -= eps;
    NoGradGuard no_grad;
    double numeric = (f(Var(plus)).value().at(0) - f(Var(minus)).value().at(0)) / (2.0 * eps);
    worst =
        std::max(worst, std::fabs(analytic.at(i) - numeric) / std::max(1.0, std::fabs(numeric)));
  }
  return worst;
}

}  // namespace

TEST_CASE("composed layers have correct input gradients (finite differences)") {
  Rng rng(31), drop_rng(32);
  SECTION("reverse Lstm over a padded batch") {
    Lstm lstm(3, 4, rng, true);
    Tensor r = random_tensor({2, 3, 4}, rng);
    auto f = [&](const Var& x) {
      LstmOutput out = lstm.forward(x, {3, 2});
      return add(sum_all(mul(out.outputs, Var(r))), sum_all(out.final.c));
    };
    CHECK(gradient_error(random_tensor({2, 3, 3}, rng), f) < 2e-3);
  }
  SECTION("additive attention query") {
    AdditiveAttention attention(4, 5, 6, rng);
    Var keys(random_tensor({2, 3, 5}, rng));
    AttentionMemory memory = attention.precompute(keys, padding_mask({3, 2}, 3));
    Tensor r = random_tensor({2, 5}, rng);
    auto f = [&](const Var& q) {
      return sum_all(mul(attention.forward(q, memory).context, Var(r)));
    };
    CHECK(gradient_error(random_tensor({2, 4}, rng), f) < 2e-3);
  }
  SECTION("masked multi-head self-attention") {
    MultiHeadAttention mha(8, 2, AttentionKind::Self, 0.0f, rng, drop_rng);
    Tensor r = random_tensor({2, 3, 8}, rng);
    Tensor mask = attention_padding_mask({3, 2}, 3, 3);
    auto f = [&](const Var& x) { return sum_all(mul(mha.self_attention(x, mask), Var(r))); };
    CHECK(gradient_error(random_tensor({2, 3, 8}, rng), f) < 2e-3);
  }
}
