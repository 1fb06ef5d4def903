#include "train/update_step.h"

#include <cmath>

#include "autograd/ops.h"
#include "train/grad_clip.h"

namespace nmt {

BatchLoss add_batch_gradients(Translator& model, const Batch& batch, float label_smoothing,
                              double update_tokens, GemmPrecision precision) {
  const WeightGemmPrecision mixed(precision);
  // Output layer and loss fused: the [tokens x vocab] logits, the largest
  // tensor of a step, are made and consumed a block of rows at a time.
  CrossEntropyResult ce = model.loss(batch, label_smoothing);
  const double share = update_tokens > 0 ? ce.tokens / update_tokens : 1.0;
  backward(share == 1.0 ? ce.loss : scale(ce.loss, static_cast<float>(share)));
  BatchLoss loss;
  loss.mean = ce.loss.value().at(0);
  loss.sum = loss.mean * ce.tokens;
  loss.sum_nll = ce.sum_nll;
  loss.tokens = ce.tokens;
  return loss;
}

double apply_update(Adam& adam, double clip_norm, float lr) {
  const double norm =
      clip_norm > 0 ? clip_grad_norm(adam.params(), clip_norm) : grad_global_norm(adam.params());
  if (std::isfinite(norm)) adam.step(lr);
  adam.zero_grad();
  return norm;
}

StepResult train_step(Translator& model, Adam& adam, const Batch& batch,
                      const StepOptions& options) {
  StepResult result;
  result.loss = add_batch_gradients(model, batch, options.label_smoothing, 0.0, options.precision);
  result.grad_norm = apply_update(adam, options.clip_norm, options.lr);
  return result;
}

}  // namespace nmt
