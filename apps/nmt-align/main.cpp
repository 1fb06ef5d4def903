// nmt-align: word alignments and attention pictures from a trained model.
// Forced alignment of given pairs (--tgt) or of the model's own translations;
// Pharaoh links, AER against a gold file, the best head by AER, per-head
// statistics, soft JSON lines, SVG/PNG heatmaps, one HTML report, terminal
// heatmaps. Flags -> AlignConfig -> run_align (lib/align/align_run.h).
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <system_error>

#include "align/align_run.h"
#include "common/app.h"

namespace {

// 24-bit colour where the terminal says it has it, else the 256-colour cube.
nmt::viz::TerminalColours terminal_colours() {
  const char* term = std::getenv("COLORTERM");
  const bool truecolor =
      term && (std::strcmp(term, "truecolor") == 0 || std::strcmp(term, "24bit") == 0);
  return truecolor ? nmt::viz::TerminalColours::truecolor : nmt::viz::TerminalColours::palette256;
}

void add_flags(CLI::App& cli, nmt::AlignConfig& c) {
  cli.add_option("-m,--model", c.model, "Model file from nmt-train")->required();
  cli.add_option("--src", c.src, "Source sentences, one per line (- = stdin)")->required();
  cli.add_option(
      "--tgt", c.tgt,
      "Target sentences for forced alignment (default: align the model's own translations)");
  cli.add_option("--pharaoh", c.pharaoh, "Write the Pharaoh links here (default or -: stdout)");
  cli.add_option("--soft", c.soft,
                 "Write word-level attention of every kind, layer and head as JSON lines");
  cli.add_option("--max-input-tokens", c.max_input_tokens,
                 "Refuse source or target lines longer than N tokens (naming file and line)")
      ->check(CLI::Range(1, 1000000));
  cli.add_option("--method", c.method, "argmax, shift (shift-att) or threshold:T");
  cli.add_option("--precision", c.precision, "Weight products: fp32 (default) or int8")
      ->check(CLI::IsMember({"fp32", "int8"}));
  cli.add_option("--layer", c.layer,
                 "Decoder layer the links come from, from 0 (default: the last)")
      ->check(CLI::Range(-1, 1000000));
  cli.add_option("--head", c.head,
                 "Head number from 0, avg (mean of the layer's heads) or best (by AER on --gold)");
  cli.add_option("--gold", c.gold, "Gold Pharaoh file (sure i-j, possible i?j or ipj): prints AER");
  cli.add_flag("--gold-one-based", c.gold_one_based, "The gold file counts words from 1");
  cli.add_flag("--per-sentence", c.per_sentence, "Also print the AER of every sentence");
  cli.add_option("--aer-json", c.aer_json, "Write the AER as JSON to this file");
  cli.add_flag("--stats", c.stats,
               "Print per-head statistics (entropy, mean max, </s> share, coverage)");
  cli.add_option("--stats-json", c.stats_json, "Write per-head statistics as JSON to this file");
  cli.add_option("--heatmap", c.heatmap_dir, "Write pictures into this directory");
  cli.add_option("--format", c.format,
                 "Pictures: svg or png (one per sentence) or html (one report)");
  cli.add_flag("--show", c.show, "Print coloured heatmaps to the terminal");
  // CLI11 reads "-1" into a size_t as a huge count: check the range.
  cli.add_option("--max-sentences", c.max_sentences, "Align only the first N sentences (0 = all)")
      ->check(CLI::Range(0, 1000000000));
  cli.add_option("--beam", c.search.beam, "Beam size when the model translates (1 = greedy)")
      ->check(CLI::Range(1, 1000));
  cli.add_option("--length-penalty", c.search.length_penalty,
                 "GNMT length penalty alpha (0 = none)")
      ->check(nmt::app::finite_range(0.0, 10.0));
  cli.add_option("--max-length-ratio", c.search.max_length_ratio,
                 "Output at most R x source tokens + 5")
      ->check(nmt::app::finite_range(0.0, 1000.0));
  cli.add_option("--batch", c.batch_size, "Sentences per model call")->check(CLI::Range(1, 100000));
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App cli{"nmt-align: word alignments, AER and attention pictures from a trained nmt model"};
  nmt::app::last_value_wins(cli);
  nmt::app::CommonFlags common;
  nmt::app::add_common_flags(cli, common);
  nmt::AlignConfig config;
  config.search.beam = 1;
  add_flags(cli, config);
  return nmt::app::run("nmt-align", cli, common, argc, argv, [&] {
    config.colours = terminal_colours();
    // The picture directory is made before any work, so an unusable path fails
    // at once instead of after the links went to stdout.
    NMT_CHECK(config.heatmap_dir != "-", "--heatmap takes a directory, not standard output (-)");
    if (!config.heatmap_dir.empty()) {
      std::error_code error;
      std::filesystem::create_directories(config.heatmap_dir, error);
      NMT_CHECK(!error && std::filesystem::is_directory(config.heatmap_dir), config.heatmap_dir,
                ": cannot make the --heatmap directory: ",
                error ? error.message() : "a file of that name exists");
    }
    nmt::run_align(config, std::cout, std::cerr);
    return 0;
  });
}
