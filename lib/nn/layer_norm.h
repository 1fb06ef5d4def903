// LayerNorm over the last axis: (x - mean) / sqrt(var + eps) * gamma + beta,
// one fused op. Parameters "weight" gamma[D] (ones) and "bias" beta[D] (zeros).
#pragma once

#include <cstdint>

#include "nn/module.h"

namespace nmt {

class LayerNorm : public Module {
 public:
  explicit LayerNorm(int64_t dim, float eps = 1e-5f);

  // x[..., D] -> [..., D]
  Var forward(const Var& x) const;

 private:
  float eps_;
  Var gamma_;  // [D]
  Var beta_;   // [D]
};

}  // namespace nmt
