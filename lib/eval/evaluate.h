// nmt-eval's whole job behind one call, so tests reach it without the command
// line: check the settings, read hypothesis, reference(s) and source, score,
// and return the text to print, as sacreBLEU 2.x's command line prints it
// (output.h) or in nmt's full-precision JSON (report.h). Errors a user can
// cause (a missing file, invalid UTF-8, different line counts, an unknown
// metric, tokenizer or format, --by-length without a source) throw
// nmt::Error with a one-line message.
#pragma once

#include <istream>
#include <string>
#include <vector>

namespace nmt::eval {

// Field names follow sacreBLEU's options (docs/EVAL.md maps them).
struct EvalConfig {
  std::vector<std::string> ref_paths;  // "-" (one file at most of all): hyp_stream
  std::vector<std::string> hyp_paths;  // empty or {"-"}: the given stream; one file at most
  int num_refs = 1;  // > 1: the one reference file holds that many per line, tab-separated
  std::vector<std::string> metrics = {"bleu"};  // "bleu" and/or "chrf"
  // BLEU
  std::string tokenize = "13a";  // 13a | none | char
  bool lowercase = false;
  std::string smooth_method = "exp";  // exp | floor | add-k | none
  double smooth_value = -1;           // floor, add-k; < 0: sacreBLEU's default
  // chrF
  int chrf_char_order = 6;
  int chrf_word_order = 0;  // only 0 (chrF, not chrF++)
  int chrf_beta = 2;
  bool chrf_lowercase = false;
  bool chrf_whitespace = false;
  bool chrf_eps_smoothing = false;
  // What is printed
  bool sentence = false;         // one score per line (BLEU with effective order)
  std::string format = "json";   // json | text | full
  bool score_only = false;       // the score alone
  int width = 1;                 // decimals
  bool short_signature = false;  // sacreBLEU's --short
  bool by_length = false;        // BLEU per source-length bucket; needs src_path
  std::string src_path;
};

std::string run_eval(const EvalConfig& config, std::istream& hyp_stream);

// sacreBLEU spells some options with one dash and several letters (-tok,
// -lc, -sl, -nr, -cc, -cw, -sv, -sh, -nc, -ci); returns args with those
// replaced by their long names, everything else unchanged. args[0] is the
// program name and is kept.
std::vector<std::string> sacrebleu_long_names(const std::vector<std::string>& args);

}  // namespace nmt::eval
