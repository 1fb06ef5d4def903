// Trailing-only broadcasting, in one place (see ops.h): in a binary op b's
// shape is a suffix of a's shape, or b has one element. Element i of a pairs
// with element i % nb of b; the loops below spell that without a modulo so the
// compiler vectorises them. reduce_into_b() is the one helper that sums b's
// gradient over the repeated (leading) dimensions.
// Internal to lib/autograd.
#pragma once

#include "autograd/node.h"

namespace nmt {

// Checks that b broadcasts onto a for op; returns b's element count.
int64_t check_broadcast(const char* op, const Shape& a, const Shape& b);

// body(i, j) for every element i of a (na elements) and its partner j in b.
template <typename F>
void for_each_broadcast(int64_t na, int64_t nb, F body) {
  if (nb == na) {
#pragma omp parallel for schedule(static) if (na > kParallelMin)
    for (int64_t i = 0; i < na; ++i) body(i, i);
  } else if (nb == 1) {
#pragma omp parallel for schedule(static) if (na > kParallelMin)
    for (int64_t i = 0; i < na; ++i) body(i, int64_t{0});
  } else {
    const int64_t rows = na / nb;
#pragma omp parallel for schedule(static) if (na > kParallelMin)
    for (int64_t r = 0; r < rows; ++r)
      for (int64_t j = 0; j < nb; ++j) body(r * nb + j, j);
  }
}

// a.grad[i] (+)= f(i, j) over the broadcast pattern (a has the result's shape).
template <typename F>
void accumulate_into_a(Node& a, int64_t nb, F f) {
  bool fresh = false;
  float* g = grad_target(a, &fresh);
  const int64_t na = a.value.numel();
  if (fresh)
    for_each_broadcast(na, nb, [&](int64_t i, int64_t j) { g[i] = f(i, j); });
  else
    for_each_broadcast(na, nb, [&](int64_t i, int64_t j) { g[i] += f(i, j); });
}

// b.grad[j] += sum of f(i, j) over every i of a that pairs with j.
template <typename F>
void reduce_into_b(Node& b, int64_t na, F f) {
  const int64_t nb = b.value.numel();
  if (nb == na) {
    accumulate_each(b, [&](int64_t i) { return f(i, i); });
    return;
  }
  float* g = grad_zeroed(b);
  if (nb == 1) {
    // one long sum: double keeps it accurate
    g[0] += static_cast<float>(ordered_sum(na, [&](int64_t i) { return f(i, int64_t{0}); }));
    return;
  }
  add_column_sums(g, na / nb, nb, [&](int64_t r, int64_t j) { return f(r * nb + j, j); });
}

}  // namespace nmt
