// The measurement behind the bf16 GEMM decision (docs/PERFORMANCE.md, "bf16
// mixed precision"): training shapes of the reference Transformer (m rows of
// a padded batch x k x n; the output layer's block of 262 rows x 8000), 1
// thread, best of 5 rounds of interleaved samples: nmt's float32 gemm(),
// nmt's bf16 gemm() (operands rounded, float32 kernel: the emulated engine,
// rounding included), oneDNN's float32 matmul and oneDNN's bf16 matmul
// (bf16 x bf16 -> f32, operands already bf16 and the weights pre-reordered to
// its layout: the kernel alone). oneDNN picks its bf16 kernel from the CPU
// (AMX-BF16, AVX512-BF16, or an emulation on AVX512-core); the "isa" line
// says which it may use. Not built by CMake: needs libdnnl-dev.
//   cmake --build build --target nmt_tensor
//   g++ -O3 -march=native -fopenmp -std=c++17 -Ilib scripts/bench_bf16_onednn.cpp
//     build/lib/libnmt_tensor.a build/lib/libnmt_base.a -ldnnl -lopenblas -o /tmp/bf16bench
//   (one command line)
//   OMP_NUM_THREADS=1 /tmp/bf16bench
#include <omp.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <dnnl.hpp>
#include <vector>

#include "base/rng.h"
#include "tensor/bf16.h"
#include "tensor/gemm.h"

using namespace dnnl;
using clk = std::chrono::steady_clock;
using dt = memory::data_type;
using tag = memory::format_tag;

template <class F>
double time_us(F f) {
  const auto t0 = clk::now();
  f();
  return std::chrono::duration<double, std::micro>(clk::now() - t0).count();
}

// A oneDNN matmul [m, k] x [k, n] -> f32 [m, n] with operands of type `type`
// (weights reordered to the primitive's layout once); empty if unsupported.
uint16_t bf16_bits(float x) {
  const float r = nmt::bf16_round(x);
  uint32_t u = 0;
  std::memcpy(&u, &r, 4);
  return static_cast<uint16_t>(u >> 16);
}

struct DnnlMatmul {
  matmul prim;
  memory src, wei, dst;
  bool ok = false;
};

DnnlMatmul make_matmul(engine& eng, stream& s, int m, int k, int n, dt type, void* a, void* w,
                       float* c) {
  DnnlMatmul r;
  try {
    memory::desc src_md({m, k}, type, tag::ab), w_any({k, n}, type, tag::any),
        dst_md({m, n}, dt::f32, tag::ab);
    matmul::primitive_desc pd(matmul::desc(src_md, w_any, dst_md), eng);
    memory wu({{k, n}, type, tag::ab}, eng, w);
    r.wei = memory(pd.weights_desc(), eng);
    reorder(wu, r.wei).execute(s, wu, r.wei);
    s.wait();
    r.src = memory(src_md, eng, a);
    r.dst = memory(dst_md, eng, c);
    r.prim = matmul(pd);
    std::printf("  oneDNN %s: %s\n", type == dt::bf16 ? "bf16" : "f32", pd.impl_info_str());
    r.ok = true;
  } catch (const dnnl::error& e) {
    std::printf("  oneDNN %s: unsupported (%s)\n", type == dt::bf16 ? "bf16" : "f32", e.what());
  }
  return r;
}

int main() {
  omp_set_num_threads(1);
  const nmt::Bf16Support cpu = nmt::cpu_bf16_support();
  std::printf("cpu: avx512_bf16 %d, amx_bf16 %d; oneDNN max isa %d\n", cpu.avx512_bf16,
              cpu.amx_bf16, static_cast<int>(get_effective_cpu_isa()));
  engine eng(engine::kind::cpu, 0);
  stream s(eng);
  nmt::Rng rng(1);
  const int shapes[][3] = {
      {2560, 256, 256}, {2560, 256, 1024}, {2560, 1024, 256}, {262, 256, 8000}};
  std::printf(
      "| m | k | n | nmt fp32 | nmt bf16 (emulated) | oneDNN f32 | oneDNN bf16 "
      "|\n");
  for (const auto& sh : shapes) {
    const int m = sh[0], k = sh[1], n = sh[2];
    std::vector<float> a(size_t(m) * k), w(size_t(k) * n), c(size_t(m) * n);
    for (float& v : a) v = rng.uniform(-1, 1);
    for (float& v : w) v = rng.uniform(-1, 1);
    std::vector<uint16_t> ab(a.size()), wb(w.size());
    for (size_t i = 0; i < a.size(); ++i) ab[i] = bf16_bits(a[i]);
    for (size_t i = 0; i < w.size(); ++i) wb[i] = bf16_bits(w[i]);
    DnnlMatmul f32 = make_matmul(eng, s, m, k, n, dt::f32, a.data(), w.data(), c.data());
    DnnlMatmul b16 = make_matmul(eng, s, m, k, n, dt::bf16, ab.data(), wb.data(), c.data());
    nmt::GemmArgs g;
    g.m = m, g.n = n, g.k = k, g.a = a.data(), g.lda = k, g.b = w.data(), g.ldb = n;
    g.c = c.data(), g.ldc = n;
    nmt::GemmArgs gb = g;
    gb.precision = nmt::GemmPrecision::Bf16;
    auto run = [&](DnnlMatmul& mm) {
      mm.prim.execute(s,
                      {{DNNL_ARG_SRC, mm.src}, {DNNL_ARG_WEIGHTS, mm.wei}, {DNNL_ARG_DST, mm.dst}});
      s.wait();
    };
    double best[4] = {1e30, 1e30, 1e30, 1e30};
    for (int round = 0; round < 5; ++round) {
      best[0] = std::min(best[0], time_us([&] { nmt::gemm(g); }));
      best[1] = std::min(best[1], time_us([&] { nmt::gemm(gb); }));
      if (f32.ok) best[2] = std::min(best[2], time_us([&] { run(f32); }));
      if (b16.ok) best[3] = std::min(best[3], time_us([&] { run(b16); }));
    }
    const double flop = 2.0 * m * n * k;
    std::printf(
        "| %d | %d | %d | %.0f us (%.1f GFLOP/s) | %.0f us (%.1f) | %.0f us (%.1f) | ",
        m, k, n, best[0], flop / best[0] / 1e3, best[1], flop / best[1] / 1e3, best[2],
        flop / best[2] / 1e3);
    if (b16.ok)
      std::printf("%.0f us (%.1f) |\n", best[3], flop / best[3] / 1e3);
    else
      std::printf("unsupported |\n");
  }
  return 0;
}
