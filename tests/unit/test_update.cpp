// One training update: global-norm gradient clipping (train/grad_clip.h),
// learning-rate schedules (train/lr_schedule.h), and the update step the
// trainer and nmt-bench share (train/update_step.h).
#include <catch2/catch.hpp>
#include <cmath>
#include <cstring>

#include "base/error.h"
#include "base/rng.h"
#include "base/threads.h"
#include "support/tensor_checks.h"
#include "support/toy_tasks.h"
#include "train/grad_clip.h"
#include "train/lr_schedule.h"
#include "train/update_step.h"

using namespace nmt;
using namespace nmt::testing;

namespace {}  // namespace

TEST_CASE("clip_grad_norm: scales to max_norm and returns the norm before") {
  Var a = param({0.0f, 0.0f});
  Var b = param({0.0f});
  Var no_grad = param({1.0f, 1.0f});
  set_grad(a, {3.0f, 4.0f});
  set_grad(b, {12.0f});
  const std::vector<std::pair<std::string, Var>> params = {
      {"a", a}, {"b", b}, {"no_grad", no_grad}};
  CHECK(grad_global_norm(params) == Approx(13.0).epsilon(1e-12));

  SECTION("a norm above the limit is scaled down to it") {
    CHECK(clip_grad_norm(params, 6.5) == Approx(13.0).epsilon(1e-12));
    CHECK(grad_global_norm(params) == Approx(6.5).epsilon(1e-6));
    CHECK(a.grad().at(0) == Approx(1.5).epsilon(1e-6));
    CHECK(a.grad().at(1) == Approx(2.0).epsilon(1e-6));
    CHECK(b.grad().at(0) == Approx(6.0).epsilon(1e-6));
    CHECK_FALSE(no_grad.grad().defined());
  }
  SECTION("a norm below the limit leaves the gradients bit for bit") {
    const Tensor before_a = a.grad().clone(), before_b = b.grad().clone();
    CHECK(clip_grad_norm(params, 20.0) == Approx(13.0).epsilon(1e-12));
    CHECK(same_bits(a.grad(), before_a));
    CHECK(same_bits(b.grad(), before_b));
  }
  SECTION("a non-finite norm leaves the gradients alone") {
    b.mutable_grad().at(0) = INFINITY;
    CHECK(std::isinf(clip_grad_norm(params, 1.0)));
    CHECK(a.grad().at(0) == 3.0f);
  }
}

TEST_CASE("clip_grad_norm: the norm is the same for any thread count") {
  Rng rng(7);
  std::vector<float> values(300000);
  for (float& x : values) x = rng.normal();
  Var big(Tensor::from_vector(Shape{300, 1000}, values), true);
  big.mutable_grad() = Tensor::from_vector(Shape{300, 1000}, values);
  const std::vector<std::pair<std::string, Var>> params = {{"big", big}};
  const int saved = num_threads();
  set_num_threads(1);
  const double one = grad_global_norm(params);
  set_num_threads(2);
  const double two = grad_global_norm(params);
  set_num_threads(saved);
  CHECK(std::memcmp(&one, &two, sizeof(double)) == 0);
  CHECK(one == Approx(std::sqrt(300000.0)).epsilon(0.01));
}

