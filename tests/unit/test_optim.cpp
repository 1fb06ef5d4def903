// Adam/AdamW against hand-computed updates, convergence on small functions,
// and bit-identical resume from exported state. Clipping and learning-rate
// schedules are in test_update.cpp.
#include <catch2/catch.hpp>
#include <cmath>
#include <cstring>

#include "autograd/ops.h"
#include "base/error.h"
#include "base/rng.h"
#include "base/threads.h"
#include "io/checkpoint_file.h"
#include "support/tensor_checks.h"
#include "train/grad_clip.h"
#include "train/lr_schedule.h"
#include "train/optimizer.h"

using namespace nmt;
using namespace nmt::testing;

namespace {

bool same_bits(const std::vector<float>& a, const std::vector<float>& b) {
  return a.size() == b.size() && std::memcmp(a.data(), b.data(), sizeof(float) * a.size()) == 0;
}

// Adam's update in double, written from the paper's formulas (bias-corrected
// moments), independent of the implementation's rearrangement.
struct ReferenceAdam {
  double beta1, beta2, eps, lr, wd;
  bool decoupled;
  std::vector<double> m, v;
  int t = 0;

  void step(std::vector<double>& p, const std::vector<double>& grad) {
    if (m.empty()) m.assign(p.size(), 0.0), v.assign(p.size(), 0.0);
    ++t;
    for (size_t i = 0; i < p.size(); ++i) {
      const double g = decoupled ? grad[i] : grad[i] + wd * p[i];
      m[i] = beta1 * m[i] + (1 - beta1) * g;
      v[i] = beta2 * v[i] + (1 - beta2) * g * g;
      const double m_hat = m[i] / (1 - std::pow(beta1, t));
      const double v_hat = v[i] / (1 - std::pow(beta2, t));
      if (decoupled) p[i] -= lr * wd * p[i];
      p[i] -= lr * m_hat / (std::sqrt(v_hat) + eps);
    }
  }
};

}  // namespace

TEST_CASE("Adam: first step moves each weight by lr against its gradient's sign") {
  // At t = 1 bias correction gives m_hat = g and v_hat = g^2, so the step is
  // lr * g / (|g| + eps): almost exactly lr, whatever the gradient's size.
  Var w = param({1.0f, -2.0f, 0.5f});
  set_grad(w, {0.1f, -0.3f, 2.0f});
  AdamConfig config;
  config.beta1 = 0.9f;
  config.beta2 = 0.999f;
  config.eps = 1e-8f;
  Adam adam({{"w", w}}, config);
  adam.step(0.01f);
  CHECK(w.value().at(0) == Approx(0.99).epsilon(1e-6));
  CHECK(w.value().at(1) == Approx(-1.99).epsilon(1e-6));
  CHECK(w.value().at(2) == Approx(0.49).epsilon(1e-6));
  CHECK(adam.step_count() == 1);
}

TEST_CASE("Adam: three steps match the bias-corrected formulas") {
  const std::vector<std::vector<float>> grads = {
      {0.1f, -0.3f, 2.0f, 0.0f}, {-0.2f, -0.1f, 1.0f, 0.5f}, {0.05f, 0.4f, -3.0f, 0.0f}};
  Var w = param({1.0f, -2.0f, 0.5f, 3.0f});
  AdamConfig config;
  config.beta1 = 0.8f;
  config.beta2 = 0.95f;
  config.eps = 1e-6f;
  Adam adam({{"w", w}}, config);
  ReferenceAdam ref{0.8, 0.95, 1e-6, 0.05, 0.0, true, {}, {}};
  std::vector<double> expect = {1.0, -2.0, 0.5, 3.0};
  for (const auto& g : grads) {
    set_grad(w, g);
    adam.step(0.05f);
    ref.step(expect, std::vector<double>(g.begin(), g.end()));
    for (int i = 0; i < 4; ++i) CHECK(w.value().at(i) == Approx(expect[i]).epsilon(1e-6));
  }
}

