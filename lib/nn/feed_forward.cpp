#include "nn/feed_forward.h"

#include "autograd/ops.h"

namespace nmt {

PositionwiseFeedForward::PositionwiseFeedForward(int64_t dim, int64_t hidden_dim, float dropout,
                                                 Rng& init_rng, Rng& dropout_rng)
    : linear1_(dim, hidden_dim, init_rng),
      linear2_(hidden_dim, dim, init_rng),
      dropout_(dropout, dropout_rng) {
  register_module("linear1", linear1_);
  register_module("linear2", linear2_);
  register_module("dropout", dropout_);
}

Var PositionwiseFeedForward::forward(const Var& x) const {
  return linear2_.forward(dropout_.forward_relu(linear1_.forward(x)));
}

}  // namespace nmt
