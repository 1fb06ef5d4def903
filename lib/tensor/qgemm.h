// int8 GEMM for inference: C[M,N] = A[M,K] Wq[K,N] (+ bias[N]) where A is
// float32 (quantized per row on the fly) and Wq is a weight quantized once,
// symmetrically, with one scale per output column (per output unit: the
// column of a Linear weight [in, out], the row of a vocabulary-major output
// weight [V, D]). Products are exact int32 sums; only the epilogue is float:
//
//   C[i,j] = fma(float(sum_k qa[i,k] qw[k,j]) * sa[i], sw[j], bias[j])
//   qa = round(A[i,:] / sa[i]), sa[i] = max|A[i,:]| / 127 (0 rows stay 0)
//   qw = round(W[:,j] / sw[j]), sw[j] = max|W[:,j]| / 127, both in [-127, 127]
//
// Because the sums are exact and the epilogue is one fixed expression, every
// dispatch path (scalar, AVX2, AVX-512 VNNI) gives bit-identical results, and
// so does any --threads (the parallel split only cuts columns).
// Not here: tensors or gradients (nn/int8_linear.h uses this for layers).
//
// Paths, chosen at run time from the CPU flags (never from compile flags, so a
// portable build runs the fastest path the machine has):
//   Avx512Vnni  vpdpbusd: u8 x s8 -> s32. A is shifted to u8 (qa + 128) and
//               128 * colsum(qw) is subtracted from each sum.
//   Avx2        int8 widened to int16, vpmaddwd: s16 x s16 -> s32 (no
//               saturation, unlike vpmaddubsw with 8-bit operands).
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

// A quantized weight in the layout the kernels read: groups of 64 columns,
// each a run of K/4 blocks of 256 bytes (64 columns x 4 consecutive k), so a
// register tile streams one contiguous block per 4 values of k. K is padded
// to a multiple of 4 and N to a multiple of 64 with zeros.
class PackedInt8 {
 public:
  PackedInt8() = default;
  explicit PackedInt8(const QuantizedColumns& q);

  int64_t k() const { return k_; }
  int64_t n() const { return n_; }
  int64_t k_padded() const { return k_pad_; }
  // The 64 columns from 64 * q: element (k, 64 q + c) at [(k / 4) * 256 + c * 4 + k % 4].
  const int8_t* group(int64_t q) const { return packed_.data() + q * k_pad_ * 64; }
  // The quantized value of element (k, j); its scale is scales()[j].
  int8_t at(int64_t k, int64_t j) const {
    return group(j / 64)[(k / 4) * 256 + (j % 64) * 4 + k % 4];
  }
  const float* scales() const { return scales_.data(); }
  const int32_t* column_sums() const { return col_sums_.data(); }  // [N padded]
  // The columns `ids` (each in [0, n)) in that order, copied in the packed
  // layout: the same int8 values, scales and sums, nothing re-quantized
  // (per-column quantization makes a subset exact). The vocabulary shortlist
  // takes its output layer from here for every batch.
  PackedInt8 select_columns(const std::vector<int32_t>& ids) const;
  // Bytes held (the packed values, scales and sums).
  int64_t bytes() const;

 private:
  int64_t k_ = 0, n_ = 0, k_pad_ = 0;
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
// Whether this CPU (and OS) can run the path.
bool qgemm_path_supported(QgemmPath path);
// The path qgemm uses: NMT_QGEMM if set (an unknown or unsupported value warns
// and falls back), else the fastest supported one.
QgemmPath qgemm_path();
// For tests and benchmarks; throws nmt::Error if the CPU lacks the path.
void set_qgemm_path(QgemmPath path);

}  // namespace nmt