TEST_CASE("AdamW: weight decay is decoupled from the moments") {
  const float lr = 0.01f, wd = 0.1f;
  AdamConfig config;
  config.beta1 = 0.9f;
  config.beta2 = 0.999f;
  config.eps = 1e-8f;
  config.weight_decay = wd;

  SECTION("decoupled: a zero gradient only shrinks the weight by lr * wd") {
    Var w = param({2.0f, -4.0f, 1.0f});
    set_grad(w, {0.0f, 0.0f, 0.5f});
    Adam adam({{"w", w}}, config);
    adam.step(lr);
    CHECK(w.value().at(0) == Approx(2.0 * (1 - lr * wd)).epsilon(1e-7));
    CHECK(w.value().at(1) == Approx(-4.0 * (1 - lr * wd)).epsilon(1e-7));
    // With a gradient: decay, then the usual Adam step (about lr at t = 1).
    CHECK(w.value().at(2) == Approx(1.0 * (1 - lr * wd) - lr * 0.5 / (0.5 + 1e-8)).epsilon(1e-6));
  }
  SECTION("L2: the decay goes through the moments and is normalised like a gradient") {
    config.decay_mode = WeightDecay::L2;
    Var w = param({2.0f, -4.0f, 1.0f});
    set_grad(w, {0.0f, 0.0f, 0.5f});
    Adam adam({{"w", w}}, config);
    adam.step(lr);
    // g' = wd * p, so the first step is lr * sign(p), not lr * wd * p.
    CHECK(w.value().at(0) == Approx(2.0 - lr).epsilon(1e-6));
    CHECK(w.value().at(1) == Approx(-4.0 + lr).epsilon(1e-6));
    CHECK(w.value().at(2) == Approx(1.0 - lr).epsilon(1e-6));
  }
  SECTION("both modes match the reference over several steps") {
    for (WeightDecay mode : {WeightDecay::Decoupled, WeightDecay::L2}) {
      config.decay_mode = mode;
      Var w = param({0.3f, -0.7f, 1.5f});
      Adam adam({{"w", w}}, config);
      ReferenceAdam ref{0.9, 0.999, 1e-8, 0.05, wd, mode == WeightDecay::Decoupled, {}, {}};
      std::vector<double> expect = {0.3, -0.7, 1.5};
      for (int s = 0; s < 4; ++s) {
        const std::vector<float> g = {0.2f * s - 0.3f, 0.1f, -0.05f * s};
        set_grad(w, g);
        adam.step(0.05f);
        ref.step(expect, std::vector<double>(g.begin(), g.end()));
      }
      for (int i = 0; i < 3; ++i) CHECK(w.value().at(i) == Approx(expect[i]).epsilon(1e-5));
    }
  }
}

TEST_CASE("Adam: parameters without a gradient are untouched") {
  Var used = param({1.0f, 2.0f});
  Var unused = param({5.0f, -6.0f, 7.0f});
  const Tensor before = unused.value().clone();
  Adam adam({{"used", used}, {"unused", unused}}, AdamConfig{});
  for (int s = 0; s < 3; ++s) {
    set_grad(used, {0.5f, -0.5f});
    adam.step(0.1f);
  }
  CHECK(same_bits(unused.value(), before));
  CHECK_FALSE(unused.grad().defined());
  CHECK(used.value().at(0) < 1.0f);
  const AdamState state = adam.export_state();
  CHECK(state.step == 3);
  REQUIRE(state.params.size() == 1);
  CHECK(state.params[0].name == "used");
  CHECK(state.params[0].step == 3);
}

TEST_CASE("Adam: a parameter first reached late gets its own bias correction") {
  // Its first update must be the t = 1 update (about lr), not a tiny one from
  // the global step count.
  Var early = param({0.0f});
  Var late = param({1.0f});
  Adam adam({{"early", early}, {"late", late}}, AdamConfig{});
  for (int s = 0; s < 50; ++s) {
    set_grad(early, {1.0f});
    adam.step(0.01f);
  }
  set_grad(late, {0.25f});
  adam.step(0.01f);
  CHECK(late.value().at(0) == Approx(0.99).epsilon(1e-5));
}

TEST_CASE("Adam: rejects bad configurations and names") {
  AdamConfig bad;
  bad.beta2 = 1.0f;
  CHECK_THROWS_AS(Adam({{"w", param({1.0f})}}, bad), Error);
  CHECK_THROWS_AS(Adam({{"w", param({1.0f})}, {"w", param({2.0f})}}, AdamConfig{}), Error);
  CHECK_THROWS_AS(Adam({{"w", Var()}}, AdamConfig{}), Error);
  Adam adam({{"w", param({1.0f})}}, AdamConfig{});
  CHECK_THROWS_AS(adam.step(-1.0f), Error);
}

TEST_CASE("Adam minimises a quadratic through the tape") {
  // loss = sum(c * (w - target)^2), built with autograd ops and backward().
  const std::vector<float> target = {3.0f, -1.0f, 0.5f, 10.0f};
  Var w = param({0.0f, 0.0f, 0.0f, 0.0f});
  Var t(Tensor::from_vector(Shape{4}, target));
  Var c(Tensor::from_vector(Shape{4}, {1.0f, 10.0f, 0.1f, 2.0f}));
  Adam adam({{"w", w}}, AdamConfig{});
  LrSchedule schedule{LrScheduleKind::WarmupConstant, 0.1f, 20};
  for (int s = 1; s <= 1500; ++s) {
    adam.zero_grad();
    Var diff = sub(w, t);
    backward(sum_all(mul(c, mul(diff, diff))));
    adam.step(schedule.lr(s));
  }
  for (int i = 0; i < 4; ++i) CHECK(w.value().at(i) == Approx(target[i]).margin(1e-2));
}

