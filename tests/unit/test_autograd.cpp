// The tape's behaviour beyond gradients: forward values against hand-computed
// numbers, shape errors that name the op and both shapes, no tape under
// no-grad, no memory growth across training steps, and a tiny MLP that learns
// XOR deterministically with plain SGD.
#include <omp.h>

#include <catch2/catch.hpp>
#include <cmath>
#include <cstring>
#include <string>
#include <vector>

#include "autograd/ops.h"
#include "base/error.h"
#include "tensor/buffer_pool.h"

using namespace nmt;
using Catch::Matchers::Contains;

namespace {

Var constant(const Shape& s, const std::vector<float>& v) {
  return Var(Tensor::from_vector(s, v));
}
Var leaf(const Shape& s, const std::vector<float>& v) {
  return Var(Tensor::from_vector(s, v), true);
}

void check_values(const Var& v, const std::vector<float>& expected, float tol = 1e-5f) {
  REQUIRE(v.value().numel() == static_cast<int64_t>(expected.size()));
  for (size_t i = 0; i < expected.size(); ++i) {
    INFO("element " << i);
    CHECK(v.value().at(i) == Approx(expected[i]).margin(tol));
  }
}

std::string error_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

// A 2-layer MLP: x[N, 2] -> tanh(x W1 + b1)[N, H] -> logits[N, 2].
struct Mlp {
  Var w1, b1, w2, b2;
  Mlp(int hidden, uint64_t seed) {
    Rng rng(seed);
    auto init = [&](const Shape& s, float scale) {
      Tensor t = Tensor::empty(s);
      for (int64_t i = 0; i < t.numel(); ++i) t.at(i) = rng.normal() * scale;
      return Var(t, true);
    };
    w1 = init({2, hidden}, 1.0f);
    b1 = init({hidden}, 0.1f);
    w2 = init({hidden, 2}, 0.5f);
    b2 = init({2}, 0.1f);
  }
  Var logits(const Var& x) const { return linear(tanh(linear(x, w1, b1)), w2, b2); }
  std::vector<Var> params() const { return {w1, b1, w2, b2}; }
  void sgd_step(float lr) {
    for (Var& p : std::vector<Var>{w1, b1, w2, b2}) {
      float* v = p.mutable_value().data();
      const float* g = p.grad().data();
      for (int64_t i = 0; i < p.value().numel(); ++i) v[i] -= lr * g[i];
      p.zero_grad();
    }
  }
};

const std::vector<float> kXorInputs = {0, 0, 0, 1, 1, 0, 1, 1};
const std::vector<int32_t> kXorLabels = {0, 1, 1, 0};

Mlp train_xor(uint64_t seed, int steps, float* final_loss) {
  Mlp mlp(8, seed);
  Var x = constant({4, 2}, kXorInputs);
  for (int step = 0; step < steps; ++step) {
    CrossEntropyResult ce = cross_entropy(mlp.logits(x), kXorLabels);
    *final_loss = ce.loss.value().at(0);
    backward(ce.loss);
    mlp.sgd_step(0.5f);
  }
  return mlp;
}

}  // namespace

TEST_CASE("forward values match hand-computed numbers", "[autograd]") {
  // [[1,2,3],[4,5,6]] x [[1,0],[0,1],[1,1]] = [[4,5],[10,11]]
  Var a = constant({2, 3}, {1, 2, 3, 4, 5, 6});
  Var b = constant({3, 2}, {1, 0, 0, 1, 1, 1});
  check_values(matmul(a, b), {4, 5, 10, 11});
  check_values(matmul(a, a, false, true), {14, 32, 32, 77});  // a a^T
  check_values(add(a, constant({3}, {10, 20, 30})), {11, 22, 33, 14, 25, 36});
  check_values(div(a, constant({1}, {2})), {0.5f, 1, 1.5f, 2, 2.5f, 3});
  check_values(sum(a, 0), {5, 7, 9});
  check_values(mean(a, 1, true), {2, 5});
  check_values(transpose(a, 0, 1), {1, 4, 2, 5, 3, 6});
  check_values(slice(a, 1, 1, 3), {2, 3, 5, 6});
  check_values(concat({a, constant({2, 1}, {7, 8})}, 1), {1, 2, 3, 7, 4, 5, 6, 8});
  check_values(embedding(a, {1, 0, 1}), {4, 5, 6, 1, 2, 3, 4, 5, 6});
  check_values(linear(a, b, constant({2}, {1, -1})), {5, 4, 11, 10});
  check_values(softmax(constant({1, 2}, {0.0f, std::log(2.0f)})), {1.0f / 3, 2.0f / 3});
  check_values(log_softmax(constant({1, 2}, {0.0f, 0.0f})), {-std::log(2.0f), -std::log(2.0f)});
  const float r = std::sqrt(1.5f);  // [1,2,3]: mean 2, variance 2/3
  check_values(layer_norm(constant({1, 3}, {1, 2, 3}), constant({3}, {1, 1, 2}),
                          constant({3}, {0, 1, 0}), 0.0f),
               {-r, 1.0f, 2 * r}, 1e-4f);
  check_values(masked_fill(a, Tensor::from_vector({3}, {0, 1, 0}), -9.0f), {1, -9, 3, 4, -9, 6});
  // Masked position gets no weight; the scale applies before the softmax.
  check_values(scaled_masked_softmax(constant({1, 3}, {2, 0, 5}), 0.5f,
                                     Tensor::from_vector({3}, {0, 0, -1e9f})),
               {std::exp(1.0f) / (std::exp(1.0f) + 1), 1 / (std::exp(1.0f) + 1), 0});
}

