#include "eval/chrf.h"

#include <cstdio>
#include <unordered_map>

#include "base/error.h"
#include "eval/text.h"

namespace nmt::eval {
namespace {

// A line ready for n-gram extraction: its bytes and where each code point starts.
struct CharLine {
  std::string text;
  std::vector<size_t> starts;  // code point starts, then text.size()
};

CharLine prepare(std::string_view line, const ChrfOptions& options) {
  CharLine out;
  const std::string lower = options.lowercase ? lowercase(line) : std::string(line);
  if (options.whitespace) {
    out.text = lower;
  } else {
    for (std::string_view word : split_whitespace(lower)) out.text.append(word);
  }
  for (size_t i = 0; i < out.text.size(); ++i) {
    if ((static_cast<unsigned char>(out.text[i]) & 0xC0) != 0x80) out.starts.push_back(i);
  }
  out.starts.push_back(out.text.size());
  return out;
}

using CharNgrams = std::unordered_map<std::string_view, int64_t>;

// n-grams of order n; views point into line.text.
CharNgrams char_ngrams(const CharLine& line, int n) {
  CharNgrams counts;
  const size_t chars = line.starts.size() - 1;
  for (size_t i = 0; i + n <= chars; ++i) {
    const size_t begin = line.starts[i];
    ++counts[std::string_view(line.text).substr(begin, line.starts[i + n] - begin)];
  }
  return counts;
}

}  // namespace

ChrfStats chrf_segment_stats(std::string_view hyp, const std::vector<std::string>& refs,
                             const ChrfOptions& options) {
  NMT_CHECK(options.char_order > 0, "chrF: character order must be positive");
  const CharLine hyp_line = prepare(hyp, options);
  std::vector<CharNgrams> hyp_ngrams;
  for (int n = 1; n <= options.char_order; ++n) hyp_ngrams.push_back(char_ngrams(hyp_line, n));

  ChrfStats best;
  double best_score = -1.0;
  for (const std::string& ref : refs) {
    const CharLine ref_line = prepare(ref, options);
    ChrfStats stats;
    for (int n = 1; n <= options.char_order; ++n) {
      const CharNgrams ref_ngrams = char_ngrams(ref_line, n);
      int64_t hyp_count = 0, ref_count = 0, match = 0;
      for (const auto& [gram, count] : hyp_ngrams[n - 1]) {
        hyp_count += count;
        auto found = ref_ngrams.find(gram);
        if (found != ref_ngrams.end()) match += std::min(count, found->second);
      }
      for (const auto& entry : ref_ngrams) ref_count += entry.second;
      // sacreBLEU counts no hypothesis n-grams where the reference has none.
      stats.push_back(ref_ngrams.empty() ? 0 : hyp_count);
      stats.push_back(ref_count);
      stats.push_back(match);
    }
    const double score = chrf_from_stats(stats, options);
    if (score > best_score) {
      best_score = score;
      best = std::move(stats);
    }
  }
  return best;
}

std::vector<ChrfStats> chrf_corpus_stats(const Corpus& corpus, const ChrfOptions& options) {
  std::vector<ChrfStats> stats;
  stats.reserve(corpus.hyps.size());
  for (size_t i = 0; i < corpus.hyps.size(); ++i) {
    stats.push_back(chrf_segment_stats(corpus.hyps[i], corpus.refs[i], options));
  }
  return stats;
}

// Follows sacreBLEU's _compute_f_score operation by operation.
double chrf_from_stats(const ChrfStats& stats, const ChrfOptions& options) {
  NMT_CHECK(stats.size() == static_cast<size_t>(3 * options.char_order), "chrF: ", stats.size(),
            " statistics for order ", options.char_order);
  const double eps = 1e-16;
  const double factor = static_cast<double>(options.beta) * options.beta;
  double score = 0.0, avg_prec = 0.0, avg_rec = 0.0;
  int effective_order = 0;
  for (int i = 0; i < options.char_order; ++i) {
    const int64_t n_hyp = stats[3 * i], n_ref = stats[3 * i + 1], n_match = stats[3 * i + 2];
    const double prec = n_hyp > 0 ? static_cast<double>(n_match) / static_cast<double>(n_hyp) : eps;
    const double rec = n_ref > 0 ? static_cast<double>(n_match) / static_cast<double>(n_ref) : eps;
    const double denom = factor * prec + rec;
    score += denom > 0 ? (1 + factor) * prec * rec / denom : eps;
    if (n_hyp > 0 && n_ref > 0) {
      avg_prec += prec;
      avg_rec += rec;
      ++effective_order;
    }
  }
  if (options.eps_smoothing) return 100 * score / options.char_order;
  if (effective_order == 0) return 0.0;
  avg_prec /= effective_order;
  avg_rec /= effective_order;
  if (avg_prec + avg_rec == 0.0) return 0.0;
  double f = (1 + factor) * avg_prec * avg_rec;
  f /= (factor * avg_prec) + avg_rec;
  return 100 * f;
}

double corpus_chrf(const Corpus& corpus, const ChrfOptions& options) {
  ChrfStats sum(3 * options.char_order, 0);
  for (const ChrfStats& s : chrf_corpus_stats(corpus, options)) {
    for (size_t k = 0; k < sum.size(); ++k) sum[k] += s[k];
  }
  return chrf_from_stats(sum, options);
}

std::string chrf_name(const ChrfOptions& options) {
  return "chrF" + std::to_string(options.beta);
}

Signature chrf_signature(const std::string& nrefs, const ChrfOptions& options) {
  return Signature{{{"nrefs", "#", nrefs},
                    {"case", "c", options.lowercase ? "lc" : "mixed"},
                    {"eff", "e", options.eps_smoothing ? "no" : "yes"},
                    {"nc", "nc", std::to_string(options.char_order)},
                    {"nw", "nw", "0"},
                    {"space", "s", options.whitespace ? "yes" : "no"},
                    {"version", "v", kSacrebleuVersion}}};
}

}  // namespace nmt::eval
