// The RNN encoder-decoder translator (Bahdanau et al. 2015; Luong et al. 2015).
//
//   encoder  embeddings [B, S, E] -> stacked bidirectional LSTMs -> H_enc [B, S, 2He]
//   bridge   the final states of both directions -> the decoder's initial state
//   decoder  per step t: x_t = [emb(y_{t-1}); a_{t-1}] (input feeding)
//            -> stacked LSTM cells (residual from the third layer on, as GNMT)
//            -> s_t [B, Hd] -> context c_t [B, 2He] by attention over H_enc
//            -> attentional vector a_t = tanh(W_c [s_t; c_t]) [B, Hd]
//            -> logits a_t W_out [B, V] (one GEMM over all steps in training)
//   attention none | additive | dot | general. With none, c_t is the fixed
//            summary [h_fwd_last; h_bwd_first] for every t: the classic
//            encoder-decoder that squeezes the source into one vector.
// Scoring uses the current decoder state s_t (Luong's flow) for every
// attention type, so the four variants differ only in the score function.
// Not here: search (decode/), the loss (train/).
#pragma once

#include <memory>
#include <vector>

#include "models/translator.h"
#include "nn/dropout.h"
#include "nn/embedding.h"
#include "nn/linear.h"
#include "nn/lstm.h"
#include "nn/rnn_attention.h"

namespace nmt {

class RnnTranslator : public Translator {
 public:
  RnnTranslator(const ModelConfig& config, uint64_t seed);

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
  struct Encoded;     // encoder outputs and what the decoder starts from
  struct StepResult;  // one decoder step: new state, attentional vector, weights
  class State;        // the DecoderState of inference

  Encoded run_encoder(const TokenBatch& src) const;
  // One decoder step from input embeddings emb_t[B, E].
  StepResult decoder_step(const Var& emb_t, const std::vector<LstmState>& layers, const Var& feed,
                          const AttentionMemory* memory, const Var& fixed_context) const;
  Var output_logits(const Var& attentional) const {
    return project(attentional, output_layer());
  }  // [..., Hd] -> [..., V]

  ModelConfig config_;
  Rng init_rng_;
  Rng dropout_rng_;
  Embedding src_embed_;
  Embedding tgt_embed_;
  std::vector<std::unique_ptr<BiLstm>> encoder_;  // [E or 2He] -> 2He
  Linear bridge_h_;                               // 2He -> Hd, per decoder layer
  Linear bridge_c_;
  std::vector<std::unique_ptr<LstmCell>> decoder_;  // [E (+Hd)] or Hd -> Hd
  std::unique_ptr<RnnAttention> attention_;         // null for AttentionType::None
  Linear combine_;                                  // [Hd + 2He] -> Hd
  std::unique_ptr<Linear> output_;                  // Hd -> V (null when tied)
  std::shared_ptr<const PackedInt8> tied_int8_;     // tied output, int8 inference
  std::shared_ptr<const PackedF32> tied_packed_;    // tied output, packed float32 inference
  Var output_bias_;                                 // [V] when tied
  Dropout dropout_;
};

}  // namespace nmt
