// The two single-threaded GEMM kernels behind gemm() and the rule that picks
// one of them. The parallel split lives in gemm.cpp.

// GCC 12 warns about _mm512_undefined_ps inside its own AVX-512 headers as
// instantiated by Eigen (a known false positive); it must be set before the
// first include that pulls in immintrin.h.
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"

#include <cblas.h>

#include <Eigen/Core>
#include <climits>
#include <cstdlib>
#include <iostream>
#include <set>

#include "base/error.h"
#include "tensor/gemm.h"

extern "C" char* openblas_get_corename(void);

namespace nmt {
namespace {

using RowMajor = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
using Stride = Eigen::OuterStride<Eigen::Dynamic>;
using ConstMap = Eigen::Map<const RowMajor, Eigen::Unaligned, Stride>;
using MutMap = Eigen::Map<RowMajor, Eigen::Unaligned, Stride>;

// dst = alpha * lhs * rhs (+= when accumulate). One noalias product, so Eigen
// folds alpha into its kernel and never allocates a temporary for C.
template <typename Lhs, typename Rhs>
void eigen_product(MutMap& c, const Lhs& lhs, const Rhs& rhs, float alpha, bool accumulate) {
  if (accumulate) {
    if (alpha == 1.0f)
      c.noalias() += lhs * rhs;
    else
      c.noalias() += alpha * (lhs * rhs);
  } else {
    if (alpha == 1.0f)
      c.noalias() = lhs * rhs;
    else
      c.noalias() = alpha * (lhs * rhs);
  }
}

void eigen_gemm(const GemmArgs& g) {
  const int64_t a_rows = g.trans_a ? g.k : g.m, a_cols = g.trans_a ? g.m : g.k;
  const int64_t b_rows = g.trans_b ? g.n : g.k, b_cols = g.trans_b ? g.k : g.n;
  ConstMap a(g.a, a_rows, a_cols, Stride(g.lda));
  ConstMap b(g.b, b_rows, b_cols, Stride(g.ldb));
  MutMap c(g.c, g.m, g.n, Stride(g.ldc));
  const bool accumulate = g.beta != 0.0f;
  if (accumulate && g.beta != 1.0f) c *= g.beta;
  if (!g.trans_a && !g.trans_b)
    eigen_product(c, a, b, g.alpha, accumulate);
  else if (g.trans_a && !g.trans_b)
    eigen_product(c, a.transpose(), b, g.alpha, accumulate);
  else if (!g.trans_a && g.trans_b)
    eigen_product(c, a, b.transpose(), g.alpha, accumulate);
  else
    eigen_product(c, a.transpose(), b.transpose(), g.alpha, accumulate);
}

// OpenBLAS must never run its own threads: all parallelism is ours. Called
// before any kernel use, so even a direct cblas_sgemm elsewhere stays on one thread.
void pin_openblas_to_one_thread() {
  static const bool pinned = (openblas_set_num_threads(1), true);
  (void)pinned;
}

void openblas_gemm(const GemmArgs& g) {
  pin_openblas_to_one_thread();
  NMT_CHECK(g.m <= INT_MAX && g.n <= INT_MAX && g.k <= INT_MAX && g.lda <= INT_MAX &&
                g.ldb <= INT_MAX && g.ldc <= INT_MAX,
            "gemm: sizes too large for OpenBLAS (m=", g.m, " n=", g.n, " k=", g.k, ")");
  cblas_sgemm(CblasRowMajor, g.trans_a ? CblasTrans : CblasNoTrans,
              g.trans_b ? CblasTrans : CblasNoTrans, static_cast<int>(g.m), static_cast<int>(g.n),
              static_cast<int>(g.k), g.alpha, g.a, static_cast<int>(g.lda), g.b,
              static_cast<int>(g.ldb), g.beta, g.c, static_cast<int>(g.ldc));
}

// Widest vectors Eigen's kernels use, fixed when this file was compiled.
int eigen_vector_bits() {
#if defined(__AVX512F__)
  return 512;
#elif defined(__AVX2__) && defined(__FMA__)
  return 256;
#else
  return 128;  // SSE, or AVX without FMA: Eigen's float kernel gains little from it
#endif
}

// Vector width of the sgemm kernel of the core OpenBLAS selected (DYNAMIC_ARCH
// builds pick it at load from cpuid, or from OPENBLAS_CORETYPE).
int openblas_vector_bits(const std::string& core) {
  static const std::set<std::string> avx512 = {"SkylakeX", "Cooperlake", "SapphireRapids"};
  static const std::set<std::string> avx2 = {"Haswell", "Zen"};
  if (avx512.count(core)) return 512;
  if (avx2.count(core)) return 256;
  return 128;  // Sandybridge (AVX without FMA), Nehalem, Prescott, ... and unknown names
}

std::string openblas_core() {
  const char* name = openblas_get_corename();
  return name ? name : "unknown";
}

constexpr bool same_text(const char* x, const char* y) {
  return *x == *y && (*x == '\0' || same_text(x + 1, y + 1));
}
static_assert(same_text(NMT_DEFAULT_GEMM, "auto") || same_text(NMT_DEFAULT_GEMM, "eigen") ||
                  same_text(NMT_DEFAULT_GEMM, "openblas"),
              "NMT_DEFAULT_GEMM must be auto, eigen or openblas");

GemmKernel initial_kernel() {
  pin_openblas_to_one_thread();
  const GemmKernel build_default = gemm_kernel_from_name(NMT_DEFAULT_GEMM);
  const char* env = std::getenv("NMT_GEMM");
  if (!env || !*env) return build_default;
  try {
    return gemm_kernel_from_name(env);
  } catch (const Error& e) {
    // The first use may come before an app's error handling (the --version
    // text is built early), so a bad variable warns instead of aborting.
    std::cerr << "nmt: warning: " << e.what() << "; using " << gemm_kernel_name(build_default)
              << "\n";
    return build_default;
  }
}

GemmKernel& current_kernel() {
  static GemmKernel kernel = initial_kernel();
  return kernel;
}

}  // namespace

GemmKernel gemm_kernel() {
  return current_kernel();
}
void set_gemm_kernel(GemmKernel kernel) {
  current_kernel() = kernel;
}

std::string gemm_kernel_name(GemmKernel kernel) {
  return kernel == GemmKernel::Eigen ? "eigen" : "openblas";
}

GemmKernel gemm_kernel_from_name(const std::string& name) {
  if (name == "eigen") return GemmKernel::Eigen;
  if (name == "openblas") return GemmKernel::OpenBlas;
  if (name == "auto") return gemm_auto_kernel();
  throw Error("gemm: unknown kernel '" + name + "' (want eigen, openblas or auto; see NMT_GEMM)");
}

GemmKernel gemm_auto_kernel() {
  return openblas_vector_bits(openblas_core()) >= eigen_vector_bits() ? GemmKernel::OpenBlas
                                                                      : GemmKernel::Eigen;
}

std::string gemm_auto_reason() {
  const std::string core = openblas_core();
  return "eigen " + std::to_string(eigen_vector_bits()) + "-bit vs openblas " + core + " " +
         std::to_string(openblas_vector_bits(core)) + "-bit";
}

void gemm_single_thread(GemmKernel kernel, const GemmArgs& args) {
  if (args.m == 0 || args.n == 0) return;
  if (args.k == 0) {  // C = beta * C: the libraries disagree on this edge case
    for (int64_t i = 0; i < args.m; ++i) {
      float* row = args.c + i * args.ldc;
      for (int64_t j = 0; j < args.n; ++j) row[j] = args.beta == 0.0f ? 0.0f : args.beta * row[j];
    }
    return;
  }
  if (kernel == GemmKernel::Eigen)
    eigen_gemm(args);
  else
    openblas_gemm(args);
}

}  // namespace nmt
