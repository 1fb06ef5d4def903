#include "train/validation.h"

#include <chrono>
#include <cmath>

#include "autograd/ops.h"
#include "data/batcher.h"
#include "decode/line_translator.h"
#include "eval/bleu.h"
#include "eval/chrf.h"
#include "eval/corpus.h"

namespace nmt {

double ValidationResult::metric(ValidMetric which) const {
  switch (which) {
    case ValidMetric::Bleu:
      return bleu;
    case ValidMetric::Chrf:
      return chrf;
    case ValidMetric::Loss:
      return loss;
  }
  return loss;
}

bool ValidationResult::better(ValidMetric metric, double a, double b) {
  return metric == ValidMetric::Loss ? a < b : a > b;
}

ValidationResult validate(Translator& model, const TrainingData& data, int64_t batch_tokens) {
  const auto start = std::chrono::steady_clock::now();
  ValidationResult result;
  const bool was_training = model.is_training();
  model.eval();
  NoGradGuard no_grad;

  BatchOptions options;
  options.max_tokens = static_cast<size_t>(batch_tokens);
  options.shuffle = false;
  double nll = 0;
  int64_t tokens = 0;
  for (const Batch& b : make_all_batches(data.valid, options)) {
    CrossEntropyResult ce = model.loss(b, 0.0f);
    nll += ce.sum_nll;
    tokens += ce.tokens;
  }
  result.loss = tokens > 0 ? nll / tokens : 0;
  result.perplexity = std::exp(result.loss);

  TranslateOptions translate;
  translate.search.beam = 1;
  translate.batch_size = 64;
  LineTranslator translator(model, *data.pieces.src, *data.pieces.tgt, translate);
  std::vector<std::string> hyps;
  for (const LineTranslation& t : translator.translate(data.valid_text.src))
    hyps.push_back(t.texts.empty() ? std::string() : t.texts[0]);
  const eval::Corpus corpus = eval::make_corpus(hyps, {data.valid_text.tgt}, "dev translations",
                                                {data.valid_text.tgt_path});
  result.bleu = eval::corpus_bleu(corpus, eval::BleuOptions()).score;
  result.chrf = eval::corpus_chrf(corpus, eval::ChrfOptions());

  model.train(was_training);
  result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return result;
}

}  // namespace nmt
