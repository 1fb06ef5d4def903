// gemm() and gemm_batched() against a naive double-precision loop: all four
// transpose combinations, padded strides, alpha/beta, k == 0, batches, both
// kernels, on one thread and on two (the split path), and bit-identical
// results whatever the thread count; gemm_small_m on its tile and tail shapes;
// inside a parallel region gemm runs on the calling thread (observed through
// the OS thread of every OpenBLAS call).
#include <cblas.h>
#include <dlfcn.h>
#include <omp.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <cstdio>
#include <limits>
#include <mutex>
#include <set>
#include <tuple>
#include <vector>

#include "base/error.h"
#include "base/rng.h"
#include "base/threads.h"
#include "tensor/gemm.h"

namespace {
class SgemmCalls;
SgemmCalls& sgemm_calls();
void record_sgemm_thread();
}  // namespace

// This executable's cblas_sgemm: the OpenBLAS kernel of nmt_tensor binds to
// it (a definition in the executable comes before the shared library's), so
// the tests can see which OS thread ran each kernel call. It records the
// thread and calls OpenBLAS's own.
extern "C" void cblas_sgemm(OPENBLAS_CONST enum CBLAS_ORDER order,
                            OPENBLAS_CONST enum CBLAS_TRANSPOSE trans_a,
                            OPENBLAS_CONST enum CBLAS_TRANSPOSE trans_b, OPENBLAS_CONST blasint m,
                            OPENBLAS_CONST blasint n, OPENBLAS_CONST blasint k,
                            OPENBLAS_CONST float alpha, OPENBLAS_CONST float* a,
                            OPENBLAS_CONST blasint lda, OPENBLAS_CONST float* b,
                            OPENBLAS_CONST blasint ldb, OPENBLAS_CONST float beta, float* c,
                            OPENBLAS_CONST blasint ldc) {
  using Sgemm =
      void (*)(CBLAS_ORDER, CBLAS_TRANSPOSE, CBLAS_TRANSPOSE, blasint, blasint, blasint, float,
               const float*, blasint, const float*, blasint, float, float*, blasint);
  static const Sgemm real = reinterpret_cast<Sgemm>(dlsym(RTLD_NEXT, "cblas_sgemm"));
  record_sgemm_thread();
  real(order, trans_a, trans_b, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc);
}

namespace {

using nmt::GemmArgs;
using nmt::GemmKernel;

// Buffers for one product with padded row strides (pad extra elements per row).
struct Problem {
  GemmArgs args;
  std::vector<float> a, b, c;
};

Problem make_problem(bool ta, bool tb, int64_t m, int64_t n, int64_t k, int64_t pad,
                     uint64_t seed) {
  nmt::Rng rng(seed);
  Problem p;
  GemmArgs& g = p.args;
  g.trans_a = ta, g.trans_b = tb, g.m = m, g.n = n, g.k = k;
  const int64_t a_rows = ta ? k : m, b_rows = tb ? n : k;
  g.lda = (ta ? m : k) + pad, g.ldb = (tb ? k : n) + pad, g.ldc = n + pad;
  p.a.resize(a_rows * g.lda + 1);
  p.b.resize(b_rows * g.ldb + 1);
  p.c.resize(m * g.ldc + 1);
  for (float& v : p.a) v = rng.uniform(-1.0f, 1.0f);
  for (float& v : p.b) v = rng.uniform(-1.0f, 1.0f);
  for (float& v : p.c) v = rng.uniform(-1.0f, 1.0f);
  g.a = p.a.data(), g.b = p.b.data(), g.c = p.c.data();
  return p;
}

// The reference, in double; c0 is C before the call.
std::vector<double> naive(const GemmArgs& g, const std::vector<float>& c0) {
  std::vector<double> out(c0.begin(), c0.end());
  for (int64_t i = 0; i < g.m; ++i) {
    for (int64_t j = 0; j < g.n; ++j) {
      double sum = 0.0;
      for (int64_t p = 0; p < g.k; ++p) {
        const double a = g.trans_a ? g.a[p * g.lda + i] : g.a[i * g.lda + p];
        const double b = g.trans_b ? g.b[j * g.ldb + p] : g.b[p * g.ldb + j];
        sum += a * b;
      }
      const double old = g.beta == 0.0f ? 0.0 : g.beta * double(c0[i * g.ldc + j]);
      out[i * g.ldc + j] = g.alpha * sum + old;
    }
  }
  return out;
}

// Every element (padding between rows of C included, which must be untouched)
// matches; one assertion per product, naming the worst element.
void check_close(const std::vector<float>& got, const std::vector<double>& want, int64_t k) {
  REQUIRE(got.size() == want.size());
  size_t worst = 0;
  double worst_err = 0.0;
  for (size_t i = 0; i < got.size(); ++i) {
    const double err = std::abs(got[i] - want[i]);
    if (!(err <= worst_err)) worst = i, worst_err = err;  // NaN counts as worst
  }
  INFO("element " << worst << " got " << got[worst] << " want " << want[worst]);
  REQUIRE(worst_err <= 1e-6 * (k + 4));
}

struct ThreadGuard {
  explicit ThreadGuard(int n) { nmt::set_num_threads(n); }
  ~ThreadGuard() { nmt::set_num_threads(2); }
};

struct KernelGuard {
  explicit KernelGuard(GemmKernel k) : saved(nmt::gemm_kernel()) { nmt::set_gemm_kernel(k); }
  ~KernelGuard() { nmt::set_gemm_kernel(saved); }
  GemmKernel saved;
};

// The OS thread of every OpenBLAS kernel call, recorded by the cblas_sgemm
// defined above.
class SgemmCalls {
 public:
  void add(pid_t tid) {
    std::lock_guard<std::mutex> lock(mutex_);
    calls_.push_back(tid);
  }
  void clear() {
    std::lock_guard<std::mutex> lock(mutex_);
    calls_.clear();
  }
  std::vector<pid_t> calls() {
    std::lock_guard<std::mutex> lock(mutex_);
    return calls_;
  }

