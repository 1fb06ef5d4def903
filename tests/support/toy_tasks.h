// Test helpers around the reverse task of data/toy_tasks.h (the generator
// lives in lib so that `nmt-bench toy` draws the very same data): laying pairs
// out as model inputs, and greedy exact match on held-out pairs.
#pragma once

#include <algorithm>
#include <vector>

#include "data/special_ids.h"
#include "data/toy_tasks.h"
#include "decode/beam_search.h"
#include "models/translator.h"

namespace nmt::testing {

using nmt::reverse_pairs;
using nmt::ToyPair;
using nmt::ToySplit;
using nmt::ToyTask;

// Source rows end with EOS; target input starts with BOS, output ends with EOS.
struct ToyBatch {
  TokenBatch src, tgt_in;
  std::vector<int32_t> tgt_out;  // [B * T]
};

inline ToyBatch make_toy_batch(const std::vector<ToyPair>& pairs, size_t begin, size_t end) {
  ToyBatch b;
  const int64_t rows = static_cast<int64_t>(end - begin);
  int64_t s = 0, t = 0;
  for (size_t i = begin; i < end; ++i) {
    s = std::max<int64_t>(s, pairs[i].src.size() + 1);
    t = std::max<int64_t>(t, pairs[i].tgt.size() + 1);
  }
  b.src = {rows, s, std::vector<int32_t>(rows * s, kPadId), {}};
  b.tgt_in = {rows, t, std::vector<int32_t>(rows * t, kPadId), {}};
  b.tgt_out.assign(rows * t, kPadId);
  for (int64_t r = 0; r < rows; ++r) {
    const ToyPair& p = pairs[begin + r];
    std::copy(p.src.begin(), p.src.end(), b.src.ids.begin() + r * s);
    b.src.ids[r * s + p.src.size()] = kEosId;
    b.src.lengths.push_back(static_cast<int32_t>(p.src.size() + 1));
    b.tgt_in.ids[r * t] = kBosId;
    std::copy(p.tgt.begin(), p.tgt.end(), b.tgt_in.ids.begin() + r * t + 1);
    std::copy(p.tgt.begin(), p.tgt.end(), b.tgt_out.begin() + r * t);
    b.tgt_out[r * t + p.tgt.size()] = kEosId;
    b.tgt_in.lengths.push_back(static_cast<int32_t>(p.tgt.size() + 1));
  }
  return b;
}

// Greedy exact-match rate of a model on `count` held-out reverse pairs (a
// split no training pair comes from), decoded in eval mode with no tape.
inline double greedy_exact_match(Translator& model, const ToyTask& task, size_t count) {
  const std::vector<ToyPair> test = reverse_pairs(task, count, 99, ToySplit::Heldout);
  ToyBatch b = make_toy_batch(test, 0, test.size());
  SearchConfig search;
  search.beam = 1;
  NoGradGuard no_grad;
  model.eval();
  auto found = beam_search(model, b.src, search);
  model.train();
  int exact = 0;
  for (size_t i = 0; i < test.size(); ++i) exact += found[i].at(0).tokens == test[i].tgt;
  return exact / static_cast<double>(test.size());
}

}  // namespace nmt::testing
