// LSTM layers over padded batches, built on the fused lstm_cell op.
//   Lstm     one direction over a whole padded batch x[B, S, D_in] with
//            per-sentence lengths; the input projection of every time step is
//            ONE GEMM x[B*S, D_in] W_ih[D_in, 4H]; only h W_hh runs per step.
//   BiLstm   a forward and a reverse Lstm, outputs concatenated [B, S, 2H].
//   LstmCell one step given input [B, D_in] and state {h, c} (RNN decoders).
// Padding never changes results: past a sentence's length its state is frozen
// and its outputs are zero, and the reverse direction starts at each sentence's
// own last token (its state stays at the initial state until then). So a
// sentence gives the same values and gradients alone or in any padded batch.
// Parameters (each class): "w_ih" [D_in, 4H], "w_hh" [H, 4H], "bias" [4H];
// gate order input, forget, cell, output; weights U(-1/sqrt(H), 1/sqrt(H)),
// bias 0 except the forget gate's 1 (remember by default).
// Not here: attention, dropout between layers, stacking (the models do that).
#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include "autograd/ops.h"
#include "autograd/step_linear.h"
#include "nn/module.h"

namespace nmt {

// The parameters and the single step shared by all three classes.
class LstmWeights : public Module {
 public:
  int64_t input_dim() const { return input_dim_; }
  int64_t hidden_dim() const { return hidden_dim_; }
  // x[..., D_in] -> x W_ih + bias [..., 4H]: do it once for all steps you can.
  Var project_input(const Var& x) const;
  // One step from a projected input xp[B, 4H] -> new {h[B, H], c[B, H]}.
  LstmState step_projected(const Var& xp, const LstmState& state) const;
  // {zeros[B, H], zeros[B, H]} (constants).
  LstmState zero_state(int64_t batch) const;

  // While one lives, the per-step products made with gradients (h W_hh, and
  // with `input` also LstmCell's x W_ih) multiply by copies of the weights
  // packed once (autograd/step_linear.h) instead of the GEMM library
  // repacking them at every step. Make it after the optimizer step and
  // before the steps (the translator's decoder loop); Lstm::forward makes
  // its own. Does nothing unless step_packing_wanted().
  class StepPacking {
   public:
    StepPacking(const LstmWeights& weights, bool input);
    ~StepPacking();
    StepPacking(const StepPacking&) = delete;
    StepPacking& operator=(const StepPacking&) = delete;

   private:
    const LstmWeights& weights_;
  };

 protected:
  LstmWeights(int64_t input_dim, int64_t hidden_dim, Rng& rng);
  void prepare_int8(bool on) override;
  void prepare_packed(bool on) override;
  void release_packed_original() override;

  int64_t input_dim_;
  int64_t hidden_dim_;
  Var w_ih_;  // [D_in, 4H]
  Var w_hh_;  // [H, 4H]
  Var bias_;  // [4H]
  // w_ih_ and w_hh_ quantized per column (set_int8_inference), or null.
  std::shared_ptr<const PackedInt8> int8_ih_, int8_hh_;
  // w_ih_ and w_hh_ packed (set_packed_inference), or null.
  std::shared_ptr<const PackedF32> packed_ih_, packed_hh_;
  // w_ih_ and w_hh_ packed for the steps of one sequence (StepPacking), or null.
  mutable std::shared_ptr<const StepWeight> step_ih_, step_hh_;
};

class LstmCell : public LstmWeights {
 public:
  LstmCell(int64_t input_dim, int64_t hidden_dim, Rng& rng)
      : LstmWeights(input_dim, hidden_dim, rng) {}
  // x[B, D_in], state {h[B, H], c[B, H]} -> {h[B, H], c[B, H]}
  LstmState forward(const Var& x, const LstmState& state) const;
};

struct LstmOutput {
  Var outputs;      // [B, S, H], zero at t >= lengths[b]
  LstmState final;  // {h[B, H], c[B, H]}: after each sentence's last token
                    // (forward) or after its first token (reverse)
};

class Lstm : public LstmWeights {
 public:
  Lstm(int64_t input_dim, int64_t hidden_dim, Rng& rng, bool reverse = false);

  // x[B, S, D_in], lengths[B] in [1, S], optional initial state {h[B,H], c[B,H]}
  // (both undefined means zeros).
  LstmOutput forward(const Var& x, const std::vector<int>& lengths,
                     const LstmState& initial = LstmState()) const;
  bool reverse() const { return reverse_; }

 private:
  bool reverse_;
};

struct BiLstmOutput {
  Var outputs;               // [B, S, 2H]: forward half first, zero past lengths
  LstmState forward_final;   // {h[B, H], c[B, H]} at each sentence's last token
  LstmState backward_final;  // {h[B, H], c[B, H]} at each sentence's first token
};

// Children "fwd" and "bwd".
class BiLstm : public Module {
 public:
  BiLstm(int64_t input_dim, int64_t hidden_dim, Rng& rng);
  // x[B, S, D_in], lengths[B] -> outputs [B, S, 2H]
  BiLstmOutput forward(const Var& x, const std::vector<int>& lengths) const;

 private:
  Lstm forward_;
  Lstm backward_;
};

}  // namespace nmt
