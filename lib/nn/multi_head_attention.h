// Multi-head scaled dot-product attention for the Transformer.
//   self-attention:  one fused projection x[B*T, D] W_qkv[D, 3D] (one GEMM)
//   cross-attention: q = query W_q [D, D]; fused k|v = memory W_kv [D, 2D]
// then scores = q k^T / sqrt(dk) as a batched GEMM over heads x batch,
// scaled_masked_softmax, dropout on the weights, context = weights v, and the
// output projection W_o [D, D].
// Layout: heads are OUTERMOST, q/k/v are [H, B, T, dk] and the scores
// [H, B, T, S], so one permute per projection splits the heads (the fused
// [B*T, 3, H, dk] view goes to [3, H, B*T, dk] in a single copy) and masks
// [B, T, S] or [T, T] are trailing suffixes shared by every head (nn/masks.h).
// Attention weights are handed out as [B, H, T, S] (one permute, only on
// request).
// Incremental decoding: self_attention_step() appends the new key/value of
// each step to a KvCache; cross_attention_step() fills its cache from the
// memory on the first call and reuses it afterwards. Run these under a
// NoGradGuard (the caller's): they are inference paths.
// Not here: residuals, layer norm, the feed-forward block (models/).
#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include "nn/dropout.h"
#include "nn/linear.h"
#include "nn/module.h"

namespace nmt {

enum class AttentionKind { Self, Cross };

// Keys and values of the positions seen so far, per layer and attention.
struct KvCache {
  Var keys;    // [H, B, S, dk]
  Var values;  // [H, B, S, dk]

  bool empty() const { return !keys.defined(); }
  int64_t length() const { return empty() ? 0 : keys.dim(2); }  // cached positions
  void clear() { keys = Var(), values = Var(); }
  // Beam search: new batch row j = old row rows[j].
  void select_rows(const std::vector<int32_t>& rows);
};

class MultiHeadAttention : public Module {
 public:
  // Children: Self -> "qkv" (Linear D -> 3D), "out"; Cross -> "q" (Linear
  // D -> D), "kv" (Linear D -> 2D), "out"; plus "dropout" (on the weights,
  // drawing from dropout_rng, which must outlive the module).
  MultiHeadAttention(int64_t dim, int64_t heads, AttentionKind kind, float dropout, Rng& init_rng,
                     Rng& dropout_rng);

  // x[B, T, D] -> [B, T, D]. mask: undefined, [T, T] (causal), [B, T, T]
  // (padding) or any other suffix of [H, B, T, T]. weights (if non-null) gets
  // the attention weights [B, H, T, T] (before dropout).
  Var self_attention(const Var& x, const Tensor& mask, Var* weights = nullptr) const;

  // query[B, T, D], memory[B, S, D] -> [B, T, D]. mask: [B, T, S] from
  // attention_padding_mask(src_lengths, T, S), or undefined. weights: [B, H, T, S].
  Var cross_attention(const Var& query, const Var& memory, const Tensor& mask,
                      Var* weights = nullptr) const;

  // One decoding step, x[B, 1, D] -> [B, 1, D]; appends to cache (the step
  // sees every cached position, so no causal mask is needed). weights: [B, H, 1, t+1].
  Var self_attention_step(const Var& x, KvCache& cache, Var* weights = nullptr) const;

  // One decoding step, query[B, 1, D]; memory[B, S, D] is projected into the
  // cache on the first call only (later calls may pass an undefined memory).
  // mask: [B, 1, S] or undefined. weights: [B, H, 1, S].
  Var cross_attention_step(const Var& query, const Var& memory, KvCache& cache, const Tensor& mask,
                           Var* weights = nullptr) const;

  int64_t dim() const { return dim_; }
  int64_t heads() const { return heads_; }
  AttentionKind kind() const { return kind_; }

 private:
  // y[B*T, P*D] (P fused projections) -> P tensors [H, B, T, dk]
  std::vector<Var> split_heads(const Var& y, int parts, int64_t batch, int64_t len) const;
  // q[H,B,T,dk], k/v[H,B,S,dk] -> output projection of the context [B, T, D]
  Var attend(const Var& q, const Var& k, const Var& v, const Tensor& mask, Var* weights) const;
  void check_input(const Var& x, const char* what) const;
  void check_kind(AttentionKind wanted, const char* method) const;

  int64_t dim_;
  int64_t heads_;
  int64_t head_dim_;
  AttentionKind kind_;
  Linear in_proj_;                   // Self: D -> 3D (q|k|v); Cross: D -> D (q)
  std::unique_ptr<Linear> kv_proj_;  // Cross only: D -> 2D (k|v)
  Linear out_proj_;                  // D -> D
  Dropout dropout_;
};

}  // namespace nmt
