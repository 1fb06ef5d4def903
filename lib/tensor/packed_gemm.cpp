// packed_gemm(): the packing, the run-time choice of path, the split over
// column groups and the scalar reference. The vector kernels live in
// packed_gemm_avx2.cpp and packed_gemm_avx512.cpp.
#include "tensor/packed_gemm.h"

#include <omp.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <iostream>

#include "base/error.h"
#include "tensor/buffer_pool.h"
#include "tensor/packed_gemm_kernels.h"

namespace nmt {
namespace {

using packed_gemm_detail::Block;

// Below this many multiply-adds a product runs on the calling thread.
constexpr int64_t kMinParallelWork = int64_t{1} << 18;

PackedGemmPath best_supported_path() {
  if (packed_gemm_path_supported(PackedGemmPath::Avx512)) return PackedGemmPath::Avx512;
  if (packed_gemm_path_supported(PackedGemmPath::Avx2)) return PackedGemmPath::Avx2;
  return PackedGemmPath::Scalar;
}

PackedGemmPath path_from_env() {
  const char* env = std::getenv("NMT_PACKED_GEMM");
  const PackedGemmPath best = best_supported_path();
  if (!env || !*env || std::string(env) == "off") return best;
  for (PackedGemmPath p : {PackedGemmPath::Scalar, PackedGemmPath::Avx2, PackedGemmPath::Avx512})
    if (packed_gemm_path_name(p) == env) {
      if (packed_gemm_path_supported(p)) return p;
      std::cerr << "nmt: warning: NMT_PACKED_GEMM=" << env
                << " is not supported by this CPU; using " << packed_gemm_path_name(best) << "\n";
      return best;
    }
  std::cerr << "nmt: warning: NMT_PACKED_GEMM='" << env
            << "' is not off, scalar, avx2 or avx512; using " << packed_gemm_path_name(best)
            << "\n";
  return best;
}

PackedGemmPath& current_path() {
  static PackedGemmPath path = path_from_env();
  return path;
}

void run_block(PackedGemmPath path, const Block& b) {
  switch (path) {
    case PackedGemmPath::Avx512:
      return packed_gemm_detail::block_avx512(b);
    case PackedGemmPath::Avx2:
      return packed_gemm_detail::block_avx2(b);
    case PackedGemmPath::Scalar:
      return packed_gemm_detail::block_scalar(b);
  }
}

}  // namespace

PackedF32::PackedF32(const float* w, int64_t k, int64_t n, int64_t stride_k, int64_t stride_n)
    : k_(k), n_(n), panel_(current_path() == PackedGemmPath::Avx2 ? kAvx2PanelCols : kGroupCols) {
  NMT_CHECK(k > 0 && n > 0, "PackedF32: bad size ", k, " x ", n);
  data_ = pooled_alloc(static_cast<size_t>(groups() * k * kGroupCols));
  float* data = data_.get();
  for (int64_t q = 0; q < groups(); ++q) {
    float* g = data + q * k * kGroupCols;
    const int64_t cols = std::min(kGroupCols, n - q * kGroupCols);
    for (int64_t p = 0; p < k; ++p) {
      const float* src = w + p * stride_k + q * kGroupCols * stride_n;
      for (int64_t c = 0; c < kGroupCols; ++c)
        g[offset(p, c)] = c < cols ? src[c * stride_n] : 0.0f;
    }
  }
}

PackedF32 PackedF32::select_columns(const std::vector<int32_t>& ids) const {
  NMT_CHECK(!ids.empty(), "PackedF32::select_columns: no columns");
  PackedF32 out;
  out.k_ = k_, out.n_ = static_cast<int64_t>(ids.size()), out.panel_ = panel_;
  const size_t size = static_cast<size_t>(out.groups() * k_ * kGroupCols);
  out.data_ = pooled_alloc(size);
  float* to_data = out.data_.get();
  std::fill(to_data, to_data + size, 0.0f);  // the columns past n stay zero
  for (int64_t c = 0; c < out.n_; ++c) {
    const int64_t j = ids[c];
    NMT_CHECK(j >= 0 && j < n_, "PackedF32::select_columns: column ", j, " outside ", n_);
    const float* from = group(j / kGroupCols) + offset(0, j % kGroupCols);
    float* to = to_data + (c / kGroupCols) * k_ * kGroupCols + out.offset(0, c % kGroupCols);
    for (int64_t p = 0; p < k_; ++p) to[p * panel_] = from[p * panel_];
  }
  return out;
}

std::string packed_gemm_path_name(PackedGemmPath path) {
  switch (path) {
    case PackedGemmPath::Avx512:
      return "avx512";
    case PackedGemmPath::Avx2:
      return "avx2";
    case PackedGemmPath::Scalar:
      return "scalar";
  }
  return "?";
}

bool packed_gemm_path_supported(PackedGemmPath path) {
  switch (path) {
    case PackedGemmPath::Avx512:
      return __builtin_cpu_supports("avx512f");
    case PackedGemmPath::Avx2:
      return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
    case PackedGemmPath::Scalar:
      return true;
  }
  return false;
}

PackedGemmPath packed_gemm_path() {
  return current_path();
}

void set_packed_gemm_path(PackedGemmPath path) {
  NMT_CHECK(packed_gemm_path_supported(path), "packed_gemm: this CPU cannot run the ",
            packed_gemm_path_name(path), " path");
  current_path() = path;
}

bool packed_gemm_enabled() {
  static const bool enabled = [] {
    const char* env = std::getenv("NMT_PACKED_GEMM");
    return !env || std::string(env) != "off";
  }();
  return enabled;
}

void packed_gemm(const float* a, int64_t m, int64_t lda, const PackedF32& w, const float* bias,
                 float* c, int64_t ldc) {
  const int64_t k = w.k(), n = w.n();
  NMT_CHECK(m >= 0 && lda >= k && ldc >= n, "packed_gemm: bad strides lda=", lda, " (k ", k,
            ") ldc=", ldc, " (n ", n, ")");
  if (m == 0) return;
  const PackedGemmPath path = current_path();
  const Block whole{a, m, lda, &w, 0, w.groups(), bias, c, ldc};
  const int64_t tasks = w.groups();
  const bool parallel =
      !omp_in_parallel() && omp_get_max_threads() > 1 && tasks > 1 && m * n * k >= kMinParallelWork;
  if (!parallel) return run_block(path, whole);
#pragma omp parallel for schedule(dynamic, 1)
  for (int64_t t = 0; t < tasks; ++t) {
    Block part = whole;
    part.q0 = t;
    part.q1 = t + 1;
    run_block(path, part);
  }
}

namespace packed_gemm_detail {

void block_scalar(const Block& b) {
  const int64_t k = b.w->k(), n = b.w->n();
  for (int64_t q = b.q0; q < b.q1; ++q) {
    const float* g = b.w->group(q);
    const int64_t j0 = q * PackedF32::kGroupCols;
    const int64_t cols = std::min(PackedF32::kGroupCols, n - j0);
    for (int64_t i = 0; i < b.m; ++i)
      for (int64_t c = 0; c < cols; ++c) {
        float acc = 0.0f;
        for (int64_t p = 0; p < k; ++p)
          acc = std::fma(b.a[i * b.lda + p], g[b.w->offset(p, c)], acc);
        b.c[i * b.ldc + j0 + c] = b.bias ? acc + b.bias[j0 + c] : acc;
      }
  }
}

}  // namespace packed_gemm_detail
}  // namespace nmt
