// dot_product_attention: scores, softmax, dropout and the product with the
// values in one op that trades memory for a little arithmetic. Separately,
// the softmax keeps its output and the product keeps the dropped weights:
// two [H, B, T, S] tensors per attention, 32 MB of a 3+3-layer training step
// (docs/PERFORMANCE_LOG.md, session 11). Here the weights live only inside
// forward and inside backward, which recomputes them from q and k (one small
// batched GEMM and a softmax, under 1% of the step's FLOPs). Every piece
// calls the kernels of the separate ops in the same order, so the bits are
// theirs.
#include "autograd/drop_mask.h"
#include "autograd/matmul_kernels.h"
#include "autograd/node.h"
#include "autograd/ops.h"
#include "autograd/softmax_rows.h"

namespace nmt {
namespace {

// The masked, scaled softmax of q k^T into w (shape dims.out); mask may be
// undefined.
void attention_weights(const MatmulDims& dims, const float* q, const float* k, float scale,
                       const Tensor& mask, const MaskRows& mask_rows, float* w) {
  matmul_forward(dims, q, k, w, false, true);
  const int64_t n = dims.n, rows = dims.lead * dims.m;
  const float* pm = mask.defined() ? mask.data() : nullptr;
  parallel_rows(rows, n, [&](int64_t r) {
    softmax_row(w + r * n, w + r * n, n, scale, pm ? pm + mask_rows.offset(r) : nullptr);
  });
}

}  // namespace

Var dot_product_attention(const Var& q, const Var& k, const Var& v, float scale,
                          const Tensor& additive_mask, float p, Rng& rng) {
  NMT_CHECK(p >= 0.0f && p < 1.0f, "dot_product_attention: dropout probability ", p,
            " outside [0, 1)");
  NMT_CHECK_SHAPES(q.shape().rank() >= 3 && k.shape().rank() == q.shape().rank(),
                   "dot_product_attention", "q and k need the same rank, at least 3", q.shape(),
                   k.shape());
  const MatmulDims scores = matmul_dims(q.shape(), k.shape(), false, true);  // [..., T, S]
  const MatmulDims context = matmul_dims(scores.out, v.shape(), false, false);
  const bool masked = additive_mask.defined() && additive_mask.numel() > 1;
  const MaskRows rows =
      masked ? mask_rows("dot_product_attention", scores.out, additive_mask.shape()) : MaskRows();
  const bool drop = p > 0.0f && grad_enabled();
  const DropMask m = drop ? draw_mask(p, rng) : DropMask();
  const Tensor vq = q.value(), vk = k.value(), vv = v.value();
  const Tensor mask = masked ? additive_mask : Tensor();
  const int64_t weights_size = scores.out.numel();

  Tensor out = Tensor::empty(context.out);
  {
    Tensor w = Tensor::empty(scores.out);  // back to the pool at the end of the block
    attention_weights(scores, vq.data(), vk.data(), scale, mask, rows, w.data());
    if (drop) apply_mask(m, w.data(), w.data(), weights_size);
    matmul_forward(context, w.data(), vv.data(), out.data(), false, false);
  }
  if (!any_requires_grad(q, k, v)) return Var(out);
  return record("dot_product_attention", out, {q, k, v}, [=](Node& self) {
    const float* g = self.grad.data();
    Tensor w = Tensor::empty(scores.out);
    attention_weights(scores, vq.data(), vk.data(), scale, mask, rows, w.data());
    // dv = dropped^T g, then dw = g v^T in the dropped weights' buffer.
    Tensor dw = drop ? Tensor::empty(scores.out) : Tensor();
    if (drop) apply_mask(m, w.data(), dw.data(), weights_size);
    bool fresh = false;
    if (self.parents[2]->requires_grad) {
      float* gv = grad_target(*self.parents[2], &fresh);
      matmul_grad_b(context, g, (drop ? dw : w).data(), gv, fresh ? 0.0f : 1.0f, false, false);
    }
    if (!self.parents[0]->requires_grad && !self.parents[1]->requires_grad) return;
    if (!drop) dw = Tensor::empty(scores.out);
    matmul_grad_a(context, g, vv.data(), dw.data(), 0.0f, false, false);
    if (drop) apply_mask(m, dw.data(), dw.data(), weights_size);
    float* d = dw.data();
    const float* y = w.data();
    const int64_t n = scores.n;
    parallel_rows(scores.lead * scores.m, n, [&](int64_t r) {
      softmax_backward_row(d + r * n, y + r * n, d + r * n, n, scale, true);
    });
    if (self.parents[0]->requires_grad) {
      float* gq = grad_target(*self.parents[0], &fresh);
      matmul_grad_a(scores, d, vk.data(), gq, fresh ? 0.0f : 1.0f, false, true);
    }
    if (self.parents[1]->requires_grad) {
      float* gk = grad_target(*self.parents[1], &fresh);
      matmul_grad_b(scores, d, vq.data(), gk, fresh ? 0.0f : 1.0f, false, true);
    }
  });
}

}  // namespace nmt