TEST_CASE("scaled_masked_softmax broadcasts a key-padding mask per dimension", "[autograd]") {
  // scores[B=2, H=1, T=2, S=3] all equal; mask[B, 1, 1, S] hides key 2 of item 0
  // and key 0 of item 1, for every head and query row.
  Var scores = constant({2, 1, 2, 3}, std::vector<float>(12, 0.3f));
  Tensor mask = Tensor::from_vector({2, 1, 1, 3}, {0, 0, -1e9f, -1e9f, 0, 0});
  check_values(scaled_masked_softmax(scores, 2.0f, mask),
               {0.5f, 0.5f, 0, 0.5f, 0.5f, 0, 0, 0.5f, 0.5f, 0, 0.5f, 0.5f});
  const std::string m = error_of([&] {
    scaled_masked_softmax(scores, 1.0f, Tensor::zeros({3, 3}));
  });
  CHECK_THAT(m,
             Contains("scaled_masked_softmax") && Contains("[2, 1, 2, 3]") && Contains("[3, 3]"));
}

TEST_CASE("cross_entropy counts non-pad rows and smooths labels", "[autograd]") {
  Var logits = constant({3, 2}, {0, 0, 5, -5, std::log(3.0f), 0});
  CrossEntropyResult ce = cross_entropy(logits, {0, 0, -1});  // row 2 is pad (-1)
  CHECK(ce.tokens == 2);
  const double nll1 = std::log1p(std::exp(-10.0));
  CHECK(ce.sum_nll == Approx(std::log(2.0) + nll1).epsilon(1e-5));
  CHECK(ce.loss.value().at(0) == Approx((std::log(2.0) + nll1) / 2).epsilon(1e-5));
  // Smoothing e on row [log 3, 0], gold 0: logp = [log .75, log .25];
  // loss = -(1-e) log .75 - e/2 (log .75 + log .25)
  CrossEntropyResult s = cross_entropy(constant({1, 2}, {std::log(3.0f), 0}), {0}, 0.2f);
  const double expect = -0.8 * std::log(0.75) - 0.1 * (std::log(0.75) + std::log(0.25));
  CHECK(s.loss.value().at(0) == Approx(expect).epsilon(1e-5));
  CHECK(s.sum_nll == Approx(-std::log(0.75)).epsilon(1e-5));
}

TEST_CASE("lstm_cell computes the gate equations", "[autograd]") {
  // Zero pre-activations: i = f = o = 0.5, g = 0, so c = 0.5 c_prev, h = 0.5 tanh(c).
  Var gates = constant({1, 8}, std::vector<float>(8, 0.0f));
  LstmState s = lstm_cell(gates, constant({1, 2}, {2, -4}));
  check_values(s.c, {1, -2});
  check_values(s.h, {0.5f * std::tanh(1.0f), 0.5f * std::tanh(-2.0f)});
}

