// Tests of the attention layers of lib/nn: mask layouts, the RNN attentions
// (weights, padding, row selection), and the Transformer's multi-head
// attention: incremental decoding with key/value caches against the full
// pass, causality, and dropout.
#include <catch2/catch.hpp>
#include <cmath>
#include <vector>

#include "autograd/ops.h"
#include "base/error.h"
#include "nn/masks.h"
#include "nn/multi_head_attention.h"
#include "nn/rnn_attention.h"
#include "nn/select_rows.h"
#include "support/tensor_checks.h"
#include "tensor/buffer_pool.h"

using namespace nmt;
using nmt::testing::max_abs_diff;
using nmt::testing::random_tensor;

TEST_CASE("masks have the documented layout") {
  Tensor pad = padding_mask({2, 3}, 3);
  CHECK(pad.shape() == Shape({2, 3}));
  CHECK(pad.to_vector() == std::vector<float>{0, 0, kMaskedScore, 0, 0, 0});
  Tensor att = attention_padding_mask({1, 2}, 2, 2);
  CHECK(att.to_vector() == std::vector<float>{0, kMaskedScore, 0, kMaskedScore, 0, 0, 0, 0});
  CHECK(causal_mask(3).to_vector() ==
        std::vector<float>{0, kMaskedScore, kMaskedScore, 0, 0, kMaskedScore, 0, 0, 0});
  CHECK(length_mask({1, 2}, 2).to_vector() == std::vector<float>{1, 0, 1, 1});
  CHECK_THROWS_AS(padding_mask({0, 2}, 2), Error);
  CHECK_THROWS_AS(padding_mask({3}, 2), Error);
}

TEST_CASE("RNN attention weights sum to 1 and vanish on padding") {
  Rng rng(13);
  const int64_t batch = 3, src = 4, dim = 6;
  const std::vector<int> lengths = {4, 1, 2};
  Var keys(random_tensor({batch, src, dim}, rng));
  Var values(random_tensor({batch, src, 5}, rng));
  Var query(random_tensor({batch, dim}, rng));
  for (const char* kind : {"additive", "dot", "general"}) {
    SECTION(kind) {
      auto attention = make_rnn_attention(kind, dim, dim, 7, rng);
      AttentionMemory memory = attention->precompute(keys, padding_mask(lengths, src), values);
      AttentionResult res = attention->forward(query, memory);
      REQUIRE(res.weights.shape() == Shape({batch, src}));
      REQUIRE(res.context.shape() == Shape({batch, 5}));
      for (int64_t b = 0; b < batch; ++b) {
        double total = 0;
        for (int64_t s = 0; s < src; ++s) {
          float w = res.weights.value().at(b * src + s);
          total += w;
          if (s >= lengths[b]) CHECK(w == 0.0f);
        }
        CHECK(total == Approx(1.0).epsilon(1e-5));
        for (int k = 0; k < 5; ++k) {  // context = sum_s w[b, s] values[b, s]
          double c = 0;
          for (int64_t s = 0; s < src; ++s)
            c += res.weights.value().at(b * src + s) * values.value().at((b * src + s) * 5 + k);
          CHECK(res.context.value().at(b * 5 + k) == Approx(c).margin(1e-5));
        }
      }
      // Selecting rows of the memory gives the rows of the result.
      AttentionMemory picked = memory.select_rows({2, 2, 0});
      AttentionResult again =
          attention->forward(Var(select_batch_rows(query.value(), 0, {2, 2, 0})), picked);
      CHECK(max_abs_diff(again.weights.value().rows(0, 1).clone(),
                         res.weights.value().rows(2, 3).clone()) < 1e-6f);
      CHECK(max_abs_diff(again.context.value().rows(2, 3).clone(),
                         res.context.value().rows(0, 1).clone()) < 1e-6f);
    }
  }
  CHECK_THROWS_AS(make_rnn_attention("concat", dim, dim, 7, rng), Error);
}

namespace {

// Position t of x[B, T, D] as [B, 1, D].
Var position(const Tensor& x, int64_t t) {
  const int64_t batch = x.dim(0), len = x.dim(1), d = x.dim(2);
  Tensor out = Tensor::empty({batch, 1, d});
  for (int64_t b = 0; b < batch; ++b)
    for (int64_t k = 0; k < d; ++k) out.at(b * d + k) = x.at((b * len + t) * d + k);
  return Var(out);
}

}  // namespace

