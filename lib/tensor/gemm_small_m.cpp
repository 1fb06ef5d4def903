// gemm_small_m: C = alpha A B + beta C for a few rows of A against a B stored
// row-major [K, N], with neither operand transposed. This is the shape of
// decoding (one row per sentence per step against every weight matrix) and of
// the RNN's per-step products.
//
// Why not the libraries: they pack B into their own panel layout on every
// call. For 32 rows that copy costs about as much as the multiply (27% of a
// greedy decoding run went to OpenBLAS's sgemm_itcopy). A row-major B needs no
// packing: a column panel's row k is contiguous, so a register tile of C
// (kRows rows x kVecs vectors) accumulates A[i, k] * B[k, panel] straight from
// memory. One panel serves every row tile before the next panel is read, so it
// stays in cache.
//
// Every element of C is one fused multiply-add chain over k in order, in the
// vector tiles and in the scalar edges alike, so the result does not depend on
// where a parallel split cuts the columns: bit-identical for any --threads.
#include <algorithm>
#include <cmath>

#include "base/error.h"
#include "tensor/gemm.h"

#if defined(__AVX512F__) || (defined(__AVX2__) && defined(__FMA__))
#include <immintrin.h>
#define NMT_GEMM_SMALL_M 1
#endif

namespace nmt {

#ifdef NMT_GEMM_SMALL_M
namespace {

#if defined(__AVX512F__)
using Vec = __m512;
constexpr int kLanes = 16;
constexpr int kVecs = 4;  // 4 x 4 accumulators of 32 registers
inline Vec load(const float* p) {
  return _mm512_loadu_ps(p);
}
inline void store(float* p, Vec v) {
  _mm512_storeu_ps(p, v);
}
inline Vec broadcast(float x) {
  return _mm512_set1_ps(x);
}
inline Vec zero() {
  return _mm512_setzero_ps();
}
inline Vec fmadd(Vec a, Vec b, Vec c) {
  return _mm512_fmadd_ps(a, b, c);
}
inline Vec mul(Vec a, Vec b) {
  return _mm512_mul_ps(a, b);
}
#else
using Vec = __m256;
constexpr int kLanes = 8;
constexpr int kVecs = 3;  // 4 x 3 accumulators of 16 registers
inline Vec load(const float* p) {
  return _mm256_loadu_ps(p);
}
inline void store(float* p, Vec v) {
  _mm256_storeu_ps(p, v);
}
inline Vec broadcast(float x) {
  return _mm256_set1_ps(x);
}
inline Vec zero() {
  return _mm256_setzero_ps();
}
inline Vec fmadd(Vec a, Vec b, Vec c) {
  return _mm256_fmadd_ps(a, b, c);
}
inline Vec mul(Vec a, Vec b) {
  return _mm256_mul_ps(a, b);
}
#endif

constexpr int kRows = 4;
constexpr int64_t kPanel = int64_t{kLanes} * kVecs;

// alpha * acc (+ beta * c) into c, the same arithmetic as scalar_element's end.
inline void write_vec(const GemmArgs& g, float* c, Vec acc) {
  Vec out = g.alpha == 1.0f ? acc : mul(broadcast(g.alpha), acc);
  if (g.beta != 0.0f) out = fmadd(broadcast(g.beta), load(c), out);
  store(c, out);
}

// The hardware prefetchers do not follow B down its rows (the stride is a
// whole row), so a tile asks for lines itself: at step p, `vecs` vectors at
// ahead + p * ldb, while p < rows. Without it greedy decoding ran at 4,300
// tokens/s instead of 4,800.
struct Prefetch {
  const float* ahead = nullptr;
  int64_t rows = 0;
  int vecs = 0;
};
constexpr int64_t kPrefetchRows = 8;

// Rows [i0, i0 + R) x columns [j0, j0 + V * kLanes).
template <int R, int V>
void tile(const GemmArgs& g, int64_t i0, int64_t j0, const Prefetch& pf) {
  Vec acc[R][V];
  for (int r = 0; r < R; ++r)
    for (int v = 0; v < V; ++v) acc[r][v] = zero();
  const float* a = g.a + i0 * g.lda;
  const float* b = g.b + j0;
  for (int64_t p = 0; p < g.k; ++p) {
    const float* brow = b + p * g.ldb;
    if (p < pf.rows)
      for (int v = 0; v < pf.vecs; ++v)
        _mm_prefetch(reinterpret_cast<const char*>(pf.ahead + p * g.ldb + v * kLanes), _MM_HINT_T0);
    Vec bv[V];
    for (int v = 0; v < V; ++v) bv[v] = load(brow + v * kLanes);
    for (int r = 0; r < R; ++r) {
      const Vec av = broadcast(a[r * g.lda + p]);
      for (int v = 0; v < V; ++v) acc[r][v] = fmadd(av, bv[v], acc[r][v]);
    }
  }
  for (int r = 0; r < R; ++r)
    for (int v = 0; v < V; ++v) write_vec(g, g.c + (i0 + r) * g.ldc + j0 + v * kLanes, acc[r][v]);
}

// A tile of exactly `rows` rows (1 <= rows <= kRows).
template <int V, int R = kRows>
void tile_rows(const GemmArgs& g, int64_t i0, int64_t j0, int64_t rows, const Prefetch& pf) {
  if constexpr (R > 0) {
    if (rows == R) return tile<R, V>(g, i0, j0, pf);
    tile_rows<V, R - 1>(g, i0, j0, rows, pf);
  }
}

// Every row tile of the column panel at j0, V vectors wide. The first tile
// reads the panel from memory and fetches its rows a few steps ahead; the
// others find it in cache. (Also fetching the next panel during a panel's last
// tile measured slower: 4,650 against 4,800 tokens/s in greedy decoding.)
template <int V>
void panel(const GemmArgs& g, int64_t j0) {
  const Prefetch own{g.b + j0 + kPrefetchRows * g.ldb, g.k - kPrefetchRows, V};
  for (int64_t i0 = 0; i0 < g.m; i0 += kRows)
    tile_rows<V>(g, i0, j0, std::min<int64_t>(kRows, g.m - i0), i0 == 0 ? own : Prefetch{});
}

// Columns past the last full vector: one element at a time, same arithmetic.
void scalar_element(const GemmArgs& g, int64_t i, int64_t j) {
  float acc = 0.0f;
  for (int64_t p = 0; p < g.k; ++p) acc = std::fma(g.a[i * g.lda + p], g.b[p * g.ldb + j], acc);
  float out = g.alpha == 1.0f ? acc : g.alpha * acc;
  float* c = g.c + i * g.ldc + j;
  if (g.beta != 0.0f) out = std::fma(g.beta, *c, out);
  *c = out;
}

}  // namespace

bool gemm_small_m_available() {
  return true;
}

void gemm_small_m(const GemmArgs& g) {
  int64_t j0 = 0;
  for (; j0 + kPanel <= g.n; j0 += kPanel) panel<kVecs>(g, j0);
  for (; j0 + kLanes <= g.n; j0 += kLanes) panel<1>(g, j0);
  for (int64_t i = 0; i < g.m; ++i)
    for (int64_t j = j0; j < g.n; ++j) scalar_element(g, i, j);
}

#else  // no FMA vectors: the library kernels take every product

bool gemm_small_m_available() {
  return false;
}

void gemm_small_m(const GemmArgs&) {
  throw Error("gemm_small_m: not built for this CPU (needs AVX2+FMA or AVX-512)");
}

#endif

}  // namespace nmt
