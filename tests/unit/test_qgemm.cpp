// qgemm (tensor/qgemm.h) against a double-precision reference over tile and
// tail shapes, on every dispatch path this CPU has; paths and thread counts
// bit-identical to each other; the quantization error against the float
// product within its bound.
#include <omp.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <vector>

#include "base/error.h"
#include "base/rng.h"
#include "base/threads.h"
#include "tensor/qgemm.h"

namespace {

using nmt::QgemmPath;

std::vector<QgemmPath> supported_paths() {
  std::vector<QgemmPath> paths;
  for (QgemmPath p : {QgemmPath::Scalar, QgemmPath::Avx2, QgemmPath::Avx512Vnni})
    if (nmt::qgemm_path_supported(p)) paths.push_back(p);
  return paths;
}

// Restores the default path when a test ends.
struct PathGuard {
  QgemmPath saved = nmt::qgemm_path();
  ~PathGuard() { nmt::set_qgemm_path(saved); }
};

struct Problem {
  int64_t m, k, n, lda, ldc;
  std::vector<float> a, w, bias, c;
};

Problem make_problem(int64_t m, int64_t k, int64_t n, uint64_t seed, bool with_bias) {
  nmt::Rng rng(seed);
  Problem p{m, k, n, k + 3, n + 5, {}, {}, {}, {}};
  p.a.resize(m * p.lda);
  p.w.resize(k * n);
  for (float& v : p.a) v = rng.uniform(-2.0f, 2.0f);
  for (float& v : p.w) v = rng.uniform(-0.5f, 0.5f);
  if (with_bias) {
    p.bias.resize(n);
    for (float& v : p.bias) v = rng.uniform(-1.0f, 1.0f);
  }
  p.c.assign(m * p.ldc, 42.0f);  // padding between rows must stay 42
  return p;
}

std::vector<float> run(Problem p, const nmt::PackedInt8& packed) {
  nmt::qgemm(p.a.data(), p.m, p.lda, packed, p.bias.empty() ? nullptr : p.bias.data(), p.c.data(),
             p.ldc);
  return p.c;
}

// The documented arithmetic, written independently: per-row scale max|a| / L
// (L = the path's activation limit), q = round(a * (L / max|a|)) of the
// exact product and exact integer sums, then two epilogues: qgemm.h's float
// one (`bits`, what every path must give bit for bit) and the same in double
// throughout (`value`).
struct Expected {
  std::vector<float> bits;
  std::vector<double> value;
};

Expected expected(const Problem& p, const nmt::QuantizedColumns& q, int limit) {
  Expected out{p.c, std::vector<double>(p.c.begin(), p.c.end())};
  const float lim = static_cast<float>(limit);
  for (int64_t i = 0; i < p.m; ++i) {
    float amax = 0.0f;
    for (int64_t t = 0; t < p.k; ++t) amax = std::max(amax, std::fabs(p.a[i * p.lda + t]));
    const float inv = amax > 0 ? lim / amax : 0.0f, sa = amax / lim;
    for (int64_t j = 0; j < p.n; ++j) {
      int64_t sum = 0;
      for (int64_t t = 0; t < p.k; ++t)
        sum += static_cast<int64_t>(std::nearbyint(double(p.a[i * p.lda + t]) * inv)) *
               q.values[t * p.n + j];
      const float bias = p.bias.empty() ? 0.0f : p.bias[j];
      out.bits[i * p.ldc + j] = std::fma(static_cast<float>(sum) * sa, q.scales[j], bias);
      out.value[i * p.ldc + j] = double(sum) * sa * q.scales[j] + bias;
    }
  }
  return out;
}

void check_against_reference(const Problem& p, const std::vector<float>& got,
                             const std::vector<double>& want) {
  double worst = 0;
  size_t at = 0;
  for (size_t e = 0; e < got.size(); ++e) {
    const double err = std::abs(got[e] - want[e]) / (1.0 + std::abs(want[e]));
    if (!(err <= worst)) worst = err, at = e;
  }
  INFO("m=" << p.m << " k=" << p.k << " n=" << p.n << " element " << at << " got " << got[at]
            << " want " << want[at]);
  REQUIRE(worst <= 2e-6);
}

}  // namespace

TEST_CASE("qgemm matches a double reference on tile and tail shapes, every path") {
  PathGuard guard;
  const auto paths = supported_paths();
  INFO("paths on this CPU: " << paths.size());
  uint64_t seed = 1;
  for (int64_t m : {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 33})
    for (int64_t k : {1, 3, 4, 5, 64, 130})
      for (int64_t n : {1, 4, 8, 9, 15, 16, 17, 48, 64, 65, 100, 130}) {
        ++seed;
        const Problem p = make_problem(m, k, n, seed, seed % 2 == 0);
        const auto q = nmt::quantize_columns(p.w.data(), k, n, n, 1);
        const nmt::PackedInt8 packed(q);
        for (QgemmPath path : paths) {
          nmt::set_qgemm_path(path);
          INFO("path " << nmt::qgemm_path_name(path));
          const int limit = nmt::qgemm_activation_limit(path);
          const auto got = run(p, packed);
          const Expected want = expected(p, q, limit);
          check_against_reference(p, got, want.value);
          REQUIRE(got == want.bits);  // bit for bit
        }
      }
}

