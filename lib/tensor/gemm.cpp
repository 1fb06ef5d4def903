// gemm() and gemm_batched(): argument checks and the parallel split. Each
// OpenMP thread runs the single-threaded kernel (gemm_kernels.cpp) on its own
// block of C, or on its own batch items.
#include "tensor/gemm.h"

#include <omp.h>

#include <algorithm>
#include <numeric>

#include "base/error.h"

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
// Below this many multiply-adds per thread (about 10 microseconds) waking
// another thread costs more than it saves.
constexpr int64_t kMinWorkPerPart = int64_t{1} << 19;

// How one product is cut: `parts` blocks along n (columns of C) or along m (rows).
struct Split {
  bool along_n = false;
  int64_t parts = 1;
};

// Cut along the dimension with more aligned units: m=2048,n=256 splits rows,
// m=32,n=8000 splits columns (each thread then packs a slice of B, and the
// small A twice).
Split choose_split(const GemmArgs& g, int64_t max_parts) {
  const int64_t units_m = g.m / kAlignM, units_n = g.n / kAlignN;
  const int64_t work = g.m * g.n * g.k;
  Split split;
  split.along_n = units_n > units_m;
  const int64_t units = split.along_n ? units_n : units_m;
  split.parts = std::max<int64_t>(1, std::min({max_parts, units, work / kMinWorkPerPart}));
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

// Runs batch x split.parts tasks, statically spread over the pool.
void run_tasks(const GemmArgs& args, int64_t batch, int64_t stride_a, int64_t stride_b,
               int64_t stride_c, const Split& split, int threads) {
  const GemmKernel kernel = gemm_kernel();
  const int64_t tasks = batch * split.parts;
  auto run_task = [&](int64_t t) {
    GemmArgs item = args;
    const int64_t i = t / split.parts;
    item.a = args.a + i * stride_a;
    item.b = args.b + i * stride_b;
    item.c = args.c + i * stride_c;
    gemm_single_thread(kernel, block_of(item, split, t % split.parts));
  };
  if (threads <= 1 || tasks <= 1) {
    for (int64_t t = 0; t < tasks; ++t) run_task(t);
    return;
  }
#pragma omp parallel for schedule(static) \
    num_threads(static_cast <int>(std::min <int64_t>(threads, tasks)))
  for (int64_t t = 0; t < tasks; ++t) run_task(t);
}

}  // namespace

void gemm(const GemmArgs& args) {
  gemm_batched(args, 1, 0, 0, 0);
}

void gemm_batched(const GemmArgs& args, int64_t batch, int64_t stride_a, int64_t stride_b,
                  int64_t stride_c) {
  check_args(args);
  NMT_CHECK(batch >= 0, "gemm_batched: negative batch ", batch);
  if (batch == 0 || args.m == 0 || args.n == 0) return;
  const int threads = omp_in_parallel() ? 1 : omp_get_max_threads();
  // Items are split only as far as needed for every thread to get an equal
  // share: batch 1 on 2 threads -> 2 parts each, batch 3 on 2 -> 2 parts each
  // (6 tasks), batch 4 on 2 -> whole items.
  const int64_t per_item = threads / std::gcd<int64_t>(batch, threads);
  const Split split = threads > 1 ? choose_split(args, per_item) : Split{};
  run_tasks(args, batch, stride_a, stride_b, stride_c, split, threads);
}

}  // namespace nmt
