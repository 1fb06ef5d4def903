// The public API of the autograd engine: free functions on Vars. Each op
// checks its shapes (an nmt::Error naming the op and the shapes), computes its
// value, and records its backward when any input requires a gradient.
//
// Conventions, stated once:
// - Broadcasting is trailing-only: in a binary op, b's shape must equal a
//   suffix of a's shape (b is repeated over a's leading dimensions), or b is a
//   single element. The gradient of b is reduced over the repeated dimensions
//   in one helper. (a's shape is the result's shape.)
// - matmul(a, b, trans_a, trans_b) multiplies the last two dimensions:
//   op(a)[..., M, K] x op(b)[..., K, N] -> [..., M, N], where op transposes the
//   last two dimensions when its flag is set. If b has rank 2 it is shared by
//   every leading index of a (one large GEMM); otherwise a and b must have the
//   same leading dimensions (batched GEMM, e.g. over batch x heads).
// - Linear layers store weights as [in, out]: y = x W + b.
// - "Last axis" ops (softmax, log_softmax, layer_norm) work on rows of the
//   last dimension.
// Dimension legend: B batch, S source, T target, D model, H heads, V vocab.
#pragma once

#include <cstdint>
#include <memory>
#include <utility>
#include <vector>

#include "autograd/var.h"
#include "base/rng.h"

