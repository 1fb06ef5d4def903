// Linear: y = x W + b over the last axis, one GEMM for all leading positions.
// Parameters: "weight" W[in, out] (Xavier uniform), "bias" b[out] (zeros,
// absent when bias=false). Not here: activations.
#pragma once

#include <cstdint>
#include <memory>

#include "nn/module.h"
#include "tensor/qgemm.h"

namespace nmt {

class Linear : public Module {
 public:
  Linear(int64_t in_dim, int64_t out_dim, Rng& rng, bool bias = true);

  // x[..., in] -> [..., out]; in int8 when set_int8_inference is on and no
  // gradient is wanted.
  Var forward(const Var& x) const;

  const Var& weight() const { return weight_; }  // [in, out]
  const Var& bias() const { return bias_; }      // [out], or undefined
  // The packed int8 weight while set_int8_inference is on, else null.
  const std::shared_ptr<const PackedInt8>& int8() const { return int8_; }
  int64_t in_dim() const { return in_dim_; }
  int64_t out_dim() const { return out_dim_; }

 protected:
  void prepare_int8(bool on) override;

 private:
  int64_t in_dim_;
  int64_t out_dim_;
  Var weight_;  // [in, out]
  Var bias_;    // [out]
  std::shared_ptr<const PackedInt8> int8_;  // weight_ quantized per column, or null
};

}  // namespace nmt
