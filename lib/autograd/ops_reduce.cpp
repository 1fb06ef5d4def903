// Reductions: sum/mean over one axis (optionally keeping it) and over
// everything. An axis reduction views a as [outer, n, inner] and sums the
// middle index; the backward spreads the gradient back over it.
#include "autograd/node.h"
#include "autograd/ops.h"

namespace nmt {
namespace {

struct AxisView {
  int64_t outer = 1, n = 1, inner = 1;
  Shape out;
};

AxisView axis_view(const char* op, const Shape& s, int axis, bool keepdim) {
  NMT_CHECK(axis >= -s.rank() && axis < s.rank(), op, ": axis ", axis, " out of range for shape ",
            s.to_string());
  const int ax = s.normalize(axis);
  AxisView v;
  for (int i = 0; i < ax; ++i) v.outer *= s[i];
  v.n = s[ax];
  for (int i = ax + 1; i < s.rank(); ++i) v.inner *= s[i];
  if (keepdim) {
    v.out = s;
    v.out[ax] = 1;
  } else if (s.rank() == 1) {
    v.out = Shape{1};  // a full reduction of a vector is a one-element tensor
  } else {
    v.out = s.without(ax);
  }
  return v;
}

Var reduce_axis(const char* op, const Var& a, int axis, bool keepdim, bool average) {
  const AxisView v = axis_view(op, a.shape(), axis, keepdim);
  NMT_CHECK(!average || v.n > 0, op, ": empty axis ", axis, " in shape ", a.shape().to_string());
  const float factor = average ? 1.0f / static_cast<float>(v.n) : 1.0f;
  Tensor out = Tensor::zeros(v.out);
  const float* pa = a.value().data();
  float* po = out.data();
  parallel_rows(v.outer, v.n * v.inner, [&](int64_t o) {
    float* row = po + o * v.inner;
    for (int64_t k = 0; k < v.n; ++k) {
      const float* src = pa + (o * v.n + k) * v.inner;
      for (int64_t i = 0; i < v.inner; ++i) row[i] += src[i];
    }
    for (int64_t i = 0; i < v.inner; ++i) row[i] *= factor;
  });
  if (!any_requires_grad(a)) return Var(out);
  return record(op, out, {a}, [v, factor](Node& self) {
    const float* g = self.grad.data();
    bool fresh = false;
    float* ga = grad_target(*self.parents[0], &fresh);
    parallel_rows(v.outer, v.n * v.inner, [&](int64_t o) {
      const float* src = g + o * v.inner;
      for (int64_t k = 0; k < v.n; ++k) {
        float* dst = ga + (o * v.n + k) * v.inner;
        if (fresh)
          for (int64_t i = 0; i < v.inner; ++i) dst[i] = src[i] * factor;
        else
          for (int64_t i = 0; i < v.inner; ++i) dst[i] += src[i] * factor;
      }
    });
  });
}

double total(const Tensor& t) {
  const float* p = t.data();
  const int64_t n = t.numel();
  return ordered_sum(n, [p](int64_t i) { return static_cast<double>(p[i]); });
}

Var reduce_all(const char* op, const Var& a, double factor) {
  Tensor out = Tensor::full(Shape{1}, static_cast<float>(total(a.value()) * factor));
  if (!any_requires_grad(a)) return Var(out);
  const float f = static_cast<float>(factor);
  return record(op, out, {a}, [f](Node& self) {
    const float g = self.grad.at(0) * f;
    accumulate_each(*self.parents[0], [g](int64_t) { return g; });
  });
}

}  // namespace

Var sum(const Var& a, int axis, bool keepdim) {
  return reduce_axis("sum", a, axis, keepdim, false);
}
Var mean(const Var& a, int axis, bool keepdim) {
  return reduce_axis("mean", a, axis, keepdim, true);
}

Var sum_all(const Var& a) {
  return reduce_all("sum_all", a, 1.0);
}

Var mean_all(const Var& a) {
  const int64_t n = a.value().numel();
  NMT_CHECK(n > 0, "mean_all: empty tensor of shape ", a.shape().to_string());
  return reduce_all("mean_all", a, 1.0 / static_cast<double>(n));
}

}  // namespace nmt
