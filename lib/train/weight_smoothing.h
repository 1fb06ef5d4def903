// Exponential moving average of the weights (Marian's --exponential-smoothing,
// Polyak averaging): after every applied update,
//   avg = d_t * avg + (1 - d_t) * param,   d_t = min(1 - smoothing, (1 + t) / (10 + t))
// with t the number of averaged updates so far, so the average follows the
// parameters closely at the start (TensorFlow's ExponentialMovingAverage with
// num_updates) and settles to 1 - smoothing. The average starts as a copy of
// the parameters. Elementwise, so the result is the same for any thread count
// and on every rank of a distributed run that applies the same update.
// The trainer validates and saves the model with the average swapped in
// (ScopedAverage); the checkpoint keeps both, so a resumed run continues the
// same average bit for bit.
// Not here: when to update (the training loop), the files (io/).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "io/named_tensor.h"
#include "train/optimizer.h"

namespace nmt {

class WeightSmoothing {
 public:
  // smoothing in (0, 1): 1e-4 is Marian's default when the flag is given bare.
  WeightSmoothing(const NamedParams& params, double smoothing);

  // The decay used for the next update (before it is counted).
  double next_decay() const;
  // Folds the parameters' current values into the average.
  void update();
  int64_t updates() const { return updates_; }

  // Checkpoint entries: one tensor "ema.<param>" per parameter (same shape),
  // and the update count. restore throws nmt::Error naming source when a
  // parameter's average is missing or has another shape.
  std::vector<NamedTensor> tensors() const;
  void restore(const std::vector<NamedTensor>& tensors, int64_t updates, const std::string& source);

  // Exchanges the parameters' values with the average (twice = no change).
  void swap_into_parameters();

 private:
  NamedParams params_;
  std::vector<Tensor> average_;  // parallel to params_
  double smoothing_;
  int64_t updates_ = 0;
};

// Swaps the average in for the lifetime of the object (nothing when null).
class ScopedAverage {
 public:
  explicit ScopedAverage(WeightSmoothing* smoothing) : smoothing_(smoothing) {
    if (smoothing_) smoothing_->swap_into_parameters();
  }
  ~ScopedAverage() {
    if (smoothing_) smoothing_->swap_into_parameters();
  }
  ScopedAverage(const ScopedAverage&) = delete;
  ScopedAverage& operator=(const ScopedAverage&) = delete;

 private:
  WeightSmoothing* smoothing_;
};

}  // namespace nmt
