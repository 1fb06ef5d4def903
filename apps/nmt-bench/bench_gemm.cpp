// `nmt-bench gemm`: GFLOP/s of the engine's gemm() (forward "nn" and the two
// backward layouts "nt", "tn") beside a plain single-threaded Eigen product and
// a plain single-threaded cblas_sgemm on the same shape, in the same run, so
// the ratios are comparable even on a noisy machine; and inference's kernels
// on the forward layout: packed_gemm (B packed once), qgemm (B quantized to
// int8 once, impl "int8") and gemm_small_m; and,
// where the CPU has AVX512-BF16, bf16 products on the native and the emulated
// engine (impl "bf16", kernel "native" or "emulated").
//
// For a shape (m,k,n) every row computes C[m,n] from 2*m*k*n flops:
//   nn: C = A[m,k] B[k,n]      (forward)
//   nt: C = A[m,k] B[n,k]^T    (the layout of dA = dC B^T)
//   tn: C = A[k,m]^T B[k,n]    (the layout of dB = A^T dC)

// GCC 12 warns about _mm512_undefined_ps inside its own AVX-512 headers as
// instantiated by Eigen (a known false positive); set before immintrin.h.
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"

#include <cblas.h>

#include <Eigen/Core>
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "base/error.h"
#include "base/rng.h"
#include "base/threads.h"
#include "bench_json.h"
#include "commands.h"
#include "common/app.h"
#include "tensor/gemm.h"
#include "tensor/packed_gemm.h"
#include "tensor/qgemm.h"