TEST_CASE("shape errors name the op and both shapes", "[autograd]") {
  Var a = constant({2, 3}, std::vector<float>(6, 1.0f));
  Var b = constant({4, 5}, std::vector<float>(20, 1.0f));
  const std::string m = error_of([&] { matmul(a, b); });
  CHECK_THAT(m, Contains("matmul") && Contains("[2, 3]") && Contains("[4, 5]"));
  const std::string ad = error_of([&] { add(a, constant({2}, {1, 2})); });
  CHECK_THAT(ad, Contains("add") && Contains("[2, 3]") && Contains("[2]"));
  const std::string li = error_of([&] { linear(a, b, Var()); });
  CHECK_THAT(li, Contains("linear") && Contains("[2, 3]") && Contains("[4, 5]"));
  const std::string bm = error_of([&] {
    matmul(constant({2, 2, 3}, std::vector<float>(12)),
           constant({3, 3, 2}, std::vector<float>(18)));
  });
  CHECK_THAT(bm, Contains("matmul") && Contains("[2, 2, 3]") && Contains("[3, 3, 2]"));
  CHECK_THAT(error_of([&] { embedding(a, {0, 2}); }), Contains("embedding") && Contains("id 2"));
  CHECK_THAT(error_of([&] { cross_entropy(a, {0}); }), Contains("cross_entropy"));
  CHECK_THAT(error_of([&] { lstm_cell(a, a); }), Contains("lstm_cell") && Contains("[2, 3]"));
  CHECK_THAT(error_of([&] { backward(a); }), Contains("backward"));
}

TEST_CASE("no tape is recorded without gradients", "[autograd]") {
  REQUIRE(live_tape_nodes() == 0);
  Mlp mlp(4, 3);
  Var x = constant({4, 2}, kXorInputs);
  {
    NoGradGuard guard;
    CHECK_FALSE(grad_enabled());
    {
      NoGradGuard nested;
      CHECK_FALSE(grad_enabled());
    }
    CHECK_FALSE(grad_enabled());
    Var y = mlp.logits(x);
    CHECK(live_tape_nodes() == 0);
    CHECK_FALSE(y.requires_grad());
    Rng rng(1);
    Var d = dropout(y, 0.5f, rng);  // identity without gradients
    CHECK(d.value().shares_storage_with(y.value()));
  }
  CHECK(grad_enabled());
  // Constants only: nothing to differentiate, so nothing recorded either.
  Var z = tanh(matmul(x, constant({2, 2}, {1, 2, 3, 4})));
  CHECK(live_tape_nodes() == 0);
  CHECK_FALSE(z.requires_grad());
  // With a parameter the tape exists until backward frees it.
  Var loss = sum_all(mlp.logits(x));
  CHECK(live_tape_nodes() > 0);
  backward(loss);
  CHECK(live_tape_nodes() == 0);
}

TEST_CASE("gradients accumulate across backward calls on leaves", "[autograd]") {
  Var w = leaf({2}, {1, 2});
  Var x = constant({2}, {3, 5});
  backward(sum_all(mul(w, x)));
  check_values(Var(w.grad()), {3, 5});
  backward(sum_all(mul(w, w)));  // += 2w
  check_values(Var(w.grad()), {5, 9});
  w.zero_grad();
  CHECK_FALSE(w.grad().defined());
}

TEST_CASE("a long chain is freed without recursion", "[autograd]") {
  Var w = leaf({1}, {0.0f});
  {
    Var y = w;
    for (int i = 0; i < 200000; ++i) y = add_scalar(y, 1e-6f);
    CHECK(live_tape_nodes() == 200000);
  }  // dropped without backward: the destructor must not recurse 200k deep
  CHECK(live_tape_nodes() == 0);
}

TEST_CASE("training steps do not grow memory or the tape", "[autograd]") {
  Mlp mlp(16, 5);
  Rng rng(9);
  std::vector<float> xs(32 * 2);
  for (float& v : xs) v = rng.uniform(-1, 1);
  Var x = constant({32, 2}, xs);
  std::vector<int32_t> labels(32);
  for (int i = 0; i < 32; ++i) labels[i] = xs[2 * i] * xs[2 * i + 1] > 0 ? 1 : 0;
  // Measured at the same point of steps 10 and 1000, with that step's
  // activations (h, ce) still in scope.
  size_t bytes_at_10 = 0, bytes_at_1000 = 0;
  int64_t nodes_at_10 = -1, nodes_at_1000 = -1;
  for (int step = 1; step <= 1000; ++step) {
    Rng drop(step);
    Var h = dropout(tanh(linear(x, mlp.w1, mlp.b1)), 0.1f, drop);
    CrossEntropyResult ce = cross_entropy(linear(h, mlp.w2, mlp.b2), labels, 0.1f);
    backward(ce.loss);
    mlp.sgd_step(0.1f);
    if (step == 10 || step == 1000) {
      (step == 10 ? bytes_at_10 : bytes_at_1000) = buffer_pool_stats().bytes_in_use;
      (step == 10 ? nodes_at_10 : nodes_at_1000) = live_tape_nodes();
    }
  }
  CHECK(nodes_at_10 == 0);
  CHECK(nodes_at_1000 == 0);
  CHECK(bytes_at_10 > 0);
  CHECK(bytes_at_1000 == bytes_at_10);
}

