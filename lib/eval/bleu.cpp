#include "eval/bleu.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <unordered_map>

#include "base/error.h"
#include "eval/text.h"

namespace nmt::eval {
namespace {

// Counts of n-grams per order; a key is the n words joined by single spaces
// (words never contain whitespace, so keys of one order cannot collide).
using NgramCounts = std::array<std::unordered_map<std::string, int64_t>, kBleuMaxOrder>;

NgramCounts word_ngrams(const std::vector<std::string_view>& words) {
  NgramCounts counts;
  for (size_t i = 0; i < words.size(); ++i) {
    std::string key;
    for (int n = 1; n <= kBleuMaxOrder && i + n <= words.size(); ++n) {
      if (n > 1) key += ' ';
      key.append(words[i + n - 1]);
      ++counts[n - 1][key];
    }
  }
  return counts;
}

// The reference length closest to hyp_len; on a tie, the shorter one.
int64_t closest_ref_len(int64_t hyp_len, const std::vector<int64_t>& ref_lens) {
  int64_t best_diff = -1, best_len = -1;
  for (int64_t len : ref_lens) {
    const int64_t diff = std::llabs(hyp_len - len);
    if (best_diff == -1 || diff < best_diff) {
      best_diff = diff;
      best_len = len;
    } else if (diff == best_diff && len < best_len) {
      best_len = len;
    }
  }
  return best_len;
}

const char* smooth_name(BleuSmooth smooth) {
  switch (smooth) {
    case BleuSmooth::exp:
      return "exp";
    case BleuSmooth::floor:
      return "floor";
    case BleuSmooth::add_k:
      return "add-k";
    case BleuSmooth::none:
      break;
  }
  return "none";
}

// The value floor and add-k use: the user's, or sacreBLEU's default.
double smooth_value(const BleuOptions& options) {
  if (options.smooth_value >= 0) return options.smooth_value;
  return options.smooth == BleuSmooth::floor ? 0.1 : 1.0;
}

// sacreBLEU's my_log: log floored at -9999999999 for a zero precision.
double floored_log(double x) {
  return x == 0.0 ? -9999999999.0 : std::log(x);
}

}  // namespace

BleuStats& BleuStats::operator+=(const BleuStats& other) {
  hyp_len += other.hyp_len;
  ref_len += other.ref_len;
  for (int n = 0; n < kBleuMaxOrder; ++n) {
    correct[n] += other.correct[n];
    total[n] += other.total[n];
  }
  return *this;
}

std::string bleu_preprocess(std::string_view line, const BleuOptions& options) {
  if (options.lowercase) {
    const std::string lower = lowercase(line);
    return tokenize(rstrip_whitespace(lower), options.tokenizer);
  }
  return tokenize(rstrip_whitespace(line), options.tokenizer);
}

BleuStats bleu_segment_stats(std::string_view hyp, const std::vector<std::string>& refs,
                             const BleuOptions& options) {
  NgramCounts ref_max;  // per n-gram, its largest count in any one reference
  std::vector<int64_t> ref_lens;
  for (const std::string& ref : refs) {
    const std::string tokens = bleu_preprocess(ref, options);
    const std::vector<std::string_view> words = split_whitespace(tokens);
    ref_lens.push_back(static_cast<int64_t>(words.size()));
    NgramCounts counts = word_ngrams(words);
    for (int n = 0; n < kBleuMaxOrder; ++n) {
      for (auto& [key, count] : counts[n]) {
        int64_t& best = ref_max[n][key];
        best = std::max(best, count);
      }
    }
  }

  const std::string tokens = bleu_preprocess(hyp, options);
  const std::vector<std::string_view> words = split_whitespace(tokens);
  BleuStats stats;
  stats.hyp_len = static_cast<int64_t>(words.size());
  stats.ref_len = closest_ref_len(stats.hyp_len, ref_lens);
  const NgramCounts counts = word_ngrams(words);
  for (int n = 0; n < kBleuMaxOrder; ++n) {
    for (const auto& [key, count] : counts[n]) {
      stats.total[n] += count;
      auto found = ref_max[n].find(key);
      if (found != ref_max[n].end()) stats.correct[n] += std::min(count, found->second);
    }
  }
  return stats;
}

std::vector<BleuStats> bleu_corpus_stats(const Corpus& corpus, const BleuOptions& options) {
  std::vector<BleuStats> stats;
  stats.reserve(corpus.hyps.size());
  for (size_t i = 0; i < corpus.hyps.size(); ++i) {
    stats.push_back(bleu_segment_stats(corpus.hyps[i], corpus.refs[i], options));
  }
  return stats;
}

// The arithmetic follows sacreBLEU's compute_bleu operation by operation so
// the doubles come out bit for bit the same.
BleuSmooth parse_bleu_smooth(const std::string& name) {
  if (name == "exp") return BleuSmooth::exp;
  if (name == "floor") return BleuSmooth::floor;
  if (name == "add-k") return BleuSmooth::add_k;
  if (name == "none") return BleuSmooth::none;
  throw Error("unknown smoothing method '" + name + "' (choose exp, floor, add-k or none)");
}

BleuScore bleu_from_stats(const BleuStats& stats, bool effective_order) {
  BleuOptions options;
  options.effective_order = effective_order;
  return bleu_from_stats(stats, options);
}

BleuScore bleu_from_stats(const BleuStats& stats, const BleuOptions& options) {
  BleuScore out;
  out.stats = stats;
  const double sys_len = static_cast<double>(stats.hyp_len);
  const double ref_len = static_cast<double>(stats.ref_len);
  if (stats.hyp_len < stats.ref_len) {
    out.bp = stats.hyp_len > 0 ? std::exp(1.0 - ref_len / sys_len) : 0.0;
  } else {
    out.bp = 1.0;
  }
  out.ratio = stats.ref_len != 0 ? sys_len / ref_len : 0.0;

  const bool any_match =
      std::any_of(stats.correct.begin(), stats.correct.end(), [](int64_t c) { return c != 0; });
  if (!any_match) return out;  // sacreBLEU #141: no smoothing, BLEU 0

  const double value = smooth_value(options);
  double smooth = 1.0;
  int eff_order = kBleuMaxOrder;
  for (int n = 1; n <= kBleuMaxOrder; ++n) {
    double correct = static_cast<double>(stats.correct[n - 1]);
    double total = static_cast<double>(stats.total[n - 1]);
    if (options.smooth == BleuSmooth::add_k && n > 1) {
      correct += value;
      total += value;
    }
    if (total == 0) break;
    if (options.effective_order) eff_order = n;
    if (correct == 0) {
      if (options.smooth == BleuSmooth::exp) {
        smooth *= 2;
        out.precisions[n - 1] = 100.0 / (smooth * total);
      } else if (options.smooth == BleuSmooth::floor) {
        out.precisions[n - 1] = 100.0 * value / total;
      }
    } else {
      out.precisions[n - 1] = 100.0 * correct / total;
    }
  }
  double log_sum = 0.0;
  for (int n = 0; n < eff_order; ++n) log_sum += floored_log(out.precisions[n]);
  out.score = out.bp * std::exp(log_sum / eff_order);
  return out;
}

BleuScore corpus_bleu(const Corpus& corpus, const BleuOptions& options) {
  BleuStats sum;
  for (const BleuStats& s : bleu_corpus_stats(corpus, options)) sum += s;
  return bleu_from_stats(sum, options);
}

std::string bleu_verbose(const BleuScore& score) {
  const auto& p = score.precisions;
  char buf[256];
  std::snprintf(buf, sizeof(buf),
                "%.1f/%.1f/%.1f/%.1f (BP = %.3f ratio = %.3f hyp_len = %lld ref_len = %lld)", p[0],
                p[1], p[2], p[3], score.bp, score.ratio,
                static_cast<long long>(score.stats.hyp_len),
                static_cast<long long>(score.stats.ref_len));
  return buf;
}

Signature bleu_signature(const std::string& nrefs, const BleuOptions& options) {
  std::string smooth = smooth_name(options.smooth);
  if (options.smooth == BleuSmooth::floor || options.smooth == BleuSmooth::add_k) {
    char buf[64];
    std::snprintf(buf, sizeof(buf), "[%.2f]", smooth_value(options));
    smooth += buf;
  }
  return Signature{{{"nrefs", "#", nrefs},
                    {"case", "c", options.lowercase ? "lc" : "mixed"},
                    {"eff", "e", options.effective_order ? "yes" : "no"},
                    {"tok", "tok", tokenizer_name(options.tokenizer)},
                    {"smooth", "s", smooth},
                    {"version", "v", kSacrebleuVersion}}};
}

}  // namespace nmt::eval