TEST_CASE("Adam minimises the Rosenbrock function") {
  // f(x, y) = (1 - x)^2 + 100 (y - x^2)^2, minimum at (1, 1), from (-1.5, 2).
  Var xy = param({-1.5f, 2.0f});
  AdamConfig config;
  config.beta2 = 0.999f;
  config.eps = 1e-8f;
  Adam adam({{"xy", xy}}, config);
  auto f = [](double x, double y) { return (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x); };
  const double start = f(-1.5, 2.0);
  for (int s = 0; s < 6000; ++s) {
    const double x = xy.value().at(0), y = xy.value().at(1);
    set_grad(xy, {static_cast<float>(-2 * (1 - x) - 400 * x * (y - x * x)),
                  static_cast<float>(200 * (y - x * x))});
    adam.step(s < 4000 ? 0.02f : 0.002f);
  }
  const double x = xy.value().at(0), y = xy.value().at(1);
  CHECK(f(x, y) < 1e-4 * start);
  CHECK(x == Approx(1.0).margin(0.02));
  CHECK(y == Approx(1.0).margin(0.04));
}

namespace {

// A small training run whose gradients depend on the weights and on a seeded
// stream, so any difference in the weights or the state shows up downstream.
// "big" is large enough to take the OpenMP path; "late" gets gradients only
// from step 4 on.
struct ToyRun {
  Var big, small, late;
  NamedParams params() const { return {{"big", big}, {"small", small}, {"late", late}}; }

  static ToyRun fresh() {
    Rng rng(3);
    std::vector<float> b(70001), s(5), l(3);
    for (float& x : b) x = rng.normal();
    for (float& x : s) x = rng.normal();
    for (float& x : l) x = rng.normal();
    return {Var(Tensor::from_vector(Shape{70001}, b), true),
            Var(Tensor::from_vector(Shape{5}, s), true),
            Var(Tensor::from_vector(Shape{3}, l), true)};
  }
  // A copy whose tensors live elsewhere, as after loading a model file.
  ToyRun copy() const {
    return {Var(big.value().clone(), true), Var(small.value().clone(), true),
            Var(late.value().clone(), true)};
  }

  void train(Adam& adam, const LrSchedule& schedule, int64_t first, int64_t last) {
    for (int64_t step = first; step <= last; ++step) {
      adam.zero_grad();
      Rng noise(1000 + step);
      for (Var* v : {&big, &small, &late}) {
        if (v == &late && step < 4) continue;
        Tensor g = Tensor::empty(v->shape());
        const float* w = v->value().data();
        for (int64_t i = 0; i < g.numel(); ++i) g.at(i) = 0.5f * w[i] + noise.normal();
        v->mutable_grad() = g;
      }
      clip_grad_norm(params(), 50.0);
      adam.step(schedule.lr(step));
    }
  }
};

}  // namespace

TEST_CASE("Adam: save, rebuild, load and continue is bit-identical to not stopping") {
  AdamConfig config;
  config.weight_decay = 0.01f;
  const LrSchedule schedule{LrScheduleKind::InverseSqrt, 0.01f, 3};

  ToyRun straight = ToyRun::fresh();
  Adam adam_straight(straight.params(), config);
  straight.train(adam_straight, schedule, 1, 8);

  ToyRun first = ToyRun::fresh();
  Adam adam_first(first.params(), config);
  first.train(adam_first, schedule, 1, 2);  // "late" has no state yet
  AdamState saved = adam_first.export_state();
  CHECK(saved.params.size() == 2);
  first.train(adam_first, schedule, 3, 5);
  saved = adam_first.export_state();
  REQUIRE(saved.params.size() == 3);

  ToyRun resumed = first.copy();
  Adam adam_resumed(resumed.params(), config);
  adam_resumed.import_state(saved);
  CHECK(adam_resumed.step_count() == 5);
  resumed.train(adam_resumed, schedule, adam_resumed.step_count() + 1, 8);

  CHECK(same_bits(resumed.big.value(), straight.big.value()));
  CHECK(same_bits(resumed.small.value(), straight.small.value()));
  CHECK(same_bits(resumed.late.value(), straight.late.value()));
  const AdamState a = adam_resumed.export_state(), b = adam_straight.export_state();
  REQUIRE(a.params.size() == b.params.size());
  CHECK(a.step == b.step);
  for (size_t i = 0; i < a.params.size(); ++i) {
    CHECK(a.params[i].name == b.params[i].name);
    CHECK(a.params[i].dims == b.params[i].dims);
    CHECK(a.params[i].step == b.params[i].step);
    CHECK(same_bits(a.params[i].m, b.params[i].m));
    CHECK(same_bits(a.params[i].v, b.params[i].v));
  }
  // The check has teeth: an optimizer that forgot its state diverges.
  ToyRun forgetful = first.copy();
  Adam adam_forgetful(forgetful.params(), config);
  forgetful.train(adam_forgetful, schedule, 6, 8);
  CHECK_FALSE(same_bits(forgetful.small.value(), straight.small.value()));
}

