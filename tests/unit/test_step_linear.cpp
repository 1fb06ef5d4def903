// step_linear (autograd/step_linear.h), the per-step product by a weight
// packed once, against linear(): same values and gradients up to the order of
// the sums, the same bits on 1 and 2 threads; and the LSTM layers' use of it
// (LstmWeights::StepPacking): the same outputs as the unpacked path, and no
// stale copy after the weight changes. The gradient itself is checked by
// finite differences in test_gradcheck ("step_linear/...").
#include <catch2/catch.hpp>
#include <vector>

#include "autograd/ops.h"
#include "autograd/step_linear.h"
#include "base/threads.h"
#include "nn/lstm.h"
#include "support/tensor_checks.h"

using namespace nmt;
using nmt::testing::max_abs_diff;
using nmt::testing::random_tensor;
using nmt::testing::time_step;

namespace {

struct Grads {
  Tensor out, gx, gw, gb;
};

// out = op(x, w, b) for a 70 x 40 x 130 product (column groups of 64 and a
// tail), then the gradients of sum(out * weights_out).
template <typename Op>
Grads run(Op op, const Tensor& x0, const Tensor& w0, const Tensor& b0, const Tensor& dy) {
  Var x(x0.clone(), true), w(w0.clone(), true), b(b0.clone(), true);
  Var out = op(x, w, b);
  backward(sum_all(mul(out, Var(dy))));
  return {out.value(), x.grad(), w.grad(), b.grad()};
}

}  // namespace

TEST_CASE("step_linear equals linear in values and gradients") {
  if (!packed_gemm_enabled()) {
    WARN("NMT_PACKED_GEMM=off: step_linear is not used");
  }
  Rng rng(3);
  const Tensor x = random_tensor({70, 40}, rng), w = random_tensor({40, 130}, rng);
  const Tensor b = random_tensor({130}, rng), dy = random_tensor({70, 130}, rng);
  const Grads want = run([](Var x, Var w, Var b) { return linear(x, w, b); }, x, w, b, dy);
  const Grads got =
      run([](Var x, Var w, Var b) { return step_linear(x, StepWeight::pack(w), b); }, x, w, b, dy);
  CHECK(max_abs_diff(got.out, want.out) < 1e-5f);
  CHECK(max_abs_diff(got.gx, want.gx) < 1e-5f);
  CHECK(max_abs_diff(got.gw, want.gw) < 1e-4f);
  CHECK(max_abs_diff(got.gb, want.gb) < 1e-4f);
}

TEST_CASE("step_linear gives the same bits on 1 and 2 threads") {
  Rng rng(4);
  const Tensor x = random_tensor({70, 300}, rng), w = random_tensor({300, 200}, rng);
  const Tensor b = random_tensor({200}, rng), dy = random_tensor({70, 200}, rng);
  auto op = [](Var x, Var w, Var b) { return step_linear(x, StepWeight::pack(w), b); };
  set_num_threads(1);
  const Grads one = run(op, x, w, b, dy);
  set_num_threads(2);
  const Grads two = run(op, x, w, b, dy);
  set_num_threads(1);
  CHECK(one.out.to_vector() == two.out.to_vector());
  CHECK(one.gx.to_vector() == two.gx.to_vector());
  CHECK(one.gw.to_vector() == two.gw.to_vector());
  CHECK(one.gb.to_vector() == two.gb.to_vector());
}

TEST_CASE("LSTM layers with packed step weights match the unpacked path") {
  Rng rng(5);
  Lstm lstm(6, 70, rng);
  Rng same(5);
  LstmCell cell(6, 70, same);  // same weights
  const Tensor x = random_tensor({3, 4, 6}, rng);
  LstmOutput plain;
  {
    NoGradGuard no_grad;  // without gradients: linear(), as before packing
    plain = lstm.forward(Var(x), {4, 2, 3});
  }
  const LstmOutput packed = lstm.forward(Var(x), {4, 2, 3});  // packs w_hh
  CHECK(max_abs_diff(packed.outputs.value(), plain.outputs.value()) < 1e-5f);
  CHECK(max_abs_diff(packed.final.c.value(), plain.final.c.value()) < 1e-5f);

  // The cell with a StepPacking, twice, with the weights changed in between
  // (as an optimizer step does): the second packing sees the new weights.
  auto run_cell = [&](bool pack) {
    std::unique_ptr<LstmWeights::StepPacking> packing;
    if (pack) packing = std::make_unique<LstmWeights::StepPacking>(cell, true);
    LstmState state = cell.zero_state(3);
    for (int64_t t = 0; t < 4; ++t) {
      state = cell.forward(Var(time_step(x, t)), state);
    }
    return state.h.value();
  };
  const Tensor before = run_cell(false);
  CHECK(max_abs_diff(run_cell(true), before) < 1e-5f);
  for (Var p : cell.parameters()) {
    float* v = p.mutable_value().data();
    for (int64_t i = 0; i < p.value().numel(); ++i) v[i] *= 0.5f;
  }
  const Tensor after_plain = run_cell(false);
  CHECK(max_abs_diff(run_cell(true), after_plain) < 1e-5f);
  CHECK(max_abs_diff(after_plain, before) > 1e-3f);  // the change shows
}
