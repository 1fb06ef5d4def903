#include "train/toy_batches.h"

#include "autograd/var.h"
#include "decode/beam_search.h"

namespace nmt {

Batch make_toy_batch(const std::vector<ToyPair>& pairs, size_t begin, size_t end) {
  IdRows src, tgt;
  for (size_t i = begin; i < end; ++i) {
    src.push_back(pairs[i].src);
    tgt.push_back(pairs[i].tgt);
  }
  return make_batch(src, tgt);
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
