// Alignment error rate (Och and Ney, 2003) of hypothesis word alignments A
// against gold sure links S and possible links P (S a subset of P):
//   AER       = 1 - (|A&S| + |A&P|) / (|A| + |S|)
//   precision = |A&P| / |A|        recall = |A&S| / |S|
// Corpus figures sum the counts over sentences before dividing (not a mean of
// sentence rates). Rates are reported in percent. A rate whose denominator is
// zero is 0 (an empty hypothesis against an empty gold has AER 0).
// Reading files is in pharaoh.h.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "eval/pharaoh.h"

namespace nmt::eval {

struct AerCounts {
  size_t hyp = 0;           // |A|
  size_t sure = 0;          // |S|
  size_t possible = 0;      // |P| (sure links included)
  size_t hyp_sure = 0;      // |A&S|
  size_t hyp_possible = 0;  // |A&P|

  AerCounts& operator+=(const AerCounts& other);
  double aer() const;        // percent
  double precision() const;  // percent
  double recall() const;     // percent
};

// Counts for one sentence (both sides sorted and deduplicated first).
AerCounts count_alignment(const Alignment& hyp, const GoldAlignment& gold);

struct AerReport {
  AerCounts total;                   // summed over sentences
  std::vector<AerCounts> sentences;  // one per sentence
};

// Scores every sentence. The two lists must be equally long; the error names
// the gold file: "gold.align has 3 lines but there are 4 sentences".
AerReport score_alignments(const std::vector<Alignment>& hyps,
                           const std::vector<GoldAlignment>& gold, const std::string& gold_name);

// "AER = 23.45  precision = 80.00  recall = 70.00  (sentences 12, links 100,
// sure 90, possible 120)" and '\n'.
std::string aer_text(const AerReport& report);
// One JSON object and '\n': {"aer":..,"precision":..,"recall":..,"sentences":N,
// "hyp":..,"sure":..,"possible":..,"hyp_sure":..,"hyp_possible":..}; with
// per_sentence, also "per_sentence":[{"aer":..,...}, ...].
std::string aer_json(const AerReport& report, bool per_sentence = false);

}  // namespace nmt::eval
