// Ensemble decoding (Marian's -m A B --weights, fairseq's --path A:B): several
// translators that share the source and target vocabularies act as one
// StepModel whose log-probabilities are the weighted mean of the members':
//   log p(y | ...) = sum_i w_i log p_i(y | ...),  sum_i w_i = 1
// (weights are normalised). Beam search, n-best lists and scores work as for
// one model, because the search only sees encode / step / select: the
// ensemble's DecoderState holds the members' states and selects rows in each.
// A model in an ensemble with itself gives its own output exactly (equal
// weights of a power-of-two count add up without rounding).
// Cross-attention, when asked for, is the first member's.
// Not here: loading the files and their vocabularies (ensemble_vocabulary_check
// below takes loaded models), the search (decode/).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "models/saved_model.h"
#include "models/translator.h"

namespace nmt {

class Ensemble : public StepModel {
 public:
  // members outlive the ensemble. weights: one positive finite number per
  // member (empty = equal weights). Throws nmt::Error otherwise, or when the
  // members' target vocabulary sizes differ.
  Ensemble(std::vector<Translator*> members, std::vector<float> weights = {});

  std::unique_ptr<DecoderState> encode(const TokenBatch& src) override;
  Tensor step(DecoderState& state, const std::vector<int32_t>& last_tokens,
              std::vector<Tensor>* cross_attention = nullptr) override;
  // Every member restricts its output layer to the same ids.
  void set_output_shortlist(const std::vector<int32_t>& ids) override;

  const std::vector<float>& weights() const { return weights_; }  // normalised

 private:
  std::vector<Translator*> members_;
  std::vector<float> weights_;
};

// Throws nmt::Error naming models[i]'s path when its source or target
// SentencePiece model differs from models[0]'s: an ensemble averages
// distributions over one vocabulary and reads one encoding of the input.
void check_ensemble_vocabulary(const std::vector<const SavedModel*>& models,
                               const std::vector<std::string>& paths);

}  // namespace nmt
