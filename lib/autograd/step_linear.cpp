#include "autograd/step_linear.h"

#include "autograd/node.h"
#include "tensor/gemm.h"

namespace nmt {

StepWeight StepWeight::pack(const Var& weight) {
  const Shape& ws = weight.shape();
  NMT_CHECK(ws.rank() == 2, "StepWeight: weight ", ws.to_string(), " is not [in, out]");
  const int64_t in = ws[0], out = ws[1];
  const float* w = weight.value().data();
  StepWeight s;
  s.weight = weight;
  s.packed = std::make_shared<PackedF32>(w, in, out, out, 1);
  s.packed_t = std::make_shared<PackedF32>(w, out, in, 1, out);
  return s;
}

bool step_packing_wanted() {
  return grad_enabled() && weight_gemm_precision() == GemmPrecision::Fp32 && packed_gemm_enabled();
}

namespace {

// dX (+)= dY W^T through the packed transpose; packed_gemm writes C, so an
// existing gradient gets the product in scratch first.
void input_grad(Node& x, const float* g, int64_t rows, const PackedF32& wt) {
  bool fresh = false;
  float* gx = grad_target(x, &fresh);
  const int64_t in = wt.n(), out = wt.k();
  if (fresh) return packed_gemm(g, rows, out, wt, nullptr, gx, in);
  Tensor tmp = Tensor::empty({rows, in});
  packed_gemm(g, rows, out, wt, nullptr, tmp.data(), in);
  const float* t = tmp.data();
  parallel_rows(rows, in, [&](int64_t r) {
    for (int64_t j = 0; j < in; ++j) gx[r * in + j] += t[r * in + j];
  });
}

}  // namespace

Var step_linear(const Var& x, const StepWeight& w, const Var& bias) {
  const Shape& xs = x.shape();
  const Shape& ws = w.weight.shape();
  NMT_CHECK_SHAPES(xs.rank() >= 1 && ws.rank() == 2 && xs[-1] == ws[0] && w.packed &&
                       w.packed->k() == ws[0] && w.packed->n() == ws[1],
                   "step_linear", "x[..., in] needs a packed weight[in, out]", xs, ws);
  const int64_t rows = xs.rows(), in = ws[0], out_dim = ws[1];
  if (bias.defined())
    NMT_CHECK_SHAPES(bias.shape().numel() == out_dim && bias.shape().rank() == 1, "step_linear",
                     "bias must be [out]", ws, bias.shape());
  Shape os = xs;
  os[-1] = out_dim;
  Tensor out = Tensor::empty(os);
  const Tensor vx = x.value();
  packed_gemm(vx.data(), rows, in, *w.packed, bias.defined() ? bias.value().data() : nullptr,
              out.data(), out_dim);
  if (!any_requires_grad(x, w.weight, bias)) return Var(out);
  std::vector<Var> parents{x, w.weight};
  if (bias.defined()) parents.push_back(bias);
  std::shared_ptr<const PackedF32> wt = w.packed_t;
  return record("step_linear", out, parents, [vx, wt, rows, in, out_dim](Node& self) {
    const float* g = self.grad.data();
    if (self.parents[0]->requires_grad) input_grad(*self.parents[0], g, rows, *wt);
    if (self.parents[1]->requires_grad) {  // dW (+)= X^T dY
      bool fresh = false;
      float* gw = grad_target(*self.parents[1], &fresh);
      GemmArgs a;
      a.trans_a = true;
      a.m = in, a.n = out_dim, a.k = rows;
      a.a = vx.data(), a.lda = in;
      a.b = g, a.ldb = out_dim;
      a.beta = fresh ? 0.0f : 1.0f;
      a.c = gw, a.ldc = out_dim;
      gemm(a);
    }
    if (self.parents.size() > 2 && self.parents[2]->requires_grad) {  // db = column sums of dY
      float* gb = grad_zeroed(*self.parents[2]);
      add_column_sums(gb, rows, out_dim,
                      [g, out_dim](int64_t r, int64_t j) { return g[r * out_dim + j]; });
    }
  });
}

}  // namespace nmt
