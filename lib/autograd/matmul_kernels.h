// The GEMM calls behind matmul (ops_linalg.cpp), for the ops that multiply
// without recording a matmul node of their own (the fused attention of
// ops_attention.cpp). Same calls, so the same bits as matmul.
// Internal to lib/autograd.
#pragma once

#include <cstdint>

#include "tensor/gemm.h"
#include "tensor/shape.h"

namespace nmt {

// op(a) op(b) for a[..., M, K] (or [..., K, M] transposed) and b of the same
// leading dimensions, or rank 2 and shared by all of them.
struct MatmulDims {
  int64_t lead = 1;  // product of the leading (batch) dimensions of a
  int64_t m = 0, n = 0, k = 0;
  int64_t a_cols = 0, b_cols = 0;                 // row strides of the stored a and b
  bool shared_b = false;                          // b is rank 2 and used for every leading index
  GemmPrecision precision = GemmPrecision::Fp32;  // weight_gemm_precision() when shared_b
  Shape out;
};

// Checks the shapes (an nmt::Error naming "matmul" otherwise).
MatmulDims matmul_dims(const Shape& a, const Shape& b, bool ta, bool tb);
// c = op(a) op(b).
void matmul_forward(const MatmulDims& d, const float* a, const float* b, float* c, bool ta,
                    bool tb);
// ga = beta ga + dC op(b)^T (transposed when a was used transposed).
void matmul_grad_a(const MatmulDims& d, const float* g, const float* b, float* ga, float beta,
                   bool ta, bool tb);
// gb = beta gb + op(a)^T dC (transposed when b was used transposed).
void matmul_grad_b(const MatmulDims& d, const float* g, const float* a, float* gb, float beta,
                   bool ta, bool tb);

}  // namespace nmt
