// Validation on the dev set: teacher-forced loss and perplexity, then greedy
// translations of the dev sources scored with BLEU and chrF (lib/eval, the
// sacreBLEU definitions), in eval mode with no tape.
// Not here: deciding what is best or when to stop (trainer.h).
#pragma once

#include <string>

#include "models/translator.h"
#include "train/train_config.h"
#include "train/training_data.h"

namespace nmt {

struct ValidationResult {
  double loss = 0;        // mean negative log-likelihood per target token (no smoothing)
  double perplexity = 0;  // exp(loss)
  double bleu = 0;
  double chrf = 0;
  double seconds = 0;

  // The value of a metric, and whether a is better than b by it.
  double metric(ValidMetric which) const;
  static bool better(ValidMetric metric, double a, double b);
};

ValidationResult validate(Translator& model, const TrainingData& data, int64_t batch_tokens);

}  // namespace nmt