 private:
  std::mutex mutex_;
  std::vector<pid_t> calls_;
};

SgemmCalls& sgemm_calls() {
  static SgemmCalls calls;
  return calls;
}

void record_sgemm_thread() {
  sgemm_calls().add(static_cast<pid_t>(syscall(SYS_gettid)));
}

}  // namespace

TEST_CASE("gemm matches a double loop: transposes, strides, alpha, beta, kernels, threads") {
  const auto kernel = GENERATE(GemmKernel::Eigen, GemmKernel::OpenBlas);
  const int threads = GENERATE(1, 2);
  KernelGuard kg(kernel);
  ThreadGuard tg(threads);
  for (int trans = 0; trans < 4; ++trans) {
    // 67x301x53 is large enough to be split across two threads; 5x7x3 is not.
    for (auto [m, n, k] : {std::tuple{5, 7, 3}, std::tuple{67, 301, 53}, std::tuple{150, 40, 60}}) {
      for (float beta : {0.0f, 1.0f, -0.5f}) {
        Problem p = make_problem(trans & 1, trans & 2, m, n, k, 3, 11 + trans);
        p.args.alpha = beta == 0.0f ? 1.0f : 0.75f;
        p.args.beta = beta;
        INFO(nmt::gemm_kernel_name(kernel) << " threads " << threads << " trans " << trans << " m"
                                           << m << " n" << n << " k" << k << " beta " << beta);
        const std::vector<double> want = naive(p.args, p.c);
        nmt::gemm(p.args);
        check_close(p.c, want, k);
      }
    }
  }
}

TEST_CASE("gemm with beta 0 never reads C, and k == 0 scales C by beta") {
  const auto kernel = GENERATE(GemmKernel::Eigen, GemmKernel::OpenBlas);
  KernelGuard kg(kernel);
  const float nan = std::numeric_limits<float>::quiet_NaN();

  Problem p = make_problem(false, true, 80, 200, 40, 0, 5);
  std::fill(p.c.begin(), p.c.end() - 1, nan);
  const std::vector<double> want = naive(p.args, p.c);
  nmt::gemm(p.args);
  check_close(p.c, want, 40);

  Problem z = make_problem(false, false, 4, 6, 0, 2, 6);
  z.args.beta = 0.5f;
  const std::vector<float> before = z.c;
  nmt::gemm(z.args);
  for (int64_t i = 0; i < 4; ++i)
    for (int64_t j = 0; j < 8; ++j) {
      const float expect = j < 6 ? 0.5f * before[i * 8 + j] : before[i * 8 + j];
      REQUIRE(z.c[i * 8 + j] == expect);
    }
  z.args.beta = 0.0f;
  std::fill(z.c.begin(), z.c.end(), nan);
  nmt::gemm(z.args);
  for (int64_t i = 0; i < 4; ++i)
    for (int64_t j = 0; j < 6; ++j) REQUIRE(z.c[i * 8 + j] == 0.0f);
}

