// What sacreBLEU 2.x's command line prints, byte for byte (sacrebleu/metrics/
// base.py Score.format and utils.py print_single_results), so a script that
// reads sacrebleu's output reads nmt-eval's:
//   text:  BLEU|nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:2.4.3 = 48.5 82.4/...
//          (several metrics: the parts before " = " right-aligned to one width)
//   json:  one object per metric, indent 1, keys name, score, signature,
//          verbose_score (BLEU), then the signature's fields, all strings;
//          several metrics: "[\n" + objects joined by ",\n" + "\n]"
//   score only (-b): the score alone, "%.{width}f"; several: one a line
//          (text) or sacreBLEU's bracketed list (json).
// No scoring here.
#pragma once

#include <string>
#include <vector>

#include "eval/signature.h"

namespace nmt::eval {

enum class OutputFormat {
  json,  // sacreBLEU's default
  text,  // sacreBLEU's one line per metric
  full,  // nmt's own: every number at full precision (report.h)
};

// "json", "text" or "full"; throws nmt::Error naming the choices.
OutputFormat parse_output_format(const std::string& name);

struct MetricScore {
  std::string name;  // "BLEU", "chrF2"
  double score = 0;  // 0..100
  Signature signature;
  std::string verbose;  // printed after the score; empty for chrF
};

// One metric as sacreBLEU formats it: the score-only text, the text line, or
// the JSON object (no trailing newline). width: decimals (sacreBLEU's -w).
std::string score_only_text(const MetricScore& m, int width);
std::string score_text(const MetricScore& m, int width, bool short_signature);
std::string score_json(const MetricScore& m, int width);

// Several formatted results as sacreBLEU prints them together, with a final newline.
std::string join_results(const std::vector<std::string>& results, OutputFormat format);

// Python's repr() of a float: the shortest text that reads back as x, always
// with a '.' or an exponent ("48.5", "100.0", "1e-05"), as json.dumps writes it.
std::string python_float_repr(double x);

}  // namespace nmt::eval
