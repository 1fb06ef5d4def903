#include "tensor/tensor.h"

#include <algorithm>
#include <cstring>

#include "base/error.h"
#include "tensor/buffer_pool.h"

namespace nmt {

Tensor Tensor::empty(const Shape& shape) {
  Tensor t;
  t.shape_ = shape;
  t.storage_ = pooled_alloc(static_cast<size_t>(shape.numel()));
  return t;
}

Tensor Tensor::zeros(const Shape& shape) { return full(shape, 0.0f); }

Tensor Tensor::full(const Shape& shape, float value) {
  Tensor t = empty(shape);
  t.fill(value);
  return t;
}

Tensor Tensor::from_vector(const Shape& shape, const std::vector<float>& values) {
  NMT_CHECK(static_cast<int64_t>(values.size()) == shape.numel(), "from_vector: ", values.size(),
            " values for shape ", shape.to_string());
  Tensor t = empty(shape);
  std::copy(values.begin(), values.end(), t.data());
  return t;
}

Tensor Tensor::reshape(const Shape& shape) const {
  Shape target = shape;
  int inferred = -1;
  int64_t known = 1;
  for (int i = 0; i < target.rank(); ++i) {
    if (target[i] == -1) {
      NMT_CHECK(inferred < 0, "reshape: more than one -1 in ", shape.to_string());
      inferred = i;
    } else {
      known *= target[i];
    }
  }
  if (inferred >= 0) {
    NMT_CHECK(known > 0 && numel() % known == 0, "reshape: cannot reshape ", shape_.to_string(),
              " to ", shape.to_string());
    target[inferred] = numel() / known;
  }
  NMT_CHECK(target.numel() == numel(), "reshape: cannot reshape ", shape_.to_string(), " to ",
            shape.to_string());
  Tensor view = *this;
  view.shape_ = target;
  return view;
}

Tensor Tensor::rows(int64_t begin, int64_t end) const {
  NMT_CHECK(rank() >= 1 && begin >= 0 && begin <= end && end <= dim(0), "rows: range [", begin,
            ", ", end, ") out of ", shape_.to_string());
  Tensor view = *this;
  view.shape_[0] = end - begin;
  view.offset_ = offset_ + begin * (numel() / std::max<int64_t>(dim(0), 1));
  return view;
}

Tensor Tensor::clone() const {
  Tensor copy = empty(shape_);
  if (numel() > 0) std::memcpy(copy.data(), data(), sizeof(float) * numel());
  return copy;
}

void Tensor::fill(float value) { std::fill(data(), data() + numel(), value); }

void Tensor::add_(const Tensor& other) {
  NMT_CHECK(shape_ == other.shape_, "add_: shapes ", shape_.to_string(), " and ",
            other.shape_.to_string(), " differ");
  float* a = data();
  const float* b = other.data();
  const int64_t n = numel();
  for (int64_t i = 0; i < n; ++i) a[i] += b[i];
}

void Tensor::copy_from(const Tensor& other) {
  NMT_CHECK(numel() == other.numel(), "copy_from: ", other.shape_.to_string(), " into ",
            shape_.to_string());
  if (numel() > 0) std::memcpy(data(), other.data(), sizeof(float) * numel());
}

std::vector<float> Tensor::to_vector() const { return std::vector<float>(data(), data() + numel()); }

}  // namespace nmt
