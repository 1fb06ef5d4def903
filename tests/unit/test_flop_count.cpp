// models/flop_count.h against hand counts: for tiny configs, every matrix
// product the model runs is listed below as [m, k] x [k, n] (2 m k n FLOPs),
// read off the layers (nn/, models/), not off the formula.
#include <catch2/catch.hpp>

#include "models/flop_count.h"

using namespace nmt;

namespace {

double gemm(double m, double k, double n) {
  return 2 * m * k * n;
}

ModelConfig tiny_transformer() {
  ModelConfig c;
  c.arch = Arch::Transformer;
  c.src_vocab = 9;
  c.tgt_vocab = 10;  // V
  c.dim = 4;         // D
  c.heads = 2;       // splits D: no change in the count
  c.ffn = 8;         // F
  c.enc_layers = 1;
  c.dec_layers = 1;
  return c;
}

ModelConfig tiny_rnn(AttentionType attention) {
  ModelConfig c;
  c.arch = Arch::Rnn;
  c.attention = attention;
  c.src_vocab = 9;
  c.tgt_vocab = 5;   // V
  c.dim = 2;         // E
  c.enc_hidden = 3;  // He per direction
  c.dec_hidden = 4;  // Hd
  c.input_feeding = true;
  return c;
}

}  // namespace

TEST_CASE("flop count: a tiny Transformer, product by product", "[flops]") {
  // B = 2 sentences, S = 3, T = 5: x = 6 source rows, y = 10 target rows.
  const double encoder = gemm(6, 4, 12)           // fused QKV
                         + gemm(3, 2, 3) * 2 * 2  // scores q k^T per sentence and head (D/H = 2)
                         + gemm(3, 3, 2) * 2 * 2  // weighted sum w v per sentence and head
                         + gemm(6, 4, 4)          // output projection
                         + gemm(6, 4, 8) + gemm(6, 8, 4);  // feed-forward
  const double self_attention = gemm(10, 4, 12)            // fused QKV
                                + gemm(5, 2, 5) * 2 * 2    // scores
                                + gemm(5, 5, 2) * 2 * 2    // weighted sum
                                + gemm(10, 4, 4);          // output
  const double cross_attention = gemm(10, 4, 4)            // query
                                 + gemm(6, 4, 8)           // fused key|value of the source
                                 + gemm(5, 2, 3) * 2 * 2   // scores
                                 + gemm(5, 3, 2) * 2 * 2   // weighted sum
                                 + gemm(10, 4, 4);         // output
  const double decoder =
      self_attention + cross_attention + gemm(10, 4, 8) + gemm(10, 8, 4);  // + feed-forward
  const double output = gemm(10, 4, 10);
  const double forward = encoder + decoder + output;
  CHECK(forward == 7488.0);
  CHECK(forward_matmul_flops(tiny_transformer(), 2, 3, 5) == forward);
  CHECK(train_step_matmul_flops(tiny_transformer(), 2, 3, 5) == 3 * forward);

  ModelConfig two_layers = tiny_transformer();
  two_layers.enc_layers = two_layers.dec_layers = 2;
  CHECK(forward_matmul_flops(two_layers, 2, 3, 5) == 2 * encoder + 2 * decoder + output);
}

TEST_CASE("flop count: the reference Transformer matches scripts/torch_reference/flops.py",
          "[flops]") {
  // python3 -c 'from flops import *; print(train_step_flops(TransformerShape(), 1, 20, 20))'
  ModelConfig c;
  c.arch = Arch::Transformer;
  c.src_vocab = c.tgt_vocab = 8000;
  c.dim = 256;
  c.heads = 4;
  c.ffn = 1024;
  c.enc_layers = c.dec_layers = 3;
  CHECK(train_step_matmul_flops(c, 1, 20, 20) == 917422080.0);
  CHECK(train_step_matmul_flops(c, 1, 40, 40) == 1856962560.0);
}

TEST_CASE("flop count: a tiny RNN with each attention, product by product", "[flops]") {
  // B = 2, S = 3, T = 4: x = 6 source rows, y = 8 target rows (one LSTM step
  // per position; the per-step products of a sequence add up to these).
  const double encoder = 2 * (gemm(6, 2, 12)      // input to gates, E -> 4He, per direction
                              + gemm(6, 3, 12));  // recurrent, He -> 4He
  const double decoder_lstm = gemm(8, 2 + 4, 16)  // input (embedding + fed a_{t-1}) -> 4Hd
                              + gemm(8, 4, 16);   // recurrent
  const double combine = gemm(8, 4 + 6, 4);       // [h, context] -> Hd
  const double output = gemm(8, 4, 5);
  const double base = encoder + decoder_lstm + combine + output;
  const double attend = gemm(1, 4, 3) * 8     // scores: per target step and sentence, over S
                        + gemm(1, 3, 6) * 8;  // weighted sum of the 2He encoder states
  const double keys = gemm(6, 6, 4);          // 2He -> Hd, once per source position
  const double query = gemm(8, 4, 4);         // additive only: Hd -> A (= Hd)

  CHECK(base + keys + query + attend == 5984.0);
  CHECK(forward_matmul_flops(tiny_rnn(AttentionType::Additive), 2, 3, 4) ==
        base + keys + query + attend);
  CHECK(forward_matmul_flops(tiny_rnn(AttentionType::General), 2, 3, 4) == base + keys + attend);
  CHECK(forward_matmul_flops(tiny_rnn(AttentionType::None), 2, 3, 4) == base);

  ModelConfig dot = tiny_rnn(AttentionType::Dot);  // keys as they are: needs Hd = 2He
  dot.dec_hidden = 6;
  const double dot_forward = 2 * (gemm(6, 2, 12) + gemm(6, 3, 12))    // encoder
                             + gemm(8, 2 + 6, 24) + gemm(8, 6, 24)    // decoder LSTM
                             + gemm(1, 6, 3) * 8 + gemm(1, 3, 6) * 8  // scores, weighted sum
                             + gemm(8, 6 + 6, 6) + gemm(8, 6, 5);     // combine, output
  CHECK(forward_matmul_flops(dot, 2, 3, 4) == dot_forward);

  ModelConfig deep = tiny_rnn(AttentionType::None);
  deep.rnn_enc_layers = deep.rnn_dec_layers = 2;
  deep.input_feeding = false;
  const double deep_forward = 2 * (gemm(6, 2, 12) + gemm(6, 3, 12))    // encoder layer 1
                              + 2 * (gemm(6, 6, 12) + gemm(6, 3, 12))  // layer 2 reads 2He
                              + gemm(8, 2, 16) + gemm(8, 4, 16)        // decoder layer 1
                              + gemm(8, 4, 16) + gemm(8, 4, 16)        // layer 2 reads Hd
                              + combine + output;
  CHECK(forward_matmul_flops(deep, 2, 3, 4) == deep_forward);
}