TEST_CASE("Learning-rate schedules at chosen steps") {
  const float peak = 1e-3f;
  SECTION("inverse-sqrt: linear warmup to the peak, then 1/sqrt(step)") {
    LrSchedule s{LrScheduleKind::InverseSqrt, peak, 4000};
    CHECK(s.lr(1) == Approx(peak / 4000.0).epsilon(1e-6));
    CHECK(s.lr(2000) == Approx(peak / 2.0).epsilon(1e-6));
    CHECK(s.lr(4000) == peak);
    CHECK(s.lr(3999) < peak);
    CHECK(s.lr(4001) < peak);
    CHECK(s.lr(16000) == Approx(peak / 2.0).epsilon(1e-6));
    CHECK(s.lr(400000) == Approx(peak / 10.0).epsilon(1e-6));
    // Past warmup, lr * sqrt(step) is constant.
    for (int64_t step : {5000, 12345, 100000}) {
      CHECK(s.lr(step) * std::sqrt(static_cast<double>(step)) ==
            Approx(peak * std::sqrt(4000.0)).epsilon(1e-6));
    }
  }
  SECTION("inverse-sqrt without warmup starts at the peak") {
    LrSchedule s{LrScheduleKind::InverseSqrt, peak, 0};
    CHECK(s.lr(1) == peak);
    CHECK(s.lr(4) == Approx(peak / 2.0).epsilon(1e-6));
  }
  SECTION("warmup-constant and constant") {
    LrSchedule w{LrScheduleKind::WarmupConstant, peak, 100};
    CHECK(w.lr(1) == Approx(peak / 100.0).epsilon(1e-6));
    CHECK(w.lr(50) == Approx(peak / 2.0).epsilon(1e-6));
    CHECK(w.lr(100) == peak);
    CHECK(w.lr(1000000) == peak);
    LrSchedule c{LrScheduleKind::Constant, peak, 100};
    CHECK(c.lr(1) == peak);
    CHECK(c.lr(1000000) == peak);
  }
  SECTION("linear: warmup, then a straight line to 0 at the last update") {
    LrSchedule s{LrScheduleKind::Linear, peak, 100, 1100};
    CHECK(s.lr(50) == Approx(peak / 2.0).epsilon(1e-6));
    CHECK(s.lr(100) == peak);
    CHECK(s.lr(350) == Approx(peak * 0.75).epsilon(1e-6));
    CHECK(s.lr(600) == Approx(peak * 0.5).epsilon(1e-6));
    CHECK(s.lr(1099) == Approx(peak * 0.001).epsilon(1e-4));
    CHECK(s.lr(1100) == 0.0f);
    CHECK(s.lr(5000) == 0.0f);
  }
  SECTION("cosine: warmup, then half a cosine to 0 at the last update") {
    LrSchedule s{LrScheduleKind::Cosine, peak, 100, 1100};
    CHECK(s.lr(50) == Approx(peak / 2.0).epsilon(1e-6));
    CHECK(s.lr(100) == peak);
    // A quarter of the way: (1 + cos(pi/4)) / 2 = 0.853553...
    CHECK(s.lr(350) == Approx(peak * 0.8535533905932737).epsilon(1e-6));
    CHECK(s.lr(600) == Approx(peak * 0.5).epsilon(1e-6));
    CHECK(s.lr(850) == Approx(peak * 0.1464466094067262).epsilon(1e-6));
    CHECK(s.lr(1100) == 0.0f);
    LrSchedule no_warmup{LrScheduleKind::Cosine, peak, 0, 10};
    CHECK(no_warmup.lr(1) ==
          Approx(peak * 0.5 * (1 + std::cos(3.14159265358979 / 10))).epsilon(1e-6));
  }
  SECTION("bad steps, values and names are errors") {
    LrSchedule s{LrScheduleKind::InverseSqrt, peak, 10};
    CHECK_THROWS_AS(s.lr(0), Error);
    CHECK_THROWS_AS(check_lr_schedule(LrSchedule{LrScheduleKind::Constant, -1.0f, 0}), Error);
    CHECK_THROWS_AS(check_lr_schedule(LrSchedule{LrScheduleKind::Constant, 1.0f, -5}), Error);
    CHECK_THROWS_WITH(parse_lr_schedule_kind("noam"), Catch::Contains("noam"));
    // The decaying schedules need a last update after the warmup.
    CHECK_THROWS_WITH(check_lr_schedule(LrSchedule{LrScheduleKind::Linear, peak, 100, 0}),
                      Catch::Contains("--max-updates"));
    CHECK_THROWS_AS(check_lr_schedule(LrSchedule{LrScheduleKind::Cosine, peak, 100, 100}), Error);
    CHECK_NOTHROW(check_lr_schedule(LrSchedule{LrScheduleKind::Cosine, peak, 100, 101}));
    for (auto kind :
         {LrScheduleKind::Constant, LrScheduleKind::InverseSqrt, LrScheduleKind::WarmupConstant,
          LrScheduleKind::Linear, LrScheduleKind::Cosine}) {
      CHECK(parse_lr_schedule_kind(lr_schedule_kind_name(kind)) == kind);
    }
  }
}

