// The bf16 engine choice (tensor/gemm.h) and the native engine's driver
// (tensor/gemm_bf16_kernels.h): pack both operands of each item into pooled
// storage, then run register tiles over blocks of C in our OpenMP pool.
#include <omp.h>

#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <string>

#include "base/error.h"
#include "tensor/bf16.h"
#include "tensor/buffer_pool.h"
#include "tensor/gemm.h"
#include "tensor/gemm_bf16_kernels.h"

namespace nmt {
namespace {

Bf16Engine default_engine() {
  const Bf16Engine widest =
      gemm_bf16_engine_supported(Bf16Engine::Native) ? Bf16Engine::Native : Bf16Engine::Emulated;
  const char* env = std::getenv("NMT_GEMM_BF16");
  if (!env || !*env) return widest;
  const std::string name(env);
  if (name == "emulated") return Bf16Engine::Emulated;
  if (name == "native" && widest == Bf16Engine::Native) return Bf16Engine::Native;
  std::cerr << "nmt: warning: NMT_GEMM_BF16='" << name << "' is not "
            << (name == "native" ? "supported by this CPU" : "emulated or native") << "; using "
            << gemm_bf16_engine_name(widest) << "\n";
  return widest;
}

Bf16Engine& current_engine() {
  static Bf16Engine engine = default_engine();
  return engine;
}

// Below this many multiply-adds a second thread costs more than it saves.
constexpr int64_t kMinParallelWork = int64_t{1} << 18;
// Up to this many tasks per thread, handed out dynamically, so a thread that
// loses its core for a while does not hold up the product.
constexpr int64_t kTasksPerThread = 4;

// Runs body(t) for t in [0, tasks), in parallel when `parallel`.
template <typename Body>
void for_tasks(int64_t tasks, bool parallel, Body body) {
  if (!parallel || tasks < 2) {
    for (int64_t t = 0; t < tasks; ++t) body(t);
    return;
  }
#pragma omp parallel for schedule(dynamic, 1)
  for (int64_t t = 0; t < tasks; ++t) body(t);
}

// [begin, end) of part i of `parts` over [0, total).
void part_range(int64_t total, int64_t parts, int64_t i, int64_t& begin, int64_t& end) {
  begin = total * i / parts;
  end = total * (i + 1) / parts;
}

}  // namespace

std::string gemm_bf16_engine_name(Bf16Engine engine) {
  return engine == Bf16Engine::Native ? "native" : "emulated";
}

bool gemm_bf16_engine_supported(Bf16Engine engine) {
  if (engine == Bf16Engine::Emulated) return true;
  return cpu_bf16_support().avx512_bf16 && __builtin_cpu_supports("avx512f") &&
         __builtin_cpu_supports("avx512bw");
}

Bf16Engine gemm_bf16_engine() {
  return current_engine();
}

void set_gemm_bf16_engine(Bf16Engine engine) {
  NMT_CHECK(gemm_bf16_engine_supported(engine), "gemm: this CPU cannot run the ",
            gemm_bf16_engine_name(engine), " bf16 engine (no avx512_bf16)");
  current_engine() = engine;
}

bool gemm_bf16_native() {
  return gemm_bf16_engine() == Bf16Engine::Native;
}

namespace gemm_bf16_detail {

void gemm_batched_bf16_native(const GemmArgs& args, int64_t batch, int64_t stride_a,
                              int64_t stride_b, int64_t stride_c) {
  const int64_t pairs = pair_count(args.k), groups = (args.n + kGroupCols - 1) / kGroupCols;
  const int64_t a_words = args.m * pairs, b_words = packed_b_words(args.k, args.n);
  const int64_t b_items = stride_b == 0 ? 1 : batch;
  // Words are 4 bytes, like the pool's floats; B's groups stay 64-byte aligned.
  const std::shared_ptr<float> a_store = pooled_alloc(static_cast<size_t>(batch * a_words));
  const std::shared_ptr<float> b_store = pooled_alloc(static_cast<size_t>(b_items * b_words));
  uint32_t* a_packed = reinterpret_cast<uint32_t*>(a_store.get());
  uint32_t* b_packed = reinterpret_cast<uint32_t*>(b_store.get());

  const int threads = omp_in_parallel() ? 1 : omp_get_max_threads();
  const bool parallel = threads > 1 && batch * args.m * args.n * args.k >= kMinParallelWork;
  const int64_t max_tasks = threads * kTasksPerThread;

  // Packing: each item's rows of op(A) and pair rows of op(B), in chunks.
  const int64_t a_parts = std::max<int64_t>(1, std::min<int64_t>(max_tasks, args.m / kPackStep));
  for_tasks(batch * a_parts, parallel, [&](int64_t t) {
    const int64_t item = t / a_parts;
    int64_t i0 = 0, i1 = 0;
    part_range(args.m, a_parts, t % a_parts, i0, i1);
    // Transposed packing writes kPackStep rows at a time: keep chunks on them.
    if (args.trans_a)
      i0 = i0 / kPackStep * kPackStep, i1 = i1 == args.m ? i1 : i1 / kPackStep * kPackStep;
    if (i1 > i0) pack_a_avx512(args, args.a + item * stride_a, i0, i1, a_packed + item * a_words);
  });
  const int64_t b_parts = std::max<int64_t>(1, std::min<int64_t>(max_tasks, pairs / kPackStep));
  for_tasks(b_items * b_parts, parallel, [&](int64_t t) {
    const int64_t item = t / b_parts;
    int64_t g0 = 0, g1 = 0;
    part_range(pairs, b_parts, t % b_parts, g0, g1);
    if (args.trans_b)
      g0 = g0 / kPackStep * kPackStep, g1 = g1 == pairs ? g1 : g1 / kPackStep * kPackStep;
    if (g1 > g0) pack_b_avx512(args, args.b + item * stride_b, g0, g1, b_packed + item * b_words);
  });

  // The product: each item cut along column groups, or along rows when it
  // has one group. Every element's sum is the same chain either way.
  const bool along_groups = groups >= 2;
  const int64_t units = along_groups ? groups : (args.m + kTileRows - 1) / kTileRows;
  const int64_t parts =
      parallel ? std::max<int64_t>(1, std::min<int64_t>(units, (max_tasks + batch - 1) / batch))
               : 1;
  for_tasks(batch * parts, parallel, [&](int64_t t) {
    const int64_t item = t / parts;
    Block block;
    block.a = a_packed + item * a_words;
    block.b = b_packed + (stride_b == 0 ? 0 : item * b_words);
    block.n = args.n;
    block.pairs = pairs;
    block.i0 = 0, block.i1 = args.m, block.q0 = 0, block.q1 = groups;
    int64_t begin = 0, end = 0;
    part_range(units, parts, t % parts, begin, end);
    if (along_groups)
      block.q0 = begin, block.q1 = end;
    else
      block.i0 = std::min(args.m, begin * kTileRows), block.i1 = std::min(args.m, end * kTileRows);
    block.alpha = args.alpha;
    block.beta = args.beta;
    block.c = args.c + item * stride_c;
    block.ldc = args.ldc;
    block_avx512(block);
  });
}

}  // namespace gemm_bf16_detail
}  // namespace nmt
