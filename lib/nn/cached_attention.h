// The key/value caches of incremental Transformer decoding and the attention
// of one query position over them, without copying caches when beam search
// reorders rows.
//
//   self cache   per past step s, the fused q|k|v projection [N_s, 3D] of
//                that step exactly as the GEMM wrote it (no copy, no growth)
//   cross cache  the fused k|v projection of the encoder output [B * S, 2D],
//                one block of S rows per source sentence, computed once on B
//                rows however wide the beam
//   DecodeRows   where each of the N current rows reads: its source sentence
//                (cross cache block) and, for every past step s, the row of
//                step s it descends from (self cache row). select() only
//                rewrites these small index maps (O(N x steps) integers).
// Column layout inside a projection row: part p (q, k, v), head h, feature j
// at p * D + h * dk + j, as MultiHeadAttention splits its heads.
// Not here: the projections themselves (multi_head_attention.h), the search.
// Dimension legend: B sentences, S source length, D model, H heads, dk = D / H,
// N current rows (B x beam, minus finished sentences), T steps so far.
#pragma once

#include <cstdint>
#include <vector>

#include "tensor/tensor.h"

namespace nmt {

struct DecodeRows {
  std::vector<int32_t> sentence;             // [N] source sentence of each row
  std::vector<int32_t> source_length;        // [B] true source lengths (>= 1)
  std::vector<std::vector<int32_t>> origin;  // [T][N] row of step s that row n descends from

  // B rows, one per sentence, no steps yet.
  explicit DecodeRows(const std::vector<int32_t>& lengths = {});
  int64_t rows() const { return static_cast<int64_t>(sentence.size()); }
  int64_t steps() const { return static_cast<int64_t>(origin.size()); }
  // Beam search: new row i = old row rows[i] (duplicates allowed).
  void select(const std::vector<int32_t>& rows);
  // Opens a step: its projections will be row-aligned with the current rows.
  void begin_step();
};

struct SelfKvCache {
  // Per step s: [N_s, 3D] q|k|v for the newest step; finished steps [N_s, 2D]
  // k|v once compacted (compact_finished_step), as a step's q is never read
  // again: a third of the cache, which dominates beam search's memory.
  std::vector<Tensor> steps;
};

// Replaces the newest step's [N, 3D] q|k|v by a copy of its [N, 2D] k|v.
// Call when the step is done, before the next one is added.
void compact_finished_step(SelfKvCache& cache);

struct CrossKvCache {
  // [B * S, 2D] k|v per source position; undefined until filled. [B * S, D]
  // v only after drop_row_keys, when keys_t holds the keys.
  Tensor kv;
  int64_t source_len = 0;  // S (the block height of one sentence)
  // Optional (transpose_cross_keys): the keys again as [B, H, dk, S16], S16 =
  // S rounded up to 16, zero past S, so the scores of 16 positions are
  // computed side by side instead of one horizontal sum per position.
  Tensor keys_t;
  bool values_only = false;  // kv holds v alone (drop_row_keys)
  bool empty() const { return !kv.defined(); }
};

// Which kernels run the attention below: the best the CPU has unless set
// lower (tests compare them; all give the same bits). Avx512 and Avx2 fall
// back to the portable loops where a head's size does not fit the vectors.
enum class AttentionKernels { Portable, Avx2, Avx512 };
std::vector<AttentionKernels> supported_attention_kernels();  // Portable first
// Throws nmt::Error if the CPU lacks them.
void set_attention_kernels(AttentionKernels kernels);

// Fills cache.keys_t from cache.kv; attend_cached_source then reads keys
// from it, with the same bits.
void transpose_cross_keys(CrossKvCache& cache, int64_t heads);

// Once keys_t holds the keys, nothing reads kv's copy of them: keeps only
// the values ([B * S, D]), half of the cross caches' memory.
void drop_row_keys(CrossKvCache& cache);

// Every score below is scale * dot(q_h, k_h) with dot summed in one fixed
// order: 16 lane sums, lane l an fma chain over features l, l + 16, ...
// (features past the last multiple of 16 continuing lane 0), then 0 + lane 0
// + lane 1 + ... + lane 15 (the order GCC's `omp simd` reduction compiled to
// on AVX-512, so golden outputs kept their bits).

// Self-attention of the newest step: query row n of steps.back() attends to
// the keys/values of steps 0..T-1 along its origin chain.
// context [N, D] (overwritten); weights (nullable) [N, H, T].
void attend_cached_steps(const SelfKvCache& cache, const DecodeRows& rows, int64_t heads,
                         float* context, float* weights);

// Cross-attention: q [N, D] (row stride q_stride) attends to the cross cache
// block of its sentence, over its true source length.
// context [N, D]; weights (nullable) [N, H, S], zero beyond the true length.
void attend_cached_source(const float* q, int64_t q_stride, const CrossKvCache& cache,
                          const DecodeRows& rows, int64_t heads, float* context, float* weights);

}  // namespace nmt
