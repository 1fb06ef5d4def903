#include "train/lr_schedule.h"

#include <algorithm>
#include <cmath>

#include "base/error.h"

namespace nmt {

float LrSchedule::lr(int64_t step) const {
  NMT_CHECK(step >= 1, "learning-rate schedule: step must be >= 1, got ", step);
  // In double so the ratios are exact for any realistic step count.
  const double s = static_cast<double>(step);
  const double w = static_cast<double>(warmup_steps);
  const double peak = peak_lr;
  switch (kind) {
    case LrScheduleKind::Constant:
      return peak_lr;
    case LrScheduleKind::WarmupConstant:
      return static_cast<float>(step < warmup_steps ? peak * s / w : peak);
    case LrScheduleKind::InverseSqrt:
      if (step <= warmup_steps) return static_cast<float>(peak * s / w);
      return static_cast<float>(peak * std::sqrt(std::max(w, 1.0) / s));
  }
  return peak_lr;
}

void check_lr_schedule(const LrSchedule& schedule) {
  NMT_CHECK(schedule.peak_lr >= 0.0f && std::isfinite(schedule.peak_lr),
            "learning rate must be finite and >= 0, got ", schedule.peak_lr);
  NMT_CHECK(schedule.warmup_steps >= 0, "warmup steps must be >= 0, got ", schedule.warmup_steps);
}

LrScheduleKind parse_lr_schedule_kind(const std::string& name) {
  if (name == "constant") return LrScheduleKind::Constant;
  if (name == "inverse-sqrt") return LrScheduleKind::InverseSqrt;
  if (name == "warmup-constant") return LrScheduleKind::WarmupConstant;
  throw Error("unknown learning-rate schedule '" + name +
              "' (choices: constant, inverse-sqrt, warmup-constant)");
}

std::string lr_schedule_kind_name(LrScheduleKind kind) {
  switch (kind) {
    case LrScheduleKind::Constant:
      return "constant";
    case LrScheduleKind::InverseSqrt:
      return "inverse-sqrt";
    case LrScheduleKind::WarmupConstant:
      return "warmup-constant";
  }
  return "unknown";
}

}  // namespace nmt
