// The pieces of an update around Adam: global-norm gradient clipping
// (train/grad_clip.h) and learning-rate schedules (train/lr_schedule.h).
#include <catch2/catch.hpp>
#include <cmath>
#include <cstring>

#include "base/error.h"
#include "base/rng.h"
#include "base/threads.h"
#include "train/grad_clip.h"
#include "train/lr_schedule.h"

using namespace nmt;

namespace {

Var param(const std::vector<float>& values) {
  return Var(Tensor::from_vector(Shape{static_cast<int64_t>(values.size())}, values), true);
}

void set_grad(Var& var, const std::vector<float>& values) {
  var.mutable_grad() = Tensor::from_vector(var.shape(), values);
}

bool same_bits(const Tensor& a, const Tensor& b) {
  return a.numel() == b.numel() && std::memcmp(a.data(), b.data(), sizeof(float) * a.numel()) == 0;
}

}  // namespace

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
  SECTION("bad steps, values and names are errors") {
    LrSchedule s{LrScheduleKind::InverseSqrt, peak, 10};
    CHECK_THROWS_AS(s.lr(0), Error);
    CHECK_THROWS_AS(check_lr_schedule(LrSchedule{LrScheduleKind::Constant, -1.0f, 0}), Error);
    CHECK_THROWS_AS(check_lr_schedule(LrSchedule{LrScheduleKind::Constant, 1.0f, -5}), Error);
    CHECK_THROWS_WITH(parse_lr_schedule_kind("noam"), Catch::Contains("noam"));
    for (auto kind :
         {LrScheduleKind::Constant, LrScheduleKind::InverseSqrt, LrScheduleKind::WarmupConstant}) {
      CHECK(parse_lr_schedule_kind(lr_schedule_kind_name(kind)) == kind);
    }
  }
}
