// bf16 mixed precision in the GEMM layer: bf16_round against hand-made bit
// patterns (ties to even, infinities, NaN, overflow); gemm with
// GemmPrecision::Bf16 against a double loop over the bf16-rounded inputs, for
// both kernels, every transpose, tile and tail shapes, padded strides,
// alpha/beta and batches, with a tolerance from the float32 accumulation
// (which the same products computed without rounding fail); bit-identical
// results on 1 and 2 threads; the autograd ops under WeightGemmPrecision
// (linear forward and backward equal the float32 ops on rounded operands,
// batched attention products stay float32); and the --precision choice.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <cstring>
#include <limits>
#include <tuple>
#include <vector>

#include "autograd/ops.h"
#include "base/error.h"
#include "base/rng.h"
#include "base/threads.h"
#include "tensor/bf16.h"
#include "tensor/gemm.h"

using nmt::GemmArgs;
using nmt::GemmKernel;
using nmt::GemmPrecision;

namespace {

float from_bits(uint32_t bits) {
  float f = 0.0f;
  std::memcpy(&f, &bits, sizeof f);
  return f;
}
uint32_t bits_of(float f) {
  uint32_t u = 0;
  std::memcpy(&u, &f, sizeof u);
  return u;
}

struct ThreadGuard {
  explicit ThreadGuard(int n) { nmt::set_num_threads(n); }
  ~ThreadGuard() { nmt::set_num_threads(1); }
};

struct EngineGuard {
  explicit EngineGuard(nmt::Bf16Engine e) : saved(nmt::gemm_bf16_engine()) {
    nmt::set_gemm_bf16_engine(e);
  }
  ~EngineGuard() { nmt::set_gemm_bf16_engine(saved); }
  nmt::Bf16Engine saved;
};

// The bf16 engines this CPU runs (emulated everywhere, native with avx512_bf16).
std::vector<nmt::Bf16Engine> engines() {
  std::vector<nmt::Bf16Engine> out = {nmt::Bf16Engine::Emulated};
  if (nmt::gemm_bf16_engine_supported(nmt::Bf16Engine::Native))
    out.push_back(nmt::Bf16Engine::Native);
  return out;
}

struct KernelGuard {
  explicit KernelGuard(GemmKernel k) : saved(nmt::gemm_kernel()) { nmt::set_gemm_kernel(k); }
  ~KernelGuard() { nmt::set_gemm_kernel(saved); }
  GemmKernel saved;
};

// One bf16 product with padded strides over `batch` items; values in
// [-1, 1] carry all 24 bits, so rounding them matters.
struct Problem {
  GemmArgs args;
  int64_t batch = 1, stride_a = 0, stride_b = 0, stride_c = 0;
  std::vector<float> a, b, c;
};

Problem make_problem(bool ta, bool tb, int64_t m, int64_t n, int64_t k, int64_t pad, int64_t batch,
                     bool shared_b, uint64_t seed) {
  nmt::Rng rng(seed);
  Problem p;
  GemmArgs& g = p.args;
  g.trans_a = ta, g.trans_b = tb, g.m = m, g.n = n, g.k = k;
  g.precision = GemmPrecision::Bf16;
  const int64_t a_rows = ta ? k : m, b_rows = tb ? n : k;
  g.lda = (ta ? m : k) + pad, g.ldb = (tb ? k : n) + pad, g.ldc = n + pad;
  p.batch = batch;
  p.stride_a = a_rows * g.lda;
  p.stride_b = shared_b ? 0 : b_rows * g.ldb;
  p.stride_c = m * g.ldc;
  p.a.resize(batch * p.stride_a);
  p.b.resize(std::max<int64_t>(1, shared_b ? b_rows * g.ldb : batch * p.stride_b));
  p.c.resize(batch * p.stride_c);
  for (float& v : p.a) v = rng.uniform(-1.0f, 1.0f);
  for (float& v : p.b) v = rng.uniform(-1.0f, 1.0f);
  for (float& v : p.c) v = rng.uniform(-1.0f, 1.0f);
  g.a = p.a.data(), g.b = p.b.data(), g.c = p.c.data();
  return p;
}

void run(Problem& p) {
  nmt::gemm_batched(p.args, p.batch, p.stride_a, p.stride_b, p.stride_c);
}

// The bf16 reference in double (products of the rounded inputs, summed
// exactly enough), and for each element the float32 accumulation bound
// (k + 2) u (|alpha| sum |a b| + |beta c|), u = 2^-24.
struct Reference {
  std::vector<double> value, bound;
};

Reference reference(const Problem& p, const std::vector<float>& c0, bool round) {
  const GemmArgs& g = p.args;
  Reference r{std::vector<double>(c0.begin(), c0.end()), std::vector<double>(c0.size(), 0.0)};
  auto q = [round](float x) { return double(round ? nmt::bf16_round(x) : x); };
  const double u = std::ldexp(1.0, -24);
  for (int64_t t = 0; t < p.batch; ++t) {
    const float* a = g.a + t * p.stride_a;
    const float* b = g.b + t * p.stride_b;
    for (int64_t i = 0; i < g.m; ++i)
      for (int64_t j = 0; j < g.n; ++j) {
        double sum = 0.0, abs_sum = 0.0;
        for (int64_t l = 0; l < g.k; ++l) {
          const double x = q(g.trans_a ? a[l * g.lda + i] : a[i * g.lda + l]);
          const double y = q(g.trans_b ? b[j * g.ldb + l] : b[l * g.ldb + j]);
          sum += x * y;
          abs_sum += std::abs(x * y);
        }
        const size_t at = t * p.stride_c + i * g.ldc + j;
        const double old = g.beta == 0.0f ? 0.0 : double(g.beta) * c0[at];
        r.value[at] = g.alpha * sum + old;
        r.bound[at] = (g.k + 2) * u * (std::abs(g.alpha) * abs_sum + std::abs(old)) + 1e-30;
      }
  }
  return r;
}

// The largest error relative to its bound (<= 1 passes); padding must stay.
double worst_ratio(const std::vector<float>& got, const Reference& want) {
  double worst = 0.0;
  for (size_t i = 0; i < got.size(); ++i) {
    const double err = std::abs(got[i] - want.value[i]);
    const double ratio = want.bound[i] > 1e-30 ? err / want.bound[i] : (err == 0.0 ? 0.0 : 1e30);
    if (!(ratio <= worst)) worst = ratio;  // NaN counts as worst
  }
  return worst;
}

}  // namespace

