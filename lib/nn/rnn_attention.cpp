#include "nn/rnn_attention.h"

#include "autograd/ops.h"
#include "base/error.h"
#include "nn/select_rows.h"

namespace nmt {
namespace {

// query[B, D] . keys[B, S, D] -> [B, S], as a batched [S, D] x [D, 1] GEMM.
Var dot_scores(const Var& query, const Var& keys) {
  const int64_t batch = keys.dim(0), src = keys.dim(1);
  return reshape(matmul(keys, reshape(query, {batch, keys.dim(2), 1})), {batch, src});
}

}  // namespace

AttentionMemory AttentionMemory::select_rows(const std::vector<int32_t>& rows) const {
  return {select_batch_rows(keys, keys_batch_axis, rows), keys_batch_axis,
          select_batch_rows(values, 0, rows), select_batch_rows(mask, 0, rows)};
}

AttentionMemory RnnAttention::precompute(const Var& keys, const Tensor& mask,
                                         const Var& values) const {
  NMT_CHECK(keys.shape().rank() == 3 && keys.dim(2) == key_dim_, "attention: keys ",
            keys.shape().to_string(), " are not [B, S, ", key_dim_, "]");
  NMT_CHECK(mask.defined() && mask.shape() == Shape({keys.dim(0), keys.dim(1)}), "attention: mask ",
            mask.defined() ? mask.shape().to_string() : "undefined", " is not [B, S] for keys ",
            keys.shape().to_string());
  Var vals = values.defined() ? values : keys;
  NMT_CHECK(vals.shape().rank() == 3 && vals.dim(0) == keys.dim(0) && vals.dim(1) == keys.dim(1),
            "attention: values ", vals.shape().to_string(), " do not match keys ",
            keys.shape().to_string());
  return {project_keys(keys), keys_batch_axis(), vals, mask};
}

AttentionResult RnnAttention::forward(const Var& query, const AttentionMemory& memory) const {
  const int64_t batch = memory.values.dim(0), src = memory.values.dim(1);
  NMT_CHECK(query.shape() == Shape({batch, query_dim_}), "attention: query ",
            query.shape().to_string(), " is not [", batch, ", ", query_dim_, "]");
  Var weights = scaled_masked_softmax(scores(query, memory.keys), 1.0f, memory.mask);  // [B, S]
  // [B, 1, S] x [B, S, Dv] -> [B, 1, Dv], batched over sentences.
  Var context = matmul(reshape(weights, {batch, 1, src}), memory.values);
  return {reshape(context, {batch, memory.values.dim(2)}), weights};
}

AdditiveAttention::AdditiveAttention(int64_t query_dim, int64_t key_dim, int64_t attention_dim,
                                     Rng& rng)
    : RnnAttention(query_dim, key_dim),
      query_proj_(query_dim, attention_dim, rng, /*bias=*/false),
      key_proj_(key_dim, attention_dim, rng) {
  register_module("query", query_proj_);
  register_module("key", key_proj_);
  v_ = register_parameter("v", init::xavier_uniform({attention_dim, 1}, rng));
}

Var AdditiveAttention::project_keys(const Var& keys) const {
  return permute(key_proj_.forward(keys), {1, 0, 2});  // [B, S, A] -> [S, B, A]
}

Var AdditiveAttention::scores(const Var& query, const Var& projected_keys) const {
  return additive_scores(projected_keys, query_proj_.forward(query), v_);  // [B, S]
}

Var DotAttention::scores(const Var& query, const Var& projected_keys) const {
  return dot_scores(query, projected_keys);
}

GeneralAttention::GeneralAttention(int64_t query_dim, int64_t key_dim, Rng& rng)
    : RnnAttention(query_dim, key_dim), key_proj_(key_dim, query_dim, rng, /*bias=*/false) {
  register_module("key", key_proj_);
}

Var GeneralAttention::project_keys(const Var& keys) const {
  return key_proj_.forward(keys);
}

Var GeneralAttention::scores(const Var& query, const Var& projected_keys) const {
  return dot_scores(query, projected_keys);
}

std::unique_ptr<RnnAttention> make_rnn_attention(const std::string& kind, int64_t query_dim,
                                                 int64_t key_dim, int64_t attention_dim, Rng& rng) {
  if (kind == "additive")
    return std::make_unique<AdditiveAttention>(query_dim, key_dim, attention_dim, rng);
  if (kind == "general") return std::make_unique<GeneralAttention>(query_dim, key_dim, rng);
  if (kind == "dot") {
    NMT_CHECK(query_dim == key_dim, "dot attention needs equal query and key sizes, got ",
              query_dim, " and ", key_dim);
    return std::make_unique<DotAttention>(query_dim);
  }
  throw Error("unknown attention '" + kind + "' (expected additive, dot or general)");
}

}  // namespace nmt