TEST_CASE("self-attention steps with a KV cache equal the full causal pass") {
  Rng rng(21), drop_rng(22);
  const int64_t batch = 2, len = 6, dim = 8, heads = 2;
  MultiHeadAttention mha(dim, heads, AttentionKind::Self, 0.1f, rng, drop_rng);
  mha.eval();
  Tensor x = random_tensor({batch, len, dim}, rng);
  Var full_weights;
  Var full = mha.self_attention(Var(x), causal_mask(len), &full_weights);
  REQUIRE(full.shape() == Shape({batch, len, dim}));
  REQUIRE(full_weights.shape() == Shape({batch, heads, len, len}));
  NoGradGuard no_grad;
  SelfKvCache cache;
  DecodeRows rows(std::vector<int32_t>(batch, 1));
  for (int64_t t = 0; t < len; ++t) {
    Var w;
    rows.begin_step();
    Var step = mha.self_attention_step(position(x, t), cache, rows, &w);
    CHECK(static_cast<int64_t>(cache.steps.size()) == t + 1);
    CHECK(max_abs_diff(step.value(), position(full.value(), t).value()) < 1e-5f);
    REQUIRE(w.shape() == Shape({batch, heads, 1, t + 1}));
    for (int64_t bh = 0; bh < batch * heads; ++bh)
      for (int64_t s = 0; s < len; ++s) {
        float expected = full_weights.value().at((bh * len + t) * len + s);
        if (s > t)
          CHECK(expected == 0.0f);
        else
          CHECK(w.value().at(bh * (t + 1) + s) == Approx(expected).margin(1e-5));
      }
  }
}

TEST_CASE("cross-attention steps reuse the cached memory projection") {
  Rng rng(23), drop_rng(24);
  const int64_t batch = 2, len = 3, src = 4, dim = 8, heads = 4;
  const std::vector<int> lengths = {4, 2};
  MultiHeadAttention mha(dim, heads, AttentionKind::Cross, 0.0f, rng, drop_rng);
  Tensor q = random_tensor({batch, len, dim}, rng);
  Var memory(random_tensor({batch, src, dim}, rng));
  Var weights;
  Var full =
      mha.cross_attention(Var(q), memory, attention_padding_mask(lengths, len, src), &weights);
  REQUIRE(weights.shape() == Shape({batch, heads, len, src}));
  for (int64_t b = 0; b < batch; ++b)
    for (int64_t row = 0; row < heads * len; ++row) {
      double total = 0;
      for (int64_t s = 0; s < src; ++s) {
        float w = weights.value().at((b * heads * len + row) * src + s);
        total += w;
        if (s >= lengths[b]) CHECK(w == 0.0f);
      }
      CHECK(total == Approx(1.0).epsilon(1e-5));
    }
  NoGradGuard no_grad;
  const CrossKvCache cache = mha.project_memory(memory);
  DecodeRows rows({4, 2});
  CHECK(cache.source_len == src);
  for (int64_t t = 0; t < len; ++t) {
    Var step = mha.cross_attention_step(position(q, t), cache, rows);
    CHECK(max_abs_diff(step.value(), position(full.value(), t).value()) < 1e-5f);
  }
  // Beam reordering: swapped rows read the other sentence's keys and values.
  rows.select({1, 0});
  Var swapped = mha.cross_attention_step(Var(select_batch_rows(position(q, 0).value(), 0, {1, 0})),
                                         cache, rows);
  CHECK(max_abs_diff(swapped.value().rows(0, 1).clone(),
                     position(full.value(), 0).value().rows(1, 2).clone()) < 1e-5f);
}

TEST_CASE("with a causal mask, output t does not depend on inputs after t") {
  Rng rng(25), drop_rng(26);
  const int64_t len = 5, dim = 8;
  MultiHeadAttention mha(dim, 2, AttentionKind::Self, 0.0f, rng, drop_rng);
  Tensor x = random_tensor({1, len, dim}, rng);
  Tensor changed = x.clone();
  const int64_t cut = 3;
  for (int64_t i = cut * dim; i < len * dim; ++i) changed.at(i) += 1.0f;
  Var a = mha.self_attention(Var(x), causal_mask(len));
  Var b = mha.self_attention(Var(changed), causal_mask(len));
  for (int64_t t = 0; t < len; ++t) {
    float diff = max_abs_diff(position(a.value(), t).value(), position(b.value(), t).value());
    if (t < cut)
      CHECK(diff == 0.0f);
    else
      CHECK(diff > 1e-4f);
  }
  // And gradients: output row 1 sends nothing to inputs 2..4.
  Var xv(x.clone(), true);
  Var out = mha.self_attention(xv, causal_mask(len));
  backward(sum_all(slice(out, 1, 1, 2)));
  for (int64_t i = 0; i < len * dim; ++i)
    if (i >= 2 * dim) CHECK(xv.grad().at(i) == 0.0f);
  CHECK(std::fabs(xv.grad().at(0)) > 0.0f);
}

