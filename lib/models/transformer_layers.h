// The encoder and decoder layers of the Transformer (Vaswani et al. 2017).
//
//   pre-norm (default):  x = x + drop(sublayer(LN(x)))      per sublayer
//   post-norm:           x = LN(x + drop(sublayer(x)))
//   encoder layer: self-attention, feed-forward
//   decoder layer: causal self-attention, cross-attention to the encoder
//                  output (memory), feed-forward
// Dropout sits on the attention weights, the FFN activation (nn/) and every
// sublayer output (here). Masks are built once per batch by the caller and
// shared by every layer (see nn/masks.h for their layouts).
// Incremental decoding: DecoderLayer::step() runs one position for N rows
// with the key/value caches of nn/multi_head_attention.h.
// Not here: embeddings, positions, the final layer norm of a pre-norm stack
// and the output projection (transformer_translator.h).
// Dimension legend: B batch, S source, T target, D model, H heads, N rows.
#pragma once

#include <cstdint>

#include "nn/dropout.h"
#include "nn/feed_forward.h"
#include "nn/layer_norm.h"
#include "nn/module.h"
#include "nn/multi_head_attention.h"

namespace nmt {

struct TransformerLayerConfig {
  int64_t dim = 256;   // D
  int64_t heads = 4;   // H
  int64_t ffn = 1024;  // hidden size of the feed-forward block
  float dropout = 0.1f;
  bool pre_norm = true;
};

class TransformerEncoderLayer : public Module {
 public:
  // Children "self_attn", "ffn", "norm1", "norm2", "dropout".
  TransformerEncoderLayer(const TransformerLayerConfig& config, Rng& init_rng, Rng& dropout_rng);

  // x[B, S, D] -> [B, S, D]; mask [B, S, S] (source padding). weights, if
  // non-null, receives the self-attention weights [B, H, S, S].
  Var forward(const Var& x, const Tensor& mask, Var* weights = nullptr) const;

 private:
  bool pre_norm_;
  MultiHeadAttention self_attn_;
  PositionwiseFeedForward ffn_;
  LayerNorm norm1_;  // before (pre-norm) or after (post-norm) self-attention
  LayerNorm norm2_;  // around the feed-forward block
  Dropout dropout_;  // on sublayer outputs
};

class TransformerDecoderLayer : public Module {
 public:
  // Children "self_attn", "cross_attn", "ffn", "norm1", "norm2", "norm3", "dropout".
  TransformerDecoderLayer(const TransformerLayerConfig& config, Rng& init_rng, Rng& dropout_rng);

  // y[B, T, D], memory[B, S, D] -> [B, T, D]. self_mask [T, T] (causal);
  // cross_mask [B, T, S] (source padding). Weights if non-null:
  // self [B, H, T, T], cross [B, H, T, S].
  Var forward(const Var& y, const Var& memory, const Tensor& self_mask, const Tensor& cross_mask,
              Var* self_weights = nullptr, Var* cross_weights = nullptr) const;

  // One position: y[N, 1, D] -> [N, 1, D] for the rows of `rows` (whose
  // step is open). The self cache keeps this step's keys and values; the
  // cross cache is filled from memory[B, S, D] on the first step (memory may
  // be undefined afterwards). cross_weights, if non-null: [N, H, 1, S].
  // Inference only (no tape).
  Var step(const Var& y, const Var& memory, SelfKvCache& self_cache, CrossKvCache& cross_cache,
           const DecodeRows& rows, Var* cross_weights = nullptr) const;

 private:
  bool pre_norm_;
  MultiHeadAttention self_attn_;
  MultiHeadAttention cross_attn_;
  PositionwiseFeedForward ffn_;
  LayerNorm norm1_;  // self-attention
  LayerNorm norm2_;  // cross-attention
  LayerNorm norm3_;  // feed-forward
  Dropout dropout_;
};

}  // namespace nmt
