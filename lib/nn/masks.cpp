#include "nn/masks.h"

#include "base/error.h"

namespace nmt {
namespace {

void check_lengths(const std::vector<int>& lengths, int64_t max_len, const char* who) {
  NMT_CHECK(!lengths.empty(), who, ": empty batch");
  for (size_t b = 0; b < lengths.size(); ++b)
    NMT_CHECK(lengths[b] >= 1 && lengths[b] <= max_len, who, ": length ", lengths[b],
              " of sentence ", b, " outside [1, ", max_len, "]");
}

}  // namespace

Tensor padding_mask(const std::vector<int>& lengths, int64_t max_len) {
  return attention_padding_mask(lengths, 1, max_len)
      .reshape({static_cast<int64_t>(lengths.size()), max_len});
}

Tensor attention_padding_mask(const std::vector<int>& lengths, int64_t queries, int64_t max_len) {
  check_lengths(lengths, max_len, "attention_padding_mask");
  NMT_CHECK(queries >= 1, "attention_padding_mask: ", queries, " queries");
  const int64_t batch = static_cast<int64_t>(lengths.size());
  Tensor mask = Tensor::empty({batch, queries, max_len});
  float* d = mask.data();
  for (int64_t b = 0; b < batch; ++b)
    for (int64_t t = 0; t < queries; ++t)
      for (int64_t s = 0; s < max_len; ++s) *d++ = s < lengths[b] ? 0.0f : kMaskedScore;
  return mask;
}

Tensor causal_mask(int64_t length) {
  NMT_CHECK(length >= 1, "causal_mask: length ", length);
  Tensor mask = Tensor::empty({length, length});
  float* d = mask.data();
  for (int64_t t = 0; t < length; ++t)
    for (int64_t s = 0; s < length; ++s) *d++ = s <= t ? 0.0f : kMaskedScore;
  return mask;
}

Tensor length_mask(const std::vector<int>& lengths, int64_t max_len) {
  check_lengths(lengths, max_len, "length_mask");
  const int64_t batch = static_cast<int64_t>(lengths.size());
  Tensor mask = Tensor::empty({batch, max_len});
  float* d = mask.data();
  for (int64_t b = 0; b < batch; ++b)
    for (int64_t s = 0; s < max_len; ++s) *d++ = s < lengths[b] ? 1.0f : 0.0f;
  return mask;
}

}  // namespace nmt
