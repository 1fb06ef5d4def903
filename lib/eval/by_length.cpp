#include "eval/by_length.h"

#include "base/error.h"
#include "eval/text.h"

namespace nmt::eval {

std::vector<LengthBucket> bleu_by_length(const std::vector<std::string>& sources,
                                         const std::vector<BleuStats>& segment_stats,
                                         const std::string& source_name) {
  NMT_CHECK(sources.size() == segment_stats.size(), "line counts differ: ", source_name, " has ",
            sources.size(), " lines but the hypotheses have ", segment_stats.size());
  const int kWidth = 10, kOpenFrom = 41;
  std::vector<LengthBucket> buckets;
  for (int low = 1; low < kOpenFrom; low += kWidth) {
    LengthBucket b;
    b.min_words = low;
    b.max_words = low + kWidth - 1;
    b.label = std::to_string(b.min_words) + "-" + std::to_string(b.max_words);
    buckets.push_back(b);
  }
  LengthBucket open;
  open.min_words = kOpenFrom;
  open.max_words = -1;
  open.label = std::to_string(kOpenFrom) + "+";
  buckets.push_back(open);

  std::vector<BleuStats> sums(buckets.size());
  for (size_t i = 0; i < sources.size(); ++i) {
    const int words = static_cast<int>(split_whitespace(sources[i]).size());
    size_t k = words >= kOpenFrom ? buckets.size() - 1
                                  : static_cast<size_t>(words > 0 ? (words - 1) / kWidth : 0);
    sums[k] += segment_stats[i];
    ++buckets[k].sentences;
  }
  for (size_t k = 0; k < buckets.size(); ++k) buckets[k].bleu = bleu_from_stats(sums[k], false);
  return buckets;
}

}  // namespace nmt::eval
