// The decoding options, declared once (base/options.h): the search (beam,
// n-best, length penalty, output length), the batching and the input limit
// of line translation, the precision of the weight products, the vocabulary
// shortlist and nmt-translate's output format. nmt-translate's flags are
// decode_options(); nmt-align (align/align_options.h), nmt-bench translate
// and nmt-quantize take the rows they share from search_options(),
// translate_options() and precision_option(), so each flag is spelled once.
// Not here: the model files and the input and output paths (the apps' own
// flags), CLI11 (apps/common/options_cli.h).
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "base/options.h"
#include "decode/line_translator.h"
#include "models/quantize_model.h"

namespace nmt {

// What nmt-translate appends to each translation after " ||| ": nothing, the
// word alignment as Pharaoh links, or the soft attention weights
// (align/translate_alignment.h makes them).
enum class AlignmentOutput { none, hard, soft };

// nmt-translate's decoding options.
struct DecodeConfig {
  TranslateOptions translate;          // search, batch size, input limit
  bool scores = false;                 // " ||| score" after a single translation
  std::optional<Precision> precision;  // unset: int8 for a model file from nmt-quantize
  bool shortlist = false;              // the model file's vocabulary shortlist per batch
  AlignmentOutput alignment = AlignmentOutput::none;
};

// --beam, --n-best, --length-penalty, --max-length-ratio.
const OptionTable<SearchConfig>& search_options();
// --batch, --max-input-tokens (cut at; nmt-align refuses longer lines instead).
const OptionTable<TranslateOptions>& translate_options();
// nmt-translate's table, in the order --help lists it.
const OptionTable<DecodeConfig>& decode_options();

// The --precision row for a config that holds a Precision; the help says what
// the precision applies to in that tool (weight products, a file's weights).
template <class C>
Option<C> precision_option(Precision C::*field, std::string help) {
  return choice_option<C, Precision>("precision", "--precision", field, precision_names(),
                                     std::move(help));
}

}  // namespace nmt