namespace nmt::bench {
namespace {

struct Shape3 {
  int64_t m, k, n;
};

// The shapes of an NMT model's hot products: projections, FFN, the output
// layer (n = vocabulary), decoding with a small batch (m = 32).
const std::vector<Shape3> kStandardShapes = {
    {2048, 256, 256},  {2048, 256, 1024}, {2048, 1024, 256}, {2048, 256, 8000},
    {256, 2048, 1024}, {32, 256, 8000},   {160, 512, 2048}};
const std::vector<Shape3> kQuickShapes = {{64, 32, 48}, {37, 19, 101}};

struct GemmBenchConfig {
  int repeat = 5;
  bool quick = false;
  std::vector<std::string> shapes;  // "MxKxN"; empty: the standard set
  std::string kernels = "default";  // engine kernels to time: default, eigen, openblas, all
};

Shape3 parse_shape(const std::string& text) {
  Shape3 s{0, 0, 0};
  char x1 = 0, x2 = 0;
  std::istringstream in(text);
  in >> s.m >> x1 >> s.k >> x2 >> s.n;
  if (!(in && in.peek() == EOF && x1 == 'x' && x2 == 'x' && s.m > 0 && s.k > 0 && s.n > 0))
    throw OptionError("gemm: bad --shape '" + text +
                      "' (want MxKxN with positive sizes, e.g. 2048x256x1024)");
  return s;
}

using Clock = std::chrono::steady_clock;

// One timed thing: an engine call or a plain library call on the same buffers.
struct Candidate {
  std::string impl, trans, kernel;  // kernel: empty for the plain libraries
  int threads = 1;
  std::function<void()> prepare;  // untimed, before each sample (kernel, thread count)
  std::function<void()> call;
  std::vector<double> samples;  // seconds per call
};

// Samples are interleaved (one of each candidate per round), so a burst of
// load from other processes hits every candidate alike and the ratios of
// one run stay comparable; the best sample is the least disturbed one.
void sample_all(std::vector<Candidate>& candidates, int iters, int repeat) {
  for (auto& c : candidates) c.prepare(), c.call();  // warm-up
  for (int r = 0; r < repeat; ++r) {
    for (auto& c : candidates) {
      c.prepare();
      const auto start = Clock::now();
      for (int i = 0; i < iters; ++i) c.call();
      c.samples.push_back(std::chrono::duration<double>(Clock::now() - start).count() / iters);
    }
  }
}

struct Buffers {
  std::vector<float> a, b, c;
};

Buffers make_buffers(const Shape3& s) {
  Rng rng(7);
  Buffers buf;
  buf.a.resize(s.m * s.k);
  buf.b.resize(s.k * s.n);
  buf.c.assign(s.m * s.n, 0.0f);
  for (float& v : buf.a) v = rng.uniform(-1.0f, 1.0f);
  for (float& v : buf.b) v = rng.uniform(-1.0f, 1.0f);
  return buf;
}

GemmArgs engine_args(const Shape3& s, Buffers& buf, const std::string& trans) {
  GemmArgs g;
  g.trans_a = trans[0] == 't';
  g.trans_b = trans[1] == 't';
  g.m = s.m, g.n = s.n, g.k = s.k;
  g.a = buf.a.data(), g.lda = g.trans_a ? s.m : s.k;
  g.b = buf.b.data(), g.ldb = g.trans_b ? s.k : s.n;
  g.c = buf.c.data(), g.ldc = s.n;
  return g;
}

void plain_eigen(const Shape3& s, Buffers& buf) {
  using RowMajor = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
  Eigen::Map<const RowMajor> a(buf.a.data(), s.m, s.k), b(buf.b.data(), s.k, s.n);
  Eigen::Map<RowMajor> c(buf.c.data(), s.m, s.n);
  c.noalias() = a * b;
}

void plain_openblas(const Shape3& s, Buffers& buf) {
  cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, s.m, s.n, s.k, 1.0f, buf.a.data(), s.k,
              buf.b.data(), s.n, 0.0f, buf.c.data(), s.n);
}

void emit(const Shape3& s, Candidate& c) {
  std::sort(c.samples.begin(), c.samples.end());
  const double flops = 2.0 * s.m * s.k * s.n;
  JsonLine line;
  line.add("bench", "gemm").add("impl", c.impl);
  if (!c.kernel.empty()) line.add("kernel", c.kernel);
  line.add("trans", c.trans).add("m", s.m).add("k", s.k).add("n", s.n).add("threads", c.threads);
  line.add("gflops", flops / c.samples.front() * 1e-9, 2);
  line.add("gflops_median", flops / c.samples[c.samples.size() / 2] * 1e-9, 2);
  line.print();
}

std::vector<GemmKernel> engine_kernels(const std::string& which) {
  if (which == "eigen") return {GemmKernel::Eigen};
  if (which == "openblas") return {GemmKernel::OpenBlas};
  if (which == "all") return {GemmKernel::Eigen, GemmKernel::OpenBlas};
  return {gemm_kernel()};
}

// All rows of one shape at one thread count.
void bench_shape(const Shape3& s, int threads, const GemmBenchConfig& config) {
  Buffers buf = make_buffers(s);
  // Short samples (about 0.1 GFLOP each): a quiet moment on a shared machine
  // is more likely to cover a short one, and the best sample is reported.
  const int iters = static_cast<int>(std::max(1.0, 1e8 / (2.0 * s.m * s.k * s.n)));
  const GemmKernel saved = gemm_kernel();
  // Before each sample: our pool's size and OpenBLAS's own (1 except for its own row).
  auto pools = [threads](int blas_threads) {
    return [threads, blas_threads] {
      set_num_threads(threads);
      openblas_set_num_threads(blas_threads);
    };
  };
  std::vector<Candidate> candidates;
  for (GemmKernel kernel : engine_kernels(config.kernels)) {
    for (const std::string trans : {"nn", "nt", "tn"}) {
      const GemmArgs g = engine_args(s, buf, trans);
      const auto set_pools = pools(1);
      candidates.push_back({"nmt",
                            trans,
                            gemm_kernel_name(kernel),
                            threads,
                            [=] { set_gemm_kernel(kernel), set_pools(); },
                            [g] { gemm(g); },
                            {}});
    }
  }
  // bf16 products where the CPU multiplies bf16 natively: the native engine
  // and the emulated one, operands rounded on every call as in training.
  const Bf16Engine saved_engine = gemm_bf16_engine();
  if (gemm_bf16_engine_supported(Bf16Engine::Native))
    for (Bf16Engine engine : {Bf16Engine::Native, Bf16Engine::Emulated})
      for (const std::string trans : {"nn", "nt", "tn"}) {
        GemmArgs g = engine_args(s, buf, trans);
        g.precision = GemmPrecision::Bf16;
        const auto set_pools = pools(1);
        candidates.push_back({"bf16",
                              trans,
                              gemm_bf16_engine_name(engine),
                              threads,
                              [=] { set_gemm_bf16_engine(engine), set_pools(); },
                              [g] { gemm(g); },
                              {}});
      }
  // The plain libraries, single-threaded: the rate our kernels run at inside the pool.
  candidates.push_back({"eigen", "nn", "", 1, pools(1), [&] { plain_eigen(s, buf); }, {}});
  candidates.push_back({"openblas", "nn", "", 1, pools(1), [&] { plain_openblas(s, buf); }, {}});
  if (threads > 1)  // OpenBLAS with its own pool, for comparison only
    candidates.push_back(
        {"openblas", "nn", "", threads, pools(threads), [&] { plain_openblas(s, buf); }, {}});
  // Inference's kernels: packed_gemm on B packed once (untimed), and
  // gemm_small_m reading B in place (single-threaded).
  const auto packed = std::make_shared<const PackedF32>(buf.b.data(), s.k, s.n, s.n, 1);
  candidates.push_back({"packed",
                        "nn",
                        packed_gemm_path_name(packed_gemm_path()),
                        threads,
                        pools(1),
                        [&buf, packed, s] {
                          packed_gemm(buf.a.data(), s.m, s.k, *packed, nullptr, buf.c.data(), s.n);
                        },
                        {}});
  // Decoding's int8 product on the same B quantized once (untimed); the
  // activations are quantized inside every call, as in decoding.
  const auto quantized =
      std::make_shared<const PackedInt8>(quantize_columns(buf.b.data(), s.k, s.n, s.n, 1));
  candidates.push_back({"int8",
                        "nn",
                        qgemm_path_name(qgemm_path()),
                        threads,
                        pools(1),
                        [&buf, quantized, s] {
                          qgemm(buf.a.data(), s.m, s.k, *quantized, nullptr, buf.c.data(), s.n);
                        },
                        {}});
  if (gemm_small_m_available()) {
    const GemmArgs g = engine_args(s, buf, "nn");
    candidates.push_back({"small_m", "nn", "", 1, pools(1), [g] { gemm_small_m(g); }, {}});
  }
  sample_all(candidates, iters, config.repeat);
  set_gemm_kernel(saved);
  set_gemm_bf16_engine(saved_engine);
  pools(1)();
  for (auto& c : candidates) emit(s, c);
}

int run_gemm_bench(const CLI::App& cli, const GemmBenchConfig& config) {
  std::vector<Shape3> shapes;
  for (const auto& text : config.shapes) shapes.push_back(parse_shape(text));
  if (shapes.empty()) shapes = config.quick ? kQuickShapes : kStandardShapes;
  // Without --threads: one pass on 1 thread and one on all cores.
  std::vector<int> thread_counts = {num_threads()};
  if (cli.get_option("--threads")->count() == 0 && num_threads() > 1)
    thread_counts = {1, num_threads()};
  gemm_kernel();  // pins OpenBLAS to one thread before the first plain call
  for (int threads : thread_counts) {
    set_num_threads(threads);
    for (const Shape3& s : shapes) bench_shape(s, threads, config);
  }
  return 0;
}

}  // namespace

Command add_gemm_command(CLI::App& cli) {
  auto config = std::make_shared<GemmBenchConfig>();
  CLI::App* sub = cli.add_subcommand("gemm", "GEMM GFLOP/s: engine vs plain Eigen and OpenBLAS");
  sub->add_option("--repeat", config->repeat, "Timed samples per measurement (best is reported)")
      ->check(nmt::app::kPositive);
  sub->add_flag("--quick", config->quick, "Two small shapes only (a smoke test)");
  sub->add_option("--shape", config->shapes, "Shape MxKxN to time instead of the standard set");
  sub->add_option("--kernel", config->kernels, "Engine kernel(s) to time")
      ->check(CLI::IsMember({"default", "eigen", "openblas", "all"}));
  return {sub, [&cli, config] { return run_gemm_bench(cli, *config); }};
}

}  // namespace nmt::bench
