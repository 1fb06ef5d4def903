// One training update of a translator, written once for nmt-train's loop
// (train/trainer.cpp), `nmt-bench train` and `nmt-bench toy`:
//   add_batch_gradients  teacher-forced loss of a batch (Translator::loss: the
//                        output layer fused with label-smoothed
//                        cross-entropy) and its backward, the gradients added
//                        to the parameters'
//   apply_update         global-norm clipping (or just the norm), an Adam step
//                        at the given rate unless the norm is not finite, and
//                        the gradients dropped for the next update
//   train_step           both, for an update of one batch in one process
// Between the two halves the trainer may add more batches (--update-freq) and
// sum the gradients over processes (train/distributed.h).
// Not here: batching, dropout seeding, the schedule, logging (the callers').
#pragma once

#include <cstdint>

#include "data/batch.h"
#include "models/translator.h"
#include "tensor/gemm.h"
#include "train/optimizer.h"

namespace nmt {

// The loss of one batch.
struct BatchLoss {
  float mean = 0.0f;     // smoothed loss per counted target token
  double sum = 0.0;      // mean x tokens
  double sum_nll = 0.0;  // negative log-likelihood of the gold ids, no smoothing
  int64_t tokens = 0;    // counted (non-pad) target tokens
};

// Forward and backward of one batch. With update_tokens > 0 the batch is part
// of a larger update: its mean loss is scaled by tokens / update_tokens before
// backward, so the parts' gradients add up to the update's mean. precision:
// that of the weight products, forward and backward (--precision; bf16 is
// mixed precision, autograd/var.h WeightGemmPrecision); the gradients, the
// weights and the optimizer stay float32 either way.
BatchLoss add_batch_gradients(Translator& model, const Batch& batch, float label_smoothing,
                              double update_tokens = 0.0,
                              GemmPrecision precision = GemmPrecision::Fp32);

// Clips the gradients to a global norm of clip_norm (clip_norm > 0), takes an
// Adam step at lr unless the norm is not finite (inf or NaN: the step is
// skipped), then zeroes the gradients. Returns the norm before clipping.
double apply_update(Adam& adam, double clip_norm, float lr);

struct StepOptions {
  float label_smoothing = 0.0f;
  double clip_norm = 0.0;  // 0 = no clipping
  float lr = 0.0f;
  GemmPrecision precision = GemmPrecision::Fp32;
};
struct StepResult {
  BatchLoss loss;
  double grad_norm = 0.0;  // before clipping; not finite when the step was skipped
};

// add_batch_gradients + apply_update for an update of one batch.
StepResult train_step(Translator& model, Adam& adam, const Batch& batch,
                      const StepOptions& options);

}  // namespace nmt
