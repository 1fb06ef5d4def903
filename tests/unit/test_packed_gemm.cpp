// packed_gemm (tensor/packed_gemm.h) against a double-precision reference
// over tile and tail shapes, on every dispatch path this CPU has; the paths,
// thread counts and gemm_small_m (today's kernel of decoding steps) all
// bit-identical to each other; vocabulary-major packing.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <vector>

#include "base/error.h"
#include "base/rng.h"
#include "base/threads.h"
#include "tensor/gemm.h"
#include "tensor/packed_gemm.h"

namespace {

using nmt::PackedGemmPath;

std::vector<PackedGemmPath> supported_paths() {
  std::vector<PackedGemmPath> paths;
  for (PackedGemmPath p : {PackedGemmPath::Scalar, PackedGemmPath::Avx2, PackedGemmPath::Avx512})
    if (nmt::packed_gemm_path_supported(p)) paths.push_back(p);
  return paths;
}

struct PathGuard {
  PackedGemmPath saved = nmt::packed_gemm_path();
  ~PathGuard() { nmt::set_packed_gemm_path(saved); }
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

std::vector<float> run(Problem p, const nmt::PackedF32& packed) {
  nmt::packed_gemm(p.a.data(), p.m, p.lda, packed, p.bias.empty() ? nullptr : p.bias.data(),
                   p.c.data(), p.ldc);
  return p.c;
}

// Sums in double; the bound is float rounding of a k-term chain.
void check_against_reference(const Problem& p, const std::vector<float>& got) {
  for (int64_t i = 0; i < p.m; ++i)
    for (int64_t j = 0; j < p.ldc; ++j) {
      const float g = got[i * p.ldc + j];
      if (j >= p.n) {
        REQUIRE(g == 42.0f);
        continue;
      }
      double sum = p.bias.empty() ? 0.0 : p.bias[j], mag = std::abs(sum);
      for (int64_t t = 0; t < p.k; ++t) {
        const double term = double(p.a[i * p.lda + t]) * p.w[t * p.n + j];
        sum += term;
        mag += std::abs(term);
      }
      INFO("m=" << p.m << " k=" << p.k << " n=" << p.n << " at " << i << "," << j << " got " << g
                << " want " << sum);
      REQUIRE(std::abs(g - sum) <= (p.k + 1) * 6e-8 * mag + 1e-30);
    }
}

// gemm_small_m's arithmetic on the same problem: C preset to the bias, beta 1.
std::vector<float> small_m(Problem p) {
  nmt::GemmArgs g;
  g.m = p.m, g.n = p.n, g.k = p.k;
  g.a = p.a.data(), g.lda = p.lda, g.b = p.w.data(), g.ldb = p.n;
  g.c = p.c.data(), g.ldc = p.ldc;
  if (!p.bias.empty()) {
    for (int64_t i = 0; i < p.m; ++i) std::copy(p.bias.begin(), p.bias.end(), &p.c[i * p.ldc]);
    g.beta = 1.0f;
  }
  nmt::gemm_small_m(g);
  return p.c;
}

}  // namespace

TEST_CASE("packed_gemm matches a double reference on tile and tail shapes, every path") {
  PathGuard guard;
  const auto paths = supported_paths();
  INFO("paths on this CPU: " << paths.size());
  REQUIRE(paths.size() >= 1);
  uint64_t seed = 1;
  for (int64_t m : {1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 14, 32, 33, 65})
    for (int64_t k : {1, 3, 16, 130})
      for (int64_t n : {1, 7, 8, 15, 16, 17, 48, 63, 64, 65, 100, 130}) {
        ++seed;
        const Problem p = make_problem(m, k, n, seed, seed % 2 == 0);
        std::vector<float> first;
        // Packed under each path (its panel layout), run on every path.
        for (PackedGemmPath pack_path : paths) {
          nmt::set_packed_gemm_path(pack_path);
          const nmt::PackedF32 packed(p.w.data(), k, n, n, 1);
          for (PackedGemmPath path : paths) {
            nmt::set_packed_gemm_path(path);
            INFO("packed for " << nmt::packed_gemm_path_name(pack_path) << " (panels of "
                               << packed.panel_cols() << "), run on "
                               << nmt::packed_gemm_path_name(path));
            const auto got = run(p, packed);
            check_against_reference(p, got);
            if (first.empty()) first = got;
            REQUIRE(got == first);  // every path and layout bit-identical
          }
        }
        // ...and to gemm_small_m, the kernel decoding steps used before packing.
        if (nmt::gemm_small_m_available()) REQUIRE(small_m(p) == first);
      }
}

TEST_CASE("packed_gemm is bit-identical on 1 and 2 threads") {
  PathGuard guard;
  const Problem p = make_problem(160, 256, 1000, 3, true);
  const nmt::PackedF32 packed(p.w.data(), 256, 1000, 1000, 1);
  for (PackedGemmPath path : supported_paths()) {
    nmt::set_packed_gemm_path(path);
    nmt::set_num_threads(1);
    const auto one = run(p, packed);
    nmt::set_num_threads(2);
    const auto two = run(p, packed);
    nmt::set_num_threads(1);
    REQUIRE(one == two);
  }
}

TEST_CASE("PackedF32: vocabulary-major input packs the transposed matrix") {
  nmt::Rng rng(5);
  const int64_t k = 5, n = 70;
  std::vector<float> w(k * n), wt(n * k);
  for (int64_t p = 0; p < k; ++p)
    for (int64_t j = 0; j < n; ++j) wt[j * k + p] = w[p * n + j] = rng.uniform(-1.0f, 1.0f);
  const nmt::PackedF32 a(w.data(), k, n, n, 1), b(wt.data(), k, n, 1, k);
  REQUIRE(a.groups() == 2);
  REQUIRE(a.bytes() == 2 * 64 * k * 4);
  for (int64_t p = 0; p < k; ++p)
    for (int64_t j = 0; j < n; ++j) {
      REQUIRE(a.at(p, j) == w[p * n + j]);
      REQUIRE(b.at(p, j) == w[p * n + j]);
    }
  REQUIRE(a.group(1)[a.offset(4, 10)] == 0.0f);  // padding column 74
  REQUIRE_THROWS_AS(nmt::PackedF32(w.data(), 0, n, n, 1), nmt::Error);
}

TEST_CASE("PackedF32: the AVX2 path packs 16-column panels, the others 64") {
  PathGuard guard;
  const std::vector<float> w(3 * 40, 1.0f);
  for (PackedGemmPath path : supported_paths()) {
    nmt::set_packed_gemm_path(path);
    const nmt::PackedF32 packed(w.data(), 3, 40, 40, 1);
    REQUIRE(packed.panel_cols() == (path == PackedGemmPath::Avx2 ? 16 : 64));
    // Column 17 of row 2: panel 1 after panel 0's 3 x 16 floats, or row 2's run of 64.
    REQUIRE(packed.offset(2, 17) ==
            (path == PackedGemmPath::Avx2 ? 3 * 16 + 2 * 16 + 1 : 2 * 64 + 17));
  }
}

TEST_CASE("PackedF32::select_columns stores what packing those columns stores, every path") {
  PathGuard guard;
  nmt::Rng rng(11);
  const int64_t k = 7, n = 150;  // three groups, the last one partial
  std::vector<float> w(k * n);
  for (float& v : w) v = rng.uniform(-1.0f, 1.0f);
  // Unsorted, repeated, across groups and panels, more than one output group.
  std::vector<int32_t> ids = {149, 0, 17, 63, 64, 17, 5, 128, 100, 31, 32, 33};
  for (int32_t j = 40; j < 100; ++j) ids.push_back(j);
  const int64_t u = static_cast<int64_t>(ids.size());
  std::vector<float> gathered(k * u);
  for (int64_t p = 0; p < k; ++p)
    for (int64_t c = 0; c < u; ++c) gathered[p * u + c] = w[p * n + ids[c]];
  for (PackedGemmPath path : supported_paths()) {
    nmt::set_packed_gemm_path(path);
    const nmt::PackedF32 full(w.data(), k, n, n, 1), want(gathered.data(), k, u, u, 1);
    const nmt::PackedF32 got = full.select_columns(ids);
    REQUIRE(got.k() == k);
    REQUIRE(got.n() == u);
    REQUIRE(got.panel_cols() == want.panel_cols());
    REQUIRE(got.bytes() == want.bytes());
    // Every stored float, the zero columns past u included.
    for (int64_t q = 0; q < got.groups(); ++q)
      for (int64_t i = 0; i < k * nmt::PackedF32::kGroupCols; ++i)
        REQUIRE(got.group(q)[i] == want.group(q)[i]);
  }
  const nmt::PackedF32 full(w.data(), k, n, n, 1);
  REQUIRE_THROWS_AS(full.select_columns({3, static_cast<int32_t>(n)}), nmt::Error);
  REQUIRE_THROWS_AS(full.select_columns({-1}), nmt::Error);
  REQUIRE_THROWS_AS(full.select_columns({}), nmt::Error);
}

TEST_CASE("set_packed_gemm_path refuses a path the CPU lacks") {
  PathGuard guard;
  for (PackedGemmPath p : {PackedGemmPath::Avx2, PackedGemmPath::Avx512})
    if (!nmt::packed_gemm_path_supported(p))
      REQUIRE_THROWS_AS(nmt::set_packed_gemm_path(p), nmt::Error);
  REQUIRE_NOTHROW(nmt::set_packed_gemm_path(PackedGemmPath::Scalar));
}
