// nmt-eval's whole job behind one call, so tests reach it without the command
// line: check the settings, read hypothesis, reference(s) and source, score,
// and return the text to print (report.h). Errors a user can cause (a missing
// file, invalid UTF-8, different line counts, an unknown metric or tokenizer,
// --by-length without a source) throw nmt::Error with a one-line message.
#pragma once

#include <istream>
#include <string>
#include <vector>

namespace nmt::eval {

struct EvalConfig {
  std::vector<std::string> ref_paths;           // "-" (one file at most): hyp_stream
  std::string hyp_path = "-";                   // "-": read the hypotheses from the given stream
  std::vector<std::string> metrics = {"bleu"};  // "bleu" and/or "chrf"
  std::string tokenize = "13a";                 // BLEU tokenizer: 13a | none | char
  bool lowercase = false;                       // both metrics
  bool sentence = false;                        // one score per line (BLEU with effective order)
  bool json = false;
  bool by_length = false;  // BLEU per source-length bucket; needs src_path
  std::string src_path;
};

std::string run_eval(const EvalConfig& config, std::istream& hyp_stream);

}  // namespace nmt::eval
