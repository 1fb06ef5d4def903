// General matrix multiply on raw row-major buffers: the one place where nmt's
// FLOPs go. Two kernels sit behind it, Eigen and OpenBLAS (cblas_sgemm), both
// run single-threaded; the parallelism is ours (OpenMP over row blocks of C or
// over the batch), so --threads governs everything.
//
//   C[M,N] = alpha * op(A) * op(B) + beta * C
//   op(A) is A[M,K] (trans_a=false) or A[K,M] transposed (trans_a=true);
//   op(B) is B[K,N] (trans_b=false) or B[N,K] transposed (trans_b=true).
//   lda/ldb/ldc are row strides in elements (row-major leading dimensions).
//
// Called from inside a parallel region (omp_in_parallel()), gemm runs on the
// calling thread only, so callers may parallelise over heads themselves.
#pragma once

#include <cstdint>
#include <string>

namespace nmt {

enum class GemmKernel { Eigen, OpenBlas };

struct GemmArgs {
  bool trans_a = false;
  bool trans_b = false;
  int64_t m = 0, n = 0, k = 0;
  float alpha = 1.0f;
  const float* a = nullptr;
  int64_t lda = 0;
  const float* b = nullptr;
  int64_t ldb = 0;
  float beta = 0.0f;
  float* c = nullptr;
  int64_t ldc = 0;
};

void gemm(const GemmArgs& args);

// `batch` independent products; A, B and C advance by the given strides (in
// elements) per batch item. Parallel over the batch (and rows when the batch is
// smaller than the thread count).
void gemm_batched(const GemmArgs& args, int64_t batch, int64_t stride_a, int64_t stride_b,
                  int64_t stride_c);

// The kernel used by gemm(). Defaults to the faster on this build (NMT_GEMM
// environment variable "eigen"/"openblas" overrides, then the build default).
GemmKernel gemm_kernel();
void set_gemm_kernel(GemmKernel kernel);
std::string gemm_kernel_name(GemmKernel kernel);

// One single-threaded call of the chosen kernel, no splitting: the building block,
// exposed for benchmarks that compare against the plain libraries.
void gemm_single_thread(GemmKernel kernel, const GemmArgs& args);

}  // namespace nmt
