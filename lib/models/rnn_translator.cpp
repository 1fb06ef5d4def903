#include "models/rnn_translator.h"

#include "autograd/int8_linear.h"
#include "autograd/ops.h"
#include "autograd/packed_linear.h"
#include "base/error.h"
#include "models/logit_shifts.h"
#include "nn/masks.h"
#include "nn/select_rows.h"

namespace nmt {

struct RnnTranslator::Encoded {
  AttentionMemory memory;          // keys/values over H_enc (attention models)
  Var fixed_context;               // [B, 2He] (attention none)
  std::vector<LstmState> initial;  // per decoder layer {h, c} [B, Hd]
};

struct RnnTranslator::StepResult {
  std::vector<LstmState> layers;  // new state per decoder layer
  Var attentional;                // a_t [B, Hd]
  Var weights;                    // [B, S] (undefined without attention)
};

class RnnTranslator::State : public DecoderState {
 public:
  std::vector<LstmState> layers;
  Var feed;  // a_{t-1} [N, Hd]
  AttentionMemory memory;
  Var fixed_context;
  bool has_memory = false;
  // The source sentence whose memory (and fixed context) each row holds.
  std::vector<int32_t> source_of_row;

  int64_t rows() const override { return feed.dim(0); }
  void select(const std::vector<int32_t>& rows) override {
    for (LstmState& s : layers) {
      s.h = select_batch_rows(s.h, 0, rows);
      s.c = select_batch_rows(s.c, 0, rows);
    }
    feed = select_batch_rows(feed, 0, rows);
    // The rows of one sentence hold equal copies of its memory, so when every
    // row keeps its sentence (beams only reordered within their sentences, as
    // on most steps of a beam search) the memory is already right. Copying it
    // anyway was 10% of RNN beam-5 decoding.
    std::vector<int32_t> sources(rows.size());
    for (size_t i = 0; i < rows.size(); ++i) sources[i] = source_of_row[rows[i]];
    if (sources == source_of_row) return;
    source_of_row = std::move(sources);
    if (has_memory) memory = memory.select_rows(rows);
    if (fixed_context.defined()) fixed_context = select_batch_rows(fixed_context, 0, rows);
  }
};

namespace {

int64_t decoder_input_dim(const ModelConfig& c) {
  return c.input_feeding ? c.dim + c.dec_hidden : c.dim;
}

std::vector<int> to_int(const std::vector<int32_t>& v) {
  return std::vector<int>(v.begin(), v.end());
}

}  // namespace

RnnTranslator::RnnTranslator(const ModelConfig& config, uint64_t seed)
    : config_(config),
      init_rng_(seed),
      dropout_rng_(seed ^ 0x5DEECE66Dull),
      src_embed_(config.src_vocab, config.dim, init_rng_),
      tgt_embed_(config.tgt_vocab, config.dim, init_rng_),
      bridge_h_(2 * config.enc_hidden, config.dec_hidden, init_rng_),
      bridge_c_(2 * config.enc_hidden, config.dec_hidden, init_rng_),
      combine_(config.dec_hidden + 2 * config.enc_hidden, config.dec_hidden, init_rng_),
      dropout_(config.dropout, dropout_rng_) {
  config_.validate();
  NMT_CHECK(config.arch == Arch::Rnn, "RnnTranslator built from a ", to_string(config.arch),
            " config");
  register_module("src_embed", src_embed_);
  register_module("tgt_embed", tgt_embed_);
  for (int64_t l = 0; l < config.rnn_enc_layers; ++l) {
    const int64_t in = l == 0 ? config.dim : 2 * config.enc_hidden;
    encoder_.push_back(std::make_unique<BiLstm>(in, config.enc_hidden, init_rng_));
    register_module("encoder." + std::to_string(l), *encoder_.back());
  }
  register_module("bridge_h", bridge_h_);
  register_module("bridge_c", bridge_c_);
  for (int64_t l = 0; l < config.rnn_dec_layers; ++l) {
    const int64_t in = l == 0 ? decoder_input_dim(config) : config.dec_hidden;
    decoder_.push_back(std::make_unique<LstmCell>(in, config.dec_hidden, init_rng_));
    register_module("decoder." + std::to_string(l), *decoder_.back());
  }
  if (config.attention != AttentionType::None) {
    attention_ = make_rnn_attention(to_string(config.attention), config.dec_hidden,
                                    2 * config.enc_hidden, config.dec_hidden, init_rng_);
    register_module("attention", *attention_);
  }
  register_module("combine", combine_);
  if (config.tied_embeddings) {
    output_bias_ = register_parameter("output_bias", Tensor::zeros({config.tgt_vocab}));
  } else {
    output_ = std::make_unique<Linear>(config.dec_hidden, config.tgt_vocab, init_rng_);
    register_module("output", *output_);
  }
  register_module("dropout", dropout_);
}

RnnTranslator::Encoded RnnTranslator::run_encoder(const TokenBatch& src) const {
  const std::vector<int> lengths = to_int(src.lengths);
  Var x = dropout_.forward(src_embed_.forward(src.ids, {src.rows, src.length}));  // [B, S, E]
  BiLstmOutput out;
  for (size_t l = 0; l < encoder_.size(); ++l) {
    if (l > 0) x = dropout_.forward(x);
    out = encoder_[l]->forward(x, lengths);
    x = out.outputs;  // [B, S, 2He]
  }
  Encoded enc;
  const Var summary = concat({out.forward_final.h, out.backward_final.h}, 1);  // [B, 2He]
  const LstmState start{tanh(bridge_h_.forward(summary)), bridge_c_.forward(summary)};
  enc.initial.assign(decoder_.size(), start);
  if (attention_)
    enc.memory = attention_->precompute(x, padding_mask(lengths, src.length));
  else
    enc.fixed_context = summary;
  return enc;
}

RnnTranslator::StepResult RnnTranslator::decoder_step(const Var& emb_t,
                                                      const std::vector<LstmState>& layers,
                                                      const Var& feed,
                                                      const AttentionMemory* memory,
                                                      const Var& fixed_context) const {
  StepResult r;
  Var h = config_.input_feeding ? concat({emb_t, feed}, 1) : emb_t;
  for (size_t l = 0; l < decoder_.size(); ++l) {
    const Var in = l > 0 ? dropout_.forward(h) : h;
    LstmState s = decoder_[l]->forward(in, layers[l]);
    h = l >= 2 ? add(s.h, h) : s.h;  // GNMT: residual from the third layer on
    r.layers.push_back(std::move(s));
  }
  Var context = fixed_context;
  if (memory) {
    AttentionResult a = attention_->forward(h, *memory);
    context = a.context;
    r.weights = a.weights;
  }
  r.attentional = tanh(combine_.forward(concat({h, context}, 1)));
  return r;
}

Projection RnnTranslator::output_layer() const {
  if (output_)
    return {output_->weight(), false, output_->bias(), output_->int8(), output_->packed()};
  return {tgt_embed_.weight(), true, output_bias_, tied_int8_, tied_packed_};
}

void RnnTranslator::prepare_packed(bool on) {
  tied_packed_ = on && !output_
                     ? std::make_shared<PackedF32>(pack_f32_rows(tgt_embed_.weight().value()))
                     : nullptr;
}

void RnnTranslator::prepare_int8(bool on) {
  tied_int8_ = on && !output_
                   ? std::make_shared<PackedInt8>(pack_int8_rows(tgt_embed_.weight().value()))
                   : nullptr;
}

Var RnnTranslator::forward_hidden(const TokenBatch& src, const TokenBatch& tgt_in,
                                  AttentionMaps* attention) {
  NMT_CHECK(src.rows == tgt_in.rows, "forward: ", src.rows, " source rows but ", tgt_in.rows,
            " target rows");
  const Encoded enc = run_encoder(src);
  const int64_t batch = tgt_in.rows, steps = tgt_in.length;
  const Var emb = dropout_.forward(tgt_embed_.forward(tgt_in.ids, {batch, steps}));  // [B, T, E]
  std::vector<LstmState> layers = enc.initial;
  Var feed(Tensor::zeros({batch, config_.dec_hidden}));
  // The cells' weights packed once for all steps (with gradients only).
  std::vector<std::unique_ptr<LstmWeights::StepPacking>> packing;
  for (const auto& cell : decoder_)
    packing.push_back(std::make_unique<LstmWeights::StepPacking>(*cell, true));
  std::vector<Var> outputs, weights;
  for (int64_t t = 0; t < steps; ++t) {
    const Var emb_t = reshape(slice(emb, 1, t, t + 1), {batch, config_.dim});
    StepResult r =
        decoder_step(emb_t, layers, feed, attention_ ? &enc.memory : nullptr, enc.fixed_context);
    layers = std::move(r.layers);
    feed = r.attentional;
    outputs.push_back(reshape(r.attentional, {batch, 1, config_.dec_hidden}));
    if (attention && r.weights.defined()) weights.push_back(r.weights);
  }
  if (attention && !weights.empty()) {
    // per step [B, S] -> [B, 1, T, S]
    const int64_t s = weights[0].dim(1);
    Tensor maps = Tensor::empty({batch, 1, steps, s});
    for (int64_t t = 0; t < steps; ++t)
      for (int64_t b = 0; b < batch; ++b)
        std::copy(weights[t].value().data() + b * s, weights[t].value().data() + (b + 1) * s,
                  maps.data() + (b * steps + t) * s);
    attention->cross = {maps};
  }
  const Var all = dropout_.forward(concat(outputs, 1));  // [B, T, Hd]
  return reshape(all, {batch * steps, config_.dec_hidden});
}

std::unique_ptr<DecoderState> RnnTranslator::encode(const TokenBatch& src) {
  Encoded enc = run_encoder(src);
  auto state = std::make_unique<State>();
  state->layers = std::move(enc.initial);
  state->feed = Var(Tensor::zeros({src.rows, config_.dec_hidden}));
  state->memory = std::move(enc.memory);
  state->has_memory = attention_ != nullptr;
  state->fixed_context = enc.fixed_context;
  state->source_of_row.resize(static_cast<size_t>(src.rows));
  for (int64_t b = 0; b < src.rows; ++b) state->source_of_row[b] = static_cast<int32_t>(b);
  return state;
}

Tensor RnnTranslator::step_logits(DecoderState& base, const std::vector<int32_t>& last_tokens,
                                  StepLogitsLayout& layout, std::vector<Tensor>* cross_attention) {
  State& state = static_cast<State&>(base);
  const int64_t rows = state.rows();
  NMT_CHECK(static_cast<int64_t>(last_tokens.size()) == rows, "step: ", last_tokens.size(),
            " tokens for ", rows, " rows");
  const Var emb_t = reshape(tgt_embed_.forward(last_tokens, {rows, 1}), {rows, config_.dim});
  StepResult r = decoder_step(emb_t, state.layers, state.feed,
                              state.has_memory ? &state.memory : nullptr, state.fixed_context);
  state.layers = std::move(r.layers);
  state.feed = r.attentional;
  if (cross_attention && r.weights.defined()) {
    cross_attention->clear();
    cross_attention->push_back(r.weights.value().reshape({rows, 1, r.weights.dim(1)}));
  }
  if (output_shortlist()) {  // [N, U] over the shortlist's ids
    layout.ids = &output_shortlist()->ids();
    return output_shortlist()->logits(r.attentional.value(), layout.shifts);
  }
  layout.ids = nullptr;
  Tensor logits = output_logits(r.attentional).value();
  log_softmax_shifts(logits, layout.shifts);
  return logits;
}

}  // namespace nmt