namespace nmt {

class PackedInt8;  // tensor/qgemm.h
class PackedF32;   // tensor/packed_gemm.h

// ---- elementwise, with trailing broadcasting of b ----
Var add(const Var& a, const Var& b);
Var sub(const Var& a, const Var& b);
Var mul(const Var& a, const Var& b);
Var div(const Var& a, const Var& b);
Var scale(const Var& a, float factor);  // a * factor
Var add_scalar(const Var& a, float value);
Var neg(const Var& a);

// ---- unary ----
Var tanh(const Var& a);
Var sigmoid(const Var& a);
Var relu(const Var& a);
Var exp(const Var& a);
Var log(const Var& a);  // natural log; inputs must be positive

// ---- linear algebra ----
Var matmul(const Var& a, const Var& b, bool trans_a = false, bool trans_b = false);
// x[..., in] W[in, out] + bias[out] in one op (bias may be undefined).
Var linear(const Var& x, const Var& weight, const Var& bias);

// ---- reductions ----
// Reducing the only axis of a rank-1 tensor without keepdim gives shape [1].
Var sum(const Var& a, int axis, bool keepdim = false);
Var mean(const Var& a, int axis, bool keepdim = false);
Var sum_all(const Var& a);   // scalar (shape [1])
Var mean_all(const Var& a);  // scalar (shape [1])

// ---- layout ----
// A view; one dim may be -1 (set it with shape[i] = -1: Shape's initializer
// list rejects negative sizes). Its gradient is passed to a without a copy.
Var reshape(const Var& a, const Shape& shape);
Var transpose(const Var& a, int dim0, int dim1);
Var permute(const Var& a, const std::vector<int>& order);  // out dim i = in dim order[i]
Var slice(const Var& a, int axis, int64_t begin, int64_t end);
Var concat(const std::vector<Var>& parts, int axis);
std::vector<Var> split(const Var& a, int axis, const std::vector<int64_t>& sizes);

// ---- embeddings ----
// table[V, D], ids -> [ids.size(), D]; the backward scatter-adds into the table.
// Reshape the result for [B, T, D].
Var embedding(const Var& table, const std::vector<int32_t>& ids);

// ---- normalisation and probabilities (last axis) ----
Var softmax(const Var& a);
Var log_softmax(const Var& a);
// Fused: (x - mean) / sqrt(var + eps) * gamma + beta over the last axis.
// For backward it keeps its output, not its input, unless some |gamma| is
// below kLayerNormRecoverMinGamma (then x-hat = (y - beta) / gamma would lose
// precision, and the input is kept).
Var layer_norm(const Var& x, const Var& gamma, const Var& beta, float eps = 1e-5f);
constexpr float kLayerNormRecoverMinGamma = 1e-2f;

// ---- masking and regularisation ----
// Where mask is non-zero, set a to value. mask broadcasts like b in add():
// its shape is a suffix of a's (e.g. [B, 1, 1, S] padding masks need the
// caller to lay them out as a suffix; see attention helpers in nn/).
Var masked_fill(const Var& a, const Tensor& mask, float value);
// Inverted dropout: zero with probability p, scale survivors by 1/(1-p).
// Identity when p == 0 or gradients are off (then a itself is returned, no
// copy). Seeded by the caller's Rng: one draw per call keys a counter-based
// mask, so the same Rng state gives the same mask on any thread count, and
// backward regenerates the mask instead of storing it.
Var dropout(const Var& a, float p, Rng& rng);
// dropout(relu(a), p, rng) in one pass that keeps only its output (the
// feed-forward block's hidden layer). relu(a) when p == 0 or gradients are off.
Var relu_dropout(const Var& a, float p, Rng& rng);

// ---- fused attention piece ----
// softmax(scores * scale + additive_mask) over the last axis, in one pass.
// scores[..., T, S]; mask (optional, undefined to skip) is added after scaling.
// Unlike the binary ops, the mask broadcasts per dimension: read with leading
// 1s up to the rank of scores, each dimension is 1 (repeated) or equal, and the
// last equals S. So [T, S] (causal), [B, 1, 1, S] (key padding) and
// [B, 1, T, S] (both) all work on scores[B, H, T, S] without expanding.
// Use large negatives (-1e9) to mask; a fully masked row becomes uniform.
Var scaled_masked_softmax(const Var& scores, float scale, const Tensor& additive_mask);
// The core of scaled dot-product attention as one op:
//   matmul(dropout(scaled_masked_softmax(q k^T, scale, mask), p, rng), v)
// for q[..., T, dk], k[..., S, dk], v[..., S, dv] -> [..., T, dv], the mask as
// above. Same bits and the same draw from rng as those four ops, but it keeps
// no [..., T, S] tensor for backward (the four keep two): backward recomputes
// the weights from q and k, which it keeps anyway. Dropout as dropout() (off
// when p == 0 or gradients are off).
Var dot_product_attention(const Var& q, const Var& k, const Var& v, float scale,
                          const Tensor& additive_mask, float p, Rng& rng);

// ---- loss ----
// Mean label-smoothed cross-entropy over the rows of logits[N, V] whose target
// is not pad_id (rows with target == pad_id contribute nothing). Fused with
// log-softmax. With smoothing e the target distribution is (1-e) on the gold
// id plus e/V spread over all ids. Returns a scalar [1] (0 when every row is
// pad). logits may also be [..., V] with rows() == targets.size(). When
// recording, d loss/d logits is computed in the forward pass (no second
// softmax in backward).
struct CrossEntropyResult {
  Var loss;              // mean over counted tokens (what to backprop)
  double sum_nll = 0.0;  // summed negative log-likelihood of the gold ids (no smoothing)
  int64_t tokens = 0;    // counted (non-pad) rows
};
CrossEntropyResult cross_entropy(const Var& logits, const std::vector<int32_t>& targets,
                                 float label_smoothing = 0.0f, int32_t pad_id = -1);

// ---- the output layer, and the output layer fused with the loss ----
// logits = x W + b with W[D, V] (a Linear's weight), or, when vocab_major,
// x E^T with E[V, D] (a tied embedding table). bias[V] may be undefined.
// When int8 is set (Module::set_int8_inference), products made without a
// gradient use it instead of weight (autograd/int8_linear.h); else when
// packed is set (Module::set_packed_inference), the packed float32 copy
// (autograd/packed_linear.h).
struct Projection {
  Projection() = default;
  Projection(Var weight_, bool vocab_major_, Var bias_,
             std::shared_ptr<const PackedInt8> int8_ = nullptr,
             std::shared_ptr<const PackedF32> packed_ = nullptr)
      : weight(std::move(weight_)),
        vocab_major(vocab_major_),
        bias(std::move(bias_)),
        int8(std::move(int8_)),
        packed(std::move(packed_)) {}
  Var weight;
  bool vocab_major = false;
  Var bias;
  std::shared_ptr<const PackedInt8> int8;
  std::shared_ptr<const PackedF32> packed;
};
// x[..., D] -> logits[..., V].
Var project(const Var& x, const Projection& out);
// cross_entropy(project(hidden, out), ...) for hidden[N, D], computed a block
// of non-pad rows at a time: the [N, V] logits never exist at once and pad
// rows cost nothing. When recording, the gradients for hidden, weight and bias
// are computed block by block in the forward pass (the loss is the tape's
// last op, so only the upstream scale is unknown) and backward just scales
// them. block_rows = 0 picks blocks of about 2M logits.
CrossEntropyResult projected_cross_entropy(const Var& hidden, const Projection& out,
                                           const std::vector<int32_t>& targets,
                                           float label_smoothing = 0.0f, int32_t pad_id = -1,
                                           int64_t block_rows = 0);

// ---- additive (Bahdanau) attention scores ----
// scores[B, S] = tanh(keys[S, B, A] + query[B, A]) v for v[A] or v[A, 1], in
// one op. Backward recomputes the tanh instead of storing [S, B, A] per call.
Var additive_scores(const Var& keys, const Var& query, const Var& v);

// ---- fused LSTM cell ----
// gates[B, 4H] (pre-activations in the order input, forget, cell, output),
// c_prev[B, H] -> {h[B, H], c[B, H]} with c = f*c_prev + i*g, h = o*tanh(c).
struct LstmState {
  Var h;
  Var c;
};
// One fused forward; recorded as two tape nodes (c, and h which depends on c).
LstmState lstm_cell(const Var& gates, const Var& c_prev);

}  // namespace nmt
