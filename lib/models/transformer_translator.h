// The Transformer translator (Vaswani et al. 2017) behind the Translator
// interface.
//
//   encoder  emb(x) * sqrt(D) + sinusoid -> dropout -> L layers
//            (-> final LN in pre-norm)                         memory [B, S, D]
//   decoder  emb(y_in) * sqrt(D) + sinusoid -> dropout -> L layers with
//            causal self-attention and cross-attention to memory
//            (-> final LN in pre-norm) -> logits y W_out + b    [B * T, V]
//   tied embeddings (config.tied_embeddings, needs shared_vocab): the source
//            embedding, the target embedding and the output projection are
//            one matrix [V, D] (logits = y E^T + b).
// Masks are built once per batch and shared by every layer: source padding
// [B, S, S] (encoder) and [B, T, S] (cross), causal [T, T] (decoder).
// Inference: encode() runs the encoder once on the B source rows; step() runs
// one decoder position for N rows. Each layer keeps every step's key/value
// projection (self-attention) and the keys/values of the memory, computed on
// the first step for the B sentences only (cross-attention); the state's
// select() rewrites small index maps (nn/cached_attention.h) instead of
// copying caches, so beam expansion and reordering cost no memory traffic and
// beam search stays family-blind. The log-softmax over the vocabulary runs in
// place on the logits.
// Not here: the layers (transformer_layers.h), search (decode/), the loss (train/).
// Dimension legend: B batch, S source, T target, D model, H heads, V vocab, N rows.
#pragma once

#include <memory>
#include <vector>

#include "models/transformer_layers.h"
#include "models/translator.h"
#include "nn/dropout.h"
#include "nn/embedding.h"
#include "nn/layer_norm.h"
#include "nn/linear.h"

namespace nmt {

class TransformerTranslator : public Translator {
 public:
  // Parameter names: "src_embed", "tgt_embed", "output" (untied) or "embed",
  // "output_bias" (tied); "encoder.<l>.*", "decoder.<l>.*"; "encoder_norm",
  // "decoder_norm" (pre-norm only).
  TransformerTranslator(const ModelConfig& config, uint64_t seed);

  const ModelConfig& config() const override { return config_; }
  Rng& dropout_rng() override { return dropout_rng_; }
  Var forward_hidden(const TokenBatch& src, const TokenBatch& tgt_in,
                     AttentionMaps* attention = nullptr) override;
  Projection output_layer() const override;
  std::unique_ptr<DecoderState> encode(const TokenBatch& src) override;
  Tensor step_logits(DecoderState& state, const std::vector<int32_t>& last_tokens,
                     StepLogitsLayout& layout,
                     std::vector<Tensor>* cross_attention = nullptr) override;

 protected:
  // The tied output layer's int8 copy (the Linear output packs its own).
  void prepare_int8(bool on) override;
  void prepare_packed(bool on) override;

 private:
  class State;  // the DecoderState of inference

  const Embedding& src_embed() const { return tied_ ? *tied_ : *src_embed_; }
  const Embedding& tgt_embed() const { return tied_ ? *tied_ : *tgt_embed_; }
  // ids [rows, length] -> emb * sqrt(D) + positions [start, start + length): [rows, length, D]
  Var embed(const Embedding& table, const std::vector<int32_t>& ids, int64_t rows, int64_t length,
            int64_t start) const;
  // memory [B, S, D] for src; encoder self-attention weights when maps is non-null.
  Var run_encoder(const TokenBatch& src, AttentionMaps* maps) const;
  Var output_logits(const Var& y) const {
    return project(y, output_layer());
  }  // [..., D] -> [..., V]

  ModelConfig config_;
  Rng init_rng_;
  Rng dropout_rng_;
  std::unique_ptr<Embedding> tied_;       // [V, D], tied only
  std::unique_ptr<Embedding> src_embed_;  // [Vs, D], untied only
  std::unique_ptr<Embedding> tgt_embed_;  // [Vt, D], untied only
  std::vector<std::unique_ptr<TransformerEncoderLayer>> encoder_;
  std::vector<std::unique_ptr<TransformerDecoderLayer>> decoder_;
  std::unique_ptr<LayerNorm> encoder_norm_;       // pre-norm only
  std::unique_ptr<LayerNorm> decoder_norm_;       // pre-norm only
  std::unique_ptr<Linear> output_;                // D -> V, untied only
  std::shared_ptr<const PackedInt8> tied_int8_;   // tied output, int8 inference
  std::shared_ptr<const PackedF32> tied_packed_;  // tied output, packed float32 inference
  Var output_bias_;                               // [V], tied only
  Dropout dropout_;                               // on embeddings
};

}  // namespace nmt
