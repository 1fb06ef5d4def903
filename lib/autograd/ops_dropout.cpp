// Dropout and the fused ReLU + dropout of the feed-forward block.
// Masks come from a counter-based hash (base/rng.h): each call draws one key
// from the caller's Rng, and element i is kept when the 32 random bits of
// (key, i) reach p * 2^32. So a mask is drawn in parallel with the same bits on
// any number of threads, is never stored (backward regenerates it from the
// key), and a reseeded Rng gives the same masks (resume stays bit-identical).
#include <cmath>

#include "autograd/node.h"
#include "autograd/ops.h"

namespace nmt {
namespace {

struct DropMask {
  uint64_t key = 0;
  uint32_t threshold = 0;  // drop when the element's 32 bits are below it
  float scale = 1.0f;      // 1 / (1 - p) on kept elements
};

DropMask draw_mask(float p, Rng& rng) {
  DropMask m;
  m.key = rng.next_u64();
  m.threshold = static_cast<uint32_t>(static_cast<double>(p) * 4294967296.0);
  m.scale = 1.0f / (1.0f - p);
  return m;
}

// Elements per work item: the factors of one chunk stay in L1.
constexpr int64_t kChunk = 2048;

// factor[k] = scale or 0 for elements [begin, begin + count) (begin even):
// one 64-bit hash gives elements 2j (low half) and 2j + 1 (high half).
void mask_factors(const DropMask& m, int64_t begin, int64_t count, float* factor) {
  const uint64_t first = static_cast<uint64_t>(begin) / 2, key = m.key;
  const uint32_t threshold = m.threshold;  // locals, so the loop vectorises
  const float scale = m.scale;
  const int64_t pairs = (count + 1) / 2;
  for (int64_t j = 0; j < pairs; ++j) {
    const uint64_t h = counter_hash(key, first + j);
    factor[2 * j] = static_cast<uint32_t>(h) >= threshold ? scale : 0.0f;
    factor[2 * j + 1] = static_cast<uint32_t>(h >> 32) >= threshold ? scale : 0.0f;
  }
}

// body(begin, count, factor) per chunk, chunks split over threads.
template <typename F>
void for_each_chunk(const DropMask& m, int64_t n, F body) {
  const int64_t chunks = (n + kChunk - 1) / kChunk;
#pragma omp parallel for schedule(static) if (n > kParallelMin)
  for (int64_t c = 0; c < chunks; ++c) {
    float factor[kChunk];
    const int64_t begin = c * kChunk, count = std::min(kChunk, n - begin);
    mask_factors(m, begin, count, factor);
    body(begin, count, factor);
  }
}

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
  for_each_chunk(m, n, [&](int64_t begin, int64_t count, const float* f) {
    for (int64_t k = 0; k < count; ++k) po[begin + k] = pa[begin + k] * f[k];
  });
  if (!any_requires_grad(a)) return Var(out);
  return record("dropout", out, {a}, [m, n](Node& self) {
    if (take_grad_in_place(self)) {  // the parent's gradient is ours, masked in place
      float* d = self.parents[0]->grad.data();
      for_each_chunk(m, n, [&](int64_t begin, int64_t count, const float* f) {
        for (int64_t k = 0; k < count; ++k) d[begin + k] *= f[k];
      });
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
