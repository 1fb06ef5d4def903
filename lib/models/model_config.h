// ModelConfig: everything needed to rebuild a translator's architecture. Its
// options are declared once in model_options() (lib/base/options.h): the same
// table gives nmt-train's flags and the key = value text stored whole in the
// model file. Passed by const& to the model constructors.
// Not here: training options (lib/train) or decoding options (lib/decode).
#pragma once

#include <cstdint>
#include <map>
#include <string>

#include "base/options.h"

namespace nmt {

enum class Arch { Rnn, Transformer };
enum class AttentionType { None, Additive, Dot, General };

struct ModelConfig {
  // Each family's default depth (both encoder and decoder).
  static constexpr int64_t kTransformerLayers = 3;
  static constexpr int64_t kRnnLayers = 1;

  Arch arch = Arch::Transformer;
  int64_t src_vocab = 0;  // set from the SentencePiece model(s)
  int64_t tgt_vocab = 0;
  bool shared_vocab = false;     // one SentencePiece model for both sides
  bool tied_embeddings = false;  // Transformer: src, tgt input and output share one matrix
                                 // (needs shared_vocab); RNN: tgt input/output
  float dropout = 0.1f;

  // Transformer
  int64_t dim = 256;  // D
  int64_t heads = 4;  // H
  int64_t enc_layers = kTransformerLayers;
  int64_t dec_layers = kTransformerLayers;
  int64_t ffn = 1024;
  bool pre_norm = true;

  // RNN (Bahdanau/Luong encoder-decoder); dim is the embedding size
  AttentionType attention = AttentionType::Additive;
  int64_t enc_hidden = 256;  // per direction of the bidirectional encoder
  int64_t dec_hidden = 512;
  int64_t rnn_enc_layers = kRnnLayers;
  int64_t rnn_dec_layers = kRnnLayers;
  bool input_feeding = true;

  // The layers of the chosen family (enc_layers or rnn_enc_layers, ...).
  int64_t encoder_layers() const { return arch == Arch::Rnn ? rnn_enc_layers : enc_layers; }
  int64_t decoder_layers() const { return arch == Arch::Rnn ? rnn_dec_layers : dec_layers; }
  static int64_t default_layers(Arch arch) {
    return arch == Arch::Rnn ? kRnnLayers : kTransformerLayers;
  }
  // Sets the chosen family's layers; 0 means that family's default.
  void set_layers(int64_t encoder, int64_t decoder);

  // key = value lines in the order of model_options(); from_text inverts it exactly.
  std::string to_text() const;
  // Throws nmt::Error naming the key on unknown keys or bad values.
  static ModelConfig from_text(const std::string& text);
  void validate() const;          // validate_options() and the vocabulary sizes
  void validate_options() const;  // impossible combinations of options; throws nmt::Error
};

// Every ModelConfig option, declared once (see lib/base/options.h).
const OptionTable<ModelConfig>& model_options();

std::string to_string(Arch arch);
std::string to_string(AttentionType kind);
Arch parse_arch(const std::string& name);                // "rnn" | "transformer"
AttentionType parse_attention(const std::string& name);  // "none" | "additive" | "dot" | "general"

}  // namespace nmt
