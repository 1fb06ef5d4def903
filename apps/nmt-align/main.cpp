// nmt-align: word alignments and attention pictures from a trained model.
// Forced alignment of given pairs (--tgt) or of the model's own translations;
// Pharaoh links, AER against a gold file, the best head by AER, per-head
// statistics, soft JSON lines, SVG/PNG heatmaps, one HTML report, terminal
// heatmaps. Flags (the rows of lib/align/align_options.h) -> AlignConfig ->
// run_align (lib/align/align_run.h).
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <system_error>

#include "align/align_options.h"
#include "align/align_run.h"
#include "common/app.h"
#include "common/options_cli.h"

namespace {

// 24-bit colour where the terminal says it has it, else the 256-colour cube.
nmt::viz::TerminalColours terminal_colours() {
  const char* term = std::getenv("COLORTERM");
  const bool truecolor =
      term && (std::strcmp(term, "truecolor") == 0 || std::strcmp(term, "24bit") == 0);
  return truecolor ? nmt::viz::TerminalColours::truecolor : nmt::viz::TerminalColours::palette256;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App cli{"nmt-align: word alignments, AER and attention pictures from a trained nmt model"};
  nmt::app::last_value_wins(cli);
  nmt::app::CommonFlags common;
  nmt::app::add_common_flags(cli, common);
  nmt::AlignConfig config;
  config.decode.search.beam = 1;  // links from the model's greedy translation
  nmt::app::OptionFlags options;  // lib/align/align_options.h
  options.add(cli, nmt::align_options(), config);
  return nmt::app::run("nmt-align", cli, common, argc, argv, [&] {
    options.apply();
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
