// The lines training prints to stderr: one per --log-every updates (update,
// epoch, loss, perplexity, tokens/s, learning rate, elapsed and remaining
// time) and one per validation. Formatting only; the loop owns the numbers.
#pragma once

#include <cstdint>
#include <string>

namespace nmt {

// "1:02:03" for 3723 seconds; "?" for a negative value.
std::string format_clock(double seconds);
// "9.3M", "812.5k", "950"
std::string format_count(double n);

struct ProgressLine {
  int64_t update = 0;
  int64_t epoch = 0;        // 1-based epoch of the last batch
  double loss = 0;          // mean label-smoothed loss per target token over the interval
  double nll = 0;           // mean NLL per target token over the interval (for perplexity)
  double tokens_per_s = 0;  // target tokens per second over the interval
  double lr = 0;
  double grad_norm = 0;  // mean pre-clipping gradient norm over the interval
  double elapsed_s = 0;
  double remaining_s = -1;     // < 0: unknown (no limit given)
  int ranks = 1;               // processes training together (tokens/s is their sum)
  double allreduce_share = 0;  // of the interval spent summing gradients (ranks > 1)
  std::string to_string() const;
};

}  // namespace nmt