TEST_CASE("bf16_round rounds to nearest, ties to even, like the hardware", "[bf16]") {
  CHECK(bits_of(nmt::bf16_round(1.0f)) == 0x3F800000u);
  CHECK(bits_of(nmt::bf16_round(from_bits(0x3F808000u))) == 0x3F800000u);  // tie, even below
  CHECK(bits_of(nmt::bf16_round(from_bits(0x3F818000u))) == 0x3F820000u);  // tie, even above
  CHECK(bits_of(nmt::bf16_round(from_bits(0x3F808001u))) == 0x3F810000u);  // above the tie
  CHECK(bits_of(nmt::bf16_round(from_bits(0x3F807FFFu))) == 0x3F800000u);  // below the tie
  CHECK(bits_of(nmt::bf16_round(from_bits(0xBF818000u))) == 0xBF820000u);  // sign kept
  CHECK(bits_of(nmt::bf16_round(from_bits(0x00018000u))) == 0x00020000u);  // subnormal tie
  const float inf = std::numeric_limits<float>::infinity();
  CHECK(nmt::bf16_round(inf) == inf);
  CHECK(nmt::bf16_round(-inf) == -inf);
  CHECK(nmt::bf16_round(std::numeric_limits<float>::max()) == inf);  // beyond the largest bf16
  CHECK(std::isnan(nmt::bf16_round(std::numeric_limits<float>::quiet_NaN())));
  CHECK(std::isnan(nmt::bf16_round(from_bits(0x7F800001u))));  // a NaN whose payload rounds away
  // Every value it returns is a bf16 and rounding again changes nothing.
  nmt::Rng rng(5);
  for (int i = 0; i < 1000; ++i) {
    const float x = rng.uniform(-100.0f, 100.0f), r = nmt::bf16_round(x);
    CHECK((bits_of(r) & 0xFFFFu) == 0u);
    CHECK(nmt::bf16_round(r) == r);
    CHECK(std::abs(r - x) <= std::abs(x) * std::ldexp(1.0, -8));
  }
}

