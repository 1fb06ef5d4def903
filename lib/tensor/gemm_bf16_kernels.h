// The native bf16 engine behind gemm(GemmPrecision::Bf16) (tensor/gemm.h) on
// CPUs with AVX512-BF16 (Zen 4/5, Cooper Lake, Sapphire Rapids and later).
// Internal to lib/tensor: gemm.cpp calls gemm_batched_bf16_native when the
// engine is native; gemm_bf16.cpp packs the operands and splits the work;
// gemm_bf16_avx512.cpp holds everything that needs the instructions.
//
// Each call rounds both operands to bf16 (round to nearest even, as
// bf16_round) into the kernel's layouts, in pooled storage:
//   A  op(A) as rows of k2 / 2 32-bit words, k2 = k rounded up to even; word
//      (i, g) holds the bf16 pair (op(A)[i, 2g], op(A)[i, 2g + 1]), low half first
//   B  op(B) in groups of 64 columns, group q = [k2 / 2][64] words; word
//      (g, c) holds (op(B)[2g, 64q + c], op(B)[2g + 1, 64q + c])
// (an odd k pads one zero on both sides). VDPBF16PS multiplies a broadcast A
// word by 16 B words and adds both products to 16 float32 sums, so a register
// tile of 6 rows x 64 columns needs 4 loads and 6 broadcasts per 24
// instructions. Each element of C is one chain over g in order, whatever the
// split, so results are bit-identical for any --threads.
#pragma once

#include <cstdint>

#include "tensor/gemm.h"

namespace nmt::gemm_bf16_detail {

constexpr int64_t kGroupCols = 64;
// Rows of a register tile (block_avx512), and the rows of op(A) / pair rows
// of op(B) that one step of the transposed packing writes: a caller that
// splits the work cuts rows at multiples of kTileRows and, when packing a
// transposed operand, at multiples of kPackStep.
constexpr int64_t kTileRows = 6;
constexpr int64_t kPackStep = 16;

// Words per packed row of A, and per packed B (all groups).
inline int64_t pair_count(int64_t k) {
  return (k + 1) / 2;
}
inline int64_t packed_b_words(int64_t k, int64_t n) {
  return pair_count(k) * kGroupCols * ((n + kGroupCols - 1) / kGroupCols);
}

// op(A) rows [i0, i1) of one item into out (row i at out + i * pair_count(k)).
void pack_a_avx512(const GemmArgs& g, const float* a, int64_t i0, int64_t i1, uint32_t* out);
// op(B) pair rows [g0, g1) of one item into out (packed_b_words layout).
void pack_b_avx512(const GemmArgs& g, const float* b, int64_t g0, int64_t g1, uint32_t* out);

// C rows [i0, i1) x column groups [q0, q1) of one item:
// C = alpha * A B + beta * C (beta == 0 never reads C).
struct Block {
  const uint32_t* a = nullptr;
  const uint32_t* b = nullptr;
  int64_t n = 0, pairs = 0;
  int64_t i0 = 0, i1 = 0, q0 = 0, q1 = 0;
  float alpha = 1.0f, beta = 0.0f;
  float* c = nullptr;
  int64_t ldc = 0;
};
void block_avx512(const Block& b);

// The native product of gemm_batched (same arguments); the caller has
// checked them and that the engine is native.
void gemm_batched_bf16_native(const GemmArgs& args, int64_t batch, int64_t stride_a,
                              int64_t stride_b, int64_t stride_c);

}  // namespace nmt::gemm_bf16_detail
