// nmt-eval: corpus (or sentence) BLEU and chrF, sacreBLEU 2.x compatible.
// Flags in, lib/eval/evaluate.h does the work, the result goes to stdout.
#include <iostream>

#include "common/app.h"
#include "eval/evaluate.h"

int main(int argc, char** argv) {
  CLI::App cli{"Score translations with BLEU and chrF exactly as sacreBLEU 2.x does"};
  nmt::app::CommonFlags common;
  nmt::app::add_common_flags(cli, common);
  nmt::eval::EvalConfig config;
  cli.add_option("--ref,-r", config.ref_paths,
                 "Reference file(s); repeat for several references (- = stdin)")
      ->required();
  cli.add_option("--hyp", config.hyp_path, "Hypothesis file, one sentence a line (- = stdin)");
  cli.add_option("--metric,-m", config.metrics, "Metrics, comma-separated: bleu, chrf")
      ->delimiter(',');
  cli.add_option("--tokenize", config.tokenize, "BLEU tokenizer: 13a, none or char");
  cli.add_flag("--lowercase", config.lowercase, "Case-insensitive scores");
  cli.add_flag("--sentence", config.sentence, "One score per sentence (BLEU: effective order)");
  cli.add_flag("--json", config.json, "JSON with full-precision numbers");
  cli.add_flag("--by-length", config.by_length, "BLEU per source-length bucket (needs --src)");
  cli.add_option("--src", config.src_path, "Source file, for --by-length (- = stdin)");
  return nmt::app::run("nmt-eval", cli, common, argc, argv, [&] {
    std::cout << nmt::eval::run_eval(config, std::cin);
    return 0;
  });
}