TEST_CASE("bf16 gemm matches a double loop over rounded inputs: kernels, transposes, tails",
          "[bf16]") {
  const auto kernel = GENERATE(GemmKernel::Eigen, GemmKernel::OpenBlas);
  const int threads = GENERATE(1, 2);
  KernelGuard kg(kernel);
  ThreadGuard tg(threads);
  for (nmt::Bf16Engine engine : engines()) {
    EngineGuard eg(engine);
    // Register-tile multiples and their tails (Eigen's 48 x 4, OpenBLAS's 16 x
    // 4 ...), small-m shapes (<= 64 rows untransposed: gemm_small_m), a split
    // along m and along n on 2 threads.
    const std::vector<std::tuple<int, int, int>> shapes = {
        {1, 1, 1},    {7, 5, 3},     {16, 48, 32},  {17, 49, 33},
        {64, 96, 64}, {65, 97, 130}, {259, 64, 77}, {8, 1003, 256}};
    for (auto [m, n, k] : shapes)
      for (int trans = 0; trans < 4; ++trans) {
        Problem p = make_problem(trans & 1, trans & 2, m, n, k, 3, 1, false, 11 + m + n + k);
        p.args.alpha = trans == 3 ? -0.5f : 1.0f;
        p.args.beta = trans == 1 ? 0.75f : (trans == 2 ? 1.0f : 0.0f);
        const std::vector<float> c0 = p.c;
        run(p);
        INFO(nmt::gemm_bf16_engine_name(engine)
             << " " << nmt::gemm_kernel_name(kernel) << " threads " << threads << " m" << m << " n"
             << n << " k" << k << " trans " << trans);
        CHECK(worst_ratio(p.c, reference(p, c0, true)) <= 1.0);
      }
  }
}

TEST_CASE("bf16 gemm is not the float32 product: the tolerance tells them apart", "[bf16]") {
  // The same check on the float32 product of the unrounded inputs fails:
  // rounding to bf16 moves results by about 2^-9 relative, far beyond the
  // accumulation bound, so the test above would catch a path that skipped it.
  Problem p = make_problem(false, false, 65, 97, 130, 0, 1, false, 3);
  p.args.precision = GemmPrecision::Fp32;
  const std::vector<float> c0 = p.c;
  run(p);
  CHECK(worst_ratio(p.c, reference(p, c0, true)) > 10.0);
  CHECK(worst_ratio(p.c, reference(p, c0, false)) <= 1.0);
}

TEST_CASE("bf16 gemm_batched: per-item and shared operands, 1 and 2 threads", "[bf16]") {
  const int threads = GENERATE(1, 2);
  ThreadGuard tg(threads);
  for (nmt::Bf16Engine engine : engines()) {
    EngineGuard eg(engine);
    for (bool shared_b : {false, true})
      for (int trans = 0; trans < 4; ++trans) {
        Problem p = make_problem(trans & 1, (trans & 2) != 0, 19, 40, 33, 2, 5, shared_b, 9);
        const std::vector<float> c0 = p.c;
        run(p);
        INFO(nmt::gemm_bf16_engine_name(engine)
             << " threads " << threads << " shared_b " << shared_b << " trans " << trans);
        CHECK(worst_ratio(p.c, reference(p, c0, true)) <= 1.0);
      }
  }
}

