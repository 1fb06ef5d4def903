// Dropout: inverted dropout with probability p while the module is in training
// mode; the identity in eval mode (and under NoGradGuard, as the op itself is).
// The random stream is an Rng owned by the caller (typically one per model,
// saved with the training state so a resumed run draws the same masks); it
// must outlive the module. No parameters.
#pragma once

#include "nn/module.h"

namespace nmt {

class Dropout : public Module {
 public:
  Dropout(float p, Rng& rng);

  // x[...] -> [...]
  Var forward(const Var& x) const;
  // dropout(relu(x)) fused (one pass, keeps only its output); relu(x) in eval mode.
  Var forward_relu(const Var& x) const;
  float p() const { return p_; }
  // The probability forward() drops with now: p in training mode, 0 in eval
  // mode. For ops that fuse their dropout (dot_product_attention).
  float active_p() const { return is_training() ? p_ : 0.0f; }
  Rng& rng() const { return *rng_; }

 private:
  float p_;
  Rng* rng_;
};

}  // namespace nmt
