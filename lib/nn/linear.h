// Linear: y = x W + b over the last axis, one GEMM for all leading positions.
// Parameters: "weight" W[in, out] (Xavier uniform), "bias" b[out] (zeros,
// absent when bias=false). Not here: activations.
#pragma once

#include <cstdint>

#include "nn/module.h"

namespace nmt {

class Linear : public Module {
 public:
  Linear(int64_t in_dim, int64_t out_dim, Rng& rng, bool bias = true);

  // x[..., in] -> [..., out]
  Var forward(const Var& x) const;

  const Var& weight() const { return weight_; }  // [in, out]
  const Var& bias() const { return bias_; }      // [out], or undefined
  int64_t in_dim() const { return in_dim_; }
  int64_t out_dim() const { return out_dim_; }

 private:
  int64_t in_dim_;
  int64_t out_dim_;
  Var weight_;  // [in, out]
  Var bias_;    // [out]
};

}  // namespace nmt