TEST_CASE("Adam: the update is the same for any thread count") {
  ToyRun one = ToyRun::fresh(), two = ToyRun::fresh();
  const LrSchedule schedule{LrScheduleKind::Constant, 0.01f, 0};
  const int saved = num_threads();
  set_num_threads(1);
  Adam adam_one(one.params(), AdamConfig{});
  one.train(adam_one, schedule, 1, 3);
  set_num_threads(2);
  Adam adam_two(two.params(), AdamConfig{});
  two.train(adam_two, schedule, 1, 3);
  set_num_threads(saved);
  CHECK(same_bits(one.big.value(), two.big.value()));
}

TEST_CASE("Adam: importing a mismatched state is an error") {
  Var w = param({1.0f, 2.0f});
  Adam adam({{"w", w}}, AdamConfig{});
  set_grad(w, {1.0f, 1.0f});
  adam.step(0.1f);
  AdamState state = adam.export_state();

  AdamState renamed = state;
  renamed.params[0].name = "decoder.w";
  CHECK_THROWS_WITH(adam.import_state(renamed), Catch::Contains("decoder.w"));
  AdamState reshaped = state;
  reshaped.params[0].dims = {1, 2};
  CHECK_THROWS_WITH(adam.import_state(reshaped), Catch::Contains("[1, 2]"));
  AdamState short_moments = state;
  short_moments.params[0].v.pop_back();
  CHECK_THROWS_AS(adam.import_state(short_moments), Error);
  // A failed import leaves the optimizer as it was.
  CHECK(adam.step_count() == 1);
  CHECK(adam.export_state().params.size() == 1);
}

TEST_CASE("Adam state survives a checkpoint file's bytes exactly") {
  ToyRun run = ToyRun::fresh();
  Adam adam(run.params(), AdamConfig{});
  run.train(adam, LrSchedule{LrScheduleKind::Constant, 0.01f, 0}, 1, 5);
  const AdamState state = adam.export_state();
  REQUIRE(state.params.size() == 3);

  Checkpoint checkpoint;
  checkpoint.counters["epoch"] = 2;  // the trainer's own entries stay
  save_adam_state(state, checkpoint);
  CHECK(checkpoint.counters.at("adam.step") == 5);
  CHECK(checkpoint.counters.at("adam.step.late") == 2);
  REQUIRE(find_named_tensor(checkpoint.tensors, "adam.v.big") != nullptr);
  CHECK(find_named_tensor(checkpoint.tensors, "adam.v.big")->value.shape() == Shape{70001});
  const Checkpoint reread = decode_checkpoint(encode_checkpoint(checkpoint));
  CHECK(reread.counters.at("epoch") == 2);

  const AdamState loaded = load_adam_state(reread);
  CHECK(loaded.step == state.step);
  REQUIRE(loaded.params.size() == state.params.size());
  for (const AdamParamState& want : state.params) {
    const AdamParamState* got = nullptr;
    for (const AdamParamState& ps : loaded.params) got = ps.name == want.name ? &ps : got;
    REQUIRE(got != nullptr);
    CHECK(got->dims == want.dims);
    CHECK(got->step == want.step);
    CHECK(same_bits(got->m, want.m));
    CHECK(same_bits(got->v, want.v));
  }

  SECTION("missing pieces are errors") {
    Checkpoint no_counter = checkpoint;
    no_counter.counters.erase("adam.step.small");
    CHECK_THROWS_WITH(load_adam_state(no_counter), Catch::Contains("adam.step.small"));
    Checkpoint no_moment = checkpoint;
    no_moment.tensors.erase(no_moment.tensors.begin());
    CHECK_THROWS_AS(load_adam_state(no_moment), Error);
    CHECK_THROWS_WITH(load_adam_state(Checkpoint{}), Catch::Contains("adam.step"));
  }
}