TEST_CASE("bf16 gemm results are bit-identical on 1 and 2 threads", "[bf16]") {
  const auto kernel = GENERATE(GemmKernel::Eigen, GemmKernel::OpenBlas);
  KernelGuard kg(kernel);
  for (nmt::Bf16Engine engine : engines()) {
    EngineGuard eg(engine);
    for (auto [m, n, k] :
         {std::tuple{259, 64, 77}, std::tuple{8, 1003, 256}, std::tuple{33, 517, 300}})
      for (int trans = 0; trans < 4; ++trans) {
        Problem one = make_problem(trans & 1, trans & 2, m, n, k, 1, 1, false, 21);
        Problem two = one;
        two.args.a = two.a.data(), two.args.b = two.b.data(), two.args.c = two.c.data();
        {
          ThreadGuard tg(1);
          run(one);
        }
        {
          ThreadGuard tg(2);
          run(two);
        }
        INFO(nmt::gemm_bf16_engine_name(engine) << " " << nmt::gemm_kernel_name(kernel) << " m" << m
                                                << " n" << n << " k" << k << " trans " << trans);
        REQUIRE(one.c == two.c);
      }
  }
}

namespace {

nmt::Tensor random_tensor(const nmt::Shape& shape, uint64_t seed, bool round) {
  nmt::Rng rng(seed);
  nmt::Tensor t = nmt::Tensor::empty(shape);
  for (int64_t i = 0; i < t.numel(); ++i) {
    const float v = rng.uniform(-1.0f, 1.0f);
    t.data()[i] = round ? nmt::bf16_round(v) : v;
  }
  return t;
}

std::vector<float> values(const nmt::Tensor& t) {
  return std::vector<float>(t.data(), t.data() + t.numel());
}

// linear(x, w, b) and its gradients (the upstream gradient is a bf16 value
// times ones, so rounding it changes nothing), with the products at `precision`.
struct LinearRun {
  std::vector<float> y, dx, dw;
};
LinearRun run_linear(const nmt::Tensor& x, const nmt::Tensor& w, GemmPrecision precision) {
  nmt::WeightGemmPrecision mixed(precision);
  nmt::Var vx(x.clone(), true), vw(w.clone(), true);
  nmt::Var y = nmt::linear(vx, vw, nmt::Var());
  nmt::backward(nmt::scale(nmt::sum_all(y), 0.375f));
  return {values(y.value()), values(vx.grad()), values(vw.grad())};
}

}  // namespace

TEST_CASE("linear under WeightGemmPrecision(bf16) is the float32 op on rounded operands",
          "[bf16]") {
  // Bit for bit with the emulated engine, which runs the float32 kernels on
  // the rounded copies; the native engine sums in another order (below).
  EngineGuard eg(nmt::Bf16Engine::Emulated);
  const nmt::Tensor x = random_tensor({37, 24}, 1, false), w = random_tensor({24, 50}, 2, false);
  const nmt::Tensor xr = random_tensor({37, 24}, 1, true), wr = random_tensor({24, 50}, 2, true);
  const LinearRun mixed = run_linear(x, w, GemmPrecision::Bf16);
  const LinearRun rounded = run_linear(xr, wr, GemmPrecision::Fp32);
  const LinearRun plain = run_linear(x, w, GemmPrecision::Fp32);
  CHECK(mixed.y == rounded.y);    // forward: bf16(x) bf16(w)
  CHECK(mixed.dx == rounded.dx);  // dX = dY bf16(w)^T
  CHECK(mixed.dw == rounded.dw);  // dW = bf16(x)^T dY
  CHECK(mixed.y != plain.y);
  CHECK(nmt::weight_gemm_precision() == GemmPrecision::Fp32);  // the guard restored it
}

namespace {

float max_abs_diff(const std::vector<float>& x, const std::vector<float>& y) {
  float worst = 0.0f;
  for (size_t i = 0; i < x.size(); ++i) worst = std::max(worst, std::abs(x[i] - y[i]));
  return worst;
}

}  // namespace

