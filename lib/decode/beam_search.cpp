#include "decode/beam_search.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "base/error.h"

namespace nmt {
namespace {

// What was fed at one step for every row of the state, and where it came from.
struct StepHistory {
  std::vector<int32_t> token;     // fed at this step
  std::vector<int32_t> parent;    // row at the previous step (-1 at step 0)
  std::vector<Tensor> attention;  // per layer [rows, H, S], when kept
};

struct Candidate {
  float log_prob;
  int32_t row;    // row of the current step it extends
  int32_t token;  // token it appends
};

struct Finished {
  float score;
  float log_prob;
  int32_t step;   // step whose output ended it
  int32_t row;    // row at that step
  int32_t token;  // final token (EOS, or the last word when forced to stop)
  bool ended_by_eos;
};

// The best `keep` candidates of one sentence's rows, best first. Keeps a small
// sorted array instead of sorting K * V values, and skips blocks of 16 words
// none of which beats the current worst kept candidate in one vectorised test
// (almost every block once the array is full).
void best_candidates(const Tensor& log_probs, int32_t first_row, int rows, const float* beam_scores,
                     int keep, int32_t banned_token, std::vector<Candidate>& out) {
  out.clear();
  const int64_t vocab = log_probs.dim(1);
  constexpr int64_t kBlock = 16;
  float cut = -std::numeric_limits<float>::infinity();  // a score must beat this to enter
  auto consider = [&](float s, int32_t row, int64_t v) {
    if (static_cast<int>(out.size()) == keep && s <= out.back().log_prob) return;
    if (v == banned_token) return;
    Candidate c{s, row, static_cast<int32_t>(v)};
    auto at = std::upper_bound(
        out.begin(), out.end(), c,
        [](const Candidate& a, const Candidate& b) { return a.log_prob > b.log_prob; });
    out.insert(at, c);
    if (static_cast<int>(out.size()) > keep) out.pop_back();
    if (static_cast<int>(out.size()) == keep) cut = out.back().log_prob;
  };
  for (int r = 0; r < rows; ++r) {
    const int32_t row = first_row + r;
    const float base = beam_scores[row];
    if (base == -std::numeric_limits<float>::infinity()) continue;
    const float* lp = log_probs.data() + row * vocab;
    int64_t v = 0;
    for (; v + kBlock <= vocab; v += kBlock) {
      bool any = false;
#pragma omp simd reduction(| : any)
      for (int64_t l = 0; l < kBlock; ++l) any |= base + lp[v + l] > cut;
      if (!any) continue;
      for (int64_t l = 0; l < kBlock; ++l) consider(base + lp[v + l], row, v + l);
    }
    for (; v < vocab; ++v) consider(base + lp[v], row, v);
  }
}

// Tokens fed at steps 1..step along the path ending at `row` of `step`, plus
// the row visited at each step 0..step.
void backtrack(const std::vector<StepHistory>& history, int32_t step, int32_t row,
               std::vector<int32_t>& tokens, std::vector<int32_t>& rows) {
  tokens.clear();
  rows.assign(step + 1, 0);
  for (int32_t s = step; s >= 0; --s) {
    rows[s] = row;
    if (s > 0) tokens.push_back(history[s].token[row]);
    row = history[s].parent[row];
  }
  std::reverse(tokens.begin(), tokens.end());
}

Hypothesis make_hypothesis(const std::vector<StepHistory>& history, const Finished& f,
                           int64_t source_length, bool keep_attention, int32_t eos) {
  Hypothesis h;
  std::vector<int32_t> rows;
  backtrack(history, f.step, f.row, h.tokens, rows);
  if (f.token != eos) h.tokens.push_back(f.token);
  h.log_prob = f.log_prob;
  h.score = f.score;
  if (keep_attention) {
    for (int32_t s = 0; s <= f.step; ++s) {
      std::vector<std::vector<float>> layers;
      for (const Tensor& a : history[s].attention) {
        const int64_t heads = a.dim(1), src_len = a.dim(2);
        std::vector<float> w(heads * source_length);
        const float* base = a.data() + rows[s] * heads * src_len;
        for (int64_t hd = 0; hd < heads; ++hd)
          std::copy(base + hd * src_len, base + hd * src_len + source_length,
                    w.begin() + hd * source_length);
        layers.push_back(std::move(w));
      }
      h.attention.push_back(std::move(layers));
    }
  }
  return h;
}

}  // namespace

float length_penalty(int64_t length, float alpha) {
  if (alpha == 0.0f) return 1.0f;
  return std::pow((5.0f + static_cast<float>(length)) / 6.0f, alpha);
}

std::vector<std::vector<Hypothesis>> beam_search(Translator& model, const TokenBatch& src,
                                                 const SearchConfig& config,
                                                 const SpecialIds& ids) {
  NMT_CHECK(config.beam >= 1, "beam size must be at least 1, got ", config.beam);
  NMT_CHECK(config.n_best >= 1 && config.n_best <= config.beam, "n-best ", config.n_best,
            " must be between 1 and the beam size ", config.beam);
  const int K = config.beam;
  const int64_t batch = src.rows;
  std::vector<std::vector<Finished>> finished(batch);
  if (batch == 0) return {};

  std::vector<int32_t> max_length(batch);
  for (int64_t b = 0; b < batch; ++b)
    max_length[b] =
        config.fixed_length > 0
            ? static_cast<int32_t>(config.fixed_length)
            : static_cast<int32_t>(std::ceil(config.max_length_ratio * src.lengths[b])) + 5;

  std::unique_ptr<DecoderState> state = model.encode(src);
  std::vector<int32_t> active(batch);  // sentence of each group of K rows
  std::vector<int32_t> expand(batch * K);
  for (int64_t b = 0; b < batch; ++b) {
    active[b] = static_cast<int32_t>(b);
    for (int k = 0; k < K; ++k) expand[b * K + k] = static_cast<int32_t>(b);
  }
  state->select(expand);

  // All K copies start equal: only beam 0 may extend at step 0.
  std::vector<float> beam_scores(batch * K, -std::numeric_limits<float>::infinity());
  for (int64_t b = 0; b < batch; ++b) beam_scores[b * K] = 0.0f;
  std::vector<StepHistory> history(1);
  history[0].token.assign(batch * K, ids.bos);
  history[0].parent.assign(batch * K, -1);

  std::vector<Candidate> candidates;
  const int32_t banned = config.fixed_length > 0 ? ids.eos : -1;
  for (int32_t step = 0; !active.empty(); ++step) {
    StepHistory& now = history[step];
    std::vector<Tensor> attention;
    Tensor log_probs = model.step(*state, now.token, config.keep_attention ? &attention : nullptr);
    now.attention = std::move(attention);

    StepHistory next;
    std::vector<float> next_scores;
    std::vector<int32_t> next_active;
    for (size_t a = 0; a < active.size(); ++a) {
      const int32_t sentence = active[a];
      const bool last_step = step + 1 >= max_length[sentence];
      best_candidates(log_probs, static_cast<int32_t>(a * K), K, beam_scores.data(), 2 * K, banned,
                      candidates);
      std::vector<Finished>& done = finished[sentence];
      int live = 0;
      for (size_t rank = 0; rank < candidates.size(); ++rank) {
        const Candidate& c = candidates[rank];
        const bool eos = c.token == ids.eos;
        // An EOS ranked below the beam would not have survived pruning: ignore it.
        if (eos && rank >= static_cast<size_t>(K)) continue;
        if (eos || last_step) {
          if (static_cast<int>(done.size()) < K) {
            const float lp = length_penalty(step + 1, config.length_penalty);
            done.push_back({c.log_prob / lp, c.log_prob, step, c.row, c.token, eos});
          }
          continue;
        }
        if (live == K || static_cast<int>(done.size()) >= K) continue;
        next.token.push_back(c.token);
        next.parent.push_back(c.row);
        next_scores.push_back(c.log_prob);
        ++live;
      }
      if (static_cast<int>(done.size()) >= K || last_step || live == 0) {
        // Undo this sentence's live rows: it is complete.
        next.token.resize(next.token.size() - live);
        next.parent.resize(next.parent.size() - live);
        next_scores.resize(next_scores.size() - live);
        continue;
      }
      for (; live < K; ++live) {  // fewer than K continuations: pad with dead rows
        next.token.push_back(ids.pad);
        next.parent.push_back(static_cast<int32_t>(a * K));
        next_scores.push_back(-std::numeric_limits<float>::infinity());
      }
      next_active.push_back(sentence);
    }
    active = std::move(next_active);
    if (active.empty()) break;
    state->select(next.parent);
    beam_scores = std::move(next_scores);
    history.push_back(std::move(next));
  }

  std::vector<std::vector<Hypothesis>> results(batch);
  for (int64_t b = 0; b < batch; ++b) {
    std::vector<Finished>& done = finished[b];
    std::stable_sort(done.begin(), done.end(),
                     [](const Finished& x, const Finished& y) { return x.score > y.score; });
    const int64_t source_length = src.lengths[b];
    for (int i = 0; i < std::min<int>(config.n_best, static_cast<int>(done.size())); ++i)
      results[b].push_back(
          make_hypothesis(history, done[i], source_length, config.keep_attention, ids.eos));
  }
  return results;
}

}  // namespace nmt
