// The measurement that chose nmt's own int8 kernel (tensor/qgemm.h) over
// oneDNN: decoding shapes (m rows x k x n), 1 thread, best of 5 rounds of
// interleaved samples: nmt's float32 gemm(), nmt's qgemm() (activation
// quantization and the float epilogue included) and oneDNN's s8 x s8 matmul
// with pre-quantized activations and weights pre-reordered to its own layout
// (the kernel alone). Not built by CMake: needs `apt-get install libdnnl-dev`.
//   cmake --build build --target nmt_tensor
//   g++ -O3 -march=native -fopenmp -std=c++17 -Ilib scripts/bench_qgemm_onednn.cpp \
//     build/lib/libnmt_tensor.a build/lib/libnmt_base.a -ldnnl -lopenblas -o /tmp/qbench
//   /tmp/qbench
#include <omp.h>
#include <chrono>
#include <cstdio>
#include <vector>
#include <algorithm>
#include <dnnl.hpp>
#include "base/rng.h"
#include "tensor/gemm.h"
#include "tensor/qgemm.h"
using namespace dnnl;
using clk = std::chrono::steady_clock;
template <class F> double best_us(F f, int reps) {
  double best = 1e30;
  for (int r = 0; r < reps; ++r) { auto t0 = clk::now(); f(); best = std::min(best, std::chrono::duration<double, std::micro>(clk::now() - t0).count()); }
  return best;
}
int main() {
  omp_set_num_threads(1);
  engine eng(engine::kind::cpu, 0); stream s(eng);
  nmt::Rng rng(1);
  int shapes[][2] = {{512,512},{512,2048},{2048,512},{512,8000}};
  for (auto& sh : shapes) for (int m : {1, 8, 32, 64, 160}) {
    int k = sh[0], n = sh[1];
    std::vector<float> a(m*k), w(k*n), c(m*n), bias(n, 0.1f);
    for (auto& v : a) v = rng.uniform(-1,1); for (auto& v : w) v = rng.uniform(-1,1);
    auto q = nmt::quantize_columns(w.data(), k, n, n, 1);
    nmt::PackedInt8 packed(q);
    std::vector<int8_t> aq(m*k); for (int i=0;i<m*k;++i) aq[i] = (int8_t)(a[i]*100);
    using dt = memory::data_type; using tag = memory::format_tag;
    memory::desc src_md({m,k}, dt::s8, tag::ab), wany({k,n}, dt::s8, tag::any), dst_md({m,n}, dt::f32, tag::ab);
    matmul::desc d(src_md, wany, dst_md);
    primitive_attr attr; attr.set_output_scales(1<<1, q.scales);
    matmul::primitive_desc pd(d, attr, eng);
    memory wu({{k,n}, dt::s8, tag::ab}, eng, q.values.data()); memory wp(pd.weights_desc(), eng);
    reorder(wu, wp).execute(s, wu, wp); s.wait();
    memory src(src_md, eng, aq.data()), dst(dst_md, eng, c.data());
    matmul mm(pd);
    auto f_dnnl = [&]{ mm.execute(s, {{DNNL_ARG_SRC, src},{DNNL_ARG_WEIGHTS, wp},{DNNL_ARG_DST, dst}}); s.wait(); };
    auto f_own = [&]{ nmt::qgemm(a.data(), m, k, packed, bias.data(), c.data(), n); };
    nmt::GemmArgs g; g.m=m; g.n=n; g.k=k; g.a=a.data(); g.lda=k; g.b=w.data(); g.ldb=n; g.c=c.data(); g.ldc=n;
    auto f_fp32 = [&]{ nmt::gemm(g); };
    double td=1e30, to=1e30, tf=1e30;
    int reps = std::max(3, (int)(2e7 / (double(m)*k*n)));
    for (int round = 0; round < 5; ++round) { td = std::min(td, best_us(f_dnnl, reps)); to = std::min(to, best_us(f_own, reps)); tf = std::min(tf, best_us(f_fp32, reps)); }
    std::printf("m=%3d k=%4d n=%4d  fp32 %8.1f us  own-int8 %8.1f us  onednn-s8 %8.1f us  own/onednn %.2f  fp32/own %.2f\n", m, k, n, tf, to, td, to/td, tf/to);
  }
}
