#include "tensor/gemm.h"

#include <cblas.h>
#include <omp.h>

#include <Eigen/Core>
#include <algorithm>
#include <cstdlib>
#include <cstring>

#include "base/error.h"

namespace nmt {
namespace {

using RowMajor = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
using Stride = Eigen::OuterStride<Eigen::Dynamic>;
using ConstMap = Eigen::Map<const RowMajor, Eigen::Unaligned, Stride>;
using MutMap = Eigen::Map<RowMajor, Eigen::Unaligned, Stride>;

void eigen_gemm(const GemmArgs& g) {
  const int64_t a_rows = g.trans_a ? g.k : g.m, a_cols = g.trans_a ? g.m : g.k;
  const int64_t b_rows = g.trans_b ? g.n : g.k, b_cols = g.trans_b ? g.k : g.n;
  ConstMap a(g.a, a_rows, a_cols, Stride(g.lda));
  ConstMap b(g.b, b_rows, b_cols, Stride(g.ldb));
  MutMap c(g.c, g.m, g.n, Stride(g.ldc));
  if (g.beta == 0.0f) {
    if (!g.trans_a && !g.trans_b) c.noalias() = g.alpha * (a * b);
    else if (g.trans_a && !g.trans_b) c.noalias() = g.alpha * (a.transpose() * b);
    else if (!g.trans_a && g.trans_b) c.noalias() = g.alpha * (a * b.transpose());
    else c.noalias() = g.alpha * (a.transpose() * b.transpose());
    return;
  }
  if (g.beta != 1.0f) c *= g.beta;
  if (!g.trans_a && !g.trans_b) c.noalias() += g.alpha * (a * b);
  else if (g.trans_a && !g.trans_b) c.noalias() += g.alpha * (a.transpose() * b);
  else if (!g.trans_a && g.trans_b) c.noalias() += g.alpha * (a * b.transpose());
  else c.noalias() += g.alpha * (a.transpose() * b.transpose());
}

void openblas_gemm(const GemmArgs& g) {
  cblas_sgemm(CblasRowMajor, g.trans_a ? CblasTrans : CblasNoTrans,
              g.trans_b ? CblasTrans : CblasNoTrans, static_cast<int>(g.m),
              static_cast<int>(g.n), static_cast<int>(g.k), g.alpha, g.a,
              static_cast<int>(g.lda), g.b, static_cast<int>(g.ldb), g.beta, g.c,
              static_cast<int>(g.ldc));
}

GemmKernel initial_kernel() {
  // OpenBLAS must never start its own threads: all parallelism is ours.
  openblas_set_num_threads(1);
  if (const char* env = std::getenv("NMT_GEMM")) {
    if (std::strcmp(env, "openblas") == 0) return GemmKernel::OpenBlas;
    if (std::strcmp(env, "eigen") == 0) return GemmKernel::Eigen;
  }
  return std::strcmp(NMT_DEFAULT_GEMM, "openblas") == 0 ? GemmKernel::OpenBlas : GemmKernel::Eigen;
}

GemmKernel& current_kernel() {
  static GemmKernel kernel = initial_kernel();
  return kernel;
}

void check_args(const GemmArgs& g) {
  NMT_CHECK(g.m >= 0 && g.n >= 0 && g.k >= 0, "gemm: negative size m=", g.m, " n=", g.n, " k=", g.k);
}

}  // namespace

GemmKernel gemm_kernel() { return current_kernel(); }
void set_gemm_kernel(GemmKernel kernel) { current_kernel() = kernel; }

std::string gemm_kernel_name(GemmKernel kernel) {
  return kernel == GemmKernel::Eigen ? "eigen" : "openblas";
}

void gemm_single_thread(GemmKernel kernel, const GemmArgs& args) {
  if (args.m == 0 || args.n == 0) return;
  if (args.k == 0) {  // C = beta * C; the kernels disagree on this edge case
    for (int64_t i = 0; i < args.m; ++i)
      for (int64_t j = 0; j < args.n; ++j)
        args.c[i * args.ldc + j] = args.beta == 0.0f ? 0.0f : args.beta * args.c[i * args.ldc + j];
    return;
  }
  if (kernel == GemmKernel::Eigen) eigen_gemm(args);
  else openblas_gemm(args);
}

void gemm(const GemmArgs& args) {
  check_args(args);
  const GemmKernel kernel = gemm_kernel();
  const int threads = omp_in_parallel() ? 1 : omp_get_max_threads();
  // Small products are not worth splitting.
  if (threads == 1 || args.m * args.n * args.k < (1 << 18)) {
    gemm_single_thread(kernel, args);
    return;
  }
  // Split rows of C into one block per thread (A's rows, or A's columns if transposed).
#pragma omp parallel num_threads(threads)
  {
    const int t = omp_get_thread_num(), nt = omp_get_num_threads();
    const int64_t begin = args.m * t / nt, end = args.m * (t + 1) / nt;
    if (end > begin) {
      GemmArgs part = args;
      part.m = end - begin;
      part.a = args.trans_a ? args.a + begin : args.a + begin * args.lda;
      part.c = args.c + begin * args.ldc;
      gemm_single_thread(kernel, part);
    }
  }
}

void gemm_batched(const GemmArgs& args, int64_t batch, int64_t stride_a, int64_t stride_b,
                  int64_t stride_c) {
  check_args(args);
  const GemmKernel kernel = gemm_kernel();
  const bool parallel = !omp_in_parallel() && omp_get_max_threads() > 1 && batch > 1;
#pragma omp parallel for schedule(static) if (parallel)
  for (int64_t i = 0; i < batch; ++i) {
    GemmArgs item = args;
    item.a = args.a + i * stride_a;
    item.b = args.b + i * stride_b;
    item.c = args.c + i * stride_c;
    gemm_single_thread(kernel, item);
  }
}

}  // namespace nmt
