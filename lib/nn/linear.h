// Linear: y = x W + b over the last axis, one GEMM for all leading positions.
// Parameters: "weight" W[in, out] (Xavier uniform), "bias" b[out] (zeros,
// absent when bias=false). Not here: activations.
#pragma once

#include <cstdint>
#include <memory>

#include "nn/module.h"
#include "tensor/packed_gemm.h"
#include "tensor/qgemm.h"

namespace nmt {

class Linear : public Module {
 public:
  Linear(int64_t in_dim, int64_t out_dim, Rng& rng, bool bias = true);

  // x[..., in] -> [..., out]; when no gradient is wanted, in int8 when
  // set_int8_inference is on, else from the packed copy when
  // set_packed_inference is on.
  Var forward(const Var& x) const;

  const Var& weight() const { return weight_; }  // [in, out]
  const Var& bias() const { return bias_; }      // [out], or undefined
  // The packed int8 weight while set_int8_inference is on, else null.
  const std::shared_ptr<const PackedInt8>& int8() const { return int8_; }
  // The packed float32 weight while set_packed_inference is on, else null.
  const std::shared_ptr<const PackedF32>& packed() const { return packed_; }
  int64_t in_dim() const { return in_dim_; }
  int64_t out_dim() const { return out_dim_; }

 protected:
  void prepare_int8(bool on) override;
  void prepare_packed(bool on) override;
  void release_packed_original() override;

 private:
  int64_t in_dim_;
  int64_t out_dim_;
  Var weight_;                               // [in, out]
  Var bias_;                                 // [out]
  std::shared_ptr<const PackedInt8> int8_;   // weight_ quantized per column, or null
  std::shared_ptr<const PackedF32> packed_;  // weight_ packed, or null
};

}  // namespace nmt
