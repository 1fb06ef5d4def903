#include "models/logit_shifts.h"

#include <cmath>

#include "tensor/fast_exp.h"

namespace nmt {

void log_softmax_shifts(const Tensor& x, std::vector<float>& shifts) {
  const int64_t rows = x.shape().rows(), cols = x.shape().cols();
  shifts.resize(static_cast<size_t>(rows));
  const float* data = x.data();
#pragma omp parallel for schedule(static) if (rows * cols > 65536)
  for (int64_t r = 0; r < rows; ++r) {
    const float* row = data + r * cols;
    const float mx = row_max(row, cols);
    float sum = 0.0f;
#pragma omp simd reduction(+ : sum)
    for (int64_t k = 0; k < cols; ++k) sum += exp_nonpositive(row[k] - mx);
    shifts[r] = mx + std::log(sum);
  }
}

void subtract_shifts(Tensor& x, const std::vector<float>& shifts) {
  const int64_t rows = x.shape().rows(), cols = x.shape().cols();
  float* data = x.data();
#pragma omp parallel for schedule(static) if (rows * cols > 65536)
  for (int64_t r = 0; r < rows; ++r) {
    float* row = data + r * cols;
    const float shift = shifts[r];
#pragma omp simd
    for (int64_t k = 0; k < cols; ++k) row[k] -= shift;
  }
}

}  // namespace nmt
