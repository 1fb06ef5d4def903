// Test helpers around the reverse task of data/toy_tasks.h; the generator,
// the batch layout and the scorer live in lib (train/toy_batches.h) so that
// `nmt-bench toy` uses the very same code.
#pragma once

#include <vector>

#include "data/toy_tasks.h"
#include "models/translator.h"
#include "train/toy_batches.h"

namespace nmt::testing {

using nmt::make_toy_batch;
using nmt::reverse_pairs;
using nmt::ToyPair;
using nmt::ToySplit;
using nmt::ToyTask;

// Greedy exact-match rate of a model on `count` held-out reverse pairs (a
// split no training pair comes from), decoded in eval mode with no tape.
inline double greedy_exact_match(Translator& model, const ToyTask& task, size_t count) {
  const std::vector<ToyPair> test = reverse_pairs(task, count, 99, ToySplit::Heldout);
  return nmt::greedy_exact_match(model, test, make_toy_batch(test).src);
}

}  // namespace nmt::testing
