// Tensor: a contiguous, row-major float32 array of up to 4 dimensions over
// shared, pooled storage. Copying a Tensor shares the storage (like a
// shared_ptr); clone() copies the data. reshape() and rows() are views that
// share storage; everything else that changes the layout copies.
// Not here: gradients and the tape (autograd/), maths (ops and kernels).
#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include "tensor/shape.h"

namespace nmt {

class Tensor {
 public:
  Tensor() = default;  // undefined: no storage

  // Uninitialised storage of the given shape (contents are garbage).
  static Tensor empty(const Shape& shape);
  static Tensor zeros(const Shape& shape);
  static Tensor full(const Shape& shape, float value);
  static Tensor from_vector(const Shape& shape, const std::vector<float>& values);

  bool defined() const { return storage_ != nullptr; }
  const Shape& shape() const { return shape_; }
  int rank() const { return shape_.rank(); }
  int64_t dim(int i) const { return shape_[i]; }
  int64_t numel() const { return shape_.numel(); }

  float* data() { return storage_.get() + offset_; }
  const float* data() const { return storage_.get() + offset_; }
  float& at(int64_t flat_index) { return data()[flat_index]; }
  float at(int64_t flat_index) const { return data()[flat_index]; }

  // View with another shape of the same element count; one dimension may be -1.
  Tensor reshape(const Shape& shape) const;
  // View of rows [begin, end) along dimension 0.
  Tensor rows(int64_t begin, int64_t end) const;
  // Deep copy.
  Tensor clone() const;
  // True if both tensors view the same memory.
  bool shares_storage_with(const Tensor& other) const { return storage_ == other.storage_; }
  // True if no other Tensor (view or copy) shares this storage, so it may be
  // overwritten in place without anyone seeing it.
  bool sole_owner() const { return storage_ != nullptr && storage_.use_count() == 1; }
  // Returns the storage to the pool but keeps the shape: the tape keeps the
  // shapes of values that backward no longer needs (defined() becomes false).
  void release_storage() {
    storage_.reset();
    offset_ = 0;
  }

  void fill(float value);
  void zero() { fill(0.0f); }
  // this += other (same shape).
  void add_(const Tensor& other);
  // Copy values from a tensor of the same element count.
  void copy_from(const Tensor& other);
  std::vector<float> to_vector() const;

 private:
  std::shared_ptr<float> storage_;
  int64_t offset_ = 0;
  Shape shape_;
};

}  // namespace nmt