TEST_CASE("gemm_small_m matches a double loop on every tile and tail shape") {
  if (!nmt::gemm_small_m_available()) {
    WARN("gemm_small_m is not built for this CPU (no AVX2+FMA)");
    return;
  }
  const float nan = std::numeric_limits<float>::quiet_NaN();
  // Rows around the 4-row tile, columns around the 8/16-float vector and the
  // 3- or 4-vector panel, padded strides, and beta 0 over a C of NaN.
  for (int64_t m : {1, 2, 3, 4, 5, 7, 8, 9, 31, 64}) {
    for (int64_t n : {1, 7, 8, 15, 16, 17, 24, 47, 48, 63, 64, 65, 129}) {
      for (int64_t k : {1, 5, 33}) {
        for (float beta : {0.0f, 1.0f, -0.5f}) {
          Problem p = make_problem(false, false, m, n, k, 3, 7 * m + n + k);
          p.args.alpha = beta == 0.0f ? 1.0f : 0.75f;
          p.args.beta = beta;
          if (beta == 0.0f)
            for (int64_t i = 0; i < m; ++i) std::fill_n(p.c.begin() + i * p.args.ldc, n, nan);
          INFO("m" << m << " n" << n << " k" << k << " beta " << beta);
          const std::vector<double> want = naive(p.args, p.c);
          nmt::gemm_small_m(p.args);
          check_close(p.c, want, k);
        }
      }
    }
  }
}

TEST_CASE("gemm with m or n == 0 leaves C alone") {
  Problem p = make_problem(false, false, 0, 5, 4, 0, 9);
  const std::vector<float> before = p.c;
  nmt::gemm(p.args);
  REQUIRE(p.c == before);
}

TEST_CASE("gemm_batched matches the loop for each item, on 1 and 2 threads") {
  const auto kernel = GENERATE(GemmKernel::Eigen, GemmKernel::OpenBlas);
  const int threads = GENERATE(1, 2);
  const int64_t batch = GENERATE(1, 3, 4);
  KernelGuard kg(kernel);
  ThreadGuard tg(threads);
  const int64_t m = 70, n = 130, k = 120, pad = 2;  // items big enough to be split
  std::vector<Problem> items;
  std::vector<float> a, b, c;
  for (int64_t i = 0; i < batch; ++i) {
    items.push_back(make_problem(true, false, m, n, k, pad, 100 + i));
    items.back().args.beta = 0.5f;
    a.insert(a.end(), items.back().a.begin(), items.back().a.end());
    b.insert(b.end(), items.back().b.begin(), items.back().b.end());
    c.insert(c.end(), items.back().c.begin(), items.back().c.end());
  }
  const int64_t sa = items[0].a.size(), sb = items[0].b.size(), sc = items[0].c.size();
  GemmArgs g = items[0].args;
  g.a = a.data(), g.b = b.data(), g.c = c.data();
  nmt::gemm_batched(g, batch, sa, sb, sc);
  for (int64_t i = 0; i < batch; ++i) {
    const std::vector<double> want = naive(items[i].args, items[i].c);
    check_close(std::vector<float>(c.begin() + i * sc, c.begin() + (i + 1) * sc), want, k);
  }
}

TEST_CASE("gemm results are bit-identical on 1 and 2 threads") {
  const auto kernel = GENERATE(GemmKernel::Eigen, GemmKernel::OpenBlas);
  KernelGuard kg(kernel);
  // Splits along m (256 rows) and along n (8 rows, 1000 columns), odd tails;
  // 8 and 33 rows untransposed take gemm_small_m, whose column splits must
  // not change any sum either.
  for (auto [m, n, k] :
       {std::tuple{259, 64, 77}, std::tuple{8, 1003, 256}, std::tuple{33, 517, 300}}) {
    for (int trans = 0; trans < 4; ++trans) {
      Problem one = make_problem(trans & 1, trans & 2, m, n, k, 1, 21);
      Problem two = one;
      two.args.a = two.a.data(), two.args.b = two.b.data(), two.args.c = two.c.data();
      {
        ThreadGuard tg(1);
        nmt::gemm(one.args);
      }
      {
        ThreadGuard tg(2);
        nmt::gemm(two.args);
      }
      INFO(nmt::gemm_kernel_name(kernel)
           << " m" << m << " n" << n << " k" << k << " trans " << trans);
      REQUIRE(one.c == two.c);
    }
  }
}

