// packed_linear: the float32 inference form of linear() with a weight packed
// once (tensor/packed_gemm.h): y = x W + b, summed exactly as gemm_small_m
// sums, without repacking W on every call. It records nothing on the tape:
// layers call it only when no gradient is wanted (!grad_enabled()).
// Not here: choosing when to use it (nn/Module::set_packed_inference).
#pragma once

#include "autograd/var.h"
#include "tensor/packed_gemm.h"

namespace nmt {

// x[..., K] -> [..., N] for w of K x N; bias[N] may be undefined.
Var packed_linear(const Var& x, const PackedF32& w, const Var& bias);

// The same product of x[rows, K] written into out[rows, N]: out is kept when
// it already has that shape and no other tensor shares its storage, else it
// gets new storage. A decoding step that makes the same [rows, V] logits
// step after step then writes into pages it has already touched instead of
// fresh ones (one page fault per 4 KB).
void packed_linear_into(const Tensor& x, const PackedF32& w, const Var& bias, Tensor& out);

// The packed form of a weight W[K, N] (a Linear's [in, out]).
PackedF32 pack_f32_columns(const Tensor& weight);
// The packed form of the products x E^T with E[V, D] (a tied embedding used
// as the output layer): K = D, N = V.
PackedF32 pack_f32_rows(const Tensor& table);

}  // namespace nmt
