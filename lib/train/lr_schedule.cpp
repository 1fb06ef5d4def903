#include "train/lr_schedule.h"

#include <algorithm>
#include <cmath>

#include "base/error.h"

namespace nmt {

bool needs_total_steps(LrScheduleKind kind) {
  return kind == LrScheduleKind::Linear || kind == LrScheduleKind::Cosine;
}

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
    case LrScheduleKind::Linear:
    case LrScheduleKind::Cosine: {
      if (step < warmup_steps) return static_cast<float>(peak * s / w);
      if (step >= total_steps) return 0.0f;
      const double done = (s - w) / (static_cast<double>(total_steps) - w);  // 0 at W, 1 at T
      const double kPi = 3.14159265358979323846;
      const double factor =
          kind == LrScheduleKind::Linear ? 1.0 - done : 0.5 * (1.0 + std::cos(kPi * done));
      return static_cast<float>(peak * factor);
    }
  }
  return peak_lr;
}

void check_lr_schedule(const LrSchedule& schedule) {
  NMT_CHECK(schedule.peak_lr >= 0.0f && std::isfinite(schedule.peak_lr),
            "learning rate must be finite and >= 0, got ", schedule.peak_lr);
  NMT_CHECK(schedule.warmup_steps >= 0, "warmup steps must be >= 0, got ", schedule.warmup_steps);
  NMT_CHECK(!needs_total_steps(schedule.kind) || schedule.total_steps > schedule.warmup_steps,
            "--schedule ", lr_schedule_kind_name(schedule.kind),
            " decays to 0 at --max-updates: give --max-updates larger than --warmup (",
            schedule.warmup_steps, ")");
}

const std::vector<std::pair<LrScheduleKind, std::string>>& lr_schedule_kind_names() {
  static const std::vector<std::pair<LrScheduleKind, std::string>> names = {
      {LrScheduleKind::InverseSqrt, "inverse-sqrt"},
      {LrScheduleKind::Constant, "constant"},
      {LrScheduleKind::WarmupConstant, "warmup-constant"},
      {LrScheduleKind::Linear, "linear"},
      {LrScheduleKind::Cosine, "cosine"}};
  return names;
}

LrScheduleKind parse_lr_schedule_kind(const std::string& name) {
  std::string choices;
  for (const auto& [kind, text] : lr_schedule_kind_names()) {
    if (text == name) return kind;
    choices += (choices.empty() ? "" : ", ") + text;
  }
  throw Error("unknown learning-rate schedule '" + name + "' (choices: " + choices + ")");
}

std::string lr_schedule_kind_name(LrScheduleKind kind) {
  for (const auto& [k, text] : lr_schedule_kind_names())
    if (k == kind) return text;
  return "unknown";
}

}  // namespace nmt
