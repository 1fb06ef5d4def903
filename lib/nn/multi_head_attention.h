// Multi-head scaled dot-product attention for the Transformer.
//   self-attention:  one fused projection x[B*T, D] W_qkv[D, 3D] (one GEMM)
//   cross-attention: q = query W_q [D, D]; fused k|v = memory W_kv [D, 2D]
// then scores = q k^T / sqrt(dk) as a batched GEMM over heads x batch,
// scaled_masked_softmax, dropout on the weights, context = weights v (one op,
// dot_product_attention, which keeps no weights for backward), and the output
// projection W_o [D, D].
// Layout: heads are OUTERMOST, q/k/v are [H, B, T, dk] and the scores
// [H, B, T, S], so one permute per projection splits the heads (the fused
// [B*T, 3, H, dk] view goes to [3, H, B*T, dk] in a single copy) and masks
// [B, T, S] or [T, T] are trailing suffixes shared by every head (nn/masks.h).
// Attention weights are handed out as [B, H, T, S] (one permute, only on
// request).
// Incremental decoding (nn/cached_attention.h): self_attention_step() keeps
// each step's fused q|k|v projection in a SelfKvCache and attends along the
// rows' origin chains; project_memory() fills a CrossKvCache once per
// sentence and cross_attention_step() reads it through the rows' sentence
// map, so beam reordering copies no keys or values. Run these under a
// NoGradGuard (the caller's): they are inference paths.
// Not here: residuals, layer norm, the feed-forward block (models/).
#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include "nn/cached_attention.h"
#include "nn/dropout.h"
#include "nn/linear.h"
#include "nn/module.h"

namespace nmt {

enum class AttentionKind { Self, Cross };

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

  // One decoding step for the N rows of `rows`, x[N, 1, D] -> [N, 1, D]:
  // appends this step's projection to cache (rows.begin_step() must have
  // opened the step) and attends over every cached step, so no causal mask is
  // needed. weights (if non-null): [N, H, 1, T].
  Var self_attention_step(const Var& x, SelfKvCache& cache, const DecodeRows& rows,
                          Var* weights = nullptr) const;

  // Cross cache of memory[B, S, D]: keys and values of every source position,
  // computed once per sentence (before any beam expansion).
  CrossKvCache project_memory(const Var& memory) const;

  // One decoding step, query[N, 1, D] -> [N, 1, D]; row n attends to the
  // cache block of sentence rows.sentence[n] over its true source length.
  // weights (if non-null): [N, H, 1, S], zero on padding.
  Var cross_attention_step(const Var& query, const CrossKvCache& cache, const DecodeRows& rows,
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
