#include "models/ensemble.h"

#include <cmath>

#include "base/error.h"

namespace nmt {
namespace {

// One state per member, advanced and reordered together.
class EnsembleState : public DecoderState {
 public:
  std::vector<std::unique_ptr<DecoderState>> members;

  int64_t rows() const override { return members.front()->rows(); }
  void select(const std::vector<int32_t>& rows) override {
    for (auto& state : members) state->select(rows);
  }
};

}  // namespace

Ensemble::Ensemble(std::vector<Translator*> members, std::vector<float> weights)
    : members_(std::move(members)), weights_(std::move(weights)) {
  NMT_CHECK(!members_.empty(), "an ensemble needs at least one model");
  if (weights_.empty()) weights_.assign(members_.size(), 1.0f);
  NMT_CHECK(weights_.size() == members_.size(), "--weights: ", weights_.size(), " weight(s) for ",
            members_.size(), " model(s); give one per model");
  double sum = 0;
  for (float w : weights_) {
    NMT_CHECK(w > 0 && std::isfinite(w), "--weights: every weight must be a positive number, got ",
              w);
    sum += w;
  }
  for (float& w : weights_) w = static_cast<float>(w / sum);
  for (Translator* m : members_)
    NMT_CHECK(m->config().tgt_vocab == members_[0]->config().tgt_vocab,
              "ensemble members have different target vocabularies (",
              members_[0]->config().tgt_vocab, " and ", m->config().tgt_vocab, " pieces)");
}

std::unique_ptr<DecoderState> Ensemble::encode(const TokenBatch& src) {
  auto state = std::make_unique<EnsembleState>();
  for (Translator* m : members_) state->members.push_back(m->encode(src));
  return state;
}

Tensor Ensemble::step(DecoderState& state, const std::vector<int32_t>& last_tokens,
                      std::vector<Tensor>* cross_attention) {
  auto& ensemble_state = static_cast<EnsembleState&>(state);
  if (members_.size() == 1)
    return members_[0]->step(*ensemble_state.members[0], last_tokens, cross_attention);
  Tensor sum;
  for (size_t i = 0; i < members_.size(); ++i) {
    const Tensor log_probs = members_[i]->step(*ensemble_state.members[i], last_tokens,
                                               i == 0 ? cross_attention : nullptr);
    const float w = weights_[i];
    const int64_t n = log_probs.numel();
    const float* lp = log_probs.data();
    if (i == 0) {
      sum = Tensor::empty(log_probs.shape());
      float* out = sum.data();
      for (int64_t j = 0; j < n; ++j) out[j] = w * lp[j];
    } else {
      float* out = sum.data();
      for (int64_t j = 0; j < n; ++j) out[j] += w * lp[j];
    }
  }
  return sum;
}

void check_ensemble_vocabulary(const std::vector<const SavedModel*>& models,
                               const std::vector<std::string>& paths) {
  NMT_CHECK(models.size() == paths.size(), "check_ensemble_vocabulary: ", models.size(),
            " models, ", paths.size(), " paths");
  for (size_t i = 1; i < models.size(); ++i) {
    const SubwordModels& a = models[0]->pieces;
    const SubwordModels& b = models[i]->pieces;
    NMT_CHECK(
        a.src->serialized() == b.src->serialized() && a.tgt->serialized() == b.tgt->serialized(),
        paths[i], ": its SentencePiece vocabulary differs from ", paths[0],
        "'s; an ensemble needs models trained with the same vocabulary (e.g. --spm)");
  }
}

void Ensemble::set_output_shortlist(const std::vector<int32_t>& ids) {
  for (Translator* member : members_) member->set_output_shortlist(ids);
}

}  // namespace nmt
