// General matrix multiply on raw row-major buffers: the one place where nmt's
// FLOPs go. Two kernels sit behind it, Eigen and OpenBLAS (cblas_sgemm), both
// run single-threaded; the parallelism is ours (OpenMP over blocks of rows or
// columns of C, and over the batch), so --threads governs everything.
// Not here: tensors, shapes and gradients (autograd/ops.h builds matmul on this).
//
//   C[M,N] = alpha * op(A) * op(B) + beta * C
//   op(A) is A[M,K] (trans_a=false) or A[K,M] transposed (trans_a=true);
//   op(B) is B[K,N] (trans_b=false) or B[N,K] transposed (trans_b=true).
//   lda/ldb/ldc are row strides in elements (row-major leading dimensions),
//   at least the row length. beta == 0 never reads C (it may hold garbage).
//
// Reproducible: the kernel is fixed per build and machine (never chosen by
// timing), and C is cut into blocks by its shape alone (never by --threads),
// so every element of C comes from the same kernel call on 1 or N threads and
// the result is bit-identical for any --threads.
//
// Precision: GemmPrecision::Bf16 multiplies op(A) and op(B) rounded to bf16
// (round to nearest even, tensor/bf16.h) with float32 sums; C, alpha and beta
// stay float32. Two engines compute it (Bf16Engine below): native
// VDPBF16PS tiles where the CPU has AVX512-BF16, else the emulation (operands
// rounded into pooled scratch, then the float32 kernels: bf16 x bf16 products
// are exact in float32, so this is the native arithmetic up to the order of
// the sums, on any CPU, slower than fp32). Both are reproducible for any
// --threads like fp32.
//
// Called from inside a parallel region (omp_in_parallel()), gemm runs on the
// calling thread only, so callers may parallelise over heads themselves.
#pragma once

#include <cstdint>
#include <string>

namespace nmt {

enum class GemmKernel { Eigen, OpenBlas };
enum class GemmPrecision { Fp32, Bf16 };

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
  GemmPrecision precision = GemmPrecision::Fp32;
};

// Throws nmt::Error on negative sizes or strides shorter than a row.
void gemm(const GemmArgs& args);

// `batch` independent products; A, B and C advance by the given strides (in
// elements) per batch item. Parallel over the batch; a large item of a
// batch of one is also cut into blocks of rows or columns (on any --threads).
void gemm_batched(const GemmArgs& args, int64_t batch, int64_t stride_a, int64_t stride_b,
                  int64_t stride_c);

// The engines behind GemmPrecision::Bf16:
//   Emulated  both operands rounded to bf16 into float32 copies, then the
//             float32 kernels above: any CPU, slower than fp32
//   Native    AVX512-BF16 (VDPBF16PS) register tiles on operands packed as
//             bf16 pairs (gemm_bf16_kernels.h): about twice fp32's rate
// Both multiply the same bf16 values and sum in float32; the order of the
// sums differs, so results agree within float32 rounding, not in every bit.
// Native where the CPU has avx512_bf16, unless NMT_GEMM_BF16=emulated (an
// unknown or unsupported value warns and falls back).
enum class Bf16Engine { Emulated, Native };
Bf16Engine gemm_bf16_engine();
bool gemm_bf16_engine_supported(Bf16Engine engine);
std::string gemm_bf16_engine_name(Bf16Engine engine);  // "emulated" | "native"
// For tests and benchmarks; throws nmt::Error if the CPU lacks the engine.
void set_gemm_bf16_engine(Bf16Engine engine);
// Whether a bf16 GEMM runs on native bf16 instructions (the engine is Native).
bool gemm_bf16_native();

// The kernel used by gemm(): the NMT_GEMM environment variable ("eigen",
// "openblas", "auto") if set, else the build default NMT_DEFAULT_GEMM; "auto"
// is the rule of gemm_auto_kernel().
GemmKernel gemm_kernel();
void set_gemm_kernel(GemmKernel kernel);
std::string gemm_kernel_name(GemmKernel kernel);
// "eigen" or "openblas"; "auto" resolves by the rule. Throws nmt::Error otherwise.
GemmKernel gemm_kernel_from_name(const std::string& name);

// The "auto" rule, decided from facts fixed for a build on a machine: the
// vector width Eigen was compiled for (-march) against the width of the core
// OpenBLAS selected at load (openblas_get_corename, which OPENBLAS_CORETYPE
// overrides). OpenBLAS wins when its kernel is at least as wide as Eigen's
// (measured 1.3-1.4x Eigen at equal width); Eigen wins when OpenBLAS fell back
// to a narrower core (on CPUs newer than the OpenBLAS release, and on AVX-512
// CPUs whose default OpenBLAS core is an AVX2 one). docs/PERFORMANCE.md has
// the measurements.
GemmKernel gemm_auto_kernel();
// The facts behind the rule, for --version and benchmarks:
// e.g. "eigen avx512 (512-bit) vs openblas Prescott (128-bit)".
std::string gemm_auto_reason();

// One single-threaded call of the given kernel, no splitting: the building
// block, exposed for benchmarks that compare against the plain libraries.
void gemm_single_thread(GemmKernel kernel, const GemmArgs& args);

// Products with few rows and neither operand transposed (decoding steps, the
// RNN's per-step gates) go to gemm_small_m, which reads B in place where the
// libraries would pack all of it on every call (gemm_small_m.cpp). Chosen on
// the whole product's m before any split, so never by --threads. The limit is
// kGemmSmallMDefault rows, or the NMT_GEMM_SMALL_M environment variable (0
// turns the kernel off, for comparisons); off on CPUs without FMA vectors.
constexpr int64_t kGemmSmallMDefault = 64;
int64_t gemm_small_m_limit();
bool gemm_small_m_available();
// Single-threaded; any m works, but it is only faster for small ones.
void gemm_small_m(const GemmArgs& args);

}  // namespace nmt
