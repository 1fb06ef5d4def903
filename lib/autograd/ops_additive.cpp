// additive_scores: Bahdanau's v^T tanh(W s + U h) for every source position
// in one op.
//
// Why fused: unfused, every decoder step stores tanh's [S, B, A] output for
// backward: 41 steps x 5.7 MB in the reference RNN batch, 60% of a training
// step's activations. Here backward recomputes the tanh from the two inputs
// it needs anyway (keys, kept once for all steps, and the step's query), so a
// step stores only its [B, S] scores.
#include <algorithm>

#include "autograd/node.h"
#include "autograd/ops.h"
#include "tensor/fast_exp.h"

namespace nmt {
namespace {

// How a backward row writes the keys' gradient: not at all, = or +=.
enum class KeysGrad { None, Assign, Add };

// One (sentence, position) of backward, gs = d loss / d score.
template <KeysGrad mode>
void backward_position(const float* k, const float* q, const float* v, float gs, float* dk,
                       float* dq, float* dv, int64_t dim) {
#pragma omp simd
  for (int64_t a = 0; a < dim; ++a) {
    const float t = tanh_vectorisable(k[a] + q[a]);
    const float dpre = gs * v[a] * (1.0f - t * t);
    dq[a] += dpre;
    dv[a] += gs * t;
    if constexpr (mode == KeysGrad::Assign) dk[a] = dpre;
    if constexpr (mode == KeysGrad::Add) dk[a] += dpre;
  }
}

// One (sentence, position) of forward: v . tanh(k + q). A function of plain
// pointers: written inline in the row lambda, the loop read v through the
// closure and GCC ran a scalar copy of it (the forward was 5x the backward's
// time for the same tanh count).
float score_position(const float* k, const float* q, const float* v, int64_t dim) {
  float acc = 0.0f;
#pragma omp simd reduction(+ : acc)
  for (int64_t a = 0; a < dim; ++a) acc += v[a] * tanh_vectorisable(k[a] + q[a]);
  return acc;
}

// Backward with gs = d loss / d score[b, s] and t = tanh(k + q) recomputed:
//   d keys[s, b] = d pre,  d query[b] = sum over s of d pre,
//   d v = sum over b, s of gs * t,  where d pre = gs * v * (1 - t^2).
// self's parents: keys [S, B, A], query [B, A], v [A] or [A, 1].
void additive_scores_backward(Node& self, const Tensor& vk, const Tensor& vq, const Tensor& vv,
                              int64_t src, int64_t batch, int64_t dim) {
  const float* g = self.grad.data();  // [B, S]
  const float* pk = vk.data();
  const float* pq = vq.data();
  const float* pv = vv.data();
  Node& keys_node = *self.parents[0];
  Node& query_node = *self.parents[1];
  Node& v_node = *self.parents[2];
  bool keys_fresh = false;
  float* dk = keys_node.requires_grad ? grad_target(keys_node, &keys_fresh) : nullptr;
  // Per sentence, so threads never share a row: the query's gradient
  // (summed over positions) and v's partial gradient (summed over sentences
  // in order afterwards: the same result for any thread count).
  Tensor dq = Tensor::zeros({batch, dim});
  Tensor dv_part = Tensor::zeros({batch, dim});
  float* pdq = dq.data();
  float* pdv = dv_part.data();
  parallel_rows(batch, src * dim, [&](int64_t b) {
    const float* q = pq + b * dim;
    float* dqb = pdq + b * dim;
    float* dvb = pdv + b * dim;
    for (int64_t s = 0; s < src; ++s) {
      const float* k = pk + (s * batch + b) * dim;
      const float gs = g[b * src + s];
      float* dkr = dk ? dk + (s * batch + b) * dim : nullptr;
      if (gs == 0.0f) {  // masked positions: softmax sent nothing back
        if (dkr && keys_fresh) std::fill(dkr, dkr + dim, 0.0f);
      } else if (!dkr) {
        backward_position<KeysGrad::None>(k, q, pv, gs, dkr, dqb, dvb, dim);
      } else if (keys_fresh) {
        backward_position<KeysGrad::Assign>(k, q, pv, gs, dkr, dqb, dvb, dim);
      } else {
        backward_position<KeysGrad::Add>(k, q, pv, gs, dkr, dqb, dvb, dim);
      }
    }
  });
  if (query_node.requires_grad) accumulate_tensor(query_node, dq, true);
  if (v_node.requires_grad) {
    Tensor dv = Tensor::zeros(v_node.value.shape());
    float* pd = dv.data();
    for (int64_t b = 0; b < batch; ++b)
      for (int64_t a = 0; a < dim; ++a) pd[a] += pdv[b * dim + a];
    accumulate_tensor(v_node, dv, true);
  }
}

}  // namespace

Var additive_scores(const Var& keys, const Var& query, const Var& v) {
  const Shape& ks = keys.shape();
  NMT_CHECK_SHAPES(ks.rank() == 3 && query.shape() == Shape({ks[1], ks[2]}), "additive_scores",
                   "keys[S, B, A] need query[B, A]", ks, query.shape());
  const int64_t src = ks[0], batch = ks[1], dim = ks[2];
  Tensor vk = keys.value(), vq = query.value(), vv = v.value();
  NMT_CHECK_SHAPES(vv.numel() == dim && v.shape()[0] == dim, "additive_scores",
                   "keys[S, B, A] need v[A] or v[A, 1]", ks, v.shape());
  Tensor out = Tensor::empty({batch, src});
  {
    const float* pk = vk.data();
    const float* pq = vq.data();
    const float* pv = vv.data();
    float* po = out.data();
    parallel_rows(batch, src * dim, [&](int64_t b) {
      const float* q = pq + b * dim;
      for (int64_t s = 0; s < src; ++s)
        po[b * src + s] = score_position(pk + (s * batch + b) * dim, q, pv, dim);
    });
  }
  if (!any_requires_grad(keys, query, v)) return Var(out);
  return record("additive_scores", out, {keys, query, v},
                [vk, vq, vv, src, batch, dim](Node& self) {
                  additive_scores_backward(self, vk, vq, vv, src, batch, dim);
                });
}

}  // namespace nmt
