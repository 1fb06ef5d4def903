#include "nn/dropout.h"

#include "autograd/ops.h"
#include "base/error.h"

namespace nmt {

Dropout::Dropout(float p, Rng& rng) : p_(p), rng_(&rng) {
  NMT_CHECK(p >= 0.0f && p < 1.0f, "Dropout: probability ", p, " outside [0, 1)");
}

Var Dropout::forward(const Var& x) const {
  if (!is_training() || p_ == 0.0f) return x;
  return dropout(x, p_, *rng_);
}

Var Dropout::forward_relu(const Var& x) const {
  if (!is_training() || p_ == 0.0f) return relu(x);
  return relu_dropout(x, p_, *rng_);
}

}  // namespace nmt
