// The per-path kernels behind packed_gemm() (tensor/packed_gemm.h), each over
// one block of column groups of C. Internal to lib/tensor: packed_gemm.cpp
// picks the path and splits the groups; each kernel file compiles its own
// instruction set with target pragmas.
#pragma once

#include <cstdint>

#include "tensor/packed_gemm.h"

namespace nmt::packed_gemm_detail {

struct Block {
  const float* a = nullptr;  // [m, k], row stride lda
  int64_t m = 0, lda = 0;
  const PackedF32* w = nullptr;
  int64_t q0 = 0, q1 = 0;  // column groups [q0, q1)
  const float* bias = nullptr;
  float* c = nullptr;
  int64_t ldc = 0;
};

void block_scalar(const Block& b);
void block_avx2(const Block& b);
void block_avx512(const Block& b);

}  // namespace nmt::packed_gemm_detail
