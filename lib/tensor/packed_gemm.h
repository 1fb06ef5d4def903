// float32 GEMM against a weight packed once: C[M,N] = A[M,K] W[K,N] (+ bias[N])
// for inference, where the same weight meets a new A at every decoding step.
// The libraries (Eigen, OpenBLAS) copy W into their panel layout on every
// call (9% of beam-5 decoding went to Eigen's gemm_pack_lhs); gemm_small_m
// avoids the copy only up to 64 rows and reads W with a stride of a whole row.
// PackedF32 makes that copy once, in groups of 64 columns. Inside a group the
// columns are cut into panels as wide as the kernel's register tile, each
// stored [K][panel] contiguously, so a tile streams one run of memory from its
// start: one 64-column panel for AVX-512, four 16-column panels for AVX2 (a
// 16-column slice of a [K][64] run is one cache line in four, which maps to a
// quarter of L1's sets and so never stays in L1 from one row tile to the next).
//
//   C[i,j] = fma chain over p = 0..K-1 of A[i,p] * W[p,j], from 0, in order,
//            then + bias[j] (one rounding), exactly as gemm_small_m sums
//
// so results are bit-identical across the dispatch paths, for any --threads
// (the split only cuts 64-column groups), and equal to gemm_small_m's (the
// kernel of today's decoding steps up to 64 rows; the libraries block k
// differently, so products of more rows differ from theirs in the last bits).
// Not here: tensors or gradients (autograd/packed_linear.h uses this for layers).
//
// Paths, chosen at run time from the CPU flags (target pragmas per kernel
// file, so a portable build holds them all):
//   Avx512  tiles of 6 rows x 64 columns (24 zmm accumulators)
//   Avx2    tiles of 6 rows x 16 columns (12 ymm accumulators), 4 per group
//   Scalar  std::fma loops, the reference the others must equal
// NMT_PACKED_GEMM=scalar|avx2|avx512 overrides the choice (tests force each);
// NMT_PACKED_GEMM=off makes packed_gemm_enabled() false, so inference leaves
// the weights unpacked and runs as before packing (for comparisons).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace nmt {

class PackedF32 {
 public:
  static constexpr int64_t kGroupCols = 64;
  static constexpr int64_t kAvx2PanelCols = 16;  // the AVX2 tile's width

  // W[K, N] whose element (p, j) is w[p * stride_k + j * stride_n] (stride_k
  // = N, stride_n = 1 for a row-major [K, N]; stride_k = 1, stride_n = K for a
  // vocabulary-major [N, K] used transposed). Columns past N are zeros.
  PackedF32(const float* w, int64_t k, int64_t n, int64_t stride_k, int64_t stride_n);

  int64_t k() const { return k_; }
  int64_t n() const { return n_; }
  int64_t groups() const { return (n_ + kGroupCols - 1) / kGroupCols; }
  // Columns per panel: 16 when packed for the AVX2 path, else 64 (the kernel
  // in use when the weight was packed; every kernel reads either layout).
  int64_t panel_cols() const { return panel_; }
  // Group q, 64-byte aligned: element (p, 64 q + c) at [offset(p, c)].
  const float* group(int64_t q) const { return data_.get() + q * k_ * kGroupCols; }
  int64_t offset(int64_t p, int64_t c) const {
    return (c / panel_) * k_ * panel_ + p * panel_ + c % panel_;
  }
  float at(int64_t p, int64_t j) const { return group(j / kGroupCols)[offset(p, j % kGroupCols)]; }
  int64_t bytes() const { return groups() * k_ * kGroupCols * int64_t{sizeof(float)}; }
  // The columns `ids` (in that order) as a weight of their own, copied in the
  // packed layout: the same bits as packing those columns from the original.
  // The vocabulary shortlist takes its float32 output layer from here for
  // every batch; gathering the columns from the [K][panel] runs one column
  // at a time reads each run about once when the ids are sorted.
  PackedF32 select_columns(const std::vector<int32_t>& ids) const;

 private:
  PackedF32() = default;

  int64_t k_ = 0, n_ = 0, panel_ = kGroupCols;
  // From the tensor pool (tensor/buffer_pool.h): a weight released after
  // packing (Module::set_packed_inference) returns a block of the same size
  // that the next layer's packed copy reuses, so packing every layer of a
  // decode-only process keeps about one copy of the weights, not two.
  std::shared_ptr<float> data_;
};

// C (row stride ldc) = A[M, K] (row stride lda) times w, plus bias[N] when
// bias is non-null. Parallel over column groups in our OpenMP pool unless
// called inside a parallel region or the product is small.
void packed_gemm(const float* a, int64_t m, int64_t lda, const PackedF32& w, const float* bias,
                 float* c, int64_t ldc);

enum class PackedGemmPath { Scalar, Avx2, Avx512 };
std::string packed_gemm_path_name(PackedGemmPath path);
bool packed_gemm_path_supported(PackedGemmPath path);
// NMT_PACKED_GEMM if set (an unknown or unsupported value warns and falls
// back), else the widest supported path.
PackedGemmPath packed_gemm_path();
// For tests and benchmarks; throws nmt::Error if the CPU lacks the path.
void set_packed_gemm_path(PackedGemmPath path);
// False when NMT_PACKED_GEMM=off.
bool packed_gemm_enabled();

}  // namespace nmt
