// autograd/packed_linear.h: packed_linear_into gives packed_linear's bits and
// reuses its output's storage only when nothing else holds it.
#include <catch2/catch.hpp>
#include <cstring>

#include "autograd/packed_linear.h"
#include "support/tensor_checks.h"

using namespace nmt;
using nmt::testing::random_tensor;

namespace {

bool same_bits(const Tensor& a, const Tensor& b) {
  return a.shape() == b.shape() &&
         std::memcmp(a.data(), b.data(), sizeof(float) * static_cast<size_t>(a.numel())) == 0;
}

}  // namespace

TEST_CASE("packed_linear_into writes packed_linear's product, reusing unshared storage") {
  Rng rng(41);
  const Tensor weight = random_tensor({24, 70}, rng);  // K 24, N 70: a group and a tail
  const Var bias(random_tensor({70}, rng));
  const PackedF32 packed = pack_f32_columns(weight);
  const Tensor x = random_tensor({5, 24}, rng);
  const Tensor want = packed_linear(Var(x), packed, bias).value();

  Tensor out;
  packed_linear_into(x, packed, bias, out);
  CHECK(same_bits(out, want));
  const float* first = out.data();

  // Sole owner, same shape: the same storage, rewritten.
  const Tensor x2 = random_tensor({5, 24}, rng);
  packed_linear_into(x2, packed, bias, out);
  CHECK(out.data() == first);
  CHECK(same_bits(out, packed_linear(Var(x2), packed, bias).value()));

  // Held elsewhere: new storage, and the holder keeps its values.
  const Tensor held = out;
  const Tensor kept = held.clone();
  packed_linear_into(x, packed, bias, out);
  CHECK_FALSE(out.shares_storage_with(held));
  CHECK(same_bits(held, kept));
  CHECK(same_bits(out, want));

  // Another number of rows: new storage of the new shape.
  const Tensor x3 = random_tensor({3, 24}, rng);
  packed_linear_into(x3, packed, Var(), out);
  CHECK(out.shape() == Shape({3, 70}));
  CHECK(same_bits(out, packed_linear(Var(x3), packed, Var()).value()));
}
