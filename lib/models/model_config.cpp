#include "models/model_config.h"

#include "base/error.h"

namespace nmt {
namespace {

constexpr int64_t kMaxSize = 1 << 20;  // widths and vocabularies: far above any CPU model

const std::vector<std::pair<Arch, std::string>> kArchNames = {{Arch::Transformer, "transformer"},
                                                              {Arch::Rnn, "rnn"}};
const std::vector<std::pair<AttentionType, std::string>> kAttentionNames = {
    {AttentionType::None, "none"},
    {AttentionType::Additive, "additive"},
    {AttentionType::Dot, "dot"},
    {AttentionType::General, "general"}};

OptionTable<ModelConfig> make_model_options() {
  using C = ModelConfig;
  const Bounds probability{0, 1, false, true};  // [0, 1)
  OptionTable<C> t = {
      choice_option("arch", "--arch", &C::arch, kArchNames, "Model family"),
      int_option("src_vocab", "", &C::src_vocab, 0, kMaxSize, "Source vocabulary size"),
      int_option("tgt_vocab", "", &C::tgt_vocab, 0, kMaxSize, "Target vocabulary size"),
      switch_option("shared_vocab", "", &C::shared_vocab, false, "One vocabulary for both sides"),
      switch_option("tied_embeddings", "--tied-embeddings", &C::tied_embeddings, false,
                    "Share embedding and output matrices"),
      real_option("dropout", "--dropout", &C::dropout, probability, "Dropout probability"),
      int_option("dim", "--dim", &C::dim, 1, kMaxSize,
                 "Model width (Transformer d_model; RNN embedding size)"),
      int_option("heads", "--heads", &C::heads, 1, 4096, "Attention heads (Transformer)"),
      int_option("enc_layers", "", &C::enc_layers, 1, 1000, "Transformer encoder layers"),
      int_option("dec_layers", "", &C::dec_layers, 1, 1000, "Transformer decoder layers"),
      int_option("ffn", "--ffn", &C::ffn, 1, kMaxSize, "Feed-forward width (Transformer)"),
      switch_option("pre_norm", "--post-norm", &C::pre_norm, true,
                    "Transformer: layer norm after each block"),
      choice_option("attention", "--attention", &C::attention, kAttentionNames,
                    "RNN attention (none: a fixed context)"),
      int_option("enc_hidden", "--enc-hidden", &C::enc_hidden, 1, kMaxSize,
                 "LSTM size per direction of the encoder (RNN)"),
      int_option("dec_hidden", "--dec-hidden", &C::dec_hidden, 1, kMaxSize,
                 "LSTM size of the decoder (RNN)"),
      int_option("rnn_enc_layers", "", &C::rnn_enc_layers, 1, 1000, "RNN encoder layers"),
      int_option("rnn_dec_layers", "", &C::rnn_dec_layers, 1, 1000, "RNN decoder layers"),
      switch_option("input_feeding", "--no-input-feeding", &C::input_feeding, true,
                    "RNN: do not feed a_{t-1} to step t"),
  };
  return t;
}

}  // namespace

const OptionTable<ModelConfig>& model_options() {
  static const OptionTable<ModelConfig> table = make_model_options();
  return table;
}

std::string to_string(Arch arch) {
  return arch == Arch::Rnn ? "rnn" : "transformer";
}

std::string to_string(AttentionType kind) {
  for (const auto& [value, name] : kAttentionNames)
    if (value == kind) return name;
  return "none";
}

Arch parse_arch(const std::string& name) {
  for (const auto& [value, spelling] : kArchNames)
    if (spelling == name) return value;
  throw Error("unknown architecture '" + name + "' (expected rnn or transformer)");
}

AttentionType parse_attention(const std::string& name) {
  for (const auto& [value, spelling] : kAttentionNames)
    if (spelling == name) return value;
  throw Error("unknown attention '" + name + "' (expected none, additive, dot or general)");
}

void ModelConfig::set_layers(int64_t encoder, int64_t decoder) {
  const int64_t fallback = default_layers(arch);
  (arch == Arch::Rnn ? rnn_enc_layers : enc_layers) = encoder > 0 ? encoder : fallback;
  (arch == Arch::Rnn ? rnn_dec_layers : dec_layers) = decoder > 0 ? decoder : fallback;
}

std::string ModelConfig::to_text() const {
  return options_to_text(model_options(), *this);
}

ModelConfig ModelConfig::from_text(const std::string& text) {
  ModelConfig c;
  options_from_text(model_options(), c, text, "model config", true);
  try {
    c.validate();
  } catch (const Error& e) {
    const std::string message = e.what();
    throw Error(message.rfind("model config", 0) == 0 ? message : "model config: " + message);
  }
  return c;
}

void ModelConfig::validate() const {
  NMT_CHECK(src_vocab > 4 && tgt_vocab > 4, "model config: vocabulary sizes must exceed 4 (got ",
            src_vocab, " and ", tgt_vocab, ")");
  validate_options();
}

void ModelConfig::validate_options() const {
  ModelConfig vocab_set = *this;  // the vocabulary is checked by validate(), once it is known
  vocab_set.src_vocab = vocab_set.tgt_vocab = 5;
  check_options(model_options(), vocab_set);
  NMT_CHECK(!tied_embeddings || arch == Arch::Rnn || shared_vocab,
            "--tied-embeddings in a Transformer needs a shared vocabulary (not --separate-vocab)");
  if (arch == Arch::Transformer) {
    NMT_CHECK(dim % heads == 0, "--dim ", dim, " must be a multiple of --heads ", heads);
  } else {
    NMT_CHECK(attention != AttentionType::Dot || dec_hidden == 2 * enc_hidden,
              "--attention dot needs --dec-hidden (", dec_hidden, ") = 2 x --enc-hidden (",
              2 * enc_hidden, ")");
    NMT_CHECK(!tied_embeddings || dec_hidden == dim,
              "--tied-embeddings in an RNN needs --dec-hidden (", dec_hidden, ") = --dim (", dim,
              ")");
  }
}

}  // namespace nmt