TEST_CASE("linear on the native bf16 engine: the rounded float32 op up to the order of sums",
          "[bf16]") {
  if (!nmt::gemm_bf16_engine_supported(nmt::Bf16Engine::Native)) {
    CHECK_THROWS_WITH(nmt::set_gemm_bf16_engine(nmt::Bf16Engine::Native),
                      Catch::Contains("no avx512_bf16"));
    return;
  }
  EngineGuard eg(nmt::Bf16Engine::Native);
  CHECK(nmt::gemm_bf16_native());
  const nmt::Tensor x = random_tensor({37, 24}, 1, false), w = random_tensor({24, 50}, 2, false);
  const nmt::Tensor xr = random_tensor({37, 24}, 1, true), wr = random_tensor({24, 50}, 2, true);
  const LinearRun native = run_linear(x, w, GemmPrecision::Bf16);
  const LinearRun rounded = run_linear(xr, wr, GemmPrecision::Fp32);
  const LinearRun plain = run_linear(x, w, GemmPrecision::Fp32);
  // Sums of at most 50 products of size <= 1 in float32: a few 1e-6 apart.
  CHECK(max_abs_diff(native.y, rounded.y) < 2e-5f);
  CHECK(max_abs_diff(native.dx, rounded.dx) < 2e-5f);
  CHECK(max_abs_diff(native.dw, rounded.dw) < 2e-5f);
  // ...while skipping the rounding moves them by about 2^-9 relative.
  CHECK(max_abs_diff(native.y, plain.y) > 1e-3f);
}

TEST_CASE("attention's batched products stay float32 under WeightGemmPrecision(bf16)", "[bf16]") {
  const nmt::Tensor q = random_tensor({3, 6, 8}, 4, false), k = random_tensor({3, 7, 8}, 5, false);
  std::vector<float> fp32, mixed;
  { fp32 = values(nmt::matmul(nmt::Var(q), nmt::Var(k), false, true).value()); }
  {
    nmt::WeightGemmPrecision guard(GemmPrecision::Bf16);
    mixed = values(nmt::matmul(nmt::Var(q), nmt::Var(k), false, true).value());
  }
  CHECK(fp32 == mixed);
}

TEST_CASE("the precision choice: auto takes bf16 only where it is native and built", "[bf16]") {
  using nmt::TrainPrecision;
  const nmt::Bf16Support none, avx512{true, false}, amx{false, true};
  const nmt::PrecisionChoice here = nmt::choose_precision(TrainPrecision::Auto, none, true);
  CHECK_FALSE(here.bf16);
  CHECK(nmt::describe(here) ==
        "fp32 (auto: this CPU has no native bf16: no avx512_bf16, no amx_bf16)");
  CHECK(nmt::choose_precision(TrainPrecision::Auto, avx512, true).bf16);
  CHECK(nmt::choose_precision(TrainPrecision::Auto, amx, true).bf16);
  const nmt::PrecisionChoice unbuilt = nmt::choose_precision(TrainPrecision::Auto, amx, false);
  CHECK_FALSE(unbuilt.bf16);
  CHECK(unbuilt.reason.find("no native bf16 GEMM") != std::string::npos);
  const nmt::PrecisionChoice emulated = nmt::choose_precision(TrainPrecision::Bf16, none, false);
  CHECK(emulated.bf16);
  CHECK(emulated.reason.find("emulated") != std::string::npos);
  CHECK_FALSE(nmt::choose_precision(TrainPrecision::Fp32, amx, true).bf16);
  for (TrainPrecision p : {TrainPrecision::Fp32, TrainPrecision::Bf16, TrainPrecision::Auto})
    CHECK(nmt::precision_from_name(nmt::to_string(p)) == p);
  CHECK_THROWS_AS(nmt::precision_from_name("fp16"), nmt::Error);
}
