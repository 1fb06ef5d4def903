#include "nn/multi_head_attention.h"

#include <cmath>

#include "autograd/ops.h"
#include "base/error.h"

namespace nmt {

MultiHeadAttention::MultiHeadAttention(int64_t dim, int64_t heads, AttentionKind kind,
                                       float dropout, Rng& init_rng, Rng& dropout_rng)
    : dim_(dim),
      heads_(heads),
      head_dim_(heads > 0 ? dim / heads : 0),
      kind_(kind),
      in_proj_(dim, kind == AttentionKind::Self ? 3 * dim : dim, init_rng),
      kv_proj_(kind == AttentionKind::Cross ? std::make_unique<Linear>(dim, 2 * dim, init_rng)
                                            : nullptr),
      out_proj_(dim, dim, init_rng),
      dropout_(dropout, dropout_rng) {
  NMT_CHECK(heads > 0 && dim % heads == 0, "MultiHeadAttention: model size ", dim,
            " is not divisible by ", heads, " heads");
  if (kind == AttentionKind::Self) {
    register_module("qkv", in_proj_);
  } else {
    register_module("q", in_proj_);
    register_module("kv", *kv_proj_);
  }
  register_module("out", out_proj_);
  register_module("dropout", dropout_);
}

void MultiHeadAttention::check_input(const Var& x, const char* what) const {
  NMT_CHECK(x.shape().rank() == 3 && x.dim(2) == dim_, "MultiHeadAttention: ", what, " ",
            x.shape().to_string(), " is not [B, T, ", dim_, "]");
}

void MultiHeadAttention::check_kind(AttentionKind wanted, const char* method) const {
  NMT_CHECK(kind_ == wanted, "MultiHeadAttention::", method, " called on a ",
            kind_ == AttentionKind::Self ? "self" : "cross", "-attention module");
}

std::vector<Var> MultiHeadAttention::split_heads(const Var& y, int parts, int64_t batch,
                                                 int64_t len) const {
  // [B*T, P, H, dk] -> [P, H, B*T, dk]: one copy for all P projections.
  Var heads_first = permute(reshape(y, {batch * len, parts, heads_, head_dim_}), {1, 2, 0, 3});
  if (parts == 1) return {reshape(heads_first, {heads_, batch, len, head_dim_})};
  std::vector<Var> out = split(heads_first, 0, std::vector<int64_t>(parts, 1));
  for (auto& part : out) part = reshape(part, {heads_, batch, len, head_dim_});
  return out;
}

Var MultiHeadAttention::attend(const Var& q, const Var& k, const Var& v, const Tensor& mask,
                               Var* weights) const {
  const int64_t batch = q.dim(1), len = q.dim(2);
  const float scale = 1.0f / std::sqrt(static_cast<float>(head_dim_));
  Var context;    // [H, B, T, dk]
  if (weights) {  // the caller keeps the weights: make them as a tensor of their own
    Var w = scaled_masked_softmax(matmul(q, k, false, true), scale, mask);  // [H, B, T, S]
    *weights = permute(w, {1, 0, 2, 3});                                    // [B, H, T, S]
    context = matmul(dropout_.forward(w), v);
  } else {  // same bits, without keeping two [H, B, T, S] tensors for backward
    context = dot_product_attention(q, k, v, scale, mask, dropout_.active_p(), dropout_.rng());
  }
  // [H, B*T, dk] -> [B*T, H, dk] = [B, T, D]
  Var merged = permute(reshape(context, {heads_, batch * len, head_dim_}), {1, 0, 2});
  return out_proj_.forward(reshape(merged, {batch, len, dim_}));
}

Var MultiHeadAttention::self_attention(const Var& x, const Tensor& mask, Var* weights) const {
  check_kind(AttentionKind::Self, "self_attention");
  check_input(x, "input");
  const int64_t batch = x.dim(0), len = x.dim(1);
  std::vector<Var> qkv = split_heads(in_proj_.forward(x), 3, batch, len);
  return attend(qkv[0], qkv[1], qkv[2], mask, weights);
}

Var MultiHeadAttention::cross_attention(const Var& query, const Var& memory, const Tensor& mask,
                                        Var* weights) const {
  check_kind(AttentionKind::Cross, "cross_attention");
  check_input(query, "query");
  check_input(memory, "memory");
  NMT_CHECK(query.dim(0) == memory.dim(0), "MultiHeadAttention: query ", query.shape().to_string(),
            " and memory ", memory.shape().to_string(), " differ in batch size");
  Var q = split_heads(in_proj_.forward(query), 1, query.dim(0), query.dim(1))[0];
  std::vector<Var> kv = split_heads(kv_proj_->forward(memory), 2, memory.dim(0), memory.dim(1));
  return attend(q, kv[0], kv[1], mask, weights);
}

Var MultiHeadAttention::self_attention_step(const Var& x, SelfKvCache& cache,
                                            const DecodeRows& rows, Var* weights) const {
  check_kind(AttentionKind::Self, "self_attention_step");
  check_input(x, "input");
  const int64_t n = x.dim(0);
  NMT_CHECK(x.dim(1) == 1 && n == rows.rows(), "MultiHeadAttention: a step takes [", rows.rows(),
            ", 1, D], got ", x.shape().to_string());
  if (!cache.steps.empty() && cache.steps.back().dim(1) == 3 * dim_) compact_finished_step(cache);
  cache.steps.push_back(in_proj_.forward(x).value().reshape({n, 3 * dim_}));
  const int64_t steps = static_cast<int64_t>(cache.steps.size());
  Tensor context = Tensor::empty({n, 1, dim_});
  Tensor w = weights ? Tensor::empty({n, heads_, 1, steps}) : Tensor();
  attend_cached_steps(cache, rows, heads_, context.data(), weights ? w.data() : nullptr);
  if (weights) *weights = Var(w);
  return out_proj_.forward(Var(context));
}

CrossKvCache MultiHeadAttention::project_memory(const Var& memory) const {
  check_kind(AttentionKind::Cross, "project_memory");
  check_input(memory, "memory");
  CrossKvCache cache;
  cache.source_len = memory.dim(1);
  cache.kv = kv_proj_->forward(memory).value().reshape({memory.dim(0) * memory.dim(1), 2 * dim_});
  return cache;
}

Var MultiHeadAttention::cross_attention_step(const Var& query, const CrossKvCache& cache,
                                             const DecodeRows& rows, Var* weights) const {
  check_kind(AttentionKind::Cross, "cross_attention_step");
  check_input(query, "query");
  const int64_t n = query.dim(0), src = cache.source_len;
  NMT_CHECK(query.dim(1) == 1 && n == rows.rows(), "MultiHeadAttention: a step takes [",
            rows.rows(), ", 1, D], got ", query.shape().to_string());
  NMT_CHECK(
      !cache.empty() && cache.kv.dim(0) == src * static_cast<int64_t>(rows.source_length.size()),
      "MultiHeadAttention: the cross cache does not hold ", rows.source_length.size(),
      " sentences of ", src, " positions");
  const Tensor q = in_proj_.forward(query).value();  // [N, 1, D]
  Tensor context = Tensor::empty({n, 1, dim_});
  Tensor w = weights ? Tensor::empty({n, heads_, 1, src}) : Tensor();
  attend_cached_source(q.data(), dim_, cache, rows, heads_, context.data(),
                       weights ? w.data() : nullptr);
  if (weights) *weights = Var(w);
  return out_proj_.forward(Var(context));
}

}  // namespace nmt
