// BLEU exactly as sacreBLEU 2.x computes it (sacrebleu/metrics/bleu.py):
// word n-grams up to order 4 over the tokenized line (tokenizer.h), clipped by
// the largest count of each n-gram in any one reference, the reference length
// closest to the hypothesis length (ties go to the shorter), statistics summed
// over the corpus, the geometric mean of the precisions with 'exp' smoothing
// (the k-th order without matches gets 100 / (2^k * total)), a brevity
// penalty, and a score of 0 when nothing matches at all.
// Effective order (used for sentence scores, as sacreBLEU's --sentence-level
// does) averages only over the orders the hypothesis is long enough to have.
// Not here: other smoothing methods, the intl/zh/ja tokenizers, chrF (chrf.h).
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "eval/corpus.h"
#include "eval/tokenizer.h"

namespace nmt::eval {

inline constexpr int kBleuMaxOrder = 4;

struct BleuOptions {
  BleuTokenizer tokenizer = BleuTokenizer::thirteen_a;
  bool lowercase = false;
  bool effective_order = false;  // sacreBLEU's sentence-level mode turns it on
};

// Sufficient statistics of one segment or a sum of segments.
struct BleuStats {
  int64_t hyp_len = 0;
  int64_t ref_len = 0;
  std::array<int64_t, kBleuMaxOrder> correct{};  // clipped matches per order
  std::array<int64_t, kBleuMaxOrder> total{};    // hypothesis n-grams per order

  BleuStats& operator+=(const BleuStats& other);
};

struct BleuScore {
  double score = 0;                                // 0..100
  std::array<double, kBleuMaxOrder> precisions{};  // 0..100 (smoothed)
  double bp = 0;                                   // brevity penalty
  double ratio = 0;                                // hyp_len / ref_len (0 if ref_len is 0)
  BleuStats stats;
};

// Lowercases (if asked), strips trailing whitespace and tokenizes one line.
std::string bleu_preprocess(std::string_view line, const BleuOptions& options);

// Statistics of one hypothesis against its references (raw lines).
BleuStats bleu_segment_stats(std::string_view hyp, const std::vector<std::string>& refs,
                             const BleuOptions& options);
// One entry per segment of the corpus.
std::vector<BleuStats> bleu_corpus_stats(const Corpus& corpus, const BleuOptions& options);

BleuScore bleu_from_stats(const BleuStats& stats, bool effective_order);
BleuScore corpus_bleu(const Corpus& corpus, const BleuOptions& options);

// "BLEU = 48.53 82.4/50.0/45.5/37.5 (BP = 0.943 ratio = 0.944 hyp_len = 17 ref_len = 18)"
std::string format_bleu(const BleuScore& score);
// "nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:2.4.3"
std::string bleu_signature(const std::string& nrefs, const BleuOptions& options);

}  // namespace nmt::eval