TEST_CASE("qgemm's activation limit: 63 on the AVX2 path, 127 on the others") {
  REQUIRE(nmt::qgemm_activation_limit(QgemmPath::Scalar) == 127);
  REQUIRE(nmt::qgemm_activation_limit(QgemmPath::Avx512Vnni) == 127);
  REQUIRE(nmt::qgemm_activation_limit(QgemmPath::Avx2) == 63);
}

TEST_CASE("qgemm's AVX2 path: extreme bytes do not saturate the int16 pairs") {
  // Every activation at +-max|a| and every weight at +-127, signs chosen so
  // that each pair of products has the largest magnitude vpmaddubsw can see:
  // (63 + 64) x 127 x 2 = 32,258 against the int16 limit of 32,767.
  PathGuard guard;
  if (!nmt::qgemm_path_supported(QgemmPath::Avx2)) return;
  nmt::set_qgemm_path(QgemmPath::Avx2);
  const int64_t m = 7, k = 260, n = 33;
  Problem p = make_problem(m, k, n, 11, false);
  for (int64_t i = 0; i < m; ++i)
    for (int64_t t = 0; t < k; ++t) p.a[i * p.lda + t] = (i + t / 2) % 3 == 0 ? -1.0f : 1.0f;
  for (int64_t t = 0; t < k; ++t)
    for (int64_t j = 0; j < n; ++j) p.w[t * n + j] = (j + t / 2) % 2 == 0 ? 0.5f : -0.5f;
  const auto q = nmt::quantize_columns(p.w.data(), k, n, n, 1);
  const auto got = run(p, nmt::PackedInt8(q));
  const Expected want = expected(p, q, 63);
  REQUIRE(got == want.bits);
  check_against_reference(p, got, want.value);
}

TEST_CASE("PackedInt8: 16- and 64-column panels hold the same values; every path reads both") {
  PathGuard guard;
  const int64_t m = 13, k = 70, n = 150;  // k past a quad, n past two 64-column panels
  const Problem p = make_problem(m, k, n, 21, true);
  const auto q = nmt::quantize_columns(p.w.data(), k, n, n, 1);
  const nmt::PackedInt8 narrow(q, 16), wide(q, 64);
  REQUIRE(narrow.panel_cols() == 16);
  REQUIRE(narrow.quad_stride() == 64);
  REQUIRE(wide.quad_stride() == 256);
  REQUIRE(narrow.bytes() == wide.bytes());
  for (int64_t t = 0; t < k; ++t)
    for (int64_t j = 0; j < n; ++j) {
      REQUIRE(narrow.at(t, j) == q.values[t * n + j]);
      REQUIRE(wide.at(t, j) == q.values[t * n + j]);
    }
  const std::vector<int32_t> ids = {149, 0, 17, 64, 100};
  const nmt::PackedInt8 picked = narrow.select_columns(ids);
  REQUIRE(picked.panel_cols() == 16);
  for (int64_t t = 0; t < k; ++t)
    for (size_t c = 0; c < ids.size(); ++c) REQUIRE(picked.at(t, c) == q.values[t * n + ids[c]]);
  for (QgemmPath path : supported_paths()) {
    nmt::set_qgemm_path(path);
    INFO("path " << nmt::qgemm_path_name(path));
    const auto want = expected(p, q, nmt::qgemm_activation_limit(path)).bits;
    REQUIRE(run(p, wide) == want);
    if (path == QgemmPath::Avx512Vnni)
      REQUIRE_THROWS_WITH(run(p, narrow), Catch::Contains("16-column panels"));
    else
      REQUIRE(run(p, narrow) == want);
  }
  REQUIRE_THROWS_WITH(nmt::PackedInt8(q, 32), Catch::Contains("16 or 64"));
}

TEST_CASE("PackedInt8 packs for the path in use: 16-column panels for AVX2") {
  PathGuard guard;
  const std::vector<float> w(8 * 8, 0.25f);
  const auto q = nmt::quantize_columns(w.data(), 8, 8, 8, 1);
  for (QgemmPath path : supported_paths()) {
    nmt::set_qgemm_path(path);
    REQUIRE(nmt::PackedInt8(q).panel_cols() == (path == QgemmPath::Avx2 ? 16 : 64));
  }
}

