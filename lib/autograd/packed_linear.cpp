#include "autograd/packed_linear.h"

#include "base/error.h"

namespace nmt {

Var packed_linear(const Var& x, const PackedF32& w, const Var& bias) {
  const Shape& xs = x.shape();
  NMT_CHECK(xs.rank() >= 1 && xs[-1] == w.k(), "packed_linear: x ", xs.to_string(), " for a ",
            w.k(), " x ", w.n(), " weight");
  NMT_CHECK(!bias.defined() || bias.shape().numel() == w.n(), "packed_linear: bias ",
            bias.shape().to_string(), " for ", w.n(), " outputs");
  Shape os = xs;
  os[-1] = w.n();
  Tensor out = Tensor::empty(os);
  const Tensor vx = x.value();
  packed_gemm(vx.data(), xs.rows(), w.k(), w, bias.defined() ? bias.value().data() : nullptr,
              out.data(), w.n());
  return Var(out);
}

void packed_linear_into(const Tensor& x, const PackedF32& w, const Var& bias, Tensor& out) {
  const Shape& xs = x.shape();
  NMT_CHECK(xs.rank() == 2 && xs[1] == w.k(), "packed_linear_into: x ", xs.to_string(), " for a ",
            w.k(), " x ", w.n(), " weight");
  NMT_CHECK(!bias.defined() || bias.shape().numel() == w.n(), "packed_linear_into: bias ",
            bias.shape().to_string(), " for ", w.n(), " outputs");
  const Shape os{xs[0], w.n()};
  if (!out.defined() || !out.sole_owner() || out.shape() != os) out = Tensor::empty(os);
  packed_gemm(x.data(), xs[0], w.k(), w, bias.defined() ? bias.value().data() : nullptr, out.data(),
              w.n());
}

PackedF32 pack_f32_columns(const Tensor& weight) {
  NMT_CHECK(weight.shape().rank() == 2, "pack_f32_columns: weight ", weight.shape().to_string());
  const int64_t k = weight.shape()[0], n = weight.shape()[1];
  return PackedF32(weight.data(), k, n, n, 1);
}

PackedF32 pack_f32_rows(const Tensor& table) {
  NMT_CHECK(table.shape().rank() == 2, "pack_f32_rows: table ", table.shape().to_string());
  const int64_t n = table.shape()[0], k = table.shape()[1];
  return PackedF32(table.data(), k, n, 1, k);
}

}  // namespace nmt
