#include "autograd/int8_linear.h"

#include "base/error.h"

namespace nmt {

Var int8_linear(const Var& x, const PackedInt8& w, const Var& bias) {
  const Shape& xs = x.shape();
  NMT_CHECK(xs.rank() >= 1 && xs[-1] == w.k(), "int8_linear: x ", xs.to_string(), " for a ",
            w.k(), " x ", w.n(), " weight");
  NMT_CHECK(!bias.defined() || bias.shape().numel() == w.n(), "int8_linear: bias ",
            bias.shape().to_string(), " for ", w.n(), " outputs");
  Shape os = xs;
  os[-1] = w.n();
  Tensor out = Tensor::empty(os);
  const Tensor vx = x.value();
  qgemm(vx.data(), xs.rows(), w.k(), w, bias.defined() ? bias.value().data() : nullptr,
        out.data(), w.n());
  return Var(out);
}

PackedInt8 pack_int8_columns(const Tensor& weight) {
  NMT_CHECK(weight.shape().rank() == 2, "pack_int8_columns: weight ", weight.shape().to_string());
  const int64_t k = weight.shape()[0], n = weight.shape()[1];
  return PackedInt8(quantize_columns(weight.data(), k, n, n, 1));
}

PackedInt8 pack_int8_rows(const Tensor& table) {
  NMT_CHECK(table.shape().rank() == 2, "pack_int8_rows: table ", table.shape().to_string());
  const int64_t n = table.shape()[0], k = table.shape()[1];
  return PackedInt8(quantize_columns(table.data(), k, n, 1, k));
}

}  // namespace nmt
