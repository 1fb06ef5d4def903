// Synthetic translation tasks with a known answer, for tests that a model
// learns: "reverse" maps a sequence of word ids to the reversed sequence
// written in a second vocabulary (source word w -> target word w + offset), so
// target word j aligns with source word n-1-j. Ids start after the 4 special ids.
#pragma once

#include <algorithm>
#include <vector>

#include "base/rng.h"
#include "data/special_ids.h"
#include "decode/beam_search.h"
#include "models/translator.h"

namespace nmt::testing {

struct ToyPair {
  std::vector<int32_t> src, tgt;  // without BOS/EOS
};

struct ToyTask {
  int words = 12;  // vocabulary of each side, excluding specials
  int min_length = 3;
  int max_length = 9;
  int64_t vocab() const { return kNumSpecialIds + words; }
};

inline std::vector<ToyPair> reverse_pairs(const ToyTask& task, size_t count, uint64_t seed) {
  Rng rng(seed);
  std::vector<ToyPair> pairs(count);
  for (ToyPair& p : pairs) {
    const int length =
        task.min_length + static_cast<int>(rng.below(task.max_length - task.min_length + 1));
    for (int i = 0; i < length; ++i)
      p.src.push_back(kNumSpecialIds + static_cast<int32_t>(rng.below(task.words)));
    for (int i = length - 1; i >= 0; --i) p.tgt.push_back(p.src[i]);  // same ids, other vocabulary
  }
  return pairs;
}

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

// Greedy exact-match rate of a model on `count` held-out reverse pairs (seed 99,
// never used for training), decoded in eval mode with no tape.
inline double greedy_exact_match(Translator& model, const ToyTask& task, size_t count) {
  const std::vector<ToyPair> test = reverse_pairs(task, count, 99);
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
