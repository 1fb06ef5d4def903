#include "decode/decode_options.h"

namespace nmt {
namespace {

OptionTable<SearchConfig> make_search_options() {
  using C = SearchConfig;
  return {
      int_option("beam", "--beam", &C::beam, 1, 1000, "Beam size (1 = greedy)"),
      int_option("n_best", "--n-best", &C::n_best, 1, 1000,
                 "Print the K best in Moses format: i ||| text ||| score"),
      real_option("max_length_ratio", "--max-length-ratio", &C::max_length_ratio, {0, 1000},
                  "Output at most R x source tokens + 5"),
      real_option("length_penalty", "--length-penalty", &C::length_penalty, {0, 10},
                  "GNMT length penalty alpha (0 = none)"),
  };
}

OptionTable<TranslateOptions> make_translate_options() {
  using C = TranslateOptions;
  return {
      int_option("batch_size", "--batch", &C::batch_size, 1, 100000, "Sentences per batch"),
      int_option("max_input_tokens", "--max-input-tokens", &C::max_input_tokens, 1, 1000000,
                 "Translate only the first N tokens of longer lines"),
  };
}

// The --precision row over an optional Precision: unset, the model file
// decides (int8 for a file from nmt-quantize).
Option<DecodeConfig> optional_precision_option() {
  struct Given {
    Precision value = Precision::Fp32;
  };
  const Option<Given> plain = precision_option(&Given::value, "Weight products in fp32 or int8");
  auto o = make_option<DecodeConfig>(plain.key, plain.flag, plain.help, plain.type);
  o.get = [get = plain.get](const DecodeConfig& c) {
    return c.precision ? get(Given{*c.precision}) : std::string();
  };
  o.set = [set = plain.set](DecodeConfig& c, const std::string& text) {
    Given given;
    set(given, text);
    c.precision = given.value;
  };
  return o.shown_as("int8 for a model from nmt-quantize, else fp32");
}

OptionTable<DecodeConfig> make_decode_options() {
  using C = DecodeConfig;
  const OptionTable<C> search =
      lift(lift(search_options(), &TranslateOptions::search), &C::translate);
  const OptionTable<C> lines = lift(translate_options(), &C::translate);
  return {
      option_with_flag(search, "--beam"),
      option_with_flag(lines, "--batch"),
      option_with_flag(search, "--n-best"),
      switch_option("scores", "--scores", &C::scores, false,
                    "Append ' ||| score' to each translation"),
      option_with_flag(search, "--max-length-ratio"),
      option_with_flag(search, "--length-penalty"),
      option_with_flag(lines, "--max-input-tokens"),
      optional_precision_option(),
      switch_option("shortlist", "--shortlist", &C::shortlist, false,
                    "Output layer over the model's vocabulary shortlist for each batch only"),
      choice_option("alignment", "--alignment", &C::alignment,
                    {{AlignmentOutput::hard, "hard"}, {AlignmentOutput::soft, "soft"}},
                    "Append ' ||| ' and the word alignment: hard (Pharaoh) or soft (weights)")
          .shown_as("none"),
  };
}

}  // namespace

const OptionTable<SearchConfig>& search_options() {
  static const OptionTable<SearchConfig> table = make_search_options();
  return table;
}

const OptionTable<TranslateOptions>& translate_options() {
  static const OptionTable<TranslateOptions> table = make_translate_options();
  return table;
}

const OptionTable<DecodeConfig>& decode_options() {
  static const OptionTable<DecodeConfig> table = make_decode_options();
  return table;
}

}  // namespace nmt
