// Corpus BLEU per source-length bucket: the table that shows whether a model
// (attention or not) holds up on long sentences. Source length is the number
// of whitespace-separated words of the source line; buckets are 1-10, 11-20,
// 21-30, 31-40 and 41+ (an empty source line counts in 1-10). Each bucket's
// BLEU sums the statistics of its sentences, as corpus BLEU does.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "eval/bleu.h"

namespace nmt::eval {

struct LengthBucket {
  int min_words = 0;
  int max_words = 0;  // -1: no upper bound
  std::string label;  // "1-10", ..., "41+"
  size_t sentences = 0;
  BleuScore bleu;  // meaningful only when sentences > 0
};

// segment_stats[i] belongs to sources[i]; throws nmt::Error naming source_name
// if the counts differ.
std::vector<LengthBucket> bleu_by_length(const std::vector<std::string>& sources,
                                         const std::vector<BleuStats>& segment_stats,
                                         const std::string& source_name);

}  // namespace nmt::eval
