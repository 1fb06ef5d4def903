#include "nn/linear.h"

#include "autograd/int8_linear.h"
#include "autograd/ops.h"
#include "autograd/packed_linear.h"
#include "base/error.h"

namespace nmt {

Linear::Linear(int64_t in_dim, int64_t out_dim, Rng& rng, bool bias)
    : in_dim_(in_dim), out_dim_(out_dim) {
  NMT_CHECK(in_dim > 0 && out_dim > 0, "Linear: bad size ", in_dim, " x ", out_dim);
  weight_ = register_parameter("weight", init::xavier_uniform({in_dim, out_dim}, rng));
  if (bias) bias_ = register_parameter("bias", init::zeros({out_dim}));
}

Var Linear::forward(const Var& x) const {
  if (!grad_enabled()) {
    if (int8_) return int8_linear(x, *int8_, bias_);
    if (packed_) return packed_linear(x, *packed_, bias_);
  }
  return linear(x, weight_, bias_);
}

void Linear::release_packed_original() {
  if (packed_ || int8_) weight_.mutable_value() = Tensor();
}

void Linear::prepare_packed(bool on) {
  packed_ = on ? std::make_shared<PackedF32>(pack_f32_columns(weight_.value())) : nullptr;
}

void Linear::prepare_int8(bool on) {
  int8_ = on ? std::make_shared<PackedInt8>(pack_int8_columns(weight_.value())) : nullptr;
}

}  // namespace nmt
