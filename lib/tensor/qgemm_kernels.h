// The per-path kernels behind qgemm() (tensor/qgemm.h), each over one block of
// columns of C. Internal to lib/tensor: qgemm.cpp quantizes A, picks the path
// and splits the columns; each kernel file compiles its own instruction set
// with target pragmas, so a portable build still contains every path.
#pragma once

#include <cstdint>

#include "tensor/qgemm.h"

namespace nmt::qgemm_detail {

// The AVX2 path's activations: 7 bits, shifted to u8 (qgemm_avx2.cpp says why).
constexpr int kAvx2ActivationMax = 63, kAvx2ActivationOffset = 64;

struct Block {
  // Quantized rows [m, k_padded]: int8 qa (Scalar), uint8 qa + 64 with qa in
  // [-63, 63] (Avx2) or uint8 qa + 128 (Avx512Vnni); the padding is qa = 0.
  const void* a = nullptr;
  const float* a_scales = nullptr;  // [m]
  int64_t m = 0;
  const PackedInt8* w = nullptr;
  int64_t j0 = 0, j1 = 0;  // columns [j0, j1); j0 a multiple of 64
  const float* bias = nullptr;
  float* c = nullptr;
  int64_t ldc = 0;
};

// The epilogue every path must compute bit for bit.
inline float dequantize(int32_t sum, float a_scale, float w_scale, float bias) {
  return __builtin_fmaf(static_cast<float>(sum) * a_scale, w_scale, bias);
}

void block_scalar(const Block& b);
void block_avx2(const Block& b);
void block_avx512vnni(const Block& b);

}  // namespace nmt::qgemm_detail
