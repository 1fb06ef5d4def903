// nmt-eval: corpus (or sentence) BLEU and chrF, sacreBLEU 2.x compatible: it
// takes sacrebleu's command line (REF... -i HYP -m bleu chrf -b -f text ...)
// and prints what sacrebleu prints. Flags in, lib/eval/evaluate.h does the
// work, the result goes to stdout.
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include "common/app.h"
#include "eval/evaluate.h"

namespace {

void add_bleu_and_chrf_flags(CLI::App& cli, nmt::eval::EvalConfig& config) {
  cli.add_option("--tokenize", config.tokenize, "BLEU tokenizer: 13a, none or char (-tok)");
  cli.add_flag("--lowercase", config.lowercase, "Case-insensitive BLEU (-lc)");
  cli.add_option("--smooth-method,-s", config.smooth_method,
                 "BLEU smoothing: exp, floor, add-k or none");
  cli.add_option("--smooth-value", config.smooth_value,
                 "Value for floor (default 0.1) and add-k (default 1) (-sv)");
  cli.add_flag("--force", "Accepted for sacreBLEU compatibility; no effect");
  cli.add_option("--chrf-char-order", config.chrf_char_order, "chrF character n-gram order (-cc)");
  cli.add_option("--chrf-word-order", config.chrf_word_order, "chrF word n-gram order: 0 (-cw)");
  cli.add_option("--chrf-beta", config.chrf_beta, "chrF recall weight beta");
  cli.add_flag("--chrf-whitespace", config.chrf_whitespace, "Keep whitespace in chrF n-grams");
  cli.add_flag("--chrf-lowercase", config.chrf_lowercase, "Case-insensitive chrF");
  cli.add_flag("--chrf-eps-smoothing", config.chrf_eps_smoothing, "chrF++.py's eps smoothing");
}

void add_output_flags(CLI::App& cli, nmt::eval::EvalConfig& config) {
  cli.add_flag("--sentence-level,--sentence", config.sentence,
               "One score per sentence (BLEU: effective order) (-sl)");
  cli.add_option("--format,-f", config.format,
                 "json (sacreBLEU's default), text, or full (nmt's full-precision JSON)");
  cli.add_flag_callback(
      "--json", [&config] { config.format = "full"; }, "Same as --format full");
  cli.add_flag("--score-only,-b", config.score_only, "Print the score alone");
  cli.add_option("--width,-w", config.width, "Decimals of the scores");
  cli.add_flag("--short", config.short_signature, "Short signatures (-sh)");
  cli.add_flag("--quiet,-q", "Accepted for sacreBLEU compatibility; nmt-eval prints no chatter");
  cli.add_flag("--no-color", "Accepted for sacreBLEU compatibility; no colours (-nc)");
  cli.add_flag("--by-length", config.by_length, "BLEU per source-length bucket (needs --src)");
  cli.add_option("--src", config.src_path, "Source file, for --by-length (- = stdin)");
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App cli{
      "Score translations with BLEU and chrF exactly as sacreBLEU 2.x does:\n"
      "  nmt-eval REF [REF...] -i HYP [-m bleu chrf] [-b] [-f json|text]"};
  nmt::app::CommonFlags common;
  nmt::app::add_common_flags(cli, common);
  nmt::eval::EvalConfig config;
  std::vector<std::string> refs, more_refs, test_set, encoding;
  cli.add_option("refs", refs, "Reference file(s), before -i as in sacrebleu");
  cli.add_option("--ref,-r", more_refs, "Reference file; repeat for several references");
  cli.add_option("--input,-i,--hyp", config.hyp_paths,
                 "Hypothesis file, one sentence a line (default and -: stdin)");
  cli.add_option("--metrics,--metric,-m", config.metrics, "Metrics: bleu, chrf (space or comma)")
      ->delimiter(',');
  cli.add_option("--num-refs", config.num_refs,
                 "References per line of one tab-separated reference file (-nr)");
  cli.add_option("--encoding,-e", encoding, "Input encoding: utf-8 only");
  cli.add_option("--test-set,-t", test_set, "Not supported: give reference files");
  add_bleu_and_chrf_flags(cli, config);
  add_output_flags(cli, config);
  const std::vector<std::string> args =
      nmt::eval::sacrebleu_long_names(std::vector<std::string>(argv, argv + argc));
  std::vector<char*> arg_ptrs;
  for (const std::string& a : args) arg_ptrs.push_back(const_cast<char*>(a.c_str()));
  return nmt::app::run("nmt-eval", cli, common, argc, arg_ptrs.data(), [&] {
    // Options nmt-eval accepts from sacreBLEU but cannot honour: usage errors.
    if (!test_set.empty())
      throw nmt::OptionError(
          "sacreBLEU's test sets (-t) are not supported (they are "
          "downloaded): give the reference files instead");
    for (const std::string& e : encoding)
      if (e != "utf-8" && e != "UTF-8" && e != "utf8")
        throw nmt::OptionError("unsupported encoding '" + e + "': nmt-eval reads UTF-8 only");
    config.ref_paths = refs;
    config.ref_paths.insert(config.ref_paths.end(), more_refs.begin(), more_refs.end());
    // sacrebleu lets this variable override --format.
    if (const char* env = std::getenv("SACREBLEU_FORMAT")) {
      const std::string f = env;
      if (f == "json" || f == "text") config.format = f;
    }
    std::cout << nmt::eval::run_eval(config, std::cin);
    return 0;
  });
}
