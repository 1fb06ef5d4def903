#include "train/toy_batches.h"

#include <algorithm>

#include "autograd/var.h"
#include "data/special_ids.h"
#include "decode/beam_search.h"

namespace nmt {

ToyBatch make_toy_batch(const std::vector<ToyPair>& pairs, size_t begin, size_t end) {
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

double greedy_exact_match(Translator& model, const std::vector<ToyPair>& pairs,
                          const TokenBatch& src) {
  SearchConfig search;
  search.beam = 1;
  NoGradGuard no_grad;
  model.eval();
  const auto found = beam_search(model, src, search);
  model.train();
  size_t exact = 0;
  for (size_t i = 0; i < pairs.size(); ++i) exact += found[i].at(0).tokens == pairs[i].tgt;
  return static_cast<double>(exact) / static_cast<double>(pairs.size());
}

}  // namespace nmt
