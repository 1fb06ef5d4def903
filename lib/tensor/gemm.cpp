// gemm() and gemm_batched(): argument checks and the parallel split. Each
// OpenMP thread runs the single-threaded kernel (gemm_kernels.cpp) on its own
// block of C, or on its own batch items.
#include "tensor/gemm.h"

#include <omp.h>

#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <memory>

#include "base/error.h"
#include "tensor/bf16.h"
#include "tensor/buffer_pool.h"
#include "tensor/gemm_bf16_kernels.h"

namespace nmt {
namespace {

// Split boundaries are multiples of these, so a block starts where the
// kernels' register blocks start and each element of C is summed in the same
// order as without the split. Row-major C is C^T = op(B)^T op(A)^T for the
// column-major kernels: n is their vectorised dimension (Eigen's AVX-512
// micro-kernel covers 3x16 = 48 floats; 48 is also a multiple of the AVX2 and
// SSE blocks), m their narrow one (Eigen nr = 4, OpenBLAS unrolls up to 8).
constexpr int64_t kAlignN = 48;
constexpr int64_t kAlignM = 8;
// Below this many multiply-adds per part (about 10 microseconds) waking
// another thread costs more than it saves.
constexpr int64_t kMinWorkPerPart = int64_t{1} << 19;
// Products are cut as if this many threads shared them, whatever --threads
// is (gemm_batched says why); up to kPartsPerThread blocks each.
constexpr int64_t kSplitThreads = 2;
// Each thread gets up to this many blocks, handed out dynamically, so a thread
// that loses its core for a while (2 cores shared with other processes) does
// not hold up the whole product...
constexpr int64_t kPartsPerThread = 4;
// ...but only while blocks keep at least this many rows or columns: a block
// repacks the whole of the other operand, which costs about 1/block of the work.
constexpr int64_t kMinBlock = 256;

// How one product is cut: `parts` blocks along n (columns of C) or along m (rows).
struct Split {
  bool along_n = false;
  int64_t parts = 1;
};

// Cut the longer of m and n (a block along n repacks all of op(A), one along
// m all of op(B), so longer blocks waste less): m=2048,n=256 splits rows,
// m=32,n=8000 and m=256,n=1024 split columns.
Split choose_split(const GemmArgs& g, int64_t threads_per_item) {
  Split split;
  split.along_n = g.n / kAlignN >= 2 && (g.n >= g.m || g.m / kAlignM < 2);
  const int64_t dim = split.along_n ? g.n : g.m;
  const int64_t units = dim / (split.along_n ? kAlignN : kAlignM);
  int64_t parts =
      std::min(threads_per_item * kPartsPerThread, std::max(threads_per_item, dim / kMinBlock));
  parts = std::min({parts, units, g.m * g.n * g.k / kMinWorkPerPart});
  split.parts = std::max<int64_t>(1, parts);
  return split;
}

// Block i of `parts` over [0, total), boundaries at multiples of align, the
// remainder in the last block.
void block_range(int64_t total, int64_t parts, int64_t i, int64_t align, int64_t& begin,
                 int64_t& end) {
  const int64_t units = total / align;
  begin = align * (units * i / parts);
  end = i + 1 == parts ? total : align * (units * (i + 1) / parts);
}

GemmArgs block_of(const GemmArgs& g, const Split& split, int64_t i) {
  GemmArgs part = g;
  int64_t begin = 0, end = 0;
  if (split.along_n) {
    block_range(g.n, split.parts, i, kAlignN, begin, end);
    part.n = end - begin;
    part.b = g.trans_b ? g.b + begin * g.ldb : g.b + begin;
    part.c = g.c + begin;
  } else {
    block_range(g.m, split.parts, i, kAlignM, begin, end);
    part.m = end - begin;
    part.a = g.trans_a ? g.a + begin : g.a + begin * g.lda;
    part.c = g.c + begin * g.ldc;
  }
  return part;
}

void check_args(const GemmArgs& g) {
  NMT_CHECK(g.m >= 0 && g.n >= 0 && g.k >= 0, "gemm: negative size m=", g.m, " n=", g.n,
            " k=", g.k);
  const int64_t a_cols = g.trans_a ? g.m : g.k, b_cols = g.trans_b ? g.k : g.n;
  NMT_CHECK(g.lda >= a_cols && g.ldb >= b_cols && g.ldc >= g.n,
            "gemm: row stride shorter than a row: lda=", g.lda, " (row ", a_cols, ") ldb=", g.ldb,
            " (row ", b_cols, ") ldc=", g.ldc, " (row ", g.n, ")");
  NMT_CHECK(g.m == 0 || g.n == 0 || (g.c && (g.k == 0 || (g.a && g.b))),
            "gemm: null buffer for m=", g.m, " n=", g.n, " k=", g.k);
}

bool use_small_m(const GemmArgs& g) {
  return !g.trans_a && !g.trans_b && g.m <= gemm_small_m_limit();
}

// Runs batch x split.parts tasks, handed out to the pool one at a time.
void run_tasks(const GemmArgs& args, int64_t batch, int64_t stride_a, int64_t stride_b,
               int64_t stride_c, const Split& split, int threads) {
  const GemmKernel kernel = gemm_kernel();
  const bool small_m = use_small_m(args);
  const int64_t tasks = batch * split.parts;
  auto run_task = [&](int64_t t) {
    GemmArgs item = args;
    const int64_t i = t / split.parts;
    item.a = args.a + i * stride_a;
    item.b = args.b + i * stride_b;
    item.c = args.c + i * stride_c;
    const GemmArgs block = block_of(item, split, t % split.parts);
    if (small_m)
      gemm_small_m(block);
    else
      gemm_single_thread(kernel, block);
  };
  if (threads <= 1 || tasks <= 1) {
    for (int64_t t = 0; t < tasks; ++t) run_task(t);
    return;
  }
  const int team = static_cast<int>(std::min<int64_t>(threads, tasks));
#pragma omp parallel for schedule(dynamic, 1) num_threads(team)
  for (int64_t t = 0; t < tasks; ++t) run_task(t);
}

// A batched operand rounded to bf16 into dense pooled storage: item i at
// data + i * stride, rows of `cols` floats. A shared operand (stride 0) is
// rounded once.
struct RoundedOperand {
  std::shared_ptr<float> storage;
  int64_t stride = 0;
};

RoundedOperand round_operand(const float* src, int64_t rows, int64_t cols, int64_t ld,
                             int64_t batch, int64_t stride) {
  RoundedOperand r;
  const int64_t items = stride == 0 ? 1 : batch;
  r.stride = stride == 0 ? 0 : rows * cols;
  r.storage = pooled_alloc(static_cast<size_t>(std::max<int64_t>(1, items * rows * cols)));
  float* dst = r.storage.get();
  const int64_t total_rows = items * rows;
  const bool parallel = !omp_in_parallel() && total_rows * cols >= (int64_t(1) << 16);
#pragma omp parallel for schedule(static) if (parallel)
  for (int64_t t = 0; t < total_rows; ++t) {
    const int64_t i = t / rows, row = t % rows;
    round_to_bf16(src + i * stride + row * ld, 1, cols, ld, dst + t * cols, cols);
  }
  return r;
}

// The emulated bf16 product: both operands rounded, then the float32 path on the copies.
void gemm_batched_bf16(const GemmArgs& args, int64_t batch, int64_t stride_a, int64_t stride_b,
                       int64_t stride_c) {
  const int64_t a_rows = args.trans_a ? args.k : args.m, a_cols = args.trans_a ? args.m : args.k;
  const int64_t b_rows = args.trans_b ? args.n : args.k, b_cols = args.trans_b ? args.k : args.n;
  const RoundedOperand a = round_operand(args.a, a_rows, a_cols, args.lda, batch, stride_a);
  const RoundedOperand b = round_operand(args.b, b_rows, b_cols, args.ldb, batch, stride_b);
  GemmArgs rounded = args;
  rounded.precision = GemmPrecision::Fp32;
  rounded.a = a.storage.get();
  rounded.lda = a_cols;
  rounded.b = b.storage.get();
  rounded.ldb = b_cols;
  gemm_batched(rounded, batch, a.stride, b.stride, stride_c);
}

}  // namespace

int64_t gemm_small_m_limit() {
  static const int64_t limit = [] {
    if (!gemm_small_m_available()) return int64_t{0};
    const char* env = std::getenv("NMT_GEMM_SMALL_M");
    if (!env || !*env) return kGemmSmallMDefault;
    char* end = nullptr;
    const long value = std::strtol(env, &end, 10);
    if (*end != '\0' || value < 0) {
      std::cerr << "nmt: warning: NMT_GEMM_SMALL_M='" << env << "' is not a row count; using "
                << kGemmSmallMDefault << "\n";
      return kGemmSmallMDefault;
    }
    return static_cast<int64_t>(value);
  }();
  return limit;
}

void gemm(const GemmArgs& args) {
  gemm_batched(args, 1, 0, 0, 0);
}

void gemm_batched(const GemmArgs& args, int64_t batch, int64_t stride_a, int64_t stride_b,
                  int64_t stride_c) {
  check_args(args);
  NMT_CHECK(batch >= 0, "gemm_batched: negative batch ", batch);
  if (batch == 0 || args.m == 0 || args.n == 0) return;
  if (args.precision == GemmPrecision::Bf16 && args.k > 0) {
    if (gemm_bf16_native())
      gemm_bf16_detail::gemm_batched_bf16_native(args, batch, stride_a, stride_b, stride_c);
    else
      gemm_batched_bf16(args, batch, stride_a, stride_b, stride_c);
    return;
  }
  // Forking a team costs more than a small product (a few hundred thousand
  // multiply-adds in all) takes on one thread.
  const int64_t work = batch * args.m * args.n * std::max<int64_t>(args.k, 1);
  const int threads = omp_in_parallel() || work < (int64_t(1) << 18) ? 1 : omp_get_max_threads();
  // The cut follows the shape, never --threads: as if kSplitThreads shared
  // every product, items are cut only when the batch is smaller than that.
  // Each block is then the same library call on 1 or N threads, which matters
  // because a library may pick its kernel by the block's size (OpenBLAS's
  // small-matrix kernels on AVX-512 cores sum in another order), so cutting
  // by the thread count would change the bits with --threads.
  const int64_t per_item = batch >= kSplitThreads ? 1 : (kSplitThreads + batch - 1) / batch;
  const Split split = per_item > 1 ? choose_split(args, per_item) : Split{};
  run_tasks(args, batch, stride_a, stride_b, stride_c, split, threads);
}

}  // namespace nmt
