#include "align/align_options.h"

#include "align/align_heads.h"
#include "decode/decode_options.h"

namespace nmt {
namespace {

using C = AlignConfig;

// --method: argmax, shift or threshold:T (viz::AlignSpec).
Option<C> method_option() {
  auto o = make_option<C>("method", "--method", "argmax, shift (shift-att) or threshold:T",
                          "argmax|shift|threshold:T");
  o.get = [](const C& c) { return viz::align_spec_name(c.method); };
  o.set = [](C& c, const std::string& text) {
    try {
      c.method = viz::parse_align_spec(text);
    } catch (const Error&) {
      throw OptionError("--method must be argmax, shift or threshold:T (0 < T <= 1), not '" + text +
                        "'");
    }
  };
  return o;
}

// --head: a number, avg or best (align_heads.h).
Option<C> head_option() {
  auto o = make_option<C>(
      "head", "--head",
      "Head number from 0, avg (mean of the layer's heads) or best (by AER on --gold)",
      "N|avg|best");
  o.get = [](const C& c) { return head_selection_name(c.head); };
  o.set = [](C& c, const std::string& text) { c.head = parse_head(text); };
  return o;
}

OptionTable<C> make_align_options() {
  const OptionTable<C> search = lift(lift(search_options(), &TranslateOptions::search), &C::decode);
  const OptionTable<C> lines = lift(translate_options(), &C::decode);
  return {
      text_option("model", "-m,--model", &C::model, "Model file from nmt-train", "FILE").needed(),
      text_option("src", "--src", &C::src, "Source sentences, one per line (- = stdin)", "FILE")
          .needed(),
      text_option("tgt", "--tgt", &C::tgt,
                  "Target sentences for forced alignment (default: align the model's own "
                  "translations)",
                  "FILE"),
      text_option("pharaoh", "--pharaoh", &C::pharaoh,
                  "Write the Pharaoh links here (default or -: stdout)", "FILE"),
      text_option("soft", "--soft", &C::soft,
                  "Write word-level attention of every kind, layer and head as JSON lines", "FILE"),
      option_with_flag(lines, "--max-input-tokens")
          .with_help("Refuse source or target lines longer than N tokens (naming file and line)"),
      method_option(),
      precision_option(&C::precision, "Weight products in fp32 or int8"),
      int_option("layer", "--layer", &C::layer, -1, 1000000,
                 "Decoder layer the links come from, from 0 (-1: the last)")
          .shown_as("the last"),
      head_option(),
      text_option("gold", "--gold", &C::gold,
                  "Gold Pharaoh file (sure i-j, possible i?j or ipj): prints AER", "FILE"),
      switch_option("gold_one_based", "--gold-one-based", &C::gold_one_based, false,
                    "The gold file counts words from 1"),
      switch_option("per_sentence", "--per-sentence", &C::per_sentence, false,
                    "Also print the AER of every sentence"),
      text_option("aer_json", "--aer-json", &C::aer_json, "Write the AER as JSON to this file",
                  "FILE"),
      switch_option("stats", "--stats", &C::stats, false,
                    "Print per-head statistics (entropy, mean max, </s> share, coverage)"),
      text_option("stats_json", "--stats-json", &C::stats_json,
                  "Write per-head statistics as JSON to this file", "FILE"),
      text_option("heatmap", "--heatmap", &C::heatmap_dir, "Write pictures into this directory",
                  "DIR"),
      choice_option("format", "--format", &C::format, picture_format_names(),
                    "Pictures: svg or png (one per sentence) or html (one report)"),
      switch_option("show", "--show", &C::show, false, "Print coloured heatmaps to the terminal"),
      int_option("max_sentences", "--max-sentences", &C::max_sentences, 0, 1000000000,
                 "Align only the first N sentences (0 = all)"),
      option_with_flag(search, "--beam")
          .with_help("Beam size when the model translates (1 = greedy)"),
      option_with_flag(search, "--length-penalty"),
      option_with_flag(search, "--max-length-ratio"),
      option_with_flag(lines, "--batch"),
  };
}

}  // namespace

const OptionTable<AlignConfig>& align_options() {
  static const OptionTable<AlignConfig> table = make_align_options();
  return table;
}

}  // namespace nmt
