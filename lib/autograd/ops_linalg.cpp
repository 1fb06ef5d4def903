// matmul and linear on the GEMM of tensor/gemm.h. Transposes are GEMM flags,
// never copies; backward uses the transposed GEMM variants and writes straight
// into the parents' gradients (beta 0 on a fresh gradient, 1 to accumulate).
#include "autograd/matmul_kernels.h"
#include "autograd/node.h"
#include "autograd/ops.h"
#include "tensor/gemm.h"

namespace nmt {

MatmulDims matmul_dims(const Shape& a, const Shape& b, bool ta, bool tb) {
  NMT_CHECK_SHAPES(a.rank() >= 2 && b.rank() >= 2, "matmul", "both operands need rank >= 2", a, b);
  MatmulDims d;
  d.a_cols = a[-1];
  d.b_cols = b[-1];
  d.m = ta ? a[-1] : a[-2];
  d.k = ta ? a[-2] : a[-1];
  const int64_t kb = tb ? b[-1] : b[-2];
  d.n = tb ? b[-2] : b[-1];
  NMT_CHECK_SHAPES(d.k == kb, "matmul", "inner dimensions differ", a, b);
  d.shared_b = b.rank() == 2;
  if (d.shared_b) d.precision = weight_gemm_precision();
  if (!d.shared_b) {
    bool same = a.rank() == b.rank();
    for (int i = 0; same && i < a.rank() - 2; ++i) same = a[i] == b[i];
    NMT_CHECK_SHAPES(same, "matmul", "leading (batch) dimensions differ", a, b);
  }
  for (int i = 0; i < a.rank() - 2; ++i) d.lead *= a[i];
  d.out = a;
  d.out[-2] = d.m;
  d.out[-1] = d.n;
  return d;
}

namespace {

// One GEMM when batch == 1, else a batched GEMM with the given strides.
void run_gemm(const GemmArgs& g, int64_t batch, int64_t sa, int64_t sb, int64_t sc) {
  if (batch == 1)
    gemm(g);
  else
    gemm_batched(g, batch, sa, sb, sc);
}

GemmArgs args(bool ta, bool tb, int64_t m, int64_t n, int64_t k, const float* a, int64_t lda,
              const float* b, int64_t ldb, float beta, float* c, int64_t ldc,
              GemmPrecision precision) {
  GemmArgs g;
  g.trans_a = ta;
  g.trans_b = tb;
  g.m = m;
  g.n = n;
  g.k = k;
  g.a = a;
  g.lda = lda;
  g.b = b;
  g.ldb = ldb;
  g.beta = beta;
  g.c = c;
  g.ldc = ldc;
  g.precision = precision;
  return g;
}

}  // namespace

void matmul_forward(const MatmulDims& d, const float* a, const float* b, float* c, bool ta,
                    bool tb) {
  if (d.shared_b && !ta) {  // fold the leading dimensions into the rows of one GEMM
    gemm(args(false, tb, d.lead * d.m, d.n, d.k, a, d.a_cols, b, d.b_cols, 0.0f, c, d.n,
              d.precision));
    return;
  }
  run_gemm(args(ta, tb, d.m, d.n, d.k, a, d.a_cols, b, d.b_cols, 0.0f, c, d.n, d.precision), d.lead,
           d.m * d.k, d.shared_b ? 0 : d.k * d.n, d.m * d.n);
}

// dA = dC op(B)^T (or its transpose when a was used transposed).
void matmul_grad_a(const MatmulDims& d, const float* g, const float* b, float* ga, float beta,
                   bool ta, bool tb) {
  const int64_t sb = d.shared_b ? 0 : d.k * d.n;
  if (!ta) {
    const bool fold = d.shared_b;
    run_gemm(args(false, !tb, fold ? d.lead * d.m : d.m, d.k, d.n, g, d.n, b, d.b_cols, beta, ga,
                  d.k, d.precision),
             fold ? 1 : d.lead, d.m * d.n, sb, d.m * d.k);
    return;
  }
  // a stored [K, M]: dA = op(B) dC^T
  run_gemm(args(tb, true, d.k, d.m, d.n, b, d.b_cols, g, d.n, beta, ga, d.m, d.precision), d.lead,
           sb, d.m * d.n, d.k * d.m);
}

// dB = op(A)^T dC (or its transpose when b was used transposed).
void matmul_grad_b(const MatmulDims& d, const float* g, const float* a, float* gb, float beta,
                   bool ta, bool tb) {
  const int64_t cols = tb ? d.k : d.n;  // row stride of the stored b
  auto one = [&](const float* gi, const float* ai, float bi, int64_t k) {
    if (!tb) return args(!ta, false, d.k, d.n, k, ai, d.a_cols, gi, d.n, bi, gb, cols, d.precision);
    return args(true, ta, d.n, d.k, k, gi, d.n, ai, d.a_cols, bi, gb, cols, d.precision);
  };
  if (!d.shared_b) {
    const int64_t sa = d.m * d.k, sg = d.m * d.n;  // the GEMM's a is A, or dC when tb
    run_gemm(one(g, a, beta, d.m), d.lead, tb ? sg : sa, tb ? sa : sg, d.k * d.n);
  } else if (!ta) {  // sum over the leading dimensions inside one GEMM
    gemm(one(g, a, beta, d.lead * d.m));
  } else {  // transposed a per item: accumulate item by item into the shared gradient
    for (int64_t i = 0; i < d.lead; ++i)
      gemm(one(g + i * d.m * d.n, a + i * d.m * d.k, i == 0 ? beta : 1.0f, d.m));
  }
}

Var matmul(const Var& a, const Var& b, bool trans_a, bool trans_b) {
  const MatmulDims d = matmul_dims(a.shape(), b.shape(), trans_a, trans_b);
  Tensor out = Tensor::empty(d.out);
  Tensor va = a.value(), vb = b.value();
  matmul_forward(d, va.data(), vb.data(), out.data(), trans_a, trans_b);
  if (!any_requires_grad(a, b)) return Var(out);
  return record("matmul", out, {a, b}, [d, va, vb, trans_a, trans_b](Node& self) {
    bool fresh = false;
    if (self.parents[0]->requires_grad) {
      float* ga = grad_target(*self.parents[0], &fresh);
      matmul_grad_a(d, self.grad.data(), vb.data(), ga, fresh ? 0.0f : 1.0f, trans_a, trans_b);
    }
    if (self.parents[1]->requires_grad) {
      float* gb = grad_target(*self.parents[1], &fresh);
      matmul_grad_b(d, self.grad.data(), va.data(), gb, fresh ? 0.0f : 1.0f, trans_a, trans_b);
    }
  });
}

Var linear(const Var& x, const Var& weight, const Var& bias) {
  const Shape& xs = x.shape();
  const Shape& ws = weight.shape();
  NMT_CHECK_SHAPES(xs.rank() >= 1 && ws.rank() == 2 && xs[-1] == ws[0], "linear",
                   "x[..., in] needs weight[in, out]", xs, ws);
  const int64_t rows = xs.rows(), in = ws[0], out_dim = ws[1];
  if (bias.defined())
    NMT_CHECK_SHAPES(bias.shape().numel() == out_dim && bias.shape().rank() == 1, "linear",
                     "bias must be [out]", ws, bias.shape());
  Shape os = xs;
  os[-1] = out_dim;
  Tensor out = Tensor::empty(os);
  Tensor vx = x.value(), vw = weight.value();
  const GemmPrecision precision = weight_gemm_precision();
  float* po = out.data();
  if (bias.defined()) {  // start from the bias, then let the GEMM add x W (beta = 1)
    const float* pb = bias.value().data();
    parallel_rows(rows, out_dim, [&](int64_t r) {
      for (int64_t j = 0; j < out_dim; ++j) po[r * out_dim + j] = pb[j];
    });
  }
  gemm(args(false, false, rows, out_dim, in, vx.data(), in, vw.data(), out_dim,
            bias.defined() ? 1.0f : 0.0f, po, out_dim, precision));
  if (!any_requires_grad(x, weight, bias)) return Var(out);
  std::vector<Var> parents{x, weight};
  if (bias.defined()) parents.push_back(bias);
  return record("linear", out, parents, [vx, vw, rows, in, out_dim, precision](Node& self) {
    const float* g = self.grad.data();
    bool fresh = false;
    if (self.parents[0]->requires_grad) {  // dX = dY W^T
      float* gx = grad_target(*self.parents[0], &fresh);
      gemm(args(false, true, rows, in, out_dim, g, out_dim, vw.data(), out_dim, fresh ? 0.0f : 1.0f,
                gx, in, precision));
    }
    if (self.parents[1]->requires_grad) {  // dW = X^T dY over all rows at once
      float* gw = grad_target(*self.parents[1], &fresh);
      gemm(args(true, false, in, out_dim, rows, vx.data(), in, g, out_dim, fresh ? 0.0f : 1.0f, gw,
                out_dim, precision));
    }
    if (self.parents.size() > 2 && self.parents[2]->requires_grad) {  // db = column sums of dY
      float* gb = grad_zeroed(*self.parents[2]);
      add_column_sums(gb, rows, out_dim,
                      [g, out_dim](int64_t r, int64_t j) { return g[r * out_dim + j]; });
    }
  });
}

}  // namespace nmt
