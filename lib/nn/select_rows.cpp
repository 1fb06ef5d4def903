#include "nn/select_rows.h"

#include <algorithm>

#include "autograd/ops.h"
#include "base/error.h"

namespace nmt {
namespace {

struct Split {
  int64_t outer, batch, inner;
  Shape out_shape;
};

Split split_at(const Shape& shape, int axis, const std::vector<int32_t>& rows) {
  const int a = shape.normalize(axis);
  Split s{1, shape[a], 1, shape};
  for (int i = 0; i < a; ++i) s.outer *= shape[i];
  for (int i = a + 1; i < shape.rank(); ++i) s.inner *= shape[i];
  NMT_CHECK(!rows.empty(), "select_batch_rows: no rows");
  for (int32_t r : rows)
    NMT_CHECK(r >= 0 && r < s.batch, "select_batch_rows: row ", r, " outside batch of ", s.batch);
  s.out_shape[a] = static_cast<int64_t>(rows.size());
  return s;
}

}  // namespace

Var select_batch_rows(const Var& x, int axis, const std::vector<int32_t>& rows) {
  Split s = split_at(x.shape(), axis, rows);
  // View x as a table [outer * batch, inner] and gather its rows.
  std::vector<int32_t> ids;
  ids.reserve(s.outer * rows.size());
  for (int64_t o = 0; o < s.outer; ++o)
    for (int32_t r : rows) ids.push_back(static_cast<int32_t>(o * s.batch + r));
  Var table = reshape(x, {s.outer * s.batch, s.inner});
  return reshape(embedding(table, ids), s.out_shape);
}

Tensor select_batch_rows(const Tensor& x, int axis, const std::vector<int32_t>& rows) {
  Split s = split_at(x.shape(), axis, rows);
  Tensor out = Tensor::empty(s.out_shape);
  const float* src = x.data();
  float* dst = out.data();
  for (int64_t o = 0; o < s.outer; ++o)
    for (int32_t r : rows) {
      const float* from = src + (o * s.batch + r) * s.inner;
      dst = std::copy(from, from + s.inner, dst);
    }
  return out;
}

}  // namespace nmt
