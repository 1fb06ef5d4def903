#include "tensor/shape.h"

#include "base/error.h"

namespace nmt {

Shape::Shape(std::initializer_list<int64_t> dims) {
  NMT_CHECK(dims.size() <= kMaxRank, "shape of rank ", dims.size(), " exceeds the maximum ", kMaxRank);
  for (int64_t d : dims) {
    NMT_CHECK(d >= 0, "negative dimension ", d, " in a shape");
    dims_[rank_++] = d;
  }
}

int64_t Shape::numel() const {
  int64_t n = 1;
  for (int i = 0; i < rank_; ++i) n *= dims_[i];
  return n;
}

int Shape::normalize(int i) const {
  int j = i < 0 ? i + rank_ : i;
  NMT_CHECK(j >= 0 && j < rank_, "dimension ", i, " out of range for shape ", to_string());
  return j;
}

Shape Shape::without(int i) const {
  int skip = normalize(i);
  Shape out;
  for (int k = 0; k < rank_; ++k)
    if (k != skip) out.dims_[out.rank_++] = dims_[k];
  return out;
}

Shape Shape::with_inserted(int i, int64_t size) const {
  NMT_CHECK(rank_ < kMaxRank, "cannot add a dimension to ", to_string());
  int at = i < 0 ? i + rank_ + 1 : i;
  NMT_CHECK(at >= 0 && at <= rank_, "insert position ", i, " out of range for ", to_string());
  Shape out;
  for (int k = 0; k <= rank_; ++k) {
    if (k == at) out.dims_[out.rank_++] = size;
    if (k < rank_) out.dims_[out.rank_++] = dims_[k];
  }
  return out;
}

bool Shape::operator==(const Shape& other) const {
  if (rank_ != other.rank_) return false;
  for (int i = 0; i < rank_; ++i)
    if (dims_[i] != other.dims_[i]) return false;
  return true;
}

std::string Shape::to_string() const {
  std::string s = "[";
  for (int i = 0; i < rank_; ++i) {
    if (i) s += ", ";
    s += std::to_string(dims_[i]);
  }
  return s + "]";
}

}  // namespace nmt
