#include "nn/lstm.h"

#include <algorithm>
#include <cmath>

#include "autograd/int8_linear.h"
#include "autograd/packed_linear.h"
#include "base/error.h"

namespace nmt {

LstmWeights::LstmWeights(int64_t input_dim, int64_t hidden_dim, Rng& rng)
    : input_dim_(input_dim), hidden_dim_(hidden_dim) {
  NMT_CHECK(input_dim > 0 && hidden_dim > 0, "Lstm: bad size ", input_dim, " -> ", hidden_dim);
  const float a = 1.0f / std::sqrt(static_cast<float>(hidden_dim));
  w_ih_ = register_parameter("w_ih", init::uniform({input_dim, 4 * hidden_dim}, -a, a, rng));
  w_hh_ = register_parameter("w_hh", init::uniform({hidden_dim, 4 * hidden_dim}, -a, a, rng));
  Tensor bias = init::zeros({4 * hidden_dim});
  for (int64_t i = hidden_dim; i < 2 * hidden_dim; ++i) bias.at(i) = 1.0f;  // forget gate
  bias_ = register_parameter("bias", bias);
}

Var LstmWeights::project_input(const Var& x) const {
  if (!grad_enabled()) {
    if (int8_ih_) return int8_linear(x, *int8_ih_, bias_);
    if (packed_ih_) return packed_linear(x, *packed_ih_, bias_);
  }
  if (step_ih_ && step_packing_wanted()) return step_linear(x, *step_ih_, bias_);
  return linear(x, w_ih_, bias_);
}

LstmWeights::StepPacking::StepPacking(const LstmWeights& weights, bool input) : weights_(weights) {
  if (!step_packing_wanted()) return;
  weights_.step_hh_ = std::make_shared<const StepWeight>(StepWeight::pack(weights_.w_hh_));
  if (input)
    weights_.step_ih_ = std::make_shared<const StepWeight>(StepWeight::pack(weights_.w_ih_));
}

LstmWeights::StepPacking::~StepPacking() {
  weights_.step_ih_ = nullptr;
  weights_.step_hh_ = nullptr;
}

void LstmWeights::prepare_int8(bool on) {
  int8_ih_ = on ? std::make_shared<PackedInt8>(pack_int8_columns(w_ih_.value())) : nullptr;
  int8_hh_ = on ? std::make_shared<PackedInt8>(pack_int8_columns(w_hh_.value())) : nullptr;
}

void LstmWeights::prepare_packed(bool on) {
  packed_ih_ = on ? std::make_shared<PackedF32>(pack_f32_columns(w_ih_.value())) : nullptr;
  packed_hh_ = on ? std::make_shared<PackedF32>(pack_f32_columns(w_hh_.value())) : nullptr;
}

void LstmWeights::release_packed_original() {
  if (packed_ih_ || int8_ih_) w_ih_.mutable_value() = Tensor();
  if (packed_hh_ || int8_hh_) w_hh_.mutable_value() = Tensor();
}

LstmState LstmWeights::step_projected(const Var& xp, const LstmState& state) const {
  NMT_CHECK(xp.shape().rank() == 2 && xp.dim(1) == 4 * hidden_dim_, "Lstm step: projected input ",
            xp.shape().to_string(), " is not [B, ", 4 * hidden_dim_, "]");
  // An undefined state means zeros: skip the h W_hh product entirely.
  Var c = state.c.defined() ? state.c : zero_state(xp.dim(0)).c;
  if (!state.h.defined()) return lstm_cell(xp, c);
  Var recurrent;
  if (int8_hh_ && !grad_enabled())
    recurrent = int8_linear(state.h, *int8_hh_, Var());
  else if (packed_hh_ && !grad_enabled())
    recurrent = packed_linear(state.h, *packed_hh_, Var());
  else if (step_hh_ && step_packing_wanted())
    recurrent = step_linear(state.h, *step_hh_, Var());
  else
    recurrent = matmul(state.h, w_hh_);
  return lstm_cell(add(xp, recurrent), c);
}

LstmState LstmWeights::zero_state(int64_t batch) const {
  return {Var(Tensor::zeros({batch, hidden_dim_})), Var(Tensor::zeros({batch, hidden_dim_}))};
}

LstmState LstmCell::forward(const Var& x, const LstmState& state) const {
  return step_projected(project_input(x), state);
}

Lstm::Lstm(int64_t input_dim, int64_t hidden_dim, Rng& rng, bool reverse)
    : LstmWeights(input_dim, hidden_dim, rng), reverse_(reverse) {}

namespace {

// [B, H] of 1 where sentence b is still running at time t, else 0.
Tensor active_rows(const std::vector<int>& lengths, int64_t t, int64_t hidden, bool invert) {
  const int64_t batch = static_cast<int64_t>(lengths.size());
  Tensor m = Tensor::empty({batch, hidden});
  for (int64_t b = 0; b < batch; ++b) {
    float v = (t < lengths[b]) != invert ? 1.0f : 0.0f;
    std::fill(m.data() + b * hidden, m.data() + (b + 1) * hidden, v);
  }
  return m;
}

}  // namespace

LstmOutput Lstm::forward(const Var& x, const std::vector<int>& lengths,
                         const LstmState& initial) const {
  NMT_CHECK(x.shape().rank() == 3 && x.dim(2) == input_dim_, "Lstm: input ", x.shape().to_string(),
            " is not [B, S, ", input_dim_, "]");
  const int64_t batch = x.dim(0), steps = x.dim(1), hidden = hidden_dim_;
  NMT_CHECK(static_cast<int64_t>(lengths.size()) == batch, "Lstm: ", lengths.size(),
            " lengths for a batch of ", batch);
  int min_len = static_cast<int>(steps);
  for (int len : lengths) {
    NMT_CHECK(len >= 1 && len <= steps, "Lstm: length ", len, " outside [1, ", steps, "]");
    min_len = std::min(min_len, len);
  }
  // All time steps' input projections in one GEMM: [B*S, D_in] x [D_in, 4H].
  Var xp =
      reshape(project_input(reshape(x, {batch * steps, input_dim_})), {batch, steps, 4 * hidden});
  NMT_CHECK(initial.h.defined() == initial.c.defined(),
            "Lstm: an initial state needs both h and c");
  LstmState state = initial;
  if (!state.c.defined()) state.c = zero_state(batch).c;
  const StepPacking packing(*this, false);
  std::vector<Var> outputs(steps);
  for (int64_t i = 0; i < steps; ++i) {
    const int64_t t = reverse_ ? steps - 1 - i : i;
    Var xp_t = reshape(slice(xp, 1, t, t + 1), {batch, 4 * hidden});
    LstmState next = step_projected(xp_t, state);
    if (t < min_len) {  // every sentence still running: no blending needed
      state = next;
      outputs[t] = next.h;
      continue;
    }
    // Some sentences are outside their length: keep their state, output zero.
    Var keep_new(active_rows(lengths, t, hidden, false));
    Var keep_old(active_rows(lengths, t, hidden, true));
    if (!state.h.defined()) state.h = zero_state(batch).h;
    outputs[t] = mul(next.h, keep_new);
    state.h = add(outputs[t], mul(state.h, keep_old));
    state.c = add(mul(next.c, keep_new), mul(state.c, keep_old));
  }
  for (auto& o : outputs) o = reshape(o, {batch, 1, hidden});
  return {concat(outputs, 1), state};
}

BiLstm::BiLstm(int64_t input_dim, int64_t hidden_dim, Rng& rng)
    : forward_(input_dim, hidden_dim, rng, false), backward_(input_dim, hidden_dim, rng, true) {
  register_module("fwd", forward_);
  register_module("bwd", backward_);
}

BiLstmOutput BiLstm::forward(const Var& x, const std::vector<int>& lengths) const {
  LstmOutput f = forward_.forward(x, lengths);
  LstmOutput b = backward_.forward(x, lengths);
  return {concat({f.outputs, b.outputs}, 2), f.final, b.final};
}

}  // namespace nmt
