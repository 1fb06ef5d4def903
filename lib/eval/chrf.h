// chrF exactly as sacreBLEU 2.x computes it (sacrebleu/metrics/chrf.py) with
// word order 0 (chrF, not chrF++): character n-grams of orders 1..6 over
// code points, whitespace removed (unless asked to keep it); per order the
// hypothesis, reference and matched n-gram counts (the hypothesis count is 0
// when the reference has no n-gram of that order); with several references,
// each segment keeps the statistics of the reference with the best sentence
// chrF (the first on a tie). The corpus score sums statistics over segments,
// averages precision and recall over the orders where both sides have
// n-grams ("effective order", sacreBLEU's default), then takes F-beta:
//   chrF = 100 (1 + beta^2) P R / (beta^2 P + R),  0 when P + R = 0.
// eps_smoothing switches to chrF++.py's averaging of per-order F scores
// (sacreBLEU's --chrf-eps-smoothing). Not here: word n-grams (chrF++).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "eval/corpus.h"
#include "eval/signature.h"

namespace nmt::eval {

struct ChrfOptions {
  int char_order = 6;
  int beta = 2;
  bool lowercase = false;
  bool whitespace = false;     // keep whitespace inside n-grams
  bool eps_smoothing = false;  // false: effective order (sacreBLEU's default)
};

// [hyp, ref, match] per order: 3 * char_order counts, summable over segments.
using ChrfStats = std::vector<int64_t>;

ChrfStats chrf_segment_stats(std::string_view hyp, const std::vector<std::string>& refs,
                             const ChrfOptions& options);
std::vector<ChrfStats> chrf_corpus_stats(const Corpus& corpus, const ChrfOptions& options);
// The score (0..100) of summed statistics.
double chrf_from_stats(const ChrfStats& stats, const ChrfOptions& options);
double corpus_chrf(const Corpus& corpus, const ChrfOptions& options);

// sacreBLEU's name for the score: "chrF2" (beta 2).
std::string chrf_name(const ChrfOptions& options);
// nrefs:1|case:mixed|eff:yes|nc:6|nw:0|space:no|version:2.4.3
Signature chrf_signature(const std::string& nrefs, const ChrfOptions& options);

}  // namespace nmt::eval
