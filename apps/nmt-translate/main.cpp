// nmt-translate: translate text with a trained model, streaming from stdin
// (or -i) to stdout (or -o). The streaming and the output formats are
// decode/translate_stream.h; the decoding flags are the rows of
// decode/decode_options.h; this file adds the files and wires the parts.
#include <unistd.h>

#include <iostream>

#include "align/attention_extract.h"
#include "align/translate_alignment.h"
#include "common/app.h"
#include "common/options_cli.h"
#include "decode/decode_options.h"
#include "decode/translate_stream.h"
#include "io/text_output.h"
#include "models/ensemble.h"
#include "models/quantize_model.h"
#include "models/saved_model.h"

namespace {

constexpr int kChunkBatches = 8;  // batches of lines read before translating

struct Flags {
  std::vector<std::string> models;  // more than one: an ensemble
  std::vector<float> weights;       // one per model (empty: equal)
  std::string input, output;
};

int translate(const Flags& flags, const nmt::DecodeConfig& config) {
  nmt::TranslateOptions options = config.translate;
  std::vector<nmt::SavedModel> members;
  std::vector<nmt::Translator*> translators;
  std::vector<const nmt::SavedModel*> loaded;
  for (const std::string& path : flags.models) members.push_back(nmt::load_saved_model(path));
  for (nmt::SavedModel& m : members) {
    nmt::set_precision(
        *m.translator,
        config.precision.value_or(m.quantized ? nmt::Precision::Int8 : nmt::Precision::Fp32),
        /*decode_only=*/true);
    translators.push_back(m.translator.get());
    loaded.push_back(&m);
  }
  nmt::check_ensemble_vocabulary(loaded, flags.models);
  nmt::Ensemble ensemble(translators, flags.weights);
  const nmt::SavedModel& saved = members.front();
  if (config.shortlist) {
    NMT_CHECK(!saved.shortlist.empty(), flags.models.front(),
              ": has no vocabulary shortlist (add one with nmt-quantize "
              "--shortlist-src/--shortlist-tgt)");
    options.shortlist = &saved.shortlist;
  }
  NMT_CHECK(options.search.beam >= options.search.n_best, "--n-best ", options.search.n_best,
            " needs a beam of at least that size (--beam ", options.search.beam, ")");
  nmt::HypothesisSuffix alignment;
  if (config.alignment != nmt::AlignmentOutput::none) {
    nmt::require_attention(saved.config, flags.models.front());
    options.search.keep_attention = true;
    alignment = nmt::alignment_suffix(saved.pieces, config.alignment);
  }
  nmt::LineTranslator translator(ensemble, *saved.pieces.src, *saved.pieces.tgt, options);
  nmt::StreamInput input(flags.input);
  nmt::TextOutput output(flags.output);
  nmt::StreamOptions stream;
  stream.n_best = options.search.n_best;
  stream.scores = config.scores;
  stream.chunk_lines = static_cast<size_t>(options.batch_size) * kChunkBatches;
  stream.progress = isatty(STDERR_FILENO);
  const nmt::StreamResult result = nmt::translate_stream(
      translator, input,
      [&output](const std::string& text) {
        output.write(text);
        output.flush();
      },
      stream, std::cerr, alignment);
  output.commit();
  return result.bad_lines > 0 ? 1 : 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App cli{"nmt-translate: translate text with a trained nmt model"};
  nmt::app::last_value_wins(cli);
  nmt::app::CommonFlags common;
  nmt::app::add_common_flags(cli, common);
  Flags flags;
  nmt::DecodeConfig config;
  cli.add_option("-m,--model", flags.models,
                 "Model file from nmt-train; repeat (-m A -m B) for an ensemble")
      ->required()
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  cli.add_option("--weights", flags.weights,
                 "Ensemble: one weight per model for the mean of their log-probabilities")
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  cli.add_option("-i,--input", flags.input, "Input text (default or -: stdin)");
  cli.add_option("-o,--output", flags.output,
                 "Output file (default or -: stdout), written atomically");
  nmt::app::OptionFlags options;  // --beam, --batch, --n-best, ... (decode/decode_options.h)
  options.add(cli, nmt::decode_options(), config);
  return nmt::app::run("nmt-translate", cli, common, argc, argv, [&] {
    options.apply();
    return translate(flags, config);
  });
}
