// Masking and the fused cross-entropy loss (the loss fused with the output
// layer is in ops_output_loss.cpp).
#include <cmath>

#include "autograd/broadcast.h"
#include "autograd/cross_entropy_rows.h"
#include "autograd/ops.h"

namespace nmt {

Var masked_fill(const Var& a, const Tensor& mask, float value) {
  const int64_t nm = check_broadcast("masked_fill", a.shape(), mask.shape());
  Tensor out = Tensor::empty(a.shape());
  const float* pa = a.value().data();
  const float* pm = mask.data();
  float* po = out.data();
  for_each_broadcast(a.value().numel(), nm,
                     [&](int64_t i, int64_t j) { po[i] = pm[j] != 0.0f ? value : pa[i]; });
  if (!any_requires_grad(a)) return Var(out);
  return record("masked_fill", out, {a}, [mask, nm](Node& self) {
    const float* g = self.grad.data();
    const float* pm = mask.data();
    accumulate_into_a(*self.parents[0], nm,
                      [=](int64_t i, int64_t j) { return pm[j] != 0.0f ? 0.0f : g[i]; });
  });
}

namespace {

// What cross_entropy's backward reads.
struct CrossEntropySaved {
  Tensor logits;           // [N, V]
  std::vector<float> lse;  // [N] logsumexp per row (pad rows unused)
  std::vector<int32_t> targets;
  float smoothing = 0.0f;
  int32_t pad_id = -1;
  float inv_count = 0.0f;  // 1 / counted tokens: the mean's scale
};

// d logits = g / count * (softmax - (1-e) onehot(t) - e/V) per counted row, 0
// on pad rows. When nothing else holds the logits any more (the caller
// dropped its Var) the gradient is written over them in place, so the [N, V]
// gradient never needs memory of its own.
void cross_entropy_backward(Node& self, const CrossEntropySaved& saved) {
  const Tensor& x = saved.logits;
  const std::vector<int32_t>& targets = saved.targets;
  const int32_t pad_id = saved.pad_id;
  const float e = saved.smoothing;
  const float g = self.grad.at(0) * saved.inv_count;
  Node& parent = *self.parents[0];
  const int64_t rows = x.shape().rows(), vocab = x.shape().cols();
  const bool in_place = !parent.grad.defined() && x.sole_owner();
  Tensor logits_now = x;  // writable handle (the saved copy is const)
  bool fresh = true;
  float* d = in_place ? logits_now.data() : grad_target(parent, &fresh);
  const float* px = logits_now.data();
  parallel_rows(rows, vocab, [&](int64_t r) {
    float* dr = d + r * vocab;
    if (targets[r] == pad_id) {
      if (fresh) std::fill(dr, dr + vocab, 0.0f);
      return;
    }
    cross_entropy_row_grad(px + r * vocab, dr, vocab, targets[r], e, saved.lse[r], g, !fresh);
  });
  if (in_place) parent.grad = logits_now.reshape(parent.value.shape());
}

}  // namespace

// The formulas are in autograd/cross_entropy_rows.h. The forward pass keeps
// one logsumexp per row; backward recomputes the softmax from the logits.
CrossEntropyResult cross_entropy(const Var& logits, const std::vector<int32_t>& targets,
                                 float label_smoothing, int32_t pad_id) {
  const Shape& s = logits.shape();
  NMT_CHECK(s.rank() >= 1 && s.cols() > 0, "cross_entropy: bad logits shape ", s.to_string());
  const int64_t rows = s.rows(), vocab = s.cols();
  NMT_CHECK(static_cast<int64_t>(targets.size()) == rows, "cross_entropy: ", targets.size(),
            " targets for logits of shape ", s.to_string());
  NMT_CHECK(label_smoothing >= 0.0f && label_smoothing < 1.0f, "cross_entropy: label smoothing ",
            label_smoothing, " outside [0, 1)");
  CrossEntropyResult result;
  for (int64_t r = 0; r < rows; ++r) {
    if (targets[r] == pad_id) continue;
    NMT_CHECK(targets[r] >= 0 && targets[r] < vocab, "cross_entropy: target ", targets[r],
              " at row ", r, " out of range for logits of shape ", s.to_string());
    ++result.tokens;
  }
  const bool want_grad = any_requires_grad(logits);
  std::vector<float> lse(want_grad ? rows : 0);
  const float* px = logits.value().data();
  const float e = label_smoothing;
  // Per-row losses, summed in row order afterwards: the same sum for any
  // thread count (an OpenMP reduction would add per-thread partials).
  std::vector<double> row_loss(rows, 0.0), row_nll(rows, 0.0);
#pragma omp parallel for schedule(static) if (rows * vocab > kParallelMin)
  for (int64_t r = 0; r < rows; ++r) {
    if (targets[r] == pad_id) continue;
    const RowLoss row = cross_entropy_row(px + r * vocab, vocab, targets[r], e);
    row_nll[r] = row.nll;
    row_loss[r] = row.loss;
    if (want_grad) lse[r] = row.lse;
  }
  const double loss_sum = sum_in_order(row_loss);
  result.sum_nll = sum_in_order(row_nll);
  const double count = static_cast<double>(std::max<int64_t>(result.tokens, 1));
  Tensor value = Tensor::full(Shape{1}, static_cast<float>(loss_sum / count));
  if (!want_grad) {
    result.loss = Var(value);
    return result;
  }
  CrossEntropySaved saved{
      logits.value(), std::move(lse), targets, e, pad_id, static_cast<float>(1.0 / count)};
  result.loss = record("cross_entropy", value, {logits}, [saved = std::move(saved)](Node& self) {
    cross_entropy_backward(self, saved);
  });
  return result;
}

}  // namespace nmt
