#include "models/model_config.h"

#include <sstream>

#include "base/error.h"

namespace nmt {
namespace {

bool parse_bool(const std::string& key, const std::string& value) {
  if (value == "true" || value == "1") return true;
  if (value == "false" || value == "0") return false;
  throw Error("model config: " + key + " must be true or false, not '" + value + "'");
}

int64_t parse_int(const std::string& key, const std::string& value) {
  try {
    size_t used = 0;
    long long v = std::stoll(value, &used);
    if (used == value.size()) return v;
  } catch (const std::exception&) {
  }
  throw Error("model config: " + key + " must be an integer, not '" + value + "'");
}

float parse_float(const std::string& key, const std::string& value) {
  try {
    size_t used = 0;
    float v = std::stof(value, &used);
    if (used == value.size()) return v;
  } catch (const std::exception&) {
  }
  throw Error("model config: " + key + " must be a number, not '" + value + "'");
}

}  // namespace

std::string to_string(Arch arch) { return arch == Arch::Rnn ? "rnn" : "transformer"; }

std::string to_string(AttentionType kind) {
  switch (kind) {
    case AttentionType::None: return "none";
    case AttentionType::Additive: return "additive";
    case AttentionType::Dot: return "dot";
    case AttentionType::General: return "general";
  }
  return "none";
}

Arch parse_arch(const std::string& name) {
  if (name == "rnn") return Arch::Rnn;
  if (name == "transformer") return Arch::Transformer;
  throw Error("unknown architecture '" + name + "' (expected rnn or transformer)");
}

AttentionType parse_attention(const std::string& name) {
  if (name == "none") return AttentionType::None;
  if (name == "additive") return AttentionType::Additive;
  if (name == "dot") return AttentionType::Dot;
  if (name == "general") return AttentionType::General;
  throw Error("unknown attention '" + name + "' (expected none, additive, dot or general)");
}

std::string ModelConfig::to_text() const {
  std::ostringstream out;
  out.precision(9);
  out << "arch = " << to_string(arch) << "\n"
      << "src_vocab = " << src_vocab << "\n"
      << "tgt_vocab = " << tgt_vocab << "\n"
      << "shared_vocab = " << (shared_vocab ? "true" : "false") << "\n"
      << "tied_embeddings = " << (tied_embeddings ? "true" : "false") << "\n"
      << "dropout = " << dropout << "\n"
      << "dim = " << dim << "\n"
      << "heads = " << heads << "\n"
      << "enc_layers = " << enc_layers << "\n"
      << "dec_layers = " << dec_layers << "\n"
      << "ffn = " << ffn << "\n"
      << "pre_norm = " << (pre_norm ? "true" : "false") << "\n"
      << "attention = " << to_string(attention) << "\n"
      << "enc_hidden = " << enc_hidden << "\n"
      << "dec_hidden = " << dec_hidden << "\n"
      << "rnn_enc_layers = " << rnn_enc_layers << "\n"
      << "rnn_dec_layers = " << rnn_dec_layers << "\n"
      << "input_feeding = " << (input_feeding ? "true" : "false") << "\n";
  return out.str();
}

ModelConfig ModelConfig::from_text(const std::string& text) {
  ModelConfig c;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    const size_t eq = line.find(" = ");
    NMT_CHECK(eq != std::string::npos, "model config: malformed line '", line, "'");
    const std::string key = line.substr(0, eq), value = line.substr(eq + 3);
    if (key == "arch") c.arch = parse_arch(value);
    else if (key == "src_vocab") c.src_vocab = parse_int(key, value);
    else if (key == "tgt_vocab") c.tgt_vocab = parse_int(key, value);
    else if (key == "shared_vocab") c.shared_vocab = parse_bool(key, value);
    else if (key == "tied_embeddings") c.tied_embeddings = parse_bool(key, value);
    else if (key == "dropout") c.dropout = parse_float(key, value);
    else if (key == "dim") c.dim = parse_int(key, value);
    else if (key == "heads") c.heads = parse_int(key, value);
    else if (key == "enc_layers") c.enc_layers = parse_int(key, value);
    else if (key == "dec_layers") c.dec_layers = parse_int(key, value);
    else if (key == "ffn") c.ffn = parse_int(key, value);
    else if (key == "pre_norm") c.pre_norm = parse_bool(key, value);
    else if (key == "attention") c.attention = parse_attention(value);
    else if (key == "enc_hidden") c.enc_hidden = parse_int(key, value);
    else if (key == "dec_hidden") c.dec_hidden = parse_int(key, value);
    else if (key == "rnn_enc_layers") c.rnn_enc_layers = parse_int(key, value);
    else if (key == "rnn_dec_layers") c.rnn_dec_layers = parse_int(key, value);
    else if (key == "input_feeding") c.input_feeding = parse_bool(key, value);
    else throw Error("model config: unknown key '" + key + "'");
  }
  c.validate();
  return c;
}

void ModelConfig::validate() const {
  NMT_CHECK(src_vocab > 4 && tgt_vocab > 4, "model config: vocabulary sizes must exceed 4 (got ",
            src_vocab, " and ", tgt_vocab, ")");
  NMT_CHECK(dropout >= 0.0f && dropout < 1.0f, "model config: dropout must be in [0, 1), got ",
            dropout);
  NMT_CHECK(dim > 0, "model config: dim must be positive, got ", dim);
  NMT_CHECK(!tied_embeddings || arch == Arch::Rnn || shared_vocab,
            "model config: tied embeddings in a Transformer need a shared vocabulary");
  if (arch == Arch::Transformer) {
    NMT_CHECK(heads > 0 && dim % heads == 0, "model config: dim ", dim,
              " must be a multiple of heads ", heads);
    NMT_CHECK(enc_layers > 0 && dec_layers > 0 && ffn > 0,
              "model config: layers and ffn must be positive");
  } else {
    NMT_CHECK(enc_hidden > 0 && dec_hidden > 0 && rnn_enc_layers > 0 && rnn_dec_layers > 0,
              "model config: RNN sizes and layers must be positive");
  }
}

}  // namespace nmt
