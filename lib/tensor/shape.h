// Shape of a tensor: up to 4 dimensions, stored inline (no heap), row-major.
// Dimension legend used across nmt: B batch, S source length, T target length,
// D model width, H heads, V vocabulary.
#pragma once

#include <array>
#include <cstdint>
#include <initializer_list>
#include <string>

namespace nmt {

class Shape {
 public:
  static constexpr int kMaxRank = 4;

  Shape() = default;
  Shape(std::initializer_list<int64_t> dims);

  int rank() const { return rank_; }
  // Negative i counts from the end, as in Python.
  int64_t operator[](int i) const { return dims_[normalize(i)]; }
  int64_t& operator[](int i) { return dims_[normalize(i)]; }
  int64_t numel() const;
  // Product of all dimensions but the last: the number of rows of a 2-D view.
  int64_t rows() const { return rank_ == 0 ? 1 : numel() / dims_[rank_ - 1]; }
  int64_t cols() const { return rank_ == 0 ? 1 : dims_[rank_ - 1]; }

  // Copy with dimension i removed / inserted.
  Shape without(int i) const;
  Shape with_inserted(int i, int64_t size) const;
  // Index of dimension i counted from the front; throws if out of range.
  int normalize(int i) const;

  bool operator==(const Shape& other) const;
  bool operator!=(const Shape& other) const { return !(*this == other); }
  std::string to_string() const;  // "[2, 3, 4]"

 private:
  std::array<int64_t, kMaxRank> dims_{};
  int rank_ = 0;
};

}  // namespace nmt