TEST_CASE("gemm inside a parallel region runs on the calling thread") {
  KernelGuard kg(GemmKernel::OpenBlas);  // so every kernel call passes cblas_sgemm above
  ThreadGuard tg(2);
  // Nested regions on: a gemm that forked its own team inside ours would then
  // really run on other threads (with nesting off, libgomp gives such a team
  // one thread, and the check below could not fail).
  const int saved_levels = omp_get_max_active_levels();
  omp_set_max_active_levels(2);
  std::vector<Problem> per_thread;
  for (int t = 0; t < 2; ++t)
    per_thread.push_back(make_problem(false, true, 512, 480, 64, 0, 40 + t));
  std::vector<std::vector<double>> want;
  for (auto& p : per_thread) want.push_back(naive(p.args, p.c));

  // The same product called outside a region is split into blocks for the
  // pool's two threads: several kernel calls (which threads take them is up
  // to timing).
  Problem alone = per_thread[0];
  alone.args.a = alone.a.data(), alone.args.b = alone.b.data(), alone.args.c = alone.c.data();
  sgemm_calls().clear();
  nmt::gemm(alone.args);
  const size_t blocks = sgemm_calls().calls().size();
  REQUIRE(blocks >= 2);

  sgemm_calls().clear();
  std::vector<pid_t> callers(2);
#pragma omp parallel for num_threads(2)
  for (int t = 0; t < 2; ++t) {
    callers[t] = static_cast<pid_t>(syscall(SYS_gettid));
    nmt::gemm(per_thread[t].args);
  }
  omp_set_max_active_levels(saved_levels);
  REQUIRE(callers[0] != callers[1]);
  // Inside the region: the same blocks (the cut never depends on threads),
  // every one of them run by its caller.
  const std::vector<pid_t> calls = sgemm_calls().calls();
  const std::set<pid_t> ran_on(calls.begin(), calls.end());
  INFO(calls.size() << " kernel calls on " << ran_on.size() << " threads");
  CHECK(calls.size() == 2 * blocks);
  CHECK(ran_on == std::set<pid_t>(callers.begin(), callers.end()));
  for (int t = 0; t < 2; ++t) check_close(per_thread[t].c, want[t], 64);
}

TEST_CASE("OpenBLAS stays pinned to one thread") {
  KernelGuard kg(GemmKernel::OpenBlas);
  Problem p = make_problem(false, false, 64, 64, 64, 0, 3);
  nmt::gemm(p.args);
  REQUIRE(openblas_get_num_threads() == 1);
}

TEST_CASE("gemm rejects bad sizes and strides with nmt::Error") {
  Problem p = make_problem(false, false, 4, 5, 6, 0, 1);
  GemmArgs bad = p.args;
  bad.m = -1;
  REQUIRE_THROWS_AS(nmt::gemm(bad), nmt::Error);
  bad = p.args;
  bad.lda = 5;  // a row of A has k = 6 elements
  REQUIRE_THROWS_WITH(nmt::gemm(bad), Catch::Contains("lda=5"));
  bad = p.args;
  bad.ldc = 4;
  REQUIRE_THROWS_AS(nmt::gemm(bad), nmt::Error);
  REQUIRE_THROWS_AS(nmt::gemm_batched(p.args, -2, 0, 0, 0), nmt::Error);
}

TEST_CASE("kernel names round-trip and auto follows the documented rule") {
  REQUIRE(nmt::gemm_kernel_from_name("eigen") == GemmKernel::Eigen);
  REQUIRE(nmt::gemm_kernel_from_name("openblas") == GemmKernel::OpenBlas);
  REQUIRE(nmt::gemm_kernel_from_name("auto") == nmt::gemm_auto_kernel());
  REQUIRE_THROWS_AS(nmt::gemm_kernel_from_name("mkl"), nmt::Error);
  REQUIRE(nmt::gemm_kernel_name(GemmKernel::OpenBlas) == "openblas");
  // "eigen E-bit vs openblas CORE O-bit": OpenBLAS is chosen exactly when O >= E.
  int eigen_bits = 0, openblas_bits = 0;
  char core[64] = {0};
  REQUIRE(std::sscanf(nmt::gemm_auto_reason().c_str(), "eigen %d-bit vs openblas %63s %d-bit",
                      &eigen_bits, core, &openblas_bits) == 3);
  REQUIRE(nmt::gemm_auto_kernel() ==
          (openblas_bits >= eigen_bits ? GemmKernel::OpenBlas : GemmKernel::Eigen));
}
