// Elementwise ops: binary with trailing broadcasting of b, scalar ops and
// unary activations. Each op: shape rule, forward, backward side by side.
// Where a parent's gradient equals ours (add, sub and add_scalar for a), the
// parent adopts our gradient buffer: backward runs in reverse topological
// order, so our gradient is final and nothing reads it after this closure.
#include <cmath>

#include "autograd/broadcast.h"
#include "autograd/ops.h"
#include "tensor/fast_exp.h"

namespace nmt {

int64_t check_broadcast(const char* op, const Shape& a, const Shape& b) {
  bool ok = b.numel() == 1;
  if (!ok && b.rank() <= a.rank()) {
    ok = true;
    for (int i = 1; i <= b.rank(); ++i) ok = ok && a[-i] == b[-i];
  }
  NMT_CHECK_SHAPES(ok, op, "b's shape must be a suffix of a's shape or one element", a, b);
  return b.numel();
}

namespace {

template <typename F>
Tensor binary_forward(const Tensor& a, const Tensor& b, F f) {
  Tensor out = Tensor::empty(a.shape());
  const float* pa = a.data();
  const float* pb = b.data();
  float* po = out.data();
  for_each_broadcast(a.numel(), b.numel(), [&](int64_t i, int64_t j) { po[i] = f(pa[i], pb[j]); });
  return out;
}

template <typename F>
Tensor unary_forward(const Tensor& a, F f) {
  Tensor out = Tensor::empty(a.shape());
  const float* pa = a.data();
  float* po = out.data();
  const int64_t n = a.numel();
#pragma omp parallel for schedule(static) if (n > kParallelMin)
  for (int64_t i = 0; i < n; ++i) po[i] = f(pa[i]);
  return out;
}

}  // namespace

Var add(const Var& a, const Var& b) {
  check_broadcast("add", a.shape(), b.shape());
  Tensor out = binary_forward(a.value(), b.value(), [](float x, float y) { return x + y; });
  if (!any_requires_grad(a, b)) return Var(out);
  return record("add", out, {a, b}, [](Node& self) {
    const float* g = self.grad.data();
    const int64_t n = self.grad.numel();
    if (self.parents[0]->requires_grad) accumulate_tensor(*self.parents[0], self.grad, true);
    if (self.parents[1]->requires_grad)
      reduce_into_b(*self.parents[1], n, [g](int64_t i, int64_t) { return g[i]; });
  });
}

Var sub(const Var& a, const Var& b) {
  check_broadcast("sub", a.shape(), b.shape());
  Tensor out = binary_forward(a.value(), b.value(), [](float x, float y) { return x - y; });
  if (!any_requires_grad(a, b)) return Var(out);
  return record("sub", out, {a, b}, [](Node& self) {
    const float* g = self.grad.data();
    const int64_t n = self.grad.numel();
    if (self.parents[0]->requires_grad) accumulate_tensor(*self.parents[0], self.grad, true);
    if (self.parents[1]->requires_grad)
      reduce_into_b(*self.parents[1], n, [g](int64_t i, int64_t) { return -g[i]; });
  });
}

Var mul(const Var& a, const Var& b) {
  const int64_t nb = check_broadcast("mul", a.shape(), b.shape());
  Tensor out = binary_forward(a.value(), b.value(), [](float x, float y) { return x * y; });
  if (!any_requires_grad(a, b)) return Var(out);
  Tensor va = a.value(), vb = b.value();
  return record("mul", out, {a, b}, [va, vb, nb](Node& self) {
    const float* g = self.grad.data();
    const float* pa = va.data();
    const float* pb = vb.data();
    if (self.parents[0]->requires_grad)
      accumulate_into_a(*self.parents[0], nb, [=](int64_t i, int64_t j) { return g[i] * pb[j]; });
    if (self.parents[1]->requires_grad)
      reduce_into_b(*self.parents[1], va.numel(), [=](int64_t i, int64_t) { return g[i] * pa[i]; });
  });
}

Var div(const Var& a, const Var& b) {
  const int64_t nb = check_broadcast("div", a.shape(), b.shape());
  Tensor out = binary_forward(a.value(), b.value(), [](float x, float y) { return x / y; });
  if (!any_requires_grad(a, b)) return Var(out);
  Tensor vb = b.value();
  return record("div", out, {a, b}, [vb, out, nb](Node& self) {
    const float* g = self.grad.data();
    const float* pb = vb.data();
    const float* po = out.data();
    if (self.parents[0]->requires_grad)
      accumulate_into_a(*self.parents[0], nb, [=](int64_t i, int64_t j) { return g[i] / pb[j]; });
    // d(a/b)/db = -a/b^2 = -out/b
    if (self.parents[1]->requires_grad)
      reduce_into_b(*self.parents[1], out.numel(),
                    [=](int64_t i, int64_t j) { return -g[i] * po[i] / pb[j]; });
  });
}

Var scale(const Var& a, float factor) {
  Tensor out = unary_forward(a.value(), [factor](float x) { return x * factor; });
  if (!any_requires_grad(a)) return Var(out);
  return record("scale", out, {a}, [factor](Node& self) {
    const float* g = self.grad.data();
    accumulate_each(*self.parents[0], [=](int64_t i) { return g[i] * factor; });
  });
}

Var add_scalar(const Var& a, float value) {
  Tensor out = unary_forward(a.value(), [value](float x) { return x + value; });
  if (!any_requires_grad(a)) return Var(out);
  return record("add_scalar", out, {a},
                [](Node& self) { accumulate_tensor(*self.parents[0], self.grad, true); });
}

Var neg(const Var& a) {
  Tensor out = unary_forward(a.value(), [](float x) { return -x; });
  if (!any_requires_grad(a)) return Var(out);
  return record("neg", out, {a}, [](Node& self) {
    const float* g = self.grad.data();
    accumulate_each(*self.parents[0], [=](int64_t i) { return -g[i]; });
  });
}

// ---- unary: backward expressed through the saved output y (or input x) ----

Var tanh(const Var& a) {
  Tensor out = unary_forward(a.value(), [](float x) { return tanh_vectorisable(x); });
  if (!any_requires_grad(a)) return Var(out);
  return record("tanh", out, {a}, [out](Node& self) {
    const float* g = self.grad.data();
    const float* y = out.data();
    accumulate_each(*self.parents[0], [=](int64_t i) { return g[i] * (1.0f - y[i] * y[i]); });
  });
}

Var sigmoid(const Var& a) {
  Tensor out = unary_forward(a.value(), [](float x) { return sigmoid_vectorisable(x); });
  if (!any_requires_grad(a)) return Var(out);
  return record("sigmoid", out, {a}, [out](Node& self) {
    const float* g = self.grad.data();
    const float* y = out.data();
    accumulate_each(*self.parents[0], [=](int64_t i) { return g[i] * y[i] * (1.0f - y[i]); });
  });
}

Var relu(const Var& a) {
  Tensor out = unary_forward(a.value(), [](float x) { return x > 0.0f ? x : 0.0f; });
  if (!any_requires_grad(a)) return Var(out);
  return record("relu", out, {a}, [out](Node& self) {
    const float* g = self.grad.data();
    const float* y = out.data();
    accumulate_each(*self.parents[0], [=](int64_t i) { return y[i] > 0.0f ? g[i] : 0.0f; });
  });
}

Var exp(const Var& a) {
  Tensor out = unary_forward(a.value(), [](float x) { return std::exp(x); });
  if (!any_requires_grad(a)) return Var(out);
  return record("exp", out, {a}, [out](Node& self) {
    const float* g = self.grad.data();
    const float* y = out.data();
    accumulate_each(*self.parents[0], [=](int64_t i) { return g[i] * y[i]; });
  });
}

Var log(const Var& a) {
  Tensor out = unary_forward(a.value(), [](float x) { return std::log(x); });
  if (!any_requires_grad(a)) return Var(out);
  Tensor x = a.value();
  return record("log", out, {a}, [x](Node& self) {
    const float* g = self.grad.data();
    const float* px = x.data();
    accumulate_each(*self.parents[0], [=](int64_t i) { return g[i] / px[i]; });
  });
}

}  // namespace nmt
