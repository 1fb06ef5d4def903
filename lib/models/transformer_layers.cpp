#include "models/transformer_layers.h"

#include "autograd/ops.h"

namespace nmt {
namespace {

// One residual sublayer in either norm placement. `sublayer` maps the
// (normalised, for pre-norm) input to the sublayer's output.
template <typename F>
Var residual(const Var& x, const LayerNorm& norm, const Dropout& dropout, bool pre_norm,
             F sublayer) {
  if (pre_norm) return add(x, dropout.forward(sublayer(norm.forward(x))));
  return norm.forward(add(x, dropout.forward(sublayer(x))));
}

}  // namespace

TransformerEncoderLayer::TransformerEncoderLayer(const TransformerLayerConfig& c, Rng& init_rng,
                                                 Rng& dropout_rng)
    : pre_norm_(c.pre_norm),
      self_attn_(c.dim, c.heads, AttentionKind::Self, c.dropout, init_rng, dropout_rng),
      ffn_(c.dim, c.ffn, c.dropout, init_rng, dropout_rng),
      norm1_(c.dim),
      norm2_(c.dim),
      dropout_(c.dropout, dropout_rng) {
  register_module("self_attn", self_attn_);
  register_module("ffn", ffn_);
  register_module("norm1", norm1_);
  register_module("norm2", norm2_);
  register_module("dropout", dropout_);
}

Var TransformerEncoderLayer::forward(const Var& x, const Tensor& mask, Var* weights) const {
  Var h = residual(x, norm1_, dropout_, pre_norm_,
                   [&](const Var& in) { return self_attn_.self_attention(in, mask, weights); });
  return residual(h, norm2_, dropout_, pre_norm_, [&](const Var& in) { return ffn_.forward(in); });
}

TransformerDecoderLayer::TransformerDecoderLayer(const TransformerLayerConfig& c, Rng& init_rng,
                                                 Rng& dropout_rng)
    : pre_norm_(c.pre_norm),
      self_attn_(c.dim, c.heads, AttentionKind::Self, c.dropout, init_rng, dropout_rng),
      cross_attn_(c.dim, c.heads, AttentionKind::Cross, c.dropout, init_rng, dropout_rng),
      ffn_(c.dim, c.ffn, c.dropout, init_rng, dropout_rng),
      norm1_(c.dim),
      norm2_(c.dim),
      norm3_(c.dim),
      dropout_(c.dropout, dropout_rng) {
  register_module("self_attn", self_attn_);
  register_module("cross_attn", cross_attn_);
  register_module("ffn", ffn_);
  register_module("norm1", norm1_);
  register_module("norm2", norm2_);
  register_module("norm3", norm3_);
  register_module("dropout", dropout_);
}

Var TransformerDecoderLayer::forward(const Var& y, const Var& memory, const Tensor& self_mask,
                                     const Tensor& cross_mask, Var* self_weights,
                                     Var* cross_weights) const {
  Var h = residual(y, norm1_, dropout_, pre_norm_, [&](const Var& in) {
    return self_attn_.self_attention(in, self_mask, self_weights);
  });
  h = residual(h, norm2_, dropout_, pre_norm_, [&](const Var& in) {
    return cross_attn_.cross_attention(in, memory, cross_mask, cross_weights);
  });
  return residual(h, norm3_, dropout_, pre_norm_, [&](const Var& in) { return ffn_.forward(in); });
}

Var TransformerDecoderLayer::step(const Var& y, const Var& memory, SelfKvCache& self_cache,
                                  CrossKvCache& cross_cache, const DecodeRows& rows,
                                  Var* cross_weights) const {
  if (cross_cache.empty()) {
    cross_cache = cross_attn_.project_memory(memory);
    transpose_cross_keys(cross_cache, cross_attn_.heads());  // faster scores, same bits
    drop_row_keys(cross_cache);                              // read from keys_t only from here on
  }
  Var h = residual(y, norm1_, dropout_, pre_norm_, [&](const Var& in) {
    return self_attn_.self_attention_step(in, self_cache, rows);
  });
  h = residual(h, norm2_, dropout_, pre_norm_, [&](const Var& in) {
    return cross_attn_.cross_attention_step(in, cross_cache, rows, cross_weights);
  });
  return residual(h, norm3_, dropout_, pre_norm_, [&](const Var& in) { return ffn_.forward(in); });
}

}  // namespace nmt
