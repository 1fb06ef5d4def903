// Learning-rate schedules: the rate for update number `step` (1 for the
// first update), as a pure function, so a resumed run gets the same rates.
//   Constant:          lr(s) = peak
//   InverseSqrt:       lr(s) = peak * s / W            for s <= W
//                      lr(s) = peak * sqrt(W / s)      for s >  W
//   WarmupConstant:    lr(s) = peak * min(1, s / W)
// W is warmup_steps; the peak is reached exactly at s = W. With W = 0 there is
// no warmup: InverseSqrt becomes peak / sqrt(s) and WarmupConstant constant.
// Not here: the optimizer (train/optimizer.h) or validation-driven decay.
#pragma once

#include <cstdint>
#include <string>

namespace nmt {

enum class LrScheduleKind { Constant, InverseSqrt, WarmupConstant };

struct LrSchedule {
  LrScheduleKind kind = LrScheduleKind::InverseSqrt;
  float peak_lr = 5e-4f;
  int64_t warmup_steps = 4000;

  // Throws nmt::Error for step < 1.
  float lr(int64_t step) const;
};

// Throws nmt::Error on a negative peak or warmup.
void check_lr_schedule(const LrSchedule& schedule);

// "constant", "inverse-sqrt", "warmup-constant" (flag values); throws
// nmt::Error naming the value and the choices otherwise.
LrScheduleKind parse_lr_schedule_kind(const std::string& name);
std::string lr_schedule_kind_name(LrScheduleKind kind);

}  // namespace nmt
