#include "models/flop_count.h"

namespace nmt {
namespace {

// Per encoder layer, with x = B S rows: fused QKV 6 x D^2, scores and weighted
// sum 4 B S^2 D, output 2 x D^2, feed-forward 4 x D F. Per decoder layer,
// with y = B T: self-attention 6 y D^2 + 4 B T^2 D + 2 y D^2; cross-attention
// query 2 y D^2, key|value 4 x D^2, scores and weighted sum 4 B T S D, output
// 2 y D^2; feed-forward 4 y D F. Output layer 2 y D V.
double transformer_flops(const ModelConfig& c, double b, double s, double t) {
  const double x = b * s, y = b * t, v = c.tgt_vocab;
  const double d = c.dim, f = c.ffn;
  const double enc = 2 * x * d * 3 * d + 4 * b * s * s * d + 2 * x * d * d + 4 * x * d * f;
  const double dec = 2 * y * d * 3 * d + 4 * b * t * t * d + 2 * y * d * d  // self-attention
                     + 2 * y * d * d + 4 * x * d * d + 4 * b * t * s * d + 2 * y * d * d  // cross
                     + 4 * y * d * f;
  return c.enc_layers * enc + c.dec_layers * dec + 2 * y * d * v;
}

// Encoder: both directions' LSTM gates per layer (input E, then 2He). Keys
// projected once (additive, general: 2He -> Hd). Per target step: the
// decoder LSTMs (input E + Hd with input feeding, then Hd), the additive
// query projection (Hd -> Hd), scores and weighted sum over the source (none
// without attention), the combination layer (Hd + 2He -> Hd) and the output
// layer.
double rnn_flops(const ModelConfig& c, double b, double s, double t) {
  const double x = b * s, y = b * t, v = c.tgt_vocab;
  const double e = c.dim, he = c.enc_hidden, hd = c.dec_hidden;
  double enc = 0;
  for (int64_t l = 0; l < c.rnn_enc_layers; ++l) {
    const double in = l == 0 ? e : 2 * he;
    enc += 2 * (2 * x * (in + he) * 4 * he);
  }
  double dec = 0;
  for (int64_t l = 0; l < c.rnn_dec_layers; ++l) {
    const double in = l > 0 ? hd : c.input_feeding ? e + hd : e;
    dec += 2 * y * (in + hd) * 4 * hd;
  }
  const AttentionType a = c.attention;
  const bool projected_keys = a == AttentionType::Additive || a == AttentionType::General;
  const double keys = projected_keys ? 2 * x * 2 * he * hd : 0;
  const double query = a == AttentionType::Additive ? 2 * y * hd * hd : 0;
  const double attend = a == AttentionType::None ? 0 : 2 * b * t * s * hd + 2 * b * t * s * 2 * he;
  return enc + keys + dec + query + attend + 2 * y * (hd + 2 * he) * hd + 2 * y * hd * v;
}

}  // namespace

double forward_matmul_flops(const ModelConfig& config, int64_t batch, int64_t src_len,
                            int64_t tgt_len) {
  const double b = static_cast<double>(batch);
  const double s = static_cast<double>(src_len), t = static_cast<double>(tgt_len);
  return config.arch == Arch::Transformer ? transformer_flops(config, b, s, t)
                                          : rnn_flops(config, b, s, t);
}

double train_step_matmul_flops(const ModelConfig& config, int64_t batch, int64_t src_len,
                               int64_t tgt_len) {
  return 3 * forward_matmul_flops(config, batch, src_len, tgt_len);
}

}  // namespace nmt
