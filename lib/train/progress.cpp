#include "train/progress.h"

#include <cmath>
#include <cstdio>

namespace nmt {

std::string format_clock(double seconds) {
  if (seconds < 0) return "?";
  const long total = std::lround(seconds);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", total / 3600, (total / 60) % 60, total % 60);
  return buf;
}

std::string format_count(double n) {
  char buf[32];
  if (n >= 1e6)
    std::snprintf(buf, sizeof buf, "%.1fM", n / 1e6);
  else if (n >= 1e4)
    std::snprintf(buf, sizeof buf, "%.1fk", n / 1e3);
  else
    std::snprintf(buf, sizeof buf, "%.0f", n);
  return buf;
}

std::string ProgressLine::to_string() const {
  char buf[256];
  std::snprintf(buf, sizeof buf,
                "[train] update %lld | epoch %lld | loss %.4f | ppl %.2f | %s tok/s | lr %.3g | "
                "gnorm %.2f | elapsed %s | left %s",
                static_cast<long long>(update), static_cast<long long>(epoch), loss, std::exp(nll),
                format_count(tokens_per_s).c_str(), lr, grad_norm, format_clock(elapsed_s).c_str(),
                format_clock(remaining_s).c_str());
  std::string line = buf;
  if (ranks > 1) {
    std::snprintf(buf, sizeof buf, " | %d ranks, allreduce %.0f%%", ranks, 100 * allreduce_share);
    line += buf;
  }
  return line;
}

}  // namespace nmt
