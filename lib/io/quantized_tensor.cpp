#include "io/quantized_tensor.h"

#include "base/error.h"
#include "tensor/qgemm.h"

namespace nmt {

QuantizedTensor quantize_tensor(const NamedTensor& t, int32_t axis) {
  const Shape& s = t.value.shape();
  NMT_CHECK(s.rank() == 2 && (axis == 0 || axis == 1), "quantize_tensor: '", t.name, "' ",
            s.to_string(), " axis ", axis);
  QuantizedTensor q;
  q.name = t.name;
  q.rows = s[0];
  q.cols = s[1];
  q.axis = axis;
  const float* w = t.value.data();
  // Output units are the columns of quantize_columns' [K, N] view.
  const QuantizedColumns c = axis == 1 ? quantize_columns(w, q.rows, q.cols, q.cols, 1)
                                       : quantize_columns(w, q.cols, q.rows, 1, q.cols);
  q.scales = c.scales;
  if (axis == 1) {
    q.values = c.values;
  } else {  // c is [cols, rows]: transpose back to the tensor's layout
    q.values.resize(c.values.size());
    for (int64_t r = 0; r < q.rows; ++r)
      for (int64_t k = 0; k < q.cols; ++k) q.values[r * q.cols + k] = c.values[k * q.rows + r];
  }
  return q;
}

void check_quantized_tensor(const QuantizedTensor& q, const std::string& what) {
  NMT_CHECK(!q.name.empty(), what, ": a quantized tensor without a name");
  NMT_CHECK(q.rows > 0 && q.cols > 0 && (q.axis == 0 || q.axis == 1), what, ": quantized tensor '",
            q.name, "' has shape [", q.rows, ", ", q.cols, "] and axis ", q.axis);
  NMT_CHECK(static_cast<int64_t>(q.values.size()) == q.rows * q.cols &&
                static_cast<int64_t>(q.scales.size()) == (q.axis == 0 ? q.rows : q.cols),
            what, ": quantized tensor '", q.name, "' has ", q.values.size(), " values and ",
            q.scales.size(), " scales for [", q.rows, ", ", q.cols, "] axis ", q.axis);
}

NamedTensor dequantize_tensor(const QuantizedTensor& q) {
  check_quantized_tensor(q, "dequantize_tensor");
  NamedTensor t{q.name, Tensor::empty({q.rows, q.cols})};
  float* out = t.value.data();
  for (int64_t r = 0; r < q.rows; ++r)
    for (int64_t c = 0; c < q.cols; ++c)
      out[r * q.cols + c] =
          static_cast<float>(q.values[r * q.cols + c]) * q.scales[q.axis == 0 ? r : c];
  return t;
}

bool shortlist_fits_16_bits(const ShortlistTable& table) {
  auto fits = [](const std::vector<int32_t>& ids) {
    for (int32_t id : ids)
      if (id < 0 || id > 65535) return false;
    return true;
  };
  if (!fits(table.frequent)) return false;
  for (const auto& ids : table.by_source)
    if (!fits(ids)) return false;
  return true;
}

}  // namespace nmt
