#include "nn/embedding.h"

#include <cmath>

#include "autograd/ops.h"
#include "base/error.h"

namespace nmt {

Embedding::Embedding(int64_t vocab_size, int64_t dim, Rng& rng, bool scale_by_sqrt_dim)
    : vocab_size_(vocab_size),
      dim_(dim),
      scale_(scale_by_sqrt_dim ? std::sqrt(static_cast<float>(dim)) : 1.0f) {
  NMT_CHECK(vocab_size > 0 && dim > 0, "Embedding: bad size ", vocab_size, " x ", dim);
  float std = 1.0f / std::sqrt(static_cast<float>(dim));
  table_ = register_parameter("weight", init::normal({vocab_size, dim}, std, rng));
}

Var Embedding::forward(const std::vector<int32_t>& ids, const Shape& shape) const {
  NMT_CHECK(static_cast<int64_t>(ids.size()) == shape.numel(), "Embedding: ", ids.size(),
            " ids for shape ", shape.to_string());
  Var rows = embedding(table_, ids);  // [N, D]
  if (scale_ != 1.0f) rows = scale(rows, scale_);
  return reshape(rows, shape.with_inserted(shape.rank(), dim_));
}

}  // namespace nmt
