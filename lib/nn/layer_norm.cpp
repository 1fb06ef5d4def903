#include "nn/layer_norm.h"

#include "autograd/ops.h"
#include "base/error.h"

namespace nmt {

LayerNorm::LayerNorm(int64_t dim, float eps) : eps_(eps) {
  NMT_CHECK(dim > 0, "LayerNorm: bad size ", dim);
  gamma_ = register_parameter("weight", init::ones({dim}));
  beta_ = register_parameter("bias", init::zeros({dim}));
}

Var LayerNorm::forward(const Var& x) const {
  return layer_norm(x, gamma_, beta_, eps_);
}

}  // namespace nmt
