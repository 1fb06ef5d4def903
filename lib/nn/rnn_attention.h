// Attention for RNN translators: one interface scoring a decoder query
// [B, Dq] against the encoder states [B, S, Dk] of each sentence, masking
// source padding, and returning the context [B, Dv] and the weights [B, S].
//   AdditiveAttention  Bahdanau: score = v^T tanh(W q + U k)
//   DotAttention       Luong dot: score = q^T k          (Dq == Dk)
//   GeneralAttention   Luong general: score = q^T W k
// Whatever depends only on the keys (U k, W k) is computed ONCE per sentence
// by precompute(), as one GEMM over [B*S, Dk]; forward() then runs per step.
// Not here: the decoder recurrence, input feeding, the attentional layer.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "nn/linear.h"
#include "nn/module.h"

namespace nmt {

// What precompute() returns; pass it to every forward() of the sentence batch.
struct AttentionMemory {
  Var keys;                 // projected keys; layout is the attention's own (see below)
  int keys_batch_axis = 0;  // where B sits in `keys`
  Var values;               // [B, S, Dv]
  Tensor mask;              // [B, S] additive padding mask (nn/masks.h padding_mask)

  // Beam search: new batch row j = old row rows[j] (keys, values and mask).
  AttentionMemory select_rows(const std::vector<int32_t>& rows) const;
};

struct AttentionResult {
  Var context;  // [B, Dv]
  Var weights;  // [B, S], rows sum to 1, exactly 0 on padded positions
};

class RnnAttention : public Module {
 public:
  // keys[B, S, Dk] (usually the encoder outputs), mask[B, S] from
  // padding_mask(); values[B, S, Dv] default to the keys.
  AttentionMemory precompute(const Var& keys, const Tensor& mask, const Var& values = Var()) const;
  // query[B, Dq] -> context[B, Dv], weights[B, S]
  AttentionResult forward(const Var& query, const AttentionMemory& memory) const;

  int64_t query_dim() const { return query_dim_; }
  int64_t key_dim() const { return key_dim_; }

 protected:
  RnnAttention(int64_t query_dim, int64_t key_dim) : query_dim_(query_dim), key_dim_(key_dim) {}
  // keys[B, S, Dk] -> projected keys (once per sentence)
  virtual Var project_keys(const Var& keys) const = 0;
  virtual int keys_batch_axis() const { return 0; }
  // query[B, Dq] -> raw scores [B, S]
  virtual Var scores(const Var& query, const Var& projected_keys) const = 0;

 private:
  int64_t query_dim_;
  int64_t key_dim_;
};

// Bahdanau. Children "query" (Linear Dq -> A, no bias), "key" (Linear Dk -> A),
// parameter "v" [A, 1]. Projected keys are kept as [S, B, A] so that the
// per-step query projection [B, A] broadcasts as a trailing suffix.
class AdditiveAttention : public RnnAttention {
 public:
  AdditiveAttention(int64_t query_dim, int64_t key_dim, int64_t attention_dim, Rng& rng);

 protected:
  Var project_keys(const Var& keys) const override;  // -> [S, B, A]
  int keys_batch_axis() const override { return 1; }
  Var scores(const Var& query, const Var& projected_keys) const override;

 private:
  Linear query_proj_;
  Linear key_proj_;
  Var v_;  // [A, 1]
};

// Luong dot. No parameters; projected keys are the keys [B, S, D].
class DotAttention : public RnnAttention {
 public:
  explicit DotAttention(int64_t dim) : RnnAttention(dim, dim) {}

 protected:
  Var project_keys(const Var& keys) const override { return keys; }
  Var scores(const Var& query, const Var& projected_keys) const override;
};

// Luong general. Child "key" (Linear Dk -> Dq, no bias): projected keys
// W k [B, S, Dq], then a dot product with the query.
class GeneralAttention : public RnnAttention {
 public:
  GeneralAttention(int64_t query_dim, int64_t key_dim, Rng& rng);

 protected:
  Var project_keys(const Var& keys) const override;  // -> [B, S, Dq]
  Var scores(const Var& query, const Var& projected_keys) const override;

 private:
  Linear key_proj_;
};

// "additive" | "dot" | "general" -> a new attention (attention_dim is used by
// additive only; dot needs query_dim == key_dim). Throws nmt::Error otherwise.
std::unique_ptr<RnnAttention> make_rnn_attention(const std::string& kind, int64_t query_dim,
                                                 int64_t key_dim, int64_t attention_dim, Rng& rng);

}  // namespace nmt
