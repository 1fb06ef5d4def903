#include "models/rnn_translator.h"
#include "models/transformer_translator.h"
#include "models/translator.h"

#include "base/error.h"

namespace nmt {

std::unique_ptr<Translator> make_translator(const ModelConfig& config, uint64_t seed) {
  config.validate();
  if (config.arch == Arch::Rnn) return std::make_unique<RnnTranslator>(config, seed);
  return std::make_unique<TransformerTranslator>(config, seed);
}

}  // namespace nmt
