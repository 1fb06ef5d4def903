// What a model file holds besides float32 tensors (format versions 2 and 3):
// weight matrices stored as int8 with one float32 scale per output unit, and
// the vocabulary shortlist. Plain data with their conversions; the file
// layout is in model_file.cpp and docs/FORMATS.md.
// Not here: which parameters to quantize (models/quantize_model.h), how
// decoding uses a shortlist (models/output_shortlist.h).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "io/named_tensor.h"

namespace nmt {

// A [rows, cols] matrix as int8 values in [-127, 127] with one scale per row
// (axis 0: an embedding table [V, D], whose rows are output units when it is
// the tied output layer) or per column (axis 1: a weight [in, out]).
// value[r, c] ~ values[r * cols + c] * scales[axis == 0 ? r : c].
struct QuantizedTensor {
  std::string name;
  int64_t rows = 0, cols = 0;
  int32_t axis = 1;
  std::vector<int8_t> values;  // [rows * cols], row-major
  std::vector<float> scales;   // [rows] (axis 0) or [cols] (axis 1)
};

// Symmetric quantization of a rank-2 tensor (tensor/qgemm.h's rule).
QuantizedTensor quantize_tensor(const NamedTensor& t, int32_t axis);
// The float32 tensor the int8 values stand for.
NamedTensor dequantize_tensor(const QuantizedTensor& q);
// Throws nmt::Error("<what>: ...") unless sizes, axis and scales agree.
void check_quantized_tensor(const QuantizedTensor& q, const std::string& what);

// The vocabulary shortlist: target ids decoding may produce for a batch are
// `frequent` plus by_source[s] for every source id s of the batch.
struct ShortlistTable {
  std::vector<int32_t> frequent;
  std::vector<std::vector<int32_t>> by_source;  // [source vocabulary]
  bool empty() const { return frequent.empty() && by_source.empty(); }
};

// Every id in [0, 65535]: the file stores them as 16 bits (format version 3).
bool shortlist_fits_16_bits(const ShortlistTable& table);

}  // namespace nmt
