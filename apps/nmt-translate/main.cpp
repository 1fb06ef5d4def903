// nmt-translate: translate text with a trained model, streaming from stdin
// (or -i) to stdout (or -o). The streaming and the output formats are
// decode/translate_stream.h; this file parses flags and wires the parts.
#include <unistd.h>

#include <iostream>

#include "align/attention_extract.h"
#include "align/translate_alignment.h"
#include "common/app.h"
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
  std::string alignment;  // "", "hard" or "soft": appended after " ||| "
  nmt::StreamOptions stream;
  std::string precision;   // "", "fp32" or "int8" ("": int8 for a quantized model file)
  bool shortlist = false;  // use the model file's vocabulary shortlist
};

int translate(const Flags& flags, nmt::TranslateOptions options) {
  std::vector<nmt::SavedModel> members;
  std::vector<nmt::Translator*> translators;
  std::vector<const nmt::SavedModel*> loaded;
  for (const std::string& path : flags.models) members.push_back(nmt::load_saved_model(path));
  for (nmt::SavedModel& m : members) {
    nmt::set_precision(*m.translator,
                       flags.precision.empty()
                           ? (m.quantized ? nmt::Precision::Int8 : nmt::Precision::Fp32)
                           : nmt::parse_precision(flags.precision));
    translators.push_back(m.translator.get());
    loaded.push_back(&m);
  }
  nmt::check_ensemble_vocabulary(loaded, flags.models);
  nmt::Ensemble ensemble(translators, flags.weights);
  const nmt::SavedModel& saved = members.front();
  if (flags.shortlist) {
    NMT_CHECK(!saved.shortlist.empty(), flags.models.front(),
              ": has no vocabulary shortlist (add one with nmt-quantize "
              "--shortlist-src/--shortlist-tgt)");
    options.shortlist = &saved.shortlist;
  }
  options.search.n_best = flags.stream.n_best;
  NMT_CHECK(options.search.beam >= flags.stream.n_best, "--n-best ", flags.stream.n_best,
            " needs a beam of at least that size (--beam ", options.search.beam, ")");
  nmt::HypothesisSuffix alignment;
  if (!flags.alignment.empty()) {
    nmt::require_attention(saved.config, flags.models.front());
    options.search.keep_attention = true;
    alignment = nmt::alignment_suffix(saved.pieces, nmt::parse_alignment_output(flags.alignment));
  }
  nmt::LineTranslator translator(ensemble, *saved.pieces.src, *saved.pieces.tgt, options);
  nmt::StreamInput input(flags.input);
  nmt::TextOutput output(flags.output);
  nmt::StreamOptions stream = flags.stream;
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
  nmt::TranslateOptions options;
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
  cli.add_option("--beam", options.search.beam, "Beam size (1 = greedy)")
      ->check(CLI::Range(1, 1000));
  cli.add_option("--batch", options.batch_size, "Sentences per batch")
      ->check(CLI::Range(1, 100000));
  cli.add_option("--n-best", flags.stream.n_best,
                 "Print the K best in Moses format: i ||| text ||| score")
      ->check(CLI::Range(1, 1000));
  cli.add_flag("--scores", flags.stream.scores, "Append ' ||| score' to each translation");
  cli.add_option("--max-length-ratio", options.search.max_length_ratio,
                 "Output at most R x source tokens + 5")
      ->check(nmt::app::finite_range(0.0, 1000.0));
  cli.add_option("--length-penalty", options.search.length_penalty,
                 "GNMT length penalty alpha (0 = none)")
      ->check(nmt::app::finite_range(0.0, 10.0));
  cli.add_option("--max-input-tokens", options.max_input_tokens,
                 "Translate only the first N tokens of longer lines")
      ->check(CLI::Range(1, 1000000));
  cli.add_option("--precision", flags.precision,
                 "Weight products in fp32 or int8 (default: int8 for a model from nmt-quantize)")
      ->check(CLI::IsMember({"fp32", "int8"}));
  cli.add_flag("--shortlist", flags.shortlist,
               "Output layer over the model's vocabulary shortlist for each batch only");
  cli.add_option("--alignment", flags.alignment,
                 "Append ' ||| ' and the word alignment: hard (Pharaoh) or soft (weights)")
      ->check(CLI::IsMember({"hard", "soft"}));
  return nmt::app::run("nmt-translate", cli, common, argc, argv,
                       [&] { return translate(flags, options); });
}
