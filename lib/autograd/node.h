// The tape's node and the helpers op implementations share: recording a
// result, writing into a parent's gradient, row-parallel loops, and the shape
// check macro. Seen only by lib/autograd/*.cpp; layers use var.h and ops.h.
// Not here: any op (see ops_*.cpp) or the backward walk (var.cpp).
#pragma once

#include <omp.h>

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

#include "autograd/var.h"
#include "base/error.h"

namespace nmt {

struct Node {
  // Reads self.grad and adds into self.parents[i]->grad. One call per node,
  // never per element, so a std::function costs nothing measurable.
  using BackwardFn = std::function<void(Node& self)>;

  Tensor value;
  Tensor grad;  // undefined until something flows in
  std::vector<std::shared_ptr<Node>> parents;
  BackwardFn backward;  // empty for leaves and released nodes
  const char* op = "leaf";
  bool requires_grad = false;
  uint64_t visit_mark = 0;  // used by the topological sort in backward()
  // Live Vars on this node (see var.h). Atomic: inference may copy Vars on
  // several threads.
  std::atomic<int32_t> handles{0};

  Node() = default;
  Node(const Node&) = delete;
  Node& operator=(const Node&) = delete;
  // Frees long parent chains iteratively (an RNN unrolled over hundreds of
  // steps would otherwise recurse once per node and may overflow the stack).
  ~Node();

  // Drops backward, parents and grad: what backward() does to non-leaves.
  void release();
};

// Loops over fewer elements stay on one thread: forking costs more than it saves.
constexpr int64_t kParallelMin = 32768;

// True when gradients are on and any defined input requires one.
template <typename... Vars>
bool any_requires_grad(const Vars&... vars) {
  return grad_enabled() && (... || (vars.defined() && vars.requires_grad()));
}

// Wraps value in a tape node with the given parents (positional: closures
// index self.parents) and backward closure. Counts toward live_tape_nodes().
Var record(const char* op, Tensor value, std::vector<Var> parents, Node::BackwardFn backward);

// A parent's gradient buffer for writing. If the gradient did not exist it is
// allocated uninitialised and *fresh is set: the caller writes (=) instead of
// adding (+=), which saves a zero fill and a read per element.
float* grad_target(Node& parent, bool* fresh);
// A parent's gradient, allocated as zeros if absent (for scatter-style kernels).
float* grad_zeroed(Node& parent);
// parent.grad += g (g has parent's element count). When the parent has no
// gradient yet and may_take is set, g's storage is adopted without a copy; only
// pass may_take for a tensor no one else will read or write.
void accumulate_tensor(Node& parent, const Tensor& g, bool may_take);

// For elementwise ops whose gradient is a function of the upstream one alone:
// when the (single) parent has no gradient yet and nothing else holds this
// node's gradient, the parent adopts it, to be rewritten in place. Saves a
// buffer the size of the activation, and its page faults. Returns whether
// it did.
bool take_grad_in_place(Node& self);

// parent.grad[i] (+)= f(i) for every element, parallel when large.
template <typename F>
void accumulate_each(Node& parent, F f) {
  bool fresh = false;
  float* g = grad_target(parent, &fresh);
  const int64_t n = parent.value.numel();
  if (fresh) {
#pragma omp parallel for schedule(static) if (n > kParallelMin)
    for (int64_t i = 0; i < n; ++i) g[i] = f(i);
  } else {
#pragma omp parallel for schedule(static) if (n > kParallelMin)
    for (int64_t i = 0; i < n; ++i) g[i] += f(i);
  }
}

// Runs body(r) for r in [0, rows), split over threads when rows * cols is large.
template <typename F>
void parallel_rows(int64_t rows, int64_t cols, F body) {
#pragma omp parallel for schedule(static) if (rows > 1 && rows * cols > kParallelMin)
  for (int64_t r = 0; r < rows; ++r) body(r);
}

// out[j] += sum over r of f(r, j) for a [rows, cols] pattern: the column sums
// behind bias gradients, layer-norm gamma/beta and broadcast reductions.
// Threads take disjoint column ranges and each sums its columns over every row
// in order, so the bits are those of the serial loop for any thread count
// (training is then reproducible across --threads, not only for one value).
template <typename F>
void add_column_sums(float* out, int64_t rows, int64_t cols, F f) {
  constexpr int64_t kColumnBlock = 16;  // one AVX-512 register of floats per slice edge
  const int64_t column_blocks = (cols + kColumnBlock - 1) / kColumnBlock;
  const int threads =
      (rows * cols > kParallelMin && !omp_in_parallel())
          ? static_cast<int>(std::min<int64_t>(omp_get_max_threads(), column_blocks))
          : 1;
  auto sum_columns = [&](int64_t begin, int64_t end) {
    for (int64_t r = 0; r < rows; ++r)
      for (int64_t j = begin; j < end; ++j) out[j] += f(r, j);
  };
  if (threads <= 1) {
    sum_columns(0, cols);
    return;
  }
#pragma omp parallel num_threads(threads)
  {
    const int64_t t = omp_get_thread_num(), nt = omp_get_num_threads();
    const int64_t begin = std::min(cols, column_blocks * t / nt * kColumnBlock);
    const int64_t end = std::min(cols, column_blocks * (t + 1) / nt * kColumnBlock);
    sum_columns(begin, end);
  }
}

// Per-row values (filled in parallel) summed in row order: the same sum for
// any thread count.
inline double sum_in_order(const std::vector<double>& values) {
  double sum = 0.0;
  for (double v : values) sum += v;
  return sum;
}

// The sum of f(i) for i in [0, n), in double, in an order fixed by n alone:
// blocks of a fixed size are summed (in parallel when n is large), then the
// block sums are added in block order. Same bits for any thread count.
template <typename F>
double ordered_sum(int64_t n, F f) {
  constexpr int64_t kBlock = 1 << 14;
  auto block_sum = [&](int64_t b) {
    double sum = 0.0;
    for (int64_t i = b * kBlock, end = std::min(n, (b + 1) * kBlock); i < end; ++i) sum += f(i);
    return sum;
  };
  const int64_t blocks = (n + kBlock - 1) / kBlock;
  if (blocks <= 1) return blocks == 1 ? block_sum(0) : 0.0;
  std::vector<double> partial(blocks);
#pragma omp parallel for schedule(static) if (n > kParallelMin && !omp_in_parallel())
  for (int64_t b = 0; b < blocks; ++b) partial[b] = block_sum(b);
  double total = 0.0;
  for (double p : partial) total += p;
  return total;
}

}  // namespace nmt

// Shape check at op entry: an nmt::Error naming the op, the problem and both shapes,
// e.g. "matmul: inner dimensions differ (shapes [2, 3] and [4, 5])".
#define NMT_CHECK_SHAPES(cond, op, problem, shape_a, shape_b)                     \
  NMT_CHECK(cond, op, ": ", problem, " (shapes ", (shape_a).to_string(), " and ", \
            (shape_b).to_string(), ")")
