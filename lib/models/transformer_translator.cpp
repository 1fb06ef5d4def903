#include "models/transformer_translator.h"

#include <algorithm>
#include <cmath>

#include "autograd/int8_linear.h"
#include "autograd/ops.h"
#include "autograd/packed_linear.h"
#include "base/error.h"
#include "models/logit_shifts.h"
#include "nn/masks.h"
#include "nn/positional.h"

namespace nmt {

class TransformerTranslator::State : public DecoderState {
 public:
  std::vector<SelfKvCache> self_cache;    // per decoder layer, one projection per step
  std::vector<CrossKvCache> cross_cache;  // per decoder layer, filled on the first step
  Var memory;                             // [B, S, D]; dropped once the cross caches hold it
  DecodeRows map;                         // where each row reads the caches
  int64_t position = 0;                   // target position of the next step
  Tensor logits;  // [N, V] of the last step, rewritten by the next one if no one holds it

  int64_t rows() const override { return map.rows(); }
  // Rewrites index maps only: no key or value is copied.
  void select(const std::vector<int32_t>& rows) override { map.select(rows); }
};

namespace {

std::vector<int> to_int(const std::vector<int32_t>& v) {
  return std::vector<int>(v.begin(), v.end());
}

void check_batch(const TokenBatch& b, const char* what) {
  NMT_CHECK(b.rows > 0 && b.length > 0 && static_cast<int64_t>(b.ids.size()) == b.rows * b.length &&
                static_cast<int64_t>(b.lengths.size()) == b.rows,
            "transformer: malformed ", what, " batch (", b.rows, " rows x ", b.length, ", ",
            b.ids.size(), " ids, ", b.lengths.size(), " lengths)");
}

}  // namespace

TransformerTranslator::TransformerTranslator(const ModelConfig& config, uint64_t seed)
    : config_(config),
      init_rng_(seed),
      dropout_rng_(seed ^ 0x5DEECE66Dull),
      dropout_(config.dropout, dropout_rng_) {
  config_.validate();
  NMT_CHECK(config.arch == Arch::Transformer, "TransformerTranslator built from a ",
            to_string(config.arch), " config");
  NMT_CHECK(!config.tied_embeddings || config.src_vocab == config.tgt_vocab,
            "tied embeddings need equal vocabularies (", config.src_vocab, " and ",
            config.tgt_vocab, ")");
  const int64_t d = config.dim;
  if (config.tied_embeddings) {
    tied_ = std::make_unique<Embedding>(config.tgt_vocab, d, init_rng_, true);
    register_module("embed", *tied_);
  } else {
    src_embed_ = std::make_unique<Embedding>(config.src_vocab, d, init_rng_, true);
    tgt_embed_ = std::make_unique<Embedding>(config.tgt_vocab, d, init_rng_, true);
    register_module("src_embed", *src_embed_);
    register_module("tgt_embed", *tgt_embed_);
  }
  TransformerLayerConfig layer{d, config.heads, config.ffn, config.dropout, config.pre_norm};
  for (int64_t l = 0; l < config.enc_layers; ++l) {
    encoder_.push_back(std::make_unique<TransformerEncoderLayer>(layer, init_rng_, dropout_rng_));
    register_module("encoder." + std::to_string(l), *encoder_.back());
  }
  for (int64_t l = 0; l < config.dec_layers; ++l) {
    decoder_.push_back(std::make_unique<TransformerDecoderLayer>(layer, init_rng_, dropout_rng_));
    register_module("decoder." + std::to_string(l), *decoder_.back());
  }
  if (config.pre_norm) {
    encoder_norm_ = std::make_unique<LayerNorm>(d);
    decoder_norm_ = std::make_unique<LayerNorm>(d);
    register_module("encoder_norm", *encoder_norm_);
    register_module("decoder_norm", *decoder_norm_);
  }
  if (config.tied_embeddings) {
    output_bias_ = register_parameter("output_bias", Tensor::zeros({config.tgt_vocab}));
  } else {
    output_ = std::make_unique<Linear>(d, config.tgt_vocab, init_rng_);
    register_module("output", *output_);
  }
  register_module("dropout", dropout_);
}

Var TransformerTranslator::embed(const Embedding& table, const std::vector<int32_t>& ids,
                                 int64_t rows, int64_t length, int64_t start) const {
  const Var x = table.forward(ids, {rows, length});  // [rows, length, D], scaled by sqrt(D)
  return dropout_.forward(add(x, Var(sinusoidal_positions(length, config_.dim, start))));
}

Var TransformerTranslator::run_encoder(const TokenBatch& src, AttentionMaps* maps) const {
  check_batch(src, "source");
  const Tensor mask = attention_padding_mask(to_int(src.lengths), src.length, src.length);
  Var x = embed(src_embed(), src.ids, src.rows, src.length, 0);
  for (const auto& layer : encoder_) {
    Var weights;
    x = layer->forward(x, mask, maps ? &weights : nullptr);
    if (maps) maps->encoder_self.push_back(weights.value());
  }
  return encoder_norm_ ? encoder_norm_->forward(x) : x;
}

Projection TransformerTranslator::output_layer() const {
  if (output_)
    return {output_->weight(), false, output_->bias(), output_->int8(), output_->packed()};
  return {tied_->weight(), true, output_bias_, tied_int8_, tied_packed_};
}

void TransformerTranslator::prepare_packed(bool on) {
  tied_packed_ = on && !output_
                     ? std::make_shared<PackedF32>(pack_f32_rows(tied_->weight().value()))
                     : nullptr;
}

void TransformerTranslator::prepare_int8(bool on) {
  tied_int8_ = on && !output_
                   ? std::make_shared<PackedInt8>(pack_int8_rows(tied_->weight().value()))
                   : nullptr;
}

Var TransformerTranslator::forward_hidden(const TokenBatch& src, const TokenBatch& tgt_in,
                                          AttentionMaps* attention) {
  check_batch(tgt_in, "target");
  NMT_CHECK(src.rows == tgt_in.rows, "forward: ", src.rows, " source rows but ", tgt_in.rows,
            " target rows");
  if (attention) *attention = AttentionMaps();
  const Var memory = run_encoder(src, attention);
  const int64_t batch = tgt_in.rows, steps = tgt_in.length;
  const Tensor causal = causal_mask(steps);
  const Tensor cross = attention_padding_mask(to_int(src.lengths), steps, src.length);
  Var y = embed(tgt_embed(), tgt_in.ids, batch, steps, 0);
  for (const auto& layer : decoder_) {
    Var self_w, cross_w;
    y = layer->forward(y, memory, causal, cross, attention ? &self_w : nullptr,
                       attention ? &cross_w : nullptr);
    if (attention) {
      attention->decoder_self.push_back(self_w.value());
      attention->cross.push_back(cross_w.value());
    }
  }
  if (decoder_norm_) y = decoder_norm_->forward(y);
  return reshape(y, {batch * steps, config_.dim});
}

std::unique_ptr<DecoderState> TransformerTranslator::encode(const TokenBatch& src) {
  auto state = std::make_unique<State>();
  state->memory = run_encoder(src, nullptr);
  state->map = DecodeRows(src.lengths);
  state->self_cache.resize(decoder_.size());
  state->cross_cache.resize(decoder_.size());
  return state;
}

Tensor TransformerTranslator::step_logits(DecoderState& base,
                                          const std::vector<int32_t>& last_tokens,
                                          StepLogitsLayout& layout,
                                          std::vector<Tensor>* cross_attention) {
  State& state = static_cast<State&>(base);
  const int64_t rows = state.rows();
  NMT_CHECK(static_cast<int64_t>(last_tokens.size()) == rows, "step: ", last_tokens.size(),
            " tokens for ", rows, " rows");
  state.map.begin_step();
  Var y = embed(tgt_embed(), last_tokens, rows, 1, state.position);  // [N, 1, D]
  if (cross_attention) cross_attention->clear();
  for (size_t l = 0; l < decoder_.size(); ++l) {
    Var weights;
    y = decoder_[l]->step(y, state.memory, state.self_cache[l], state.cross_cache[l], state.map,
                          cross_attention ? &weights : nullptr);
    if (cross_attention)
      cross_attention->push_back(weights.value().reshape({rows, config_.heads, weights.dim(3)}));
  }
  state.memory = Var();  // every cross cache holds its keys and values now
  ++state.position;
  if (decoder_norm_) y = decoder_norm_->forward(y);
  if (output_shortlist()) {  // [N, U] over the shortlist's ids
    layout.ids = &output_shortlist()->ids();
    return output_shortlist()->logits(reshape(y, {rows, config_.dim}).value(), layout.shifts);
  }
  layout.ids = nullptr;
  const Projection out = output_layer();
  const Tensor hidden = reshape(y, {rows, config_.dim}).value();
  if (out.packed && !out.int8 && !grad_enabled())  // as project(), into the last step's buffer
    packed_linear_into(hidden, *out.packed, out.bias, state.logits);
  else
    state.logits = output_logits(Var(hidden)).value();
  log_softmax_shifts(state.logits, layout.shifts);
  return state.logits;
}

}  // namespace nmt