TEST_CASE("a 2-layer MLP learns XOR, bit-identically for one seed", "[autograd]") {
  float loss_a = 0, loss_b = 0;
  Mlp a = train_xor(11, 1500, &loss_a);
  Mlp b = train_xor(11, 1500, &loss_b);
  CHECK(loss_a < 0.05f);
  NoGradGuard guard;
  Var logits = a.logits(constant({4, 2}, kXorInputs));
  for (int i = 0; i < 4; ++i) {
    const int predicted = logits.value().at(2 * i + 1) > logits.value().at(2 * i) ? 1 : 0;
    CHECK(predicted == kXorLabels[i]);
  }
  const auto pa = a.params(), pb = b.params();
  for (size_t k = 0; k < pa.size(); ++k) {
    REQUIRE(pa[k].value().numel() == pb[k].value().numel());
    CHECK(std::memcmp(pa[k].value().data(), pb[k].value().data(),
                      sizeof(float) * pa[k].value().numel()) == 0);
  }
  CHECK(loss_a == loss_b);
}

TEST_CASE("parallel kernels agree with one thread on large tensors", "[autograd]") {
  // The gradient check runs on small tensors (one thread); the kernels switch to
  // OpenMP above 32k elements. Same inputs, 1 vs 2 threads, must agree.
  auto run = [](int threads) {
    omp_set_num_threads(threads);
    Rng rng(21);
    auto rand = [&](const Shape& s, bool grad) {
      Tensor t = Tensor::empty(s);
      for (int64_t i = 0; i < t.numel(); ++i) t.at(i) = rng.uniform(-1, 1);
      return Var(t, grad);
    };
    Var x = rand({256, 160}, true), w = rand({160, 96}, true), b = rand({96}, true);
    Var g = rand({96}, true), beta = rand({96}, true), s = rand({1}, true), row = rand({96}, true);
    std::vector<int32_t> targets(256);
    for (int i = 0; i < 256; ++i) targets[i] = i % 7 == 0 ? 0 : i % 96;
    Var y = layer_norm(linear(x, w, b), g, beta);
    y = div(mul(add(y, row), s), add_scalar(relu(row), 2.0f));
    Var z = scaled_masked_softmax(reshape(tanh(y), {4, 64, 96}), 0.3f, Tensor());
    Var loss = add(cross_entropy(reshape(z, {256, 96}), targets, 0.1f, 0).loss,
                   mean_all(sum(exp(y), 0, true)));
    backward(loss);
    std::vector<std::vector<float>> grads;
    for (const Var& v : {x, w, b, g, beta, s, row}) grads.push_back(v.grad().to_vector());
    grads.push_back(loss.value().to_vector());
    return grads;
  };
  const int saved = omp_get_max_threads();
  const auto one = run(1);
  const auto two = run(2);
  omp_set_num_threads(saved);
  REQUIRE(one.size() == two.size());
  for (size_t k = 0; k < one.size(); ++k) {
    REQUIRE(one[k].size() == two[k].size());
    size_t worst = 0;  // the element furthest outside tolerance, checked once
    double excess = -1.0;
    for (size_t i = 0; i < one[k].size(); ++i) {
      const double e = std::fabs(two[k][i] - one[k][i]) - (1e-6 + 1e-4 * std::fabs(one[k][i]));
      if (e > excess) excess = e, worst = i;
    }
    INFO("tensor " << k << " element " << worst << ": " << one[k][worst] << " vs "
                   << two[k][worst]);
    CHECK(excess <= 0.0);
  }
}