TEST_CASE("qgemm stays within the quantization error of the float product, every path") {
  PathGuard guard;
  const int64_t m = 6, k = 512, n = 80;
  const Problem p = make_problem(m, k, n, 7, true);
  const auto q = nmt::quantize_columns(p.w.data(), k, n, n, 1);
  for (QgemmPath path : supported_paths()) {
    nmt::set_qgemm_path(path);
    INFO("path " << nmt::qgemm_path_name(path));
    const auto got = run(p, nmt::PackedInt8(q));
    for (int64_t i = 0; i < m; ++i) {
      float amax = 0.0f;
      for (int64_t t = 0; t < k; ++t) amax = std::max(amax, std::fabs(p.a[i * p.lda + t]));
      const double sa = amax / double(nmt::qgemm_activation_limit(path));
      for (int64_t j = 0; j < n; ++j) {
        double exact = p.bias[j], bound = 1e-4;
        for (int64_t t = 0; t < k; ++t) {
          const double a = p.a[i * p.lda + t], w = p.w[t * n + j];
          exact += a * w;
          bound += sa / 2 * std::abs(w) + q.scales[j] / 2 * std::abs(a) + sa * q.scales[j] / 4;
        }
        REQUIRE(std::abs(got[i * p.ldc + j] - exact) <= bound);
      }
    }
  }
}

TEST_CASE("qgemm is bit-identical on 1 and 2 threads") {
  PathGuard guard;
  const Problem p = make_problem(40, 256, 1000, 3, true);
  const nmt::PackedInt8 packed(nmt::quantize_columns(p.w.data(), 256, 1000, 1000, 1));
  for (QgemmPath path : supported_paths()) {
    nmt::set_qgemm_path(path);
    nmt::set_num_threads(1);
    const auto one = run(p, packed);
    nmt::set_num_threads(2);
    const auto two = run(p, packed);
    nmt::set_num_threads(1);
    REQUIRE(one == two);
  }
}

TEST_CASE("quantize_columns: zero columns and rows, vocabulary-major input") {
  // A zero column gets scale 0 and zero values; a zero row of A gives the bias.
  std::vector<float> w = {0.0f, 1.0f, 0.0f, -0.5f, 0.0f, 0.25f};  // [3, 2]: column 0 zero
  const auto q = nmt::quantize_columns(w.data(), 3, 2, 2, 1);
  REQUIRE(q.scales[0] == 0.0f);
  REQUIRE(q.values[1] == 127);
  REQUIRE(q.values[3] == -64);  // -0.5 / (1 / 127) = -63.5 rounds to even
  const std::vector<float> a(3, 0.0f), bias = {1.5f, -2.0f};
  std::vector<float> c(2);
  nmt::qgemm(a.data(), 1, 3, nmt::PackedInt8(q), bias.data(), c.data(), 2);
  REQUIRE(c == bias);
  // The same matrix stored vocabulary-major ([N, K]) quantizes identically.
  std::vector<float> wt = {0.0f, 0.0f, 0.0f, 1.0f, -0.5f, 0.25f};
  const auto qt = nmt::quantize_columns(wt.data(), 3, 2, 1, 3);
  REQUIRE(qt.values == q.values);
  REQUIRE(qt.scales == q.scales);
}

TEST_CASE("select_columns: the chosen columns' values, scales and sums, as if quantized alone") {
  PathGuard guard;
  const int64_t k = 130, n = 200;  // k past a quad, columns over four groups
  nmt::Rng rng(5);
  std::vector<float> w(k * n);
  for (float& v : w) v = rng.uniform(-0.5f, 0.5f);
  const nmt::PackedInt8 full(nmt::quantize_columns(w.data(), k, n, n, 1));
  const std::vector<int32_t> ids = {0, 3, 63, 64, 65, 127, 128, 150, 199};
  const nmt::PackedInt8 picked = full.select_columns(ids);
  // The same columns cut from the float matrix and quantized on their own.
  const int64_t u = static_cast<int64_t>(ids.size());
  std::vector<float> cut(k * u);
  for (int64_t d = 0; d < k; ++d)
    for (int64_t c = 0; c < u; ++c) cut[d * u + c] = w[d * n + ids[c]];
  const nmt::PackedInt8 alone(nmt::quantize_columns(cut.data(), k, u, u, 1));
  REQUIRE(picked.k() == k);
  REQUIRE(picked.n() == u);
  REQUIRE(picked.k_padded() == alone.k_padded());
  REQUIRE(picked.bytes() == alone.bytes());
  for (int64_t c = 0; c < u; ++c) {
    CHECK(picked.scales()[c] == alone.scales()[c]);
    CHECK(picked.column_sums()[c] == alone.column_sums()[c]);
    for (int64_t d = 0; d < k; ++d) REQUIRE(picked.at(d, c) == alone.at(d, c));
  }
  // And every path multiplies by it alike.
  const Problem p = make_problem(7, k, u, 9, true);
  for (QgemmPath path : supported_paths()) {
    nmt::set_qgemm_path(path);
    CHECK(run(p, picked) == run(p, alone));
  }
  CHECK_THROWS_WITH(full.select_columns({0, 200}), Catch::Contains("outside"));
}

TEST_CASE("set_qgemm_path refuses a path the CPU lacks") {
  PathGuard guard;
  for (QgemmPath p : {QgemmPath::Avx2, QgemmPath::Avx512Vnni})
    if (!nmt::qgemm_path_supported(p)) REQUIRE_THROWS_AS(nmt::set_qgemm_path(p), nmt::Error);
  REQUIRE_NOTHROW(nmt::set_qgemm_path(QgemmPath::Scalar));
}
