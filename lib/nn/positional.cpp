#include "nn/positional.h"

#include <cmath>
#include <map>
#include <mutex>

#include "base/error.h"

namespace nmt {
namespace {

Tensor build_table(int64_t length, int64_t dim) {
  Tensor table = Tensor::empty({length, dim});
  float* d = table.data();
  for (int64_t t = 0; t < length; ++t)
    for (int64_t i = 0; i < dim; i += 2) {
      // Double precision: positions in the thousands lose digits in float.
      double angle = static_cast<double>(t) / std::pow(10000.0, static_cast<double>(i) / dim);
      d[t * dim + i] = static_cast<float>(std::sin(angle));
      d[t * dim + i + 1] = static_cast<float>(std::cos(angle));
    }
  return table;
}

}  // namespace

Tensor sinusoidal_positions(int64_t length, int64_t dim, int64_t start) {
  NMT_CHECK(dim > 0 && dim % 2 == 0, "sinusoidal_positions: model size ", dim,
            " must be even and positive");
  NMT_CHECK(length >= 1 && start >= 0, "sinusoidal_positions: bad range start ", start, " length ",
            length);
  static std::mutex mutex;
  static std::map<int64_t, Tensor> tables;  // by D
  std::lock_guard<std::mutex> lock(mutex);
  Tensor& table = tables[dim];
  const int64_t needed = start + length;
  if (!table.defined() || table.dim(0) < needed) {
    int64_t rows = table.defined() ? table.dim(0) : 256;
    while (rows < needed) rows *= 2;
    table = build_table(rows, dim);  // earlier views keep the old storage alive
  }
  return table.rows(start, needed);
}

}  // namespace nmt
