// Dropout and the fused ReLU + dropout of the feed-forward block. Masks are
// drawn from a key, never stored (drop_mask.h), so a reseeded Rng gives the
// same masks on any thread count and a resumed run stays bit-identical.
#include <cmath>

#include "autograd/drop_mask.h"
#include "autograd/node.h"
#include "autograd/ops.h"

namespace nmt {
namespace {

// d = y > 0 ? d * scale : 0. Locals and restrict pointers, so the loop is
// vectorised and branch-free (reading scale through a closure kept it
// scalar, with a branch on every element: 6% of a training step).
void relu_dropout_grad_in_place(const float* __restrict y, float* __restrict d, int64_t n,
                                float scale) {
#pragma omp parallel if (n > kParallelMin)
  {
    const float s = scale;
#pragma omp for simd schedule(static)
    for (int64_t i = 0; i < n; ++i) d[i] = y[i] > 0.0f ? d[i] * s : 0.0f;
  }
}

}  // namespace

Var dropout(const Var& a, float p, Rng& rng) {
  NMT_CHECK(p >= 0.0f && p < 1.0f, "dropout: probability ", p, " outside [0, 1)");
  if (p == 0.0f || !grad_enabled()) return a;
  const DropMask m = draw_mask(p, rng);
  const int64_t n = a.value().numel();
  Tensor out = Tensor::empty(a.shape());
  const float* pa = a.value().data();
  float* po = out.data();
  apply_mask(m, pa, po, n);
  if (!any_requires_grad(a)) return Var(out);
  return record("dropout", out, {a}, [m, n](Node& self) {
    if (take_grad_in_place(self)) {  // the parent's gradient is ours, masked in place
      float* d = self.parents[0]->grad.data();
      apply_mask(m, d, d, n);
      return;
    }
    const float* g = self.grad.data();
    bool fresh = false;
    float* d = grad_target(*self.parents[0], &fresh);
    for_each_chunk(m, n, [&](int64_t begin, int64_t count, const float* f) {
      if (fresh)
        for (int64_t k = 0; k < count; ++k) d[begin + k] = g[begin + k] * f[k];
      else
        for (int64_t k = 0; k < count; ++k) d[begin + k] += g[begin + k] * f[k];
    });
  });
}

Var relu_dropout(const Var& a, float p, Rng& rng) {
  NMT_CHECK(p >= 0.0f && p < 1.0f, "relu_dropout: probability ", p, " outside [0, 1)");
  if (p == 0.0f || !grad_enabled()) return relu(a);
  const DropMask m = draw_mask(p, rng);
  const int64_t n = a.value().numel();
  Tensor out = Tensor::empty(a.shape());
  const float* pa = a.value().data();
  float* po = out.data();
  for_each_chunk(m, n, [&](int64_t begin, int64_t count, const float* f) {
    for (int64_t k = 0; k < count; ++k) po[begin + k] = std::max(pa[begin + k], 0.0f) * f[k];
  });
  if (!any_requires_grad(a)) return Var(out);
  // y > 0 exactly where x > 0 and the element was kept, so the output alone
  // gives the gradient: no mask, no input kept.
  const float scale = m.scale;
  return record("relu_dropout", out, {a}, [out, scale](Node& self) {
    const float* y = out.data();
    if (take_grad_in_place(self)) {
      relu_dropout_grad_in_place(y, self.parents[0]->grad.data(), out.numel(), scale);
      return;
    }
    const float* g = self.grad.data();
    accumulate_each(*self.parents[0], [=](int64_t i) { return y[i] > 0.0f ? g[i] * scale : 0.0f; });
  });
}

}  // namespace nmt
