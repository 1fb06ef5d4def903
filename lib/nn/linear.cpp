#include "nn/linear.h"

#include "autograd/int8_linear.h"
#include "autograd/ops.h"
#include "base/error.h"

namespace nmt {

Linear::Linear(int64_t in_dim, int64_t out_dim, Rng& rng, bool bias)
    : in_dim_(in_dim), out_dim_(out_dim) {
  NMT_CHECK(in_dim > 0 && out_dim > 0, "Linear: bad size ", in_dim, " x ", out_dim);
  weight_ = register_parameter("weight", init::xavier_uniform({in_dim, out_dim}, rng));
  if (bias) bias_ = register_parameter("bias", init::zeros({out_dim}));
}

Var Linear::forward(const Var& x) const {
  if (int8_ && !grad_enabled()) return int8_linear(x, *int8_, bias_);
  return linear(x, weight_, bias_);
}

void Linear::prepare_int8(bool on) {
  int8_ = on ? std::make_shared<PackedInt8>(pack_int8_columns(weight_.value())) : nullptr;
}

}  // namespace nmt