TEST_CASE("dropout masks do not depend on the thread count", "[autograd]") {
  // Counter-based masks: the same Rng state gives the same bits on 1 and 2
  // threads, forward and backward (large enough to take the parallel path).
  auto run = [](int threads) {
    omp_set_num_threads(threads);
    Tensor t = Tensor::empty({300, 301});
    for (int64_t i = 0; i < t.numel(); ++i) t.at(i) = std::sin(0.37f * static_cast<float>(i));
    Var x(t, true);
    Rng rng(77);
    Var y = relu_dropout(dropout(x, 0.3f, rng), 0.2f, rng);
    backward(sum_all(mul(y, y)));
    return std::make_pair(y.value().to_vector(), x.grad().to_vector());
  };
  const int saved = omp_get_max_threads();
  const auto one = run(1);
  const auto two = run(2);
  omp_set_num_threads(saved);
  CHECK(one.first == two.first);
  CHECK(one.second == two.second);
  int64_t zeros = 0;  // relu halves, then 0.7 * 0.8 survive: ~72% zeros
  for (float v : one.first) zeros += v == 0.0f;
  const double share = static_cast<double>(zeros) / one.first.size();
  CHECK(share > 0.70);
  CHECK(share < 0.74);
}

TEST_CASE("dropout masks drop p of the elements and each element independently", "[autograd]") {
  // Two elements share one 32-bit hash (16 bits each): both halves, the pairs
  // within a hash and across neighbouring hashes, and two draws of the same
  // Rng must all look independent. n = 2^20 puts each bound at 6+ sigma.
  const int64_t n = int64_t{1} << 20;
  const float p = 0.1f;
  Var x(Tensor::full({n}, 1.0f), true);
  Rng rng(2026);
  const std::vector<float> a = dropout(x, p, rng).value().to_vector();
  const std::vector<float> b = dropout(x, p, rng).value().to_vector();
  int64_t dropped[2] = {0, 0}, both_in_hash = 0, both_across = 0, both_draws = 0;
  double sum = 0.0;
  for (int64_t i = 0; i < n; ++i) {
    const bool d = a[i] == 0.0f;
    dropped[i % 2] += d;
    sum += a[i];
    if (i % 2 == 0) both_in_hash += d && a[i + 1] == 0.0f;
    if (i % 2 == 1 && i + 1 < n) both_across += d && a[i + 1] == 0.0f;
    both_draws += d && b[i] == 0.0f;
  }
  const double half = static_cast<double>(n / 2);
  CHECK(dropped[0] / half == Approx(p).margin(0.003));
  CHECK(dropped[1] / half == Approx(p).margin(0.003));
  CHECK(both_in_hash / half == Approx(p * p).margin(0.0015));
  CHECK(both_across / half == Approx(p * p).margin(0.0015));
  CHECK(both_draws / static_cast<double>(n) == Approx(p * p).margin(0.001));
  CHECK(sum / static_cast<double>(n) == Approx(1.0).margin(0.002));  // kept elements are scaled
}

TEST_CASE("relu_dropout equals relu then dropout with the same Rng state", "[autograd]") {
  Tensor t = Tensor::empty({7, 513});
  for (int64_t i = 0; i < t.numel(); ++i) t.at(i) = std::cos(1.3f * static_cast<float>(i));
  Var x(t, true);
  Rng a(5), b(5);
  const std::vector<float> fused = relu_dropout(x, 0.25f, a).value().to_vector();
  const std::vector<float> plain = dropout(relu(x), 0.25f, b).value().to_vector();
  CHECK(fused == plain);
  CHECK(a.state() == b.state());  // one draw each
}

TEST_CASE("forward values no Var holds are freed before backward", "[autograd]") {
  // tanh keeps its output, linear its input: the first linear's output (only
  // read by tanh's forward) must go back to the pool once its Var is gone.
  Var x(Tensor::full({512, 64}, 0.5f)), w(Tensor::full({64, 256}, 0.01f), true);
  const size_t before = buffer_pool_stats().bytes_in_use;
  Var h = tanh(linear(x, w, Var()));
  const size_t kept = buffer_pool_stats().bytes_in_use - before;
  // h only: a cached block may be up to twice the request, but the
  // pre-activation too would need at least twice as much.
  CHECK(kept >= sizeof(float) * 512 * 256);
  CHECK(kept < 2 * sizeof(float) * 512 * 256);
  Var loss = sum_all(h);
  backward(loss);
  CHECK(h.value().defined());  // a held intermediate keeps its value after backward
  CHECK(w.grad().defined());
}