namespace {

// A small RNN on the reverse task, without dropout (so that splitting a batch
// changes nothing but the summation order).
std::unique_ptr<Translator> toy_rnn(const ToyTask& task) {
  ModelConfig c;
  c.arch = Arch::Rnn;
  c.attention = AttentionType::Additive;
  c.src_vocab = c.tgt_vocab = task.vocab();
  c.dim = 16;
  c.enc_hidden = 16;
  c.dec_hidden = 32;
  c.dropout = 0.0f;
  auto model = make_translator(c, 5);
  model->train();
  return model;
}

bool same_parameters(Translator& a, Translator& b) {
  const NamedParams pa = a.named_parameters(), pb = b.named_parameters();
  if (pa.size() != pb.size()) return false;
  for (size_t i = 0; i < pa.size(); ++i)
    if (!same_bits(pa[i].second.value(), pb[i].second.value())) return false;
  return true;
}

}  // namespace

TEST_CASE("train_step is the fused loss, backward, clipping and Adam, in that order", "[update]") {
  const ToyTask task;
  auto stepped = toy_rnn(task), by_hand = toy_rnn(task);
  Adam adam_a(stepped->named_parameters(), AdamConfig{0.9f, 0.98f, 1e-9f});
  Adam adam_b(by_hand->named_parameters(), AdamConfig{0.9f, 0.98f, 1e-9f});
  const std::vector<ToyPair> pairs = reverse_pairs(task, 3 * 16, 11);
  for (int u = 0; u < 3; ++u) {
    const Batch batch = make_toy_batch(pairs, u * 16, (u + 1) * 16);
    const StepResult r = train_step(*stepped, adam_a, batch, {0.1f, 0.2, 1e-2f});

    CrossEntropyResult ce = by_hand->loss(batch, 0.1f);
    backward(ce.loss);
    const double norm = clip_grad_norm(adam_b.params(), 0.2);
    adam_b.step(1e-2f);
    adam_b.zero_grad();

    CHECK(r.loss.mean == ce.loss.value().at(0));
    CHECK(r.loss.tokens == ce.tokens);
    CHECK(r.loss.sum_nll == ce.sum_nll);
    CHECK(r.grad_norm == norm);
    CHECK(norm > 0.2);  // the clipping did something
    CHECK(same_parameters(*stepped, *by_hand));
  }
  for (const auto& [name, p] : adam_a.params()) CHECK_FALSE(p.grad().defined());
}

TEST_CASE("a non-finite gradient skips the Adam step and drops the gradients", "[update]") {
  const ToyTask task;
  auto model = toy_rnn(task), untouched = toy_rnn(task);
  Adam adam(model->named_parameters(), AdamConfig{});
  add_batch_gradients(*model, make_toy_batch(reverse_pairs(task, 8, 3)), 0.0f);
  Var first = adam.params().front().second;
  first.mutable_grad().at(0) = NAN;
  CHECK(std::isnan(apply_update(adam, 1.0, 1e-2f)));
  CHECK(adam.step_count() == 0);
  CHECK(same_parameters(*model, *untouched));
  for (const auto& [name, p] : adam.params()) CHECK_FALSE(p.grad().defined());
}

TEST_CASE("batch parts weighted by their tokens add up to the whole batch's gradient", "[update]") {
  const ToyTask task;
  auto whole = toy_rnn(task), parts = toy_rnn(task);
  const std::vector<ToyPair> pairs = reverse_pairs(task, 12, 17);
  const BatchLoss all = add_batch_gradients(*whole, make_toy_batch(pairs), 0.1f);
  const Batch first = make_toy_batch(pairs, 0, 5), second = make_toy_batch(pairs, 5, 12);
  const double tokens = static_cast<double>(all.tokens);
  const BatchLoss a = add_batch_gradients(*parts, first, 0.1f, tokens);
  const BatchLoss b = add_batch_gradients(*parts, second, 0.1f, tokens);
  CHECK(a.tokens + b.tokens == all.tokens);
  CHECK((a.sum + b.sum) / tokens == Approx(all.mean).epsilon(1e-5));
  CHECK(a.sum_nll + b.sum_nll == Approx(all.sum_nll).epsilon(1e-5));
  const NamedParams pw = whole->named_parameters(), pp = parts->named_parameters();
  for (size_t i = 0; i < pw.size(); ++i) {
    const Tensor gw = pw[i].second.grad(), gp = pp[i].second.grad();
    REQUIRE(gw.defined());
    REQUIRE(gp.defined());
    for (int64_t k = 0; k < gw.numel(); ++k)
      CHECK(gp.at(k) == Approx(gw.at(k)).margin(1e-6).epsilon(1e-4));
  }
}
