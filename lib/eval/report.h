// nmt-eval's own output beside sacreBLEU's (output.h): the full-precision JSON
// of --format full (documented, and kept stable, in docs/EVAL.md) and the
// BLEU-by-source-length table. No scoring here.
#pragma once

#include <string>
#include <vector>

#include "eval/bleu.h"
#include "eval/by_length.h"
#include "eval/chrf.h"

namespace nmt::eval {

struct CorpusReport {
  bool has_bleu = false;
  BleuScore bleu;
  std::string bleu_signature;
  bool has_chrf = false;
  double chrf = 0;
  ChrfOptions chrf_options;
  std::string chrf_signature;
  std::vector<LengthBucket> by_length;  // empty: no table
};

// The --by-length table; every line ends in '\n'.
std::string by_length_text(const std::vector<LengthBucket>& buckets);
// One JSON object and '\n'.
std::string report_json(const CorpusReport& report);

// Sentence mode, JSON lines: {"line": N, "bleu": {...}} / {"line": N, "chrf": {...}}.
std::string sentence_bleu_json(size_t line, const BleuScore& score, const std::string& signature);
std::string sentence_chrf_json(size_t line, double score, const ChrfOptions& options,
                               const std::string& signature);

}  // namespace nmt::eval
