// int8 GEMM for inference: C[M,N] = A[M,K] Wq[K,N] (+ bias[N]) where A is
// float32 (quantized per row on the fly) and Wq is a weight quantized once,
// symmetrically, with one scale per output column (per output unit: the
// column of a Linear weight [in, out], the row of a vocabulary-major output
// weight [V, D]). Products are exact int32 sums; only the epilogue is float:
//
//   C[i,j] = fma(float(sum_k qa[i,k] qw[k,j]) * sa[i], sw[j], bias[j])
//   qa = round(A[i,:] / sa[i]), sa[i] = max|A[i,:]| / L (0 rows stay 0)
//   qw = round(W[:,j] / sw[j]), sw[j] = max|W[:,j]| / 127, in [-127, 127]
//
// L, the activations' limit, is 127 on the Scalar and Avx512Vnni paths and
// 63 (7 bits) on Avx2, whose byte product would otherwise saturate
// (qgemm_avx2.cpp). Because the sums are exact and the epilogue is one fixed
// expression, paths with the same L give bit-identical results (Avx2 gives
// the bits of the scalar arithmetic with L = 63), and so does any --threads
// (the parallel split only cuts columns).
// Not here: tensors or gradients (nn/int8_linear.h uses this for layers).
//
// Paths, chosen at run time from the CPU flags (never from compile flags, so a
// portable build runs the fastest path the machine has):
//   Avx512Vnni  vpdpbusd: u8 x s8 -> s32. A is shifted to u8 (qa + 128) and
//               128 * colsum(qw) is subtracted from each sum.
//   Avx2        vpmaddubsw + vpmaddwd: u8 x s8 -> s32 through int16 pairs
//               that cannot saturate with 7-bit A shifted to u8 (qa + 64);
//               64 * colsum(qw) is subtracted from each sum.
//   Scalar      plain loops, the reference the others must equal.
// NMT_QGEMM=scalar|avx2|avx512vnni overrides the choice (tests force each).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace nmt {

// Symmetric per-column quantization of a [K, N] matrix whose element (k, j) is
// w[k * stride_k + j * stride_n] (stride_k = N, stride_n = 1 for a row-major
// [K, N]; stride_k = 1, stride_n = K for a vocabulary-major [N, K]).
struct QuantizedColumns {
  int64_t k = 0, n = 0;
  std::vector<int8_t> values;  // [K, N] row-major, in [-127, 127]
  std::vector<float> scales;   // [N]; W[k, j] ~ values[k, j] * scales[j]
};
QuantizedColumns quantize_columns(const float* w, int64_t k, int64_t n, int64_t stride_k,
                                  int64_t stride_n);

// A quantized weight in the layout the kernels read: panels of P columns,
// each a run of K/4 blocks of 4P bytes (P columns x 4 consecutive k), so a
// register tile streams its columns' block of every 4 values of k. P is 64
// (the AVX-512 tile's width) or 16 (the AVX2 tile's: a panel is then one
// contiguous stream that stays in L1 between row tiles, where 16 columns of
// a 64-column panel are 64 bytes every 256 and map to a quarter of L1's
// sets); it is chosen for the path in use when the weight is packed. K is
// padded to a multiple of 4 and N to a multiple of 64 with zeros.
class PackedInt8 {
 public:
  PackedInt8() = default;
  // Packed for qgemm_path(): P = 16 on Avx2, else 64.
  explicit PackedInt8(const QuantizedColumns& q);
  PackedInt8(const QuantizedColumns& q, int64_t panel_cols);

  int64_t k() const { return k_; }
  int64_t n() const { return n_; }
  int64_t k_padded() const { return k_pad_; }
  int64_t panel_cols() const { return panel_; }
  // Column j's 4 values of k-quad 0; those of quad g are g * quad_stride()
  // bytes on, and columns j + 1 .. up to the panel's end follow every 4 bytes.
  const int8_t* column(int64_t j) const { return packed_.data() + offset(j); }
  int64_t quad_stride() const { return 4 * panel_; }
  // The 64 columns from 64 * q when P = 64 (the AVX-512 kernel's view).
  const int8_t* group(int64_t q) const { return column(64 * q); }
  // The quantized value of element (k, j); its scale is scales()[j].
  int8_t at(int64_t k, int64_t j) const { return column(j)[(k / 4) * quad_stride() + k % 4]; }
  const float* scales() const { return scales_.data(); }
  const int32_t* column_sums() const { return col_sums_.data(); }  // [N padded]
  // The columns `ids` (each in [0, n)) in that order, copied in the same
  // layout: the same int8 values, scales and sums, nothing re-quantized
  // (per-column quantization makes a subset exact). The vocabulary shortlist
  // takes its output layer from here for every batch.
  PackedInt8 select_columns(const std::vector<int32_t>& ids) const;
  // Bytes held (the packed values, scales and sums).
  int64_t bytes() const;

 private:
  int64_t offset(int64_t j) const { return (j / panel_) * k_pad_ * panel_ + (j % panel_) * 4; }

  int64_t k_ = 0, n_ = 0, k_pad_ = 0, panel_ = 64;
  std::vector<int8_t> packed_;
  std::vector<float> scales_;      // [N padded], 0 for padding
  std::vector<int32_t> col_sums_;  // [N padded]
};

// C[M, N] (row stride ldc) = A[M, K] (row stride lda) times w, plus bias[N]
// when bias is non-null. Parallel over column blocks in our OpenMP pool
// unless called inside a parallel region or the product is small.
void qgemm(const float* a, int64_t m, int64_t lda, const PackedInt8& w, const float* bias, float* c,
           int64_t ldc);

enum class QgemmPath { Scalar, Avx2, Avx512Vnni };
std::string qgemm_path_name(QgemmPath path);
// L above: the largest |qa| of the path's activations (127 or 63).
int qgemm_activation_limit(QgemmPath path);
// Whether this CPU (and OS) can run the path.
bool qgemm_path_supported(QgemmPath path);
// The path qgemm uses: NMT_QGEMM if set (an unknown or unsupported value warns
// and falls back), else the fastest supported one.
QgemmPath qgemm_path();
// For tests and benchmarks; throws nmt::Error if the CPU lacks the path.
void set_qgemm_path(QgemmPath path);

}  // namespace nmt
