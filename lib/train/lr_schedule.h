// Learning-rate schedules: the rate for update number `step` (1 for the
// first update), as a pure function, so a resumed run gets the same rates.
//   Constant:          lr(s) = peak
//   InverseSqrt:       lr(s) = peak * s / W            for s <= W
//                      lr(s) = peak * sqrt(W / s)      for s >  W
//   WarmupConstant:    lr(s) = peak * min(1, s / W)
//   Linear:            warmup as above, then peak * (T - s) / (T - W), 0 at T
//   Cosine:            warmup as above, then peak * (1 + cos(pi (s - W) / (T - W))) / 2
// W is warmup_steps; the peak is reached exactly at s = W. With W = 0 there is
// no warmup: InverseSqrt becomes peak / sqrt(s) and WarmupConstant constant.
// T is total_steps (--max-updates): the decaying schedules spend the whole
// budget and end at 0, which is what a run of known length wants (the last
// weights are then already "annealed"); past T they stay at 0.
// Not here: the optimizer (train/optimizer.h) or validation-driven decay.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace nmt {

enum class LrScheduleKind { Constant, InverseSqrt, WarmupConstant, Linear, Cosine };

// Linear and Cosine decay over a known number of updates.
bool needs_total_steps(LrScheduleKind kind);

struct LrSchedule {
  LrScheduleKind kind = LrScheduleKind::InverseSqrt;
  float peak_lr = 5e-4f;
  int64_t warmup_steps = 4000;
  int64_t total_steps = 0;  // Linear and Cosine only: the update the rate reaches 0

  // Throws nmt::Error for step < 1.
  float lr(int64_t step) const;
};

// Throws nmt::Error on a negative peak or warmup, or a decaying schedule
// without total_steps > warmup_steps.
void check_lr_schedule(const LrSchedule& schedule);

// Every kind with its flag value ("inverse-sqrt", "constant", "warmup-constant",
// "linear", "cosine"): the one list the parser, the names and --schedule use.
const std::vector<std::pair<LrScheduleKind, std::string>>& lr_schedule_kind_names();
// A flag value to its kind; throws nmt::Error naming the value and the choices otherwise.
LrScheduleKind parse_lr_schedule_kind(const std::string& name);
std::string lr_schedule_kind_name(LrScheduleKind kind);

}  // namespace nmt
