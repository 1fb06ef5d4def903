// BLEU exactly as sacreBLEU 2.x computes it (sacrebleu/metrics/bleu.py):
// word n-grams up to order 4 over the tokenized line (tokenizer.h), clipped by
// the largest count of each n-gram in any one reference, the reference length
// closest to the hypothesis length (ties go to the shorter), statistics summed
// over the corpus, the geometric mean of the precisions with 'exp' smoothing
// (the k-th order without matches gets 100 / (2^k * total); or sacreBLEU's
// 'floor', 'add-k' and 'none'), a brevity penalty, and a score of 0 when
// nothing matches at all.
// Effective order (used for sentence scores, as sacreBLEU's --sentence-level
// does) averages only over the orders the hypothesis is long enough to have.
// Not here: the intl/zh/ja tokenizers, chrF (chrf.h), printing (output.h).
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "eval/corpus.h"
#include "eval/signature.h"
#include "eval/tokenizer.h"

namespace nmt::eval {

inline constexpr int kBleuMaxOrder = 4;

// sacreBLEU's --smooth-method: what a precision without matches becomes.
enum class BleuSmooth {
  exp,    // the k-th such order gets 100 / (2^k * total) (mteval-v13a)
  floor,  // 100 * value / total (value defaults to 0.1)
  add_k,  // orders 2-4 add value (default 1) to matches and totals
  none,   // stays 0
};

struct BleuOptions {
  BleuTokenizer tokenizer = BleuTokenizer::thirteen_a;
  bool lowercase = false;
  bool effective_order = false;  // sacreBLEU's sentence-level mode turns it on
  BleuSmooth smooth = BleuSmooth::exp;
  double smooth_value = -1;  // floor and add-k; < 0: their default (0.1, 1)
};

// "exp", "floor", "add-k", "none"; throws nmt::Error naming the choices.
BleuSmooth parse_bleu_smooth(const std::string& name);

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

// With options' smoothing and effective order.
BleuScore bleu_from_stats(const BleuStats& stats, const BleuOptions& options);
// 'exp' smoothing.
BleuScore bleu_from_stats(const BleuStats& stats, bool effective_order);
BleuScore corpus_bleu(const Corpus& corpus, const BleuOptions& options);

// What sacreBLEU prints after the score:
// "82.4/50.0/45.5/37.5 (BP = 0.943 ratio = 0.944 hyp_len = 17 ref_len = 18)"
std::string bleu_verbose(const BleuScore& score);
// nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:2.4.3
// (smooth:floor[0.10] and smooth:add-k[1.00] name their value).
Signature bleu_signature(const std::string& nrefs, const BleuOptions& options);

}  // namespace nmt::eval