TEST_CASE("attention dropout follows the train flag") {
  Rng rng(27), drop_rng(28);
  MultiHeadAttention mha(8, 2, AttentionKind::Self, 0.5f, rng, drop_rng);
  Var x(random_tensor({2, 4, 8}, rng), true);
  Var train_a = mha.self_attention(x, causal_mask(4));
  Var train_b = mha.self_attention(x, causal_mask(4));
  CHECK(max_abs_diff(train_a.value(), train_b.value()) > 1e-4f);  // fresh masks
  mha.eval();
  Var eval_a = mha.self_attention(x, causal_mask(4));
  Var eval_b = mha.self_attention(x, causal_mask(4));
  CHECK(max_abs_diff(eval_a.value(), eval_b.value()) == 0.0f);
}

namespace {

// The unfused composition dot_product_attention stands for.
Var attention_by_parts(const Var& q, const Var& k, const Var& v, float scale, const Tensor& mask,
                       float p, Rng& rng) {
  return matmul(dropout(scaled_masked_softmax(matmul(q, k, false, true), scale, mask), p, rng), v);
}

bool same_bits(const Tensor& a, const Tensor& b) {
  return a.shape() == b.shape() && a.to_vector() == b.to_vector();
}

}  // namespace

TEST_CASE("dot_product_attention has the bits of the ops it fuses and keeps less") {
  // Shapes of a small Transformer batch: [H, B, T, S] weights of 294,912 bytes,
  // large enough for the pool's page runs (no size-class rounding).
  const int64_t heads = 4, batch = 6, tgt = 48, src = 64, dk = 16;
  Rng init(31);
  Tensor q0 = random_tensor({heads, batch, tgt, dk}, init);
  Tensor k0 = random_tensor({heads, batch, src, dk}, init);
  Tensor v0 = random_tensor({heads, batch, src, dk}, init);
  Tensor weigh_by = random_tensor({heads, batch, tgt, dk}, init);
  std::vector<int64_t> lengths = {64, 60, 33, 64, 1, 50};
  Tensor pad = Tensor::zeros({batch, 1, src});
  for (int64_t b = 0; b < batch; ++b)
    for (int64_t s = lengths[b]; s < src; ++s) pad.at(b * src + s) = kMaskedScore;
  const float scale = 0.25f;

  for (float p : {0.0f, 0.2f}) {
    struct Run {
      Tensor out, gq, gk, gv;
      uint64_t rng_after = 0;
      size_t kept_bytes = 0;  // pool bytes the forward pass left in use
    };
    auto run = [&](bool fused) {
      Var q(q0.clone(), true), k(k0.clone(), true), v(v0.clone(), true);
      Rng drop(77);
      const size_t before = buffer_pool_stats().bytes_in_use;
      Var out = fused ? dot_product_attention(q, k, v, scale, pad, p, drop)
                      : attention_by_parts(q, k, v, scale, pad, p, drop);
      Run r;
      r.kept_bytes = buffer_pool_stats().bytes_in_use - before;
      r.rng_after = drop.next_u64();
      backward(sum_all(mul(out, Var(weigh_by))));
      r.out = out.value();
      r.gq = q.grad();
      r.gk = k.grad();
      r.gv = v.grad();
      return r;
    };
    const Run parts = run(false), fused = run(true);
    INFO("dropout " << p);
    CHECK(same_bits(fused.out, parts.out));
    CHECK(same_bits(fused.gq, parts.gq));
    CHECK(same_bits(fused.gk, parts.gk));
    CHECK(same_bits(fused.gv, parts.gv));
    CHECK(fused.rng_after == parts.rng_after);  // one draw from the Rng, as dropout makes
    // The parts keep the softmax's output and (with dropout) the dropped weights.
    const size_t weights_bytes = heads * batch * tgt * src * sizeof(float);
    CHECK(parts.kept_bytes - fused.kept_bytes >= (p > 0 ? 2 : 1) * weights_bytes);
  }
  CHECK(live_tape_nodes() == 0);
}
