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
constexpr int64_t kBlock = 16;

// True if base + (x[l] - shift) > cut for some l < kBlock. Values, not the
// search's variables, so the test compiles to a few vector instructions.
inline bool block_may_enter(const float* x, float base, float shift, float cut) {
  int any = 0;
#pragma omp simd reduction(| : any)
  for (int64_t l = 0; l < kBlock; ++l) any |= base + (x[l] - shift) > cut ? 1 : 0;
  return any != 0;
}

// log_probs are logits - shifts[row] (StepModel::step_logits), subtracted here
// with the bits step() would have; column v is token (*layout.ids)[v] under a
// shortlist. The ids are sorted, so candidates arrive in token order either
// way and ties break as over the whole vocabulary.
void best_candidates(const Tensor& logits, const StepLogitsLayout& layout, int32_t first_row,
                     int rows, const float* beam_scores, int keep, int32_t banned_token,
                     std::vector<Candidate>& out) {
  out.clear();
  const int64_t columns = logits.dim(1);  // V, or U under a shortlist
  const std::vector<float>& shifts = layout.shifts;
  const int32_t* ids = layout.ids ? layout.ids->data() : nullptr;
  float cut = -std::numeric_limits<float>::infinity();  // a score must beat this to enter
  auto consider = [&](float s, int32_t row, int64_t v) {
    if (static_cast<int>(out.size()) == keep && s <= out.back().log_prob) return;
    const int32_t token = ids ? ids[v] : static_cast<int32_t>(v);
    if (token == banned_token) return;
    Candidate c{s, row, token};
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
    const float* x = logits.data() + row * columns;
    const float shift = shifts[row];
    int64_t v = 0;
    for (; v + kBlock <= columns; v += kBlock) {
      if (!block_may_enter(x + v, base, shift, cut)) continue;
      for (int64_t l = 0; l < kBlock; ++l) consider(base + (x[v + l] - shift), row, v + l);
    }
    for (; v < columns; ++v) consider(base + (x[v] - shift), row, v);
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

// The rows of the next step, built sentence by sentence.
struct NextRows {
  StepHistory rows;             // token and parent of each row (no attention yet)
  std::vector<float> scores;    // log-prob of each row's path
  std::vector<int32_t> active;  // sentence of each group of K rows
};

// One batch's search: the decoder state and the hypotheses of every sentence,
// advanced one step at a time.
class BatchSearch {
 public:
  BatchSearch(StepModel& model, const TokenBatch& src, const SearchConfig& config,
              const SpecialIds& ids);
  // One model step for every live row; false once no sentence is left.
  bool advance();
  // Up to n_best hypotheses per sentence, best first.
  std::vector<std::vector<Hypothesis>> results();

 private:
  bool extend_sentence(const Tensor& logits, size_t group, NextRows& next);

  StepModel& model_;
  const SearchConfig& config_;
  const SpecialIds& ids_;
  const int K_;
  const int32_t banned_;                // a token never chosen (EOS at a fixed length), or -1
  std::vector<int64_t> source_length_;  // per sentence
  std::vector<int32_t> max_length_;     // per sentence: its last step is max_length_ - 1
  std::unique_ptr<DecoderState> state_;
  std::vector<int32_t> active_;                  // sentence of each group of K rows
  std::vector<float> beam_scores_;               // log-prob of each row's path
  std::vector<StepHistory> history_;             // one entry per step so far
  std::vector<std::vector<Finished>> finished_;  // per sentence, at most K
  std::vector<Candidate> candidates_;            // scratch for best_candidates
  StepLogitsLayout layout_;                      // this step's shifts (and shortlist ids)
  int32_t step_ = 0;
  // Rows per sentence in the current step: 1 at step 0 (the K beams of a
  // sentence would all start equal, so only one is computed), K after.
  int group_rows_ = 1;
};

BatchSearch::BatchSearch(StepModel& model, const TokenBatch& src, const SearchConfig& config,
                         const SpecialIds& ids)
    : model_(model),
      config_(config),
      ids_(ids),
      K_(config.beam),
      banned_(config.fixed_length > 0 ? ids.eos : -1),
      finished_(src.rows) {
  const int64_t batch = src.rows;
  source_length_.assign(src.lengths.begin(), src.lengths.begin() + batch);
  max_length_.resize(batch);
  for (int64_t b = 0; b < batch; ++b)
    max_length_[b] =
        config.fixed_length > 0
            ? static_cast<int32_t>(config.fixed_length)
            : static_cast<int32_t>(std::ceil(config.max_length_ratio * src.lengths[b])) + 5;

  // Step 0 runs one row per sentence (encode's rows); its best K extensions
  // become the K rows of step 1, so the state widens at the first select.
  state_ = model.encode(src);
  active_.resize(batch);
  for (int64_t b = 0; b < batch; ++b) active_[b] = static_cast<int32_t>(b);
  beam_scores_.assign(batch, 0.0f);
  history_.resize(1);
  history_[0].token.assign(batch, ids.bos);
  history_[0].parent.assign(batch, -1);
}

bool BatchSearch::advance() {
  StepHistory& now = history_[step_];
  std::vector<Tensor> attention;
  const Tensor logits = model_.step_logits(*state_, now.token, layout_,
                                           config_.keep_attention ? &attention : nullptr);
  now.attention = std::move(attention);

  NextRows next;
  for (size_t group = 0; group < active_.size(); ++group)
    if (extend_sentence(logits, group, next)) next.active.push_back(active_[group]);
  active_ = std::move(next.active);
  if (active_.empty()) return false;
  state_->select(next.rows.parent);
  beam_scores_ = std::move(next.scores);
  history_.push_back(std::move(next.rows));
  ++step_;
  group_rows_ = K_;
  return true;
}

// One sentence's share of a step: its best 2K extensions (greedy: 1) of the
// rows of `group` (1 at step 0, K after), best first. An EOS ranked inside the beam, or any
// extension at the sentence's last step, finishes a hypothesis; up to K others become rows of the
// next step, padded with dead rows to K. Returns false, leaving next as it was, when the sentence
// is complete (K finished, its last step, or nothing live).
bool BatchSearch::extend_sentence(const Tensor& logits, size_t group, NextRows& next) {
  const int32_t sentence = active_[group];
  const bool last_step = step_ + 1 >= max_length_[sentence];
  const auto first_row = static_cast<int32_t>(group * group_rows_);
  // Greedy needs only the best: an EOS there ends the sentence, anything else
  // is its one row, and the second best is never used either way.
  const int keep = K_ == 1 ? 1 : 2 * K_;
  best_candidates(logits, layout_, first_row, group_rows_, beam_scores_.data(), keep, banned_,
                  candidates_);
  std::vector<Finished>& done = finished_[sentence];
  int live = 0;
  for (size_t rank = 0; rank < candidates_.size(); ++rank) {
    const Candidate& c = candidates_[rank];
    const bool eos = c.token == ids_.eos;
    // An EOS ranked below the beam would not have survived pruning: ignore it.
    if (eos && rank >= static_cast<size_t>(K_)) continue;
    if (eos || last_step) {
      if (static_cast<int>(done.size()) < K_) {
        const float lp = length_penalty(step_ + 1, config_.length_penalty);
        done.push_back({c.log_prob / lp, c.log_prob, step_, c.row, c.token, eos});
      }
      continue;
    }
    if (live == K_ || static_cast<int>(done.size()) >= K_) continue;
    next.rows.token.push_back(c.token);
    next.rows.parent.push_back(c.row);
    next.scores.push_back(c.log_prob);
    ++live;
  }
  if (static_cast<int>(done.size()) >= K_ || last_step || live == 0) {
    // Undo this sentence's live rows: it is complete.
    next.rows.token.resize(next.rows.token.size() - live);
    next.rows.parent.resize(next.rows.parent.size() - live);
    next.scores.resize(next.scores.size() - live);
    return false;
  }
  for (; live < K_; ++live) {  // fewer than K continuations: pad with dead rows
    next.rows.token.push_back(ids_.pad);
    next.rows.parent.push_back(first_row);
    next.scores.push_back(-std::numeric_limits<float>::infinity());
  }
  return true;
}

std::vector<std::vector<Hypothesis>> BatchSearch::results() {
  std::vector<std::vector<Hypothesis>> out(finished_.size());
  for (size_t b = 0; b < finished_.size(); ++b) {
    std::vector<Finished>& done = finished_[b];
    std::stable_sort(done.begin(), done.end(),
                     [](const Finished& x, const Finished& y) { return x.score > y.score; });
    for (int i = 0; i < std::min<int>(config_.n_best, static_cast<int>(done.size())); ++i)
      out[b].push_back(
          make_hypothesis(history_, done[i], source_length_[b], config_.keep_attention, ids_.eos));
  }
  return out;
}

}  // namespace

float length_penalty(int64_t length, float alpha) {
  if (alpha == 0.0f) return 1.0f;
  return std::pow((5.0f + static_cast<float>(length)) / 6.0f, alpha);
}

std::vector<std::vector<Hypothesis>> beam_search(StepModel& model, const TokenBatch& src,
                                                 const SearchConfig& config,
                                                 const SpecialIds& ids) {
  NMT_CHECK(config.beam >= 1, "beam size must be at least 1, got ", config.beam);
  NMT_CHECK(config.n_best >= 1 && config.n_best <= config.beam, "n-best ", config.n_best,
            " must be between 1 and the beam size ", config.beam);
  if (src.rows == 0) return {};
  BatchSearch search(model, src, config, ids);
  while (search.advance()) {
  }
  return search.results();
}

}  // namespace nmt
