// qgemm(): weight quantization and packing, activation quantization, the
// run-time choice of path and the split over column blocks. The vector
// kernels live in qgemm_avx2.cpp and qgemm_avx512.cpp.
#include "tensor/qgemm.h"

#include <omp.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <iostream>

#include "base/error.h"
#include "tensor/qgemm_kernels.h"

namespace nmt {
namespace {

using qgemm_detail::Block;

constexpr int64_t kGroupCols = 64;
// Columns per parallel task: one group, the width of the AVX-512 tile.
constexpr int64_t kTaskCols = kGroupCols;
// Below this many multiply-adds a product runs on the calling thread.
constexpr int64_t kMinParallelWork = int64_t{1} << 18;

int64_t round_up(int64_t x, int64_t to) {
  return (x + to - 1) / to * to;
}

// round(x * inv_scale) in [-limit, limit], ties to even, of the exact product:
// adding and taking off 1.5 * 2^23 rounds in the FPU's mode (nearest-even),
// exact for |x * inv_scale| < 2^22, and unlike std::nearbyint it vectorises.
// The explicit fma keeps the product unrounded whether or not the compiler
// would contract it, so every build quantizes alike.
inline float quantize_value(float x, float inv_scale, float limit = 127.0f) {
  constexpr float kRound = 12582912.0f;
  const float q = std::fma(x, inv_scale, kRound) - kRound;
  return std::min(limit, std::max(-limit, q));
}

// max |row[0..n)|, with sixteen running maxima so the loop vectorises
// without -ffast-math (as row_max in tensor/fast_exp.h). Without omp simd
// GCC 12 compiled 16 scalar chains here too (2.2% of int8 greedy decoding).
float abs_max(const float* row, int64_t n) {
  float lanes[16] = {};
  int64_t j = 0;
  for (; j + 16 <= n; j += 16)
#pragma omp simd
    for (int l = 0; l < 16; ++l) {
      const float v = std::fabs(row[j + l]);
      lanes[l] = lanes[l] > v ? lanes[l] : v;
    }
  float mx = *std::max_element(lanes, lanes + 16);
  for (; j < n; ++j) mx = std::max(mx, std::fabs(row[j]));
  return mx;
}

// Row i of A -> out[0, k_pad) as q + offset, q in [-limit, limit] (the
// padding is q = 0), and its scale max|row| / limit. limit 127 and offset 128
// give the u8 of the VNNI path, 63 and 64 the AVX2 path's, 127 and 0 the
// scalar path's int8 (stored in the same byte).
void quantize_row(const float* a, int64_t k, int64_t k_pad, int limit, int offset, uint8_t* out,
                  float* scale) {
  const float amax = abs_max(a, k), lim = static_cast<float>(limit);
  *scale = amax / lim;
  const float inv = amax > 0.0f ? lim / amax : 0.0f;
  for (int64_t p = 0; p < k; ++p)
    out[p] = static_cast<uint8_t>(static_cast<int>(quantize_value(a[p], inv, lim)) + offset);
  std::fill(out + k, out + k_pad, static_cast<uint8_t>(offset));
}

QgemmPath best_supported_path() {
  if (qgemm_path_supported(QgemmPath::Avx512Vnni)) return QgemmPath::Avx512Vnni;
  if (qgemm_path_supported(QgemmPath::Avx2)) return QgemmPath::Avx2;
  return QgemmPath::Scalar;
}

QgemmPath path_from_env() {
  const char* env = std::getenv("NMT_QGEMM");
  if (!env || !*env) return best_supported_path();
  for (QgemmPath p : {QgemmPath::Scalar, QgemmPath::Avx2, QgemmPath::Avx512Vnni})
    if (qgemm_path_name(p) == env) {
      if (qgemm_path_supported(p)) return p;
      std::cerr << "nmt: warning: NMT_QGEMM=" << env << " is not supported by this CPU; using "
                << qgemm_path_name(best_supported_path()) << "\n";
      return best_supported_path();
    }
  std::cerr << "nmt: warning: NMT_QGEMM='" << env << "' is not scalar, avx2 or avx512vnni; using "
            << qgemm_path_name(best_supported_path()) << "\n";
  return best_supported_path();
}

QgemmPath& current_path() {
  static QgemmPath path = path_from_env();
  return path;
}

void run_block(QgemmPath path, const Block& b) {
  switch (path) {
    case QgemmPath::Avx512Vnni:
      return qgemm_detail::block_avx512vnni(b);
    case QgemmPath::Avx2:
      return qgemm_detail::block_avx2(b);
    case QgemmPath::Scalar:
      return qgemm_detail::block_scalar(b);
  }
}

}  // namespace

QuantizedColumns quantize_columns(const float* w, int64_t k, int64_t n, int64_t stride_k,
                                  int64_t stride_n) {
  NMT_CHECK(k > 0 && n > 0, "quantize_columns: bad size ", k, " x ", n);
  QuantizedColumns q;
  q.k = k;
  q.n = n;
  q.values.resize(static_cast<size_t>(k * n));
  q.scales.resize(static_cast<size_t>(n));
  for (int64_t j = 0; j < n; ++j) {
    float amax = 0.0f;
    for (int64_t p = 0; p < k; ++p)
      amax = std::max(amax, std::fabs(w[p * stride_k + j * stride_n]));
    q.scales[j] = amax / 127.0f;
    const float inv = amax > 0.0f ? 127.0f / amax : 0.0f;
    for (int64_t p = 0; p < k; ++p)
      q.values[p * n + j] =
          static_cast<int8_t>(quantize_value(w[p * stride_k + j * stride_n], inv));
  }
  return q;
}

PackedInt8::PackedInt8(const QuantizedColumns& q)
    : PackedInt8(q, qgemm_path() == QgemmPath::Avx2 ? 16 : kGroupCols) {}

PackedInt8::PackedInt8(const QuantizedColumns& q, int64_t panel_cols)
    : k_(q.k), n_(q.n), k_pad_(round_up(q.k, 4)), panel_(panel_cols) {
  NMT_CHECK(q.k > 0 && q.n > 0 && q.values.size() == static_cast<size_t>(q.k * q.n) &&
                q.scales.size() == static_cast<size_t>(q.n),
            "PackedInt8: inconsistent quantized matrix ", q.k, " x ", q.n);
  NMT_CHECK(panel_ == 16 || panel_ == kGroupCols, "PackedInt8: panels of 16 or 64 columns, not ",
            panel_);
  const int64_t n_pad = round_up(n_, kGroupCols);
  packed_.assign(static_cast<size_t>(n_pad * k_pad_), 0);
  scales_.assign(static_cast<size_t>(n_pad), 0.0f);
  col_sums_.assign(static_cast<size_t>(n_pad), 0);
  for (int64_t j = 0; j < n_; ++j) {
    scales_[j] = q.scales[j];
    int8_t* column = packed_.data() + offset(j);
    for (int64_t p = 0; p < k_; ++p) {
      const int8_t v = q.values[p * n_ + j];
      column[(p / 4) * quad_stride() + p % 4] = v;
      col_sums_[j] += v;
    }
  }
}

PackedInt8 PackedInt8::select_columns(const std::vector<int32_t>& ids) const {
  NMT_CHECK(!ids.empty(), "PackedInt8::select_columns: no columns");
  PackedInt8 out;
  out.k_ = k_, out.k_pad_ = k_pad_, out.n_ = static_cast<int64_t>(ids.size());
  out.panel_ = panel_;
  const int64_t n_pad = round_up(out.n_, kGroupCols), quads = k_pad_ / 4, stride = quad_stride();
  out.packed_.assign(static_cast<size_t>(n_pad * k_pad_), 0);
  out.scales_.assign(static_cast<size_t>(n_pad), 0.0f);
  out.col_sums_.assign(static_cast<size_t>(n_pad), 0);
  for (int64_t c = 0; c < out.n_; ++c) {
    const int64_t j = ids[c];
    NMT_CHECK(j >= 0 && j < n_, "PackedInt8::select_columns: column ", j, " outside ", n_);
    out.scales_[c] = scales_[j];
    out.col_sums_[c] = col_sums_[j];
    const int8_t* from = column(j);
    int8_t* to = out.packed_.data() + out.offset(c);
    for (int64_t g = 0; g < quads; ++g) std::memcpy(to + g * stride, from + g * stride, 4);
  }
  return out;
}

int64_t PackedInt8::bytes() const {
  return static_cast<int64_t>(packed_.size() + scales_.size() * sizeof(float) +
                              col_sums_.size() * sizeof(int32_t));
}

std::string qgemm_path_name(QgemmPath path) {
  switch (path) {
    case QgemmPath::Avx512Vnni:
      return "avx512vnni";
    case QgemmPath::Avx2:
      return "avx2";
    case QgemmPath::Scalar:
      return "scalar";
  }
  return "?";
}

bool qgemm_path_supported(QgemmPath path) {
  switch (path) {
    case QgemmPath::Avx512Vnni:
      return __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
             __builtin_cpu_supports("avx512vnni");
    case QgemmPath::Avx2:
      return __builtin_cpu_supports("avx2");
    case QgemmPath::Scalar:
      return true;
  }
  return false;
}

int qgemm_activation_limit(QgemmPath path) {
  return path == QgemmPath::Avx2 ? qgemm_detail::kAvx2ActivationMax : 127;
}

QgemmPath qgemm_path() {
  return current_path();
}

void set_qgemm_path(QgemmPath path) {
  NMT_CHECK(qgemm_path_supported(path), "qgemm: this CPU cannot run the ", qgemm_path_name(path),
            " path");
  current_path() = path;
}

void qgemm(const float* a, int64_t m, int64_t lda, const PackedInt8& w, const float* bias, float* c,
           int64_t ldc) {
  const int64_t k = w.k(), n = w.n(), k_pad = w.k_padded();
  NMT_CHECK(m >= 0 && lda >= k && ldc >= n, "qgemm: bad strides lda=", lda, " (k ", k,
            ") ldc=", ldc, " (n ", n, ")");
  if (m == 0 || n == 0) return;
  const QgemmPath path = current_path();
  // The AVX-512 kernel reads 64 columns of one panel at a time.
  NMT_CHECK(path != QgemmPath::Avx512Vnni || w.panel_cols() == kGroupCols,
            "qgemm: a weight packed in 16-column panels (for avx2) cannot run on the ",
            qgemm_path_name(path), " path");
  // Kept per thread between calls: decoding makes thousands of small products.
  thread_local std::vector<uint8_t> qa;
  thread_local std::vector<float> scales;
  qa.resize(static_cast<size_t>(m * k_pad));
  scales.resize(static_cast<size_t>(m));
  const int limit = qgemm_activation_limit(path);
  const int offset = path == QgemmPath::Avx512Vnni ? 128
                     : path == QgemmPath::Avx2     ? qgemm_detail::kAvx2ActivationOffset
                                                   : 0;
  for (int64_t i = 0; i < m; ++i)
    quantize_row(a + i * lda, k, k_pad, limit, offset, qa.data() + i * k_pad, &scales[i]);
  Block whole{qa.data(), scales.data(), m, &w, 0, n, bias, c, ldc};
  const int64_t tasks = (n + kTaskCols - 1) / kTaskCols;
  const bool parallel =
      !omp_in_parallel() && omp_get_max_threads() > 1 && tasks > 1 && m * n * k >= kMinParallelWork;
  if (!parallel) return run_block(path, whole);
#pragma omp parallel for schedule(dynamic, 1)
  for (int64_t t = 0; t < tasks; ++t) {
    Block part = whole;
    part.j0 = t * kTaskCols;
    part.j1 = std::min(n, part.j0 + kTaskCols);
    run_block(path, part);
  }
}

namespace qgemm_detail {

void block_scalar(const Block& b) {
  const int64_t k_pad = b.w->k_padded();
  const int8_t* a = static_cast<const int8_t*>(b.a);
  for (int64_t i = 0; i < b.m; ++i)
    for (int64_t j = b.j0; j < b.j1; ++j) {
      const int8_t* w = b.w->column(j);
      const int64_t stride = b.w->quad_stride();
      int32_t sum = 0;
      for (int64_t p = 0; p < k_pad; ++p)
        sum += int32_t{a[i * k_pad + p]} * w[(p / 4) * stride + p % 4];
      b.c[i * b.ldc + j] =
          dequantize(sum, b.a_scales[i], b.w->scales()[j], b.bias ? b.bias[j] : 0.0f);
    }
}

}  // namespace qgemm_detail
}  // namespace nmt
