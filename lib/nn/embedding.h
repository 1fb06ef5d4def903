// Embedding: a table[V, D] looked up by token ids, optionally scaled by
// sqrt(D) (the Transformer convention when the table is also the output
// projection). The table is "weight", initialised N(0, 1/D) so a scaled
// lookup has unit variance. Not here: positions (nn/positional.h).
#pragma once

#include <cstdint>
#include <vector>

#include "nn/module.h"

namespace nmt {

class Embedding : public Module {
 public:
  Embedding(int64_t vocab_size, int64_t dim, Rng& rng, bool scale_by_sqrt_dim = false);

  // ids (row-major, ids.size() == shape.numel(), e.g. shape [B, T]) ->
  // [shape..., D], e.g. [B, T, D]. Ids must lie in [0, V).
  Var forward(const std::vector<int32_t>& ids, const Shape& shape) const;

  const Var& weight() const { return table_; }  // [V, D], for weight tying
  int64_t vocab_size() const { return vocab_size_; }
  int64_t dim() const { return dim_; }

 private:
  int64_t vocab_size_;
  int64_t dim_;
  float scale_;  // 1 or sqrt(D)
  Var table_;    // [V, D]
};

}  // namespace nmt
