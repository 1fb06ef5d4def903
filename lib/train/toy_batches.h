// The reverse task of data/toy_tasks.h as model inputs, and its score: shared
// by `nmt-bench toy` and the model tests, so both train and measure alike.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "data/batch.h"
#include "data/toy_tasks.h"
#include "models/translator.h"

namespace nmt {

// Pairs [begin, end) laid out as one padded batch, as the batcher lays out a
// corpus (data/batch.h make_batch).
Batch make_toy_batch(const std::vector<ToyPair>& pairs, size_t begin, size_t end);
inline Batch make_toy_batch(const std::vector<ToyPair>& pairs) {
  return make_toy_batch(pairs, 0, pairs.size());
}

// Share of `pairs` whose greedy translation of `src` (their sources, as laid
// out by make_toy_batch) equals the target exactly; decoded in eval mode with
// no tape, the model is left in training mode.
double greedy_exact_match(Translator& model, const std::vector<ToyPair>& pairs,
                          const TokenBatch& src);

}  // namespace nmt
