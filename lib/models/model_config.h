// ModelConfig: everything needed to rebuild a translator's architecture. It is
// parsed once at the edge (nmt-train flags), stored whole in the model file as
// key = value text, and passed by const& to the model constructors.
// Not here: training options (lib/train) or decoding options (lib/decode).
#pragma once

#include <cstdint>
#include <map>
#include <string>

namespace nmt {

enum class Arch { Rnn, Transformer };
enum class AttentionType { None, Additive, Dot, General };

struct ModelConfig {
  Arch arch = Arch::Transformer;
  int64_t src_vocab = 0;  // set from the SentencePiece model(s)
  int64_t tgt_vocab = 0;
  bool shared_vocab = false;       // one SentencePiece model for both sides
  bool tied_embeddings = false;    // Transformer: src, tgt input and output share one matrix
                                   // (needs shared_vocab); RNN: tgt input/output
  float dropout = 0.1f;

  // Transformer
  int64_t dim = 256;   // D
  int64_t heads = 4;   // H
  int64_t enc_layers = 3;
  int64_t dec_layers = 3;
  int64_t ffn = 1024;
  bool pre_norm = true;

  // RNN (Bahdanau/Luong encoder-decoder); dim is the embedding size
  AttentionType attention = AttentionType::Additive;
  int64_t enc_hidden = 256;  // per direction of the bidirectional encoder
  int64_t dec_hidden = 512;
  int64_t rnn_enc_layers = 1;
  int64_t rnn_dec_layers = 1;
  bool input_feeding = true;

  // key = value lines, stable order; parse_model_config inverts it exactly.
  std::string to_text() const;
  // Throws nmt::Error naming the key on unknown keys or bad values.
  static ModelConfig from_text(const std::string& text);
  void validate() const;  // throws nmt::Error on impossible combinations
};

std::string to_string(Arch arch);
std::string to_string(AttentionType kind);
Arch parse_arch(const std::string& name);                 // "rnn" | "transformer"
AttentionType parse_attention(const std::string& name);   // "none" | "additive" | "dot" | "general"

}  // namespace nmt
