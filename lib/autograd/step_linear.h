// step_linear: linear() for the per-step products of a recurrence, where the
// same weight W[in, out] meets a new x[B, in] at every time step (the LSTM's
// h W_hh, the decoder cell's input product). The GEMM libraries copy W into
// their panel layout on every call (Eigen's gemm_pack_lhs was about 8% of an
// RNN training step); a StepWeight packs W (tensor/packed_gemm.h) and W^T
// once per sequence, and every step's forward (x W) and backward (dY W^T)
// multiply by the packed copies. The weight gradient (X^T dY, k = B) stays a
// library GEMM. Values and gradients are linear()'s up to the order of the
// sums (packed_gemm's fma chains over k in order, the same for any --threads).
//
// A StepWeight is a snapshot: make it after the weight's last update and
// before the steps that use it (an optimizer step invalidates it).
// Not here: inference with packed weights (autograd/packed_linear.h, no tape).
#pragma once

#include <memory>

#include "autograd/var.h"
#include "tensor/packed_gemm.h"

namespace nmt {

struct StepWeight {
  Var weight;                                 // W[in, out], the parameter itself
  std::shared_ptr<const PackedF32> packed;    // W as k = in, n = out
  std::shared_ptr<const PackedF32> packed_t;  // W^T as k = out, n = in

  // Packs weight[in, out] (rank 2) both ways.
  static StepWeight pack(const Var& weight);
};

// x[..., in] W[in, out] (+ bias[out], which may be undefined) -> [..., out],
// on the tape like linear(): gradients to x, W and bias.
Var step_linear(const Var& x, const StepWeight& w, const Var& bias);

// Whether the per-step products should use StepWeights now: gradients on,
// float32 weight products (a bf16 WeightGemmPrecision keeps linear()), and
// packing not turned off (NMT_PACKED_GEMM=off).
bool step_packing_wanted();

}  // namespace nmt
