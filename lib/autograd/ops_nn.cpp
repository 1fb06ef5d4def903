// Fused last-axis kernels: softmax, log_softmax, scaled_masked_softmax and
// layer_norm. One pass per row for each statistic, rows split over threads;
// backward recomputes what is cheap (x-hat) instead of storing it.
#include <cmath>

#include "autograd/broadcast.h"
#include "autograd/ops.h"
#include "autograd/softmax_rows.h"

namespace nmt {
namespace {

// Shared backward of the softmax family: dx = factor * y * (g - sum(g * y)).
void record_softmax_backward(Node& self, const Tensor& y, float factor) {
  const int64_t n = y.shape().cols(), rows = y.shape().rows();
  const float* g = self.grad.data();
  const float* py = y.data();
  bool fresh = false;
  float* gx = grad_target(*self.parents[0], &fresh);
  parallel_rows(rows, n, [&](int64_t r) {
    softmax_backward_row(g + r * n, py + r * n, gx + r * n, n, factor, fresh);
  });
}

void check_rows(const char* op, const Shape& s) {
  NMT_CHECK(s.rank() >= 1 && s.cols() > 0, op, ": needs a non-empty last axis, got shape ",
            s.to_string());
}

}  // namespace

Var softmax(const Var& a) {
  return scaled_masked_softmax(a, 1.0f, Tensor());
}

MaskRows mask_rows(const char* op, const Shape& s, const Shape& m) {
  bool ok = m.rank() <= s.rank() && m.rank() >= 1 && m[-1] == s[-1];
  MaskRows rows;
  rows.lead = s.rank() - 1;
  int64_t stride = s[-1];
  for (int i = rows.lead - 1; ok && i >= 0; --i) {
    const int mi = i - (s.rank() - m.rank());  // the mask's dimension, or < 0 if padded
    const int64_t size = mi >= 0 ? m[mi] : 1;
    ok = size == 1 || size == s[i];
    rows.dims[i] = s[i];
    rows.strides[i] = size == 1 ? 0 : stride;
    stride *= size;
  }
  NMT_CHECK_SHAPES(ok, op, "each mask dimension must be 1 or match the scores, last one equal", s,
                   m);
  return rows;
}

Var scaled_masked_softmax(const Var& scores, float scale, const Tensor& additive_mask) {
  const char* op = additive_mask.defined() || scale != 1.0f ? "scaled_masked_softmax" : "softmax";
  const Shape& s = scores.shape();
  check_rows(op, s);
  const int64_t n = s.cols(), rows = s.rows();
  // A one-element mask adds the same value to every score: softmax ignores it.
  const bool masked = additive_mask.defined() && additive_mask.numel() > 1;
  const MaskRows mr = masked ? mask_rows(op, s, additive_mask.shape()) : MaskRows();
  Tensor out = Tensor::empty(s);
  const float* px = scores.value().data();
  const float* pm = masked ? additive_mask.data() : nullptr;
  float* py = out.data();
  parallel_rows(rows, n, [&](int64_t r) {
    softmax_row(px + r * n, py + r * n, n, scale, pm ? pm + mr.offset(r) : nullptr);
  });
  if (!any_requires_grad(scores)) return Var(out);
  return record(op, out, {scores},
                [out, scale](Node& self) { record_softmax_backward(self, out, scale); });
}

Var log_softmax(const Var& a) {
  const Shape& s = a.shape();
  check_rows("log_softmax", s);
  const int64_t n = s.cols(), rows = s.rows();
  Tensor out = Tensor::empty(s);
  const float* px = a.value().data();
  float* py = out.data();
  parallel_rows(rows, n, [&](int64_t r) {
    const float* x = px + r * n;
    float* y = py + r * n;
    float mx = -INFINITY;
    for (int64_t j = 0; j < n; ++j) mx = std::max(mx, x[j]);
    float sum = 0.0f;
    for (int64_t j = 0; j < n; ++j) sum += std::exp(x[j] - mx);
    const float shift = mx + std::log(sum);
    for (int64_t j = 0; j < n; ++j) y[j] = x[j] - shift;
  });
  if (!any_requires_grad(a)) return Var(out);
  return record("log_softmax", out, {a}, [out, n, rows](Node& self) {
    // dx = g - softmax * sum(g), softmax = exp(y)
    const float* g = self.grad.data();
    const float* py = out.data();
    bool fresh = false;
    float* gx = grad_target(*self.parents[0], &fresh);
    parallel_rows(rows, n, [&](int64_t r) {
      const float* gr = g + r * n;
      const float* yr = py + r * n;
      float* d = gx + r * n;
      float total = 0.0f;
      for (int64_t j = 0; j < n; ++j) total += gr[j];
      if (fresh)
        for (int64_t j = 0; j < n; ++j) d[j] = gr[j] - std::exp(yr[j]) * total;
      else
        for (int64_t j = 0; j < n; ++j) d[j] += gr[j] - std::exp(yr[j]) * total;
    });
  });
}

namespace {

// What layer_norm's backward reads. Backward needs x-hat. It is recovered from
// the output, (y - beta) / gamma, when no |gamma| is small, so the input need
// not be kept: the output is kept anyway by the layer that reads it, and the
// residual stream is then not held twice (a tenth of the Transformer's
// activations). With a small gamma the input is kept and x-hat recomputed from
// it, (x - mean) * rstd.
struct LayerNormSaved {
  Tensor kept;       // [rows, n]: the output if from_output, else the input
  Tensor offset;     // beta, if from_output
  Tensor inv_gamma;  // [n] 1 / gamma, if from_output
  Tensor gamma;      // [n]
  Tensor stats;      // [rows, 2]: mean, 1/sqrt(var + eps)
  int64_t n = 0, rows = 0;
  bool from_output = false;
};

// y = (x - mean) * rstd * gamma + beta for every row of n; stats receives
// (mean, rstd) per row.
void layer_norm_rows(const float* px, const float* pg, const float* pb, int64_t rows, int64_t n,
                     float eps, float* py, float* st) {
  parallel_rows(rows, n, [&](int64_t r) {
    const float* xr = px + r * n;
    float sum = 0.0f;  // simd: vectorised partial sums (a fixed order, any thread count)
#pragma omp simd reduction(+ : sum)
    for (int64_t j = 0; j < n; ++j) sum += xr[j];
    const float mu = sum / n;
    float sq = 0.0f;  // two passes: var of (x - mu) avoids cancellation
#pragma omp simd reduction(+ : sq)
    for (int64_t j = 0; j < n; ++j) sq += (xr[j] - mu) * (xr[j] - mu);
    const float rstd = 1.0f / std::sqrt(sq / n + eps);
    float* yr = py + r * n;
    for (int64_t j = 0; j < n; ++j) yr[j] = (xr[j] - mu) * rstd * pg[j] + pb[j];
    st[2 * r] = mu;
    st[2 * r + 1] = rstd;
  });
}

// One row of layer norm's dx (see below). Plain pointers and a compile-time
// choice of where x-hat comes from, so both loops vectorise: written with a
// closure over the saved tensors they ran scalar, reloading the captures on
// every element (2.4% of a Transformer training step).
template <bool kFromOutput>
void layer_norm_dx_row(const float* __restrict g, const float* __restrict gamma,
                       const float* __restrict kept, const float* __restrict beta,
                       const float* __restrict inv_gamma, float mean, float rstd, int64_t n,
                       float* __restrict d, bool fresh) {
  auto xhat = [&](int64_t j) {
    return kFromOutput ? (kept[j] - beta[j]) * inv_gamma[j] : (kept[j] - mean) * rstd;
  };
  float m1 = 0.0f, m2 = 0.0f;  // simd: vectorised partial sums (a fixed order, any thread count)
#pragma omp simd reduction(+ : m1, m2)
  for (int64_t j = 0; j < n; ++j) {
    m1 += g[j] * gamma[j];
    m2 += g[j] * gamma[j] * xhat(j);
  }
  m1 /= n;
  m2 /= n;
  if (fresh) {
#pragma omp simd
    for (int64_t j = 0; j < n; ++j) d[j] = rstd * (g[j] * gamma[j] - m1 - xhat(j) * m2);
  } else {
#pragma omp simd
    for (int64_t j = 0; j < n; ++j) d[j] += rstd * (g[j] * gamma[j] - m1 - xhat(j) * m2);
  }
}

// With gh = g * gamma (self's parents: x, gamma, beta):
//   dx = rstd * (gh - mean(gh) - xhat * mean(gh * xhat))
//   dgamma = sum over rows of g * xhat,  dbeta = sum over rows of g.
void layer_norm_backward(Node& self, const LayerNormSaved& saved) {
  const int64_t n = saved.n, rows = saved.rows;
  const bool from_output = saved.from_output;
  const float* g = self.grad.data();
  const float* pk = saved.kept.data();
  const float* pg = saved.gamma.data();
  const float* st = saved.stats.data();
  const float* pb = from_output ? saved.offset.data() : nullptr;
  const float* pi = from_output ? saved.inv_gamma.data() : nullptr;
  auto xhat = [=](int64_t r, int64_t j) {
    return from_output ? (pk[r * n + j] - pb[j]) * pi[j]
                       : (pk[r * n + j] - st[2 * r]) * st[2 * r + 1];
  };
  if (self.parents[0]->requires_grad) {
    bool fresh = false;
    float* gx = grad_target(*self.parents[0], &fresh);
    parallel_rows(rows, n, [&](int64_t r) {
      const float* kr = pk + r * n;
      float* d = gx + r * n;
      if (from_output)
        layer_norm_dx_row<true>(g + r * n, pg, kr, pb, pi, 0.0f, st[2 * r + 1], n, d, fresh);
      else
        layer_norm_dx_row<false>(g + r * n, pg, kr, nullptr, nullptr, st[2 * r], st[2 * r + 1], n,
                                 d, fresh);
    });
  }
  if (self.parents[1]->requires_grad)
    add_column_sums(grad_zeroed(*self.parents[1]), rows, n,
                    [=](int64_t r, int64_t j) { return g[r * n + j] * xhat(r, j); });
  if (self.parents[2]->requires_grad)
    add_column_sums(grad_zeroed(*self.parents[2]), rows, n,
                    [=](int64_t r, int64_t j) { return g[r * n + j]; });
}

}  // namespace

Var layer_norm(const Var& x, const Var& gamma, const Var& beta, float eps) {
  const Shape& s = x.shape();
  check_rows("layer_norm", s);
  const int64_t n = s.cols(), rows = s.rows();
  NMT_CHECK(gamma.defined() && beta.defined(), "layer_norm: gamma and beta are required");
  NMT_CHECK_SHAPES(gamma.shape().rank() == 1 && gamma.shape()[0] == n, "layer_norm",
                   "gamma must be [last dim of x]", s, gamma.shape());
  NMT_CHECK_SHAPES(beta.shape().rank() == 1 && beta.shape()[0] == n, "layer_norm",
                   "beta must be [last dim of x]", s, beta.shape());
  Tensor out = Tensor::empty(s);
  Tensor stats = Tensor::empty(Shape{rows, 2});  // per row: mean, 1/sqrt(var + eps)
  Tensor vx = x.value();
  const float* pg = gamma.value().data();
  layer_norm_rows(vx.data(), pg, beta.value().data(), rows, n, eps, out.data(), stats.data());
  if (!any_requires_grad(x, gamma, beta)) return Var(out);
  LayerNormSaved saved;
  float smallest_gamma = INFINITY;
  for (int64_t j = 0; j < n; ++j) smallest_gamma = std::min(smallest_gamma, std::fabs(pg[j]));
  saved.from_output = smallest_gamma >= kLayerNormRecoverMinGamma;
  saved.kept = saved.from_output ? out : vx;
  if (saved.from_output) {
    saved.offset = beta.value();
    saved.inv_gamma = Tensor::empty(Shape{n});
    for (int64_t j = 0; j < n; ++j) saved.inv_gamma.at(j) = 1.0f / pg[j];
  }
  saved.gamma = gamma.value();
  saved.stats = stats;
  saved.n = n;
  saved.rows = rows;
  return record("layer_norm", out, {x, gamma, beta},
                [saved](Node& self) { layer_norm_backward(self, saved); });
}

}  // namespace nmt
