// The one interface both translator families implement (RNN encoder-decoder
// and Transformer), so training and search never branch on the family.
//
//   forward_hidden  teacher-forced: source ids + target input ids -> the last
//                   hidden states; with output_layer() they give the logits
//                   (forward) or, fused, the training loss
//   encode   inference: source ids -> a DecoderState (no tape)
//   step     inference: one decoder step for every row of the state -> log-probs
//
// A DecoderState holds everything a step needs (encoder outputs, LSTM states,
// key/value caches) for N rows; beam search grows, reorders and shrinks rows
// with select(), so beams and finished sentences need no family knowledge.
// Dimension legend: B batch, S source, T target, D model, H heads, V vocab,
// N rows of a decoder state (B x beam).
#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include "autograd/ops.h"
#include "autograd/var.h"
#include "base/rng.h"
#include "data/batch.h"
#include "data/special_ids.h"
#include "models/model_config.h"
#include "models/output_shortlist.h"
#include "nn/module.h"

namespace nmt {

// Attention weights, one tensor per layer (RNN: one layer, one head).
// Filled only when a caller passes a non-null pointer.
struct AttentionMaps {
  std::vector<Tensor> cross;         // per decoder layer [B, H, T, S]
  std::vector<Tensor> encoder_self;  // per encoder layer [B, H, S, S] (Transformer)
  std::vector<Tensor> decoder_self;  // per decoder layer [B, H, T, T] (Transformer)
};

class DecoderState {
 public:
  virtual ~DecoderState() = default;
  virtual int64_t rows() const = 0;
  // Keep rows in the given order (duplicates allowed): new row i = old row rows[i].
  virtual void select(const std::vector<int32_t>& rows) = 0;
};

// How step_logits' [N, W] logits map to step()'s log-probs [N, V]: the
// log-prob of row n, column c is logits[n, c] - shifts[n] (the same float
// operation step() does), and column c is vocabulary id (*ids)[c] when ids
// is set (an output shortlist; sorted, every other id kExcluded in step()),
// else id c (W = V).
struct StepLogitsLayout {
  std::vector<float> shifts;                  // [N]
  const std::vector<int32_t>* ids = nullptr;  // the model's; valid until its shortlist changes
};

// The inference half of a translator, all that search needs (beam search,
// line translation): an ensemble of translators (models/ensemble.h) is one
// too, without being a trainable model.
class StepModel {
 public:
  virtual ~StepModel() = default;
  // Inference (callers hold a NoGradGuard).
  virtual std::unique_ptr<DecoderState> encode(const TokenBatch& src) = 0;
  // Feeds last_tokens[N] (BOS at the first step) and returns log-probs [N, V].
  // If cross_attention is non-null it receives this step's weights per layer
  // [N, H, S] (Transformer: every layer; RNN: one).
  virtual Tensor step(DecoderState& state, const std::vector<int32_t>& last_tokens,
                      std::vector<Tensor>* cross_attention = nullptr) = 0;
  // step() without its last pass over [N, V]: logits [N, W] and their
  // layout (StepLogitsLayout), so a search that reads every entry anyway
  // subtracts the shift as it reads instead of a separate read and write of
  // the matrix, and with an output shortlist reads only its W ids. Default:
  // step()'s log-probs, zero shifts, all V columns.
  virtual Tensor step_logits(DecoderState& state, const std::vector<int32_t>& last_tokens,
                             StepLogitsLayout& layout,
                             std::vector<Tensor>* cross_attention = nullptr) {
    Tensor log_probs = step(state, last_tokens, cross_attention);
    layout.shifts.assign(static_cast<size_t>(log_probs.dim(0)), 0.0f);
    layout.ids = nullptr;
    return log_probs;
  }
  // Restricts step()'s output layer and softmax to these target ids (sorted,
  // unique; models/output_shortlist.h): the others get kExcluded. Empty: the
  // whole vocabulary again.
  virtual void set_output_shortlist(const std::vector<int32_t>& ids) = 0;
};

class Translator : public Module, public StepModel {
 public:
  ~Translator() override = default;
  virtual const ModelConfig& config() const = 0;
  // The stream every dropout mask of the model draws from. The trainer reseeds
  // it before each update, so a resumed run draws the same masks.
  virtual Rng& dropout_rng() = 0;

  // The decoder's last hidden states [B * T, D] for target inputs tgt_in
  // (BOS + y), before the output layer; records the tape when gradients are
  // on. Attention maps filled if `attention` is non-null. Training feeds them
  // with output_layer() to projected_cross_entropy, which never holds all
  // [B * T, V] logits at once.
  virtual Var forward_hidden(const TokenBatch& src, const TokenBatch& tgt_in,
                             AttentionMaps* attention = nullptr) = 0;
  // The output layer: hidden states -> logits over the target vocabulary.
  virtual Projection output_layer() const = 0;
  // logits [B * T, V]: forward_hidden through output_layer.
  Var forward(const TokenBatch& src, const TokenBatch& tgt_in, AttentionMaps* attention = nullptr) {
    return project(forward_hidden(src, tgt_in, attention), output_layer());
  }
  // The teacher-forced loss of batch.tgt_out given batch.src and batch.tgt_in
  // (padding skipped): forward_hidden through the fused output layer +
  // cross-entropy, the path of training, validation and the benchmarks.
  CrossEntropyResult loss(const Batch& batch, float label_smoothing) {
    return projected_cross_entropy(forward_hidden(batch.src, batch.tgt_in), output_layer(),
                                   batch.tgt_out.ids, label_smoothing, kPadId);
  }

  // encode: StepModel's, above. A family computes step_logits (both halves
  // of its log-softmax, over the shortlist's ids when one is set); step()
  // is built from it here, so the two give the same bits.
  Tensor step_logits(DecoderState& state, const std::vector<int32_t>& last_tokens,
                     StepLogitsLayout& layout,
                     std::vector<Tensor>* cross_attention = nullptr) override = 0;
  Tensor step(DecoderState& state, const std::vector<int32_t>& last_tokens,
              std::vector<Tensor>* cross_attention = nullptr) final;

  // StepModel's: the shortlist is built from the output layer as it is when
  // called (so int8 when set_int8_inference is on).
  void set_output_shortlist(const std::vector<int32_t>& ids) override;

 protected:
  const OutputShortlist* output_shortlist() const { return shortlist_.get(); }

 private:
  std::shared_ptr<const OutputShortlist> shortlist_;
};

// Builds the translator the config describes, with parameters initialised
// from the seed.
std::unique_ptr<Translator> make_translator(const ModelConfig& config, uint64_t seed);

}  // namespace nmt
