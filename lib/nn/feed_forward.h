// Position-wise feed-forward block of the Transformer:
//   x[..., D] -> Linear(D, F) -> ReLU -> Dropout -> Linear(F, D) -> [..., D]
// Children "linear1" [D, F], "linear2" [F, D], "dropout".
// Not here: the residual connection and layer norm around it (models/).
#pragma once

#include <cstdint>

#include "nn/dropout.h"
#include "nn/linear.h"
#include "nn/module.h"

namespace nmt {

class PositionwiseFeedForward : public Module {
 public:
  PositionwiseFeedForward(int64_t dim, int64_t hidden_dim, float dropout, Rng& init_rng,
                          Rng& dropout_rng);

  // x[..., D] -> [..., D]
  Var forward(const Var& x) const;

 private:
  Linear linear1_;  // D -> F
  Linear linear2_;  // F -> D
  Dropout dropout_;
};

}  // namespace nmt
