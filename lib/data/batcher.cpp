#include "data/batcher.h"

#include <algorithm>
#include <numeric>

#include "base/error.h"

namespace nmt {
namespace {

using Plan = std::vector<std::vector<size_t>>;

struct Lengths {
  std::vector<size_t> src, tgt;  // padded-batch lengths: incl. EOS (and BOS on the tgt side)
};

Lengths lengths_of(const EncodedCorpus& corpus, bool src_eos) {
  Lengths len;
  len.src.reserve(corpus.size());
  len.tgt.reserve(corpus.size());
  for (size_t i = 0; i < corpus.size(); ++i) {
    len.src.push_back(corpus.src_length(i) + (src_eos ? 1 : 0));
    len.tgt.push_back(corpus.tgt_length(i) + 1);
  }
  return len;
}

void shuffle_in_place(std::vector<size_t>& v, Rng& rng) {
  for (size_t i = v.size(); i > 1; --i) std::swap(v[i - 1], v[rng.below(i)]);
}

// Sorts one pool by length and appends its batches to plan.
void cut_pool(std::vector<size_t>& pool, const Lengths& len, const BatchOptions& options,
              Plan& plan) {
  std::stable_sort(pool.begin(), pool.end(), [&](size_t a, size_t b) {
    if (len.tgt[a] != len.tgt[b]) return len.tgt[a] < len.tgt[b];
    return len.src[a] < len.src[b];
  });
  std::vector<size_t> batch;
  size_t longest = 0;
  for (size_t i : pool) {
    const size_t longer = std::max(longest, std::max(len.src[i], len.tgt[i]));
    const bool over_budget = (batch.size() + 1) * longer > options.max_tokens;
    const bool full = options.max_sentences > 0 && batch.size() >= options.max_sentences;
    if (!batch.empty() && (over_budget || full)) {
      plan.push_back(std::move(batch));
      batch.clear();
      longest = 0;
    }
    batch.push_back(i);
    longest = std::max(longest, std::max(len.src[i], len.tgt[i]));
  }
  if (!batch.empty()) plan.push_back(std::move(batch));
}

Plan plan_batches(const Lengths& len, const BatchOptions& options, Rng* rng) {
  std::vector<size_t> order(len.tgt.size());
  std::iota(order.begin(), order.end(), size_t{0});
  Plan plan;
  if (!rng) {
    cut_pool(order, len, options, plan);
    return plan;
  }
  shuffle_in_place(order, *rng);
  const size_t pool_tokens = std::max<size_t>(1, options.pool_batches) * options.max_tokens;
  std::vector<size_t> pool;
  size_t tokens = 0;
  for (size_t i : order) {
    pool.push_back(i);
    tokens += len.tgt[i];
    if (tokens >= pool_tokens) {
      cut_pool(pool, len, options, plan);
      pool.clear();
      tokens = 0;
    }
  }
  if (!pool.empty()) cut_pool(pool, len, options, plan);
  std::vector<size_t> batch_order(plan.size());
  std::iota(batch_order.begin(), batch_order.end(), size_t{0});
  shuffle_in_place(batch_order, *rng);
  Plan shuffled;
  shuffled.reserve(plan.size());
  for (size_t b : batch_order) shuffled.push_back(std::move(plan[b]));
  return shuffled;
}

}  // namespace

Batcher::Batcher(EncodedCorpus corpus, const BatchOptions& options)
    : corpus_(std::move(corpus)), options_(options), rng_(options.seed) {
  NMT_CHECK(corpus_.size() > 0, "batcher: the corpus has no pairs");
  NMT_CHECK(options_.max_tokens > 0, "batcher: max tokens per batch must be positive");
  epoch_rng_state_ = rng_.state();
  plan_epoch();
}

void Batcher::plan_epoch() {
  plan_ = plan_batches(lengths_of(corpus_, options_.src_eos), options_,
                       options_.shuffle ? &rng_ : nullptr);
}

Batch Batcher::next() {
  return make_batch_of(next_indices());
}

std::vector<size_t> Batcher::next_indices() {
  if (index_ >= plan_.size()) {
    ++epoch_;
    index_ = 0;
    epoch_rng_state_ = rng_.state();
    plan_epoch();
  }
  return plan_[index_++];
}

Batch Batcher::make_batch_of(const std::vector<size_t>& indices) const {
  return make_corpus_batch(corpus_, indices, options_.src_eos);
}

Batch make_corpus_batch(const EncodedCorpus& corpus, const std::vector<size_t>& indices,
                        bool src_eos) {
  NMT_CHECK(!indices.empty(), "make_batch: no pairs given");
  IdRows src_rows, tgt_rows;
  src_rows.reserve(indices.size());
  tgt_rows.reserve(indices.size());
  for (size_t i : indices) {
    NMT_CHECK(i < corpus.size(), "make_batch: pair index ", i, " out of range (", corpus.size(),
              " pairs)");
    src_rows.push_back(corpus.src(i));
    tgt_rows.push_back(corpus.tgt(i));
  }
  Batch b = make_batch(src_rows, tgt_rows, src_eos);
  b.indices = indices;
  return b;
}

std::vector<size_t> interleaved_part(const std::vector<size_t>& indices, size_t part,
                                     size_t parts) {
  NMT_CHECK(parts > 0 && part < parts, "interleaved_part: part ", part, " of ", parts);
  std::vector<size_t> mine;
  for (size_t r = part; r < indices.size(); r += parts) mine.push_back(indices[r]);
  return mine;
}

size_t target_tokens(const EncodedCorpus& corpus, const std::vector<size_t>& indices) {
  size_t n = 0;
  for (size_t i : indices) {
    NMT_CHECK(i < corpus.size(), "target_tokens: pair index ", i, " out of range");
    n += corpus.tgt_length(i) + 1;
  }
  return n;
}

BatchPosition Batcher::position() const {
  return {epoch_, index_, epoch_rng_state_};
}

void Batcher::restore(const BatchPosition& position) {
  NMT_CHECK(position.rng_state != 0, "batcher: saved data position has no RNG state");
  rng_.set_state(position.rng_state);
  epoch_ = position.epoch;
  epoch_rng_state_ = position.rng_state;
  plan_epoch();
  NMT_CHECK(position.index <= plan_.size(), "batcher: saved data position (batch ", position.index,
            " of epoch ", position.epoch, ") does not fit this corpus (", plan_.size(),
            " batches per epoch); was the training data changed?");
  index_ = position.index;
}

std::vector<Batch> make_all_batches(const EncodedCorpus& corpus, const BatchOptions& options) {
  NMT_CHECK(options.max_tokens > 0, "batcher: max tokens per batch must be positive");
  std::vector<Batch> batches;
  for (const auto& indices : plan_batches(lengths_of(corpus, options.src_eos), options, nullptr)) {
    batches.push_back(make_corpus_batch(corpus, indices, options.src_eos));
  }
  return batches;
}

}  // namespace nmt
