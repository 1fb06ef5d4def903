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
#include "autograd/int8_linear.h"
#include "autograd/node.h"
#include "autograd/ops.h"
#include "autograd/packed_linear.h"
#include "tensor/gemm.h"

namespace nmt {

Var project(const Var& x, const Projection& out) {
  if (out.int8 && !grad_enabled()) return int8_linear(x, *out.int8, out.bias);
  if (out.packed && !grad_enabled()) return packed_linear(x, *out.packed, out.bias);
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

// What every block reads.
struct BlockInputs {
  const float* hidden;  // [N, D]
  const float* weight;  // [D, V], or [V, D] when vocab_major
  const float* bias;    // [V], or null
  bool vocab_major;
  const std::vector<int32_t>& targets;  // [N]
  const std::vector<int64_t>& kept;     // the non-pad rows, in order
  int64_t dim, vocab;
  float smoothing;
  float inv_count;  // 1 / counted tokens: the mean's scale
  bool want_grad;
  GemmPrecision precision;  // of the three products (autograd/var.h: weight_gemm_precision)
};

// The non-pad rows of targets, in order; a target outside [0, vocab) is an error.
std::vector<int64_t> counted_rows(const std::vector<int32_t>& targets, int32_t pad_id,
                                  int64_t vocab) {
  std::vector<int64_t> kept;
  for (int64_t r = 0; r < static_cast<int64_t>(targets.size()); ++r) {
    if (targets[r] == pad_id) continue;
    NMT_CHECK(targets[r] >= 0 && targets[r] < vocab, "projected_cross_entropy: target ", targets[r],
              " at row ", r, " out of range for ", vocab, " ids");
    kept.push_back(r);
  }
  return kept;
}

// Forward of the block of kept rows [start, start + n): their hidden states
// gathered into hb[n, D], logits[n, V] = hb W + b, each row's losses into
// row_nll/row_loss (indexed like kept) and, when a gradient is wanted, the
// logits overwritten by d mean loss / d logits.
void block_forward(const BlockInputs& in, int64_t start, int64_t n, float* hb, float* logits,
                   double* row_nll, double* row_loss) {
  const int64_t dim = in.dim, vocab = in.vocab;
  for (int64_t i = 0; i < n; ++i)
    std::copy_n(in.hidden + in.kept[start + i] * dim, dim, hb + i * dim);
  // logits[n, V] = hb[n, D] W[D, V], or hb E^T with E[V, D]
  gemm({false, in.vocab_major, n, vocab, dim, 1.0f, hb, dim, in.weight,
        in.vocab_major ? dim : vocab, 0.0f, logits, vocab, in.precision});
  parallel_rows(n, vocab, [&](int64_t i) {
    float* row = logits + i * vocab;
    if (in.bias) {
#pragma omp simd
      for (int64_t j = 0; j < vocab; ++j) row[j] += in.bias[j];
    }
    const int32_t target = in.targets[in.kept[start + i]];
    const RowLoss loss = cross_entropy_row(row, vocab, target, in.smoothing);
    row_nll[start + i] = loss.nll;
    row_loss[start + i] = loss.loss;
    if (in.want_grad)
      cross_entropy_row_grad(row, row, vocab, target, in.smoothing, loss.lse, in.inv_count, false);
  });
}

// Backward of the same block, run in the forward pass: from dlogits[n, V],
// the block's hidden-state rows (dhb[n, D] is scratch) and its share of the
// weight and bias gradients, into whichever of grads are defined.
void block_backward(const BlockInputs& in, int64_t start, int64_t n, const float* hb,
                    const float* logits, float* dhb, ProjectionGrads& grads) {
  const int64_t dim = in.dim, vocab = in.vocab;
  const float* w = in.weight;
  if (grads.hidden.defined()) {
    // d hidden[n, D] = d logits[n, V] W^T, or d logits E
    gemm({false, !in.vocab_major, n, dim, vocab, 1.0f, logits, vocab, w,
          in.vocab_major ? dim : vocab, 0.0f, dhb, dim, in.precision});
    float* dh = grads.hidden.data();
    for (int64_t i = 0; i < n; ++i) std::copy_n(dhb + i * dim, dim, dh + in.kept[start + i] * dim);
  }
  if (grads.weight.defined()) {
    float* dw = grads.weight.data();
    if (in.vocab_major)  // d E[V, D] += d logits^T hb
      gemm({true, false, vocab, dim, n, 1.0f, logits, vocab, hb, dim, 1.0f, dw, dim, in.precision});
    else  // d W[D, V] += hb^T d logits
      gemm({true, false, dim, vocab, n, 1.0f, hb, dim, logits, vocab, 1.0f, dw, vocab,
            in.precision});
  }
  if (grads.bias.defined())
    add_column_sums(grads.bias.data(), n, vocab,
                    [logits, vocab](int64_t r, int64_t j) { return logits[r * vocab + j]; });
}

// The tape's backward: the gradients were made in the forward pass for an
// upstream gradient of 1, so this scales them by the real one (g) and hands
// them to the parents (hidden, weight, bias).
void projected_cross_entropy_backward(Node& self, const ProjectionGrads& grads) {
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
}

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
  const std::vector<int64_t> kept = counted_rows(targets, pad_id, vocab);
  CrossEntropyResult result;
  result.tokens = static_cast<int64_t>(kept.size());
  const float inv_count = 1.0f / static_cast<float>(std::max<int64_t>(result.tokens, 1));
  if (block_rows <= 0) block_rows = std::max<int64_t>(32, (int64_t{1} << 21) / vocab);
  block_rows = std::min<int64_t>(block_rows, std::max<int64_t>(result.tokens, 1));

  const bool want_grad = any_requires_grad(hidden, out.weight, out.bias);
  ProjectionGrads grads;
  if (want_grad && hidden.requires_grad()) grads.hidden = Tensor::zeros(hs);
  if (want_grad && out.weight.requires_grad()) grads.weight = Tensor::zeros(out.weight.shape());
  if (want_grad && out.bias.defined() && out.bias.requires_grad())
    grads.bias = Tensor::zeros(Shape{vocab});

  const BlockInputs in{hidden.value().data(),
                       out.weight.value().data(),
                       out.bias.defined() ? out.bias.value().data() : nullptr,
                       out.vocab_major,
                       targets,
                       kept,
                       dim,
                       vocab,
                       label_smoothing,
                       inv_count,
                       want_grad,
                       weight_gemm_precision()};
  Tensor block_hidden = Tensor::empty({block_rows, dim});
  Tensor block_logits = Tensor::empty({block_rows, vocab});  // then their gradient
  Tensor block_dhidden = grads.hidden.defined() ? Tensor::empty({block_rows, dim}) : Tensor();
  std::vector<double> row_nll(kept.size()), row_loss(kept.size());
  for (int64_t start = 0; start < result.tokens; start += block_rows) {
    const int64_t n = std::min(block_rows, result.tokens - start);
    block_forward(in, start, n, block_hidden.data(), block_logits.data(), row_nll.data(),
                  row_loss.data());
    if (want_grad)
      block_backward(in, start, n, block_hidden.data(), block_logits.data(),
                     block_dhidden.defined() ? block_dhidden.data() : nullptr, grads);
  }
  result.sum_nll = sum_in_order(row_nll);
  Tensor value = Tensor::full(Shape{1}, static_cast<float>(sum_in_order(row_loss) * inv_count));
  if (!want_grad) {
    result.loss = Var(value);
    return result;
  }
  std::vector<Var> parents = {hidden, out.weight};
  if (out.bias.defined()) parents.push_back(out.bias);
  result.loss = record("projected_cross_entropy", value, parents,
                       [grads](Node& self) { projected_cross_entropy_backward(self, grads); });
  return result;
}

}  // namespace nmt
