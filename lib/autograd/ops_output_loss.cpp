// The output layer (project) and the output layer fused with the loss
// (projected_cross_entropy).
//
// Why fused: the [N, V] logits are the largest activation of a training step
// (2,800 rows x 8,000 ids = 90 MB in the reference batch), and they live from
// the end of the forward pass to the start of backward. Here a block of rows
// goes through projection, loss and gradient while its logits are still in
// cache, and only the small gradients (hidden [N, D], weight [D, V], bias [V])
// stay until backward.
#include <algorithm>
#include <vector>

#include "autograd/cross_entropy_rows.h"
#include "autograd/node.h"
#include "autograd/ops.h"
#include "tensor/gemm.h"

namespace nmt {

Var project(const Var& x, const Projection& out) {
  if (!out.vocab_major) return linear(x, out.weight, out.bias);
  Var logits = matmul(x, out.weight, false, true);
  return out.bias.defined() ? add(logits, out.bias) : logits;
}

namespace {

// The shapes projected_cross_entropy accepts; returns the vocabulary size.
int64_t check_projection(const Shape& hs, const Projection& out, size_t targets) {
  NMT_CHECK(out.weight.defined(), "projected_cross_entropy: no output weight");
  const Shape& ws = out.weight.shape();
  NMT_CHECK_SHAPES(
      hs.rank() == 2 && ws.rank() == 2 && hs.cols() == (out.vocab_major ? ws.cols() : ws.rows()),
      "projected_cross_entropy",
      out.vocab_major ? "hidden[N, D] needs weight[V, D]" : "hidden[N, D] needs weight[D, V]", hs,
      ws);
  const int64_t vocab = out.vocab_major ? ws.rows() : ws.cols();
  NMT_CHECK(!out.bias.defined() || out.bias.shape() == Shape{vocab},
            "projected_cross_entropy: bias of shape ", out.bias.shape().to_string(), " for ", vocab,
            " ids");
  NMT_CHECK(static_cast<int64_t>(targets) == hs.rows(), "projected_cross_entropy: ", targets,
            " targets for hidden states of shape ", hs.to_string());
  return vocab;
}

// Gradients of the mean loss (upstream scale 1), filled block by block.
struct ProjectionGrads {
  Tensor hidden;  // [N, D]; pad rows stay zero
  Tensor weight;  // weight's shape
  Tensor bias;    // [V]
};

}  // namespace

CrossEntropyResult projected_cross_entropy(const Var& hidden, const Projection& out,
                                           const std::vector<int32_t>& targets,
                                           float label_smoothing, int32_t pad_id,
                                           int64_t block_rows) {
  const Shape& hs = hidden.shape();
  const int64_t vocab = check_projection(hs, out, targets.size());
  const int64_t dim = hs.cols();
  NMT_CHECK(label_smoothing >= 0.0f && label_smoothing < 1.0f,
            "projected_cross_entropy: label smoothing ", label_smoothing, " outside [0, 1)");
  std::vector<int64_t> kept;  // the non-pad rows, in order
  for (int64_t r = 0; r < hs.rows(); ++r) {
    if (targets[r] == pad_id) continue;
    NMT_CHECK(targets[r] >= 0 && targets[r] < vocab, "projected_cross_entropy: target ", targets[r],
              " at row ", r, " out of range for ", vocab, " ids");
    kept.push_back(r);
  }
  CrossEntropyResult result;
  result.tokens = static_cast<int64_t>(kept.size());
  const float inv_count = 1.0f / static_cast<float>(std::max<int64_t>(result.tokens, 1));
  if (block_rows <= 0) block_rows = std::max<int64_t>(32, (int64_t{1} << 21) / vocab);
  block_rows = std::min<int64_t>(block_rows, std::max<int64_t>(result.tokens, 1));

  const bool want_grad = any_requires_grad(hidden, out.weight, out.bias);
  const bool grad_hidden = want_grad && hidden.requires_grad();
  const bool grad_weight = want_grad && out.weight.requires_grad();
  const bool grad_bias = want_grad && out.bias.defined() && out.bias.requires_grad();
  ProjectionGrads grads;
  if (grad_hidden) grads.hidden = Tensor::zeros(hs);
  if (grad_weight) grads.weight = Tensor::zeros(out.weight.shape());
  if (grad_bias) grads.bias = Tensor::zeros(Shape{vocab});

  const float* h = hidden.value().data();
  const float* w = out.weight.value().data();
  const float* b = out.bias.defined() ? out.bias.value().data() : nullptr;
  Tensor block_hidden = Tensor::empty({block_rows, dim});
  Tensor block_logits = Tensor::empty({block_rows, vocab});  // then their gradient
  Tensor block_dhidden = grad_hidden ? Tensor::empty({block_rows, dim}) : Tensor();
  std::vector<double> row_nll(kept.size()), row_loss(kept.size());
  const float e = label_smoothing;
  for (int64_t start = 0; start < result.tokens; start += block_rows) {
    const int64_t n = std::min(block_rows, result.tokens - start);
    float* hb = block_hidden.data();
    float* logits = block_logits.data();
    for (int64_t i = 0; i < n; ++i) std::copy_n(h + kept[start + i] * dim, dim, hb + i * dim);
    // logits[n, V] = hb[n, D] W[D, V], or hb E^T with E[V, D]
    gemm({false, out.vocab_major, n, vocab, dim, 1.0f, hb, dim, w, out.vocab_major ? dim : vocab,
          0.0f, logits, vocab});
    parallel_rows(n, vocab, [&](int64_t i) {
      float* row = logits + i * vocab;
      if (b) {
#pragma omp simd
        for (int64_t j = 0; j < vocab; ++j) row[j] += b[j];
      }
      const int32_t target = targets[kept[start + i]];
      const RowLoss loss = cross_entropy_row(row, vocab, target, e);
      row_nll[start + i] = loss.nll;
      row_loss[start + i] = loss.loss;
      if (want_grad) cross_entropy_row_grad(row, row, vocab, target, e, loss.lse, inv_count, false);
    });
    if (!want_grad) continue;
    if (grad_hidden) {
      // d hidden[n, D] = d logits[n, V] W^T, or d logits E
      float* dhb = block_dhidden.data();
      gemm({false, !out.vocab_major, n, dim, vocab, 1.0f, logits, vocab, w,
            out.vocab_major ? dim : vocab, 0.0f, dhb, dim});
      float* dh = grads.hidden.data();
      for (int64_t i = 0; i < n; ++i) std::copy_n(dhb + i * dim, dim, dh + kept[start + i] * dim);
    }
    if (grad_weight) {
      float* dw = grads.weight.data();
      if (out.vocab_major)  // d E[V, D] += d logits^T hb
        gemm({true, false, vocab, dim, n, 1.0f, logits, vocab, hb, dim, 1.0f, dw, dim});
      else  // d W[D, V] += hb^T d logits
        gemm({true, false, dim, vocab, n, 1.0f, hb, dim, logits, vocab, 1.0f, dw, vocab});
    }
    if (grad_bias)
      add_column_sums(grads.bias.data(), n, vocab,
                      [logits, vocab](int64_t r, int64_t j) { return logits[r * vocab + j]; });
  }
  // Summed in row order: the same loss for any thread count.
  double loss_sum = 0.0, nll_sum = 0.0;
  for (size_t i = 0; i < kept.size(); ++i) {
    loss_sum += row_loss[i];
    nll_sum += row_nll[i];
  }
  result.sum_nll = nll_sum;
  Tensor value = Tensor::full(Shape{1}, static_cast<float>(loss_sum * inv_count));
  if (!want_grad) {
    result.loss = Var(value);
    return result;
  }
  std::vector<Var> parents = {hidden, out.weight};
  if (out.bias.defined()) parents.push_back(out.bias);
  result.loss = record("projected_cross_entropy", value, parents, [grads](Node& self) {
    const float g = self.grad.at(0);
    const Tensor* per_parent[] = {&grads.hidden, &grads.weight, &grads.bias};
    for (size_t p = 0; p < self.parents.size(); ++p) {
      Tensor t = *per_parent[p];
      if (!self.parents[p]->requires_grad || !t.defined()) continue;
      float* pt = t.data();
      const int64_t count = t.numel();
      if (g != 1.0f) {
#pragma omp parallel for simd schedule(static) if (count > kParallelMin)
        for (int64_t i = 0; i < count; ++i) pt[i] *= g;
      }
      // The closure's copy is its only other owner and is never read again.
      accumulate_tensor(*self.parents[p], t, true);
    }
  });
  return result;
}

}  // namespace nmt
