// Adam and AdamW over a list of named parameters, with one fused pass per
// parameter (moment updates and the step together; OpenMP over elements for
// large tensors). The update is elementwise, so results do not depend on the
// thread count. The learning rate is passed to step() by the caller (see
// train/lr_schedule.h); gradient clipping is train/grad_clip.h.
// Parameters whose grad is undefined (not reached by backward) are skipped:
// their value, moments and step count stay as they are.
// The state (moments and step counts) exports to and imports from a plain
// struct of float vectors, so a checkpoint can restore it bit for bit.
// Not here: zeroing is offered, but calling it is the training loop's job.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "autograd/var.h"

namespace nmt {

// (name, parameter) pairs, as the nn registry's named_parameters() returns.
using NamedParams = std::vector<std::pair<std::string, Var>>;

enum class WeightDecay {
  L2,         // Adam: g += weight_decay * p before the moments (coupled)
  Decoupled,  // AdamW: p -= lr * weight_decay * p, outside the moments
};

struct AdamConfig {
  float beta1 = 0.9f;
  float beta2 = 0.98f;  // the Transformer paper's value; 0.999 is PyTorch's
  float eps = 1e-9f;
  float weight_decay = 0.0f;
  WeightDecay decay_mode = WeightDecay::Decoupled;
};

// Everything Adam remembers, as plain data. Only parameters that have been
// updated at least once appear; the others restart from zero moments.
struct AdamParamState {
  std::string name;           // the parameter's registry name
  std::vector<int64_t> dims;  // its shape
  int64_t step = 0;           // updates this parameter received (bias correction)
  std::vector<float> m;       // first moment, numel values
  std::vector<float> v;       // second moment, numel values
};

struct AdamState {
  int64_t step = 0;  // step() calls so far
  std::vector<AdamParamState> params;
};

struct Checkpoint;  // io/checkpoint_file.h

// The state in a checkpoint file's terms: tensors "adam.m.<param>" and
// "adam.v.<param>" with the parameter's shape, counters "adam.step" (step()
// calls) and "adam.step.<param>" (that parameter's updates). Other entries of
// the checkpoint are left alone. Loading throws nmt::Error when the counter
// "adam.step" is missing or a parameter lacks one of its three entries.
void save_adam_state(const AdamState& state, Checkpoint& checkpoint);
AdamState load_adam_state(const Checkpoint& checkpoint);

class Adam {
 public:
  // Throws nmt::Error on an undefined Var, a repeated name or a bad config.
  Adam(NamedParams params, const AdamConfig& config);

  // One update of every parameter with a defined grad, at learning rate lr.
  void step(float lr);
  // Drops every parameter's gradient.
  void zero_grad();

  // step() calls so far (the schedule's step counter).
  int64_t step_count() const { return step_; }
  const AdamConfig& config() const { return config_; }
  const NamedParams& params() const { return params_; }

  AdamState export_state() const;
  // Replaces the state. Throws nmt::Error if a name is unknown or a shape
  // differs from the parameter's; parameters absent from `state` are reset.
  void import_state(const AdamState& state);

 private:
  struct Moments {
    int64_t step = 0;
    std::vector<float> m, v;  // empty until the first update
  };
  void update(Var& param, Moments& moments, float lr);

  NamedParams params_;
  AdamConfig config_;
  std::vector<Moments> moments_;  // parallel to params_
  int64_t step_ = 0;
};

}  // namespace nmt
