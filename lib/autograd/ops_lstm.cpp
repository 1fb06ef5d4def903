// lstm_cell: the LSTM's gate activations and state update in one op.
//
// gates[B, 4H] holds the pre-activations of the input, forget, candidate and
// output gates (i, f, g, o, in that order); with c_prev[B, H]:
//   c = sigmoid(f) * c_prev + sigmoid(i) * tanh(g)
//   h = sigmoid(o) * tanh(c)
// Two tape nodes share the one forward pass: c (parents gates, c_prev) and h
// (parents gates, c). h's backward runs first (h depends on c) and adds into
// c's gradient; each backward is a named function below its own formula.
#include "autograd/node.h"
#include "autograd/ops.h"
#include "tensor/fast_exp.h"

namespace nmt {
namespace {

// The forward pass of every row. act[B, 4H] receives the activated gates
// (i, f, g, o), which both backwards read. The activations are fast_exp.h's
// (vectorised; libm's scalar expf/tanhf were 5% of an RNN training step), and
// each loop is branch-free over j so the compiler vectorises it.
// One row: gr[4H] -> ar[4H]; cp[H] -> cr, tr (tanh c), hr[H]. Plain
// pointers and values only: a lambda's captured references kept GCC from
// vectorising the tanh loops (it reloads them, and found no vector type).
void lstm_cell_row(const float* gr, const float* cp, int64_t h, float* ar, float* cr, float* tr,
                   float* hr) {
  for (int64_t j = 0; j < 2 * h; ++j) ar[j] = sigmoid_vectorisable(gr[j]);      // i, f
  for (int64_t j = 2 * h; j < 3 * h; ++j) ar[j] = tanh_vectorisable(gr[j]);     // g
  for (int64_t j = 3 * h; j < 4 * h; ++j) ar[j] = sigmoid_vectorisable(gr[j]);  // o
#pragma omp simd
  for (int64_t j = 0; j < h; ++j) {
    const float cv = ar[h + j] * cp[j] + ar[j] * ar[2 * h + j];
    const float tv = tanh_vectorisable(cv);
    cr[j] = cv;
    tr[j] = tv;
    hr[j] = ar[3 * h + j] * tv;
  }
}

void lstm_cell_rows(const float* gates, const float* c_prev, int64_t rows, int64_t h, float* act,
                    float* c, float* hid, float* tanh_c) {
  parallel_rows(rows, 4 * h, [=](int64_t r) {
    lstm_cell_row(gates + r * 4 * h, c_prev + r * h, h, act + r * 4 * h, c + r * h, tanh_c + r * h,
                  hid + r * h);
  });
}

// parent.grad[r, j] (+)= f(r, j) over [rows, h], one row at a time (no
// division per element, as accumulate_each's flat index would need).
template <typename F>
void accumulate_rows(Node& parent, int64_t rows, int64_t h, F f) {
  bool fresh = false;
  float* g = grad_target(parent, &fresh);
  parallel_rows(rows, h, [&](int64_t r) {
    float* gr = g + r * h;
    if (fresh)
      for (int64_t j = 0; j < h; ++j) gr[j] = f(r, j);
    else
      for (int64_t j = 0; j < h; ++j) gr[j] += f(r, j);
  });
}

// Backward of c = f * c_prev + i * g (self is c; parents gates, c_prev):
//   d i_pre = dc * g * i (1 - i),  d f_pre = dc * c_prev * f (1 - f),
//   d g_pre = dc * i * (1 - g^2),  d c_prev = dc * f.
void lstm_cell_c_backward(Node& self, const Tensor& act, const Tensor& c_prev, int64_t rows,
                          int64_t h) {
  const float* gc = self.grad.data();
  const float* a = act.data();
  const float* cp = c_prev.data();
  if (self.parents[0]->requires_grad) {
    float* gg = grad_zeroed(*self.parents[0]);
    parallel_rows(rows, 4 * h, [&](int64_t r) {
      const float* ar = a + r * 4 * h;
      float* d = gg + r * 4 * h;
      for (int64_t j = 0; j < h; ++j) {
        const float g = gc[r * h + j], i = ar[j], f = ar[h + j], cand = ar[2 * h + j];
        d[j] += g * cand * i * (1.0f - i);
        d[h + j] += g * cp[r * h + j] * f * (1.0f - f);
        d[2 * h + j] += g * i * (1.0f - cand * cand);
      }
    });
  }
  if (self.parents[1]->requires_grad)
    accumulate_rows(*self.parents[1], rows, h,
                    [=](int64_t r, int64_t j) { return gc[r * h + j] * a[r * 4 * h + h + j]; });
}

// Backward of h = o * tanh(c) (self is h; parents gates, c):
//   d o_pre = dh * tanh(c) * o (1 - o),  d c += dh * o * (1 - tanh(c)^2).
void lstm_cell_h_backward(Node& self, const Tensor& act, const Tensor& tanh_c, int64_t rows,
                          int64_t h) {
  const float* gh = self.grad.data();
  const float* a = act.data();
  const float* t = tanh_c.data();
  if (self.parents[0]->requires_grad) {
    float* gg = grad_zeroed(*self.parents[0]);
    parallel_rows(rows, 4 * h, [&](int64_t r) {
      float* d = gg + r * 4 * h + 3 * h;
      const float* o = a + r * 4 * h + 3 * h;
      for (int64_t j = 0; j < h; ++j) d[j] += gh[r * h + j] * t[r * h + j] * o[j] * (1.0f - o[j]);
    });
  }
  accumulate_rows(*self.parents[1], rows, h, [=](int64_t r, int64_t j) {
    const int64_t k = r * h + j;
    const float o = a[r * 4 * h + 3 * h + j];
    return gh[k] * o * (1.0f - t[k] * t[k]);
  });
}

}  // namespace

LstmState lstm_cell(const Var& gates, const Var& c_prev) {
  const Shape& gs = gates.shape();
  const Shape& cs = c_prev.shape();
  NMT_CHECK_SHAPES(cs.rank() >= 1 && gs.rank() == cs.rank() && gs.rows() == cs.rows() &&
                       gs.cols() == 4 * cs.cols(),
                   "lstm_cell", "gates[B, 4H] needs c_prev[B, H]", gs, cs);
  const int64_t rows = cs.rows(), h = cs.cols();
  Tensor act = Tensor::empty(gs);  // activated gates: i, f, g, o
  Tensor c = Tensor::empty(cs), hid = Tensor::empty(cs), tanh_c = Tensor::empty(cs);
  lstm_cell_rows(gates.value().data(), c_prev.value().data(), rows, h, act.data(), c.data(),
                 hid.data(), tanh_c.data());
  if (!any_requires_grad(gates, c_prev)) return {Var(hid), Var(c)};
  Tensor vc = c_prev.value();
  Var c_var = record("lstm_cell", c, {gates, c_prev}, [act, vc, rows, h](Node& self) {
    lstm_cell_c_backward(self, act, vc, rows, h);
  });
  Var h_var = record("lstm_cell", hid, {gates, c_var}, [act, tanh_c, rows, h](Node& self) {
    lstm_cell_h_backward(self, act, tanh_c, rows, h);
  });
  return {h_var, c_var};
}

}  // namespace nmt
