// int8_linear: the inference form of linear() with a weight quantized and
// packed once (tensor/qgemm.h): y = x Wq + b, activations quantized per row
// on the fly, float32 in and out. It records nothing on the tape: layers call
// it only when no gradient is wanted (!grad_enabled()).
// Not here: choosing when to use it (nn/Module::set_int8_inference).
#pragma once

#include "autograd/var.h"
#include "tensor/qgemm.h"

namespace nmt {

// x[..., K] -> [..., N] for w of K x N; bias[N] may be undefined.
Var int8_linear(const Var& x, const PackedInt8& w, const Var& bias);

// The packed int8 form of a weight W[K, N] (a Linear's [in, out]), one scale
// per column.
PackedInt8 pack_int8_columns(const Tensor& weight);
// The packed int8 form of the products x E^T with E[V, D] (a tied embedding
// used as the output layer): K = D, N = V, one scale per row of E.
PackedInt8 pack_int8_rows(const Tensor& table);

}  // namespace nmt
