// Translator's own methods: step() from a family's step_logits, and the
// output shortlist.
#include "models/translator.h"

#include "models/logit_shifts.h"

namespace nmt {

Tensor Translator::step(DecoderState& state, const std::vector<int32_t>& last_tokens,
                        std::vector<Tensor>* cross_attention) {
  StepLogitsLayout layout;
  Tensor logits = step_logits(state, last_tokens, layout, cross_attention);
  if (layout.ids) return output_shortlist()->scatter_log_probs(logits, layout.shifts);
  subtract_shifts(logits, layout.shifts);
  return logits;
}

void Translator::set_output_shortlist(const std::vector<int32_t>& ids) {
  shortlist_ = ids.empty() ? nullptr
                           : std::make_shared<const OutputShortlist>(output_layer(), ids,
                                                                     config().tgt_vocab);
}

}  // namespace nmt
