#include "models/saved_model.h"

#include <algorithm>
#include <set>

#include "base/error.h"

namespace nmt {
namespace {

// A file whose config claims sizes its tensors cannot hold (a crafted or
// damaged file: enc_layers = 1000 with dim = 1048576) would make
// make_translator allocate and initialise terabytes before the shape check
// refuses it. Each size is checked first against a lower bound of the
// parameters it implies (counted in double: no overflow), so such a file is
// refused in microseconds, naming the field.
struct SizeClaim {
  const char* field;
  int64_t value;
  double floats;  // parameters the model needs at least, given this field
  const char* what;
};

std::vector<SizeClaim> size_claims(const ModelConfig& c) {
  const double d = static_cast<double>(c.dim);
  const double vocab = static_cast<double>(std::max(c.src_vocab, c.tgt_vocab));
  std::vector<SizeClaim> claims = {
      {"dim", c.dim, vocab * d, "an embedding table of vocabulary x dim"}};
  if (c.arch == Arch::Transformer) {
    const double ffn = static_cast<double>(c.ffn);
    const double layer = 4 * d * d + 2 * d * ffn;  // q|k|v and output, the FFN's two matrices
    claims.push_back({"ffn", c.ffn, 2 * d * ffn, "two dim x ffn matrices per layer"});
    claims.push_back({"enc_layers", c.enc_layers, static_cast<double>(c.enc_layers) * layer,
                      "4 dim^2 + 2 dim ffn per layer"});
    claims.push_back({"dec_layers", c.dec_layers, static_cast<double>(c.dec_layers) * layer,
                      "4 dim^2 + 2 dim ffn per layer"});
  } else {
    const double eh = static_cast<double>(c.enc_hidden), dh = static_cast<double>(c.dec_hidden);
    claims.push_back({"enc_hidden", c.enc_hidden, 4 * eh * eh, "4 enc_hidden^2 per layer"});
    claims.push_back({"dec_hidden", c.dec_hidden, 4 * dh * dh, "4 dec_hidden^2 per layer"});
    claims.push_back({"rnn_enc_layers", c.rnn_enc_layers,
                      static_cast<double>(c.rnn_enc_layers) * 4 * eh * eh,
                      "4 enc_hidden^2 per layer"});
    claims.push_back({"rnn_dec_layers", c.rnn_dec_layers,
                      static_cast<double>(c.rnn_dec_layers) * 4 * dh * dh,
                      "4 dec_hidden^2 per layer"});
  }
  return claims;
}

void check_sizes_fit_file(const ModelConfig& config, const ModelFile& file,
                          const std::string& path) {
  double stored = 0;
  for (const NamedTensor& t : file.parameters) stored += static_cast<double>(t.value.numel());
  for (const QuantizedTensor& q : file.quantized)
    stored += static_cast<double>(q.rows) * static_cast<double>(q.cols);
  for (const SizeClaim& claim : size_claims(config))
    NMT_CHECK(claim.floats <= stored, path, ": model config: ", claim.field, " = ", claim.value,
              " needs at least ", static_cast<uint64_t>(std::min(claim.floats, 1e19)),
              " parameters (", claim.what, ") but the file holds ", static_cast<uint64_t>(stored));
}

}  // namespace

std::vector<NamedTensor> parameter_tensors(const Translator& translator) {
  std::vector<NamedTensor> out;
  for (const auto& [name, var] : translator.named_parameters())
    out.push_back({name, var.value().clone()});
  return out;
}

void assign_parameters(Translator& translator, const std::vector<NamedTensor>& tensors,
                       const std::string& source) {
  std::set<std::string> expected;
  for (auto& [name, var] : translator.named_parameters()) {
    expected.insert(name);
    const NamedTensor* found = find_named_tensor(tensors, name);
    NMT_CHECK(found != nullptr, source, ": parameter ", name, " is missing");
    NMT_CHECK(found->value.shape() == var.shape(), source, ": parameter ", name, " has shape ",
              found->value.shape().to_string(), " but the model needs ", var.shape().to_string());
    Var param = var;
    param.mutable_value().copy_from(found->value);
  }
  // Packed and quantized copies were made from the old values: drop them
  // (set_precision makes new ones).
  translator.set_packed_inference(false);
  translator.set_int8_inference(false);
  for (const NamedTensor& t : tensors)
    NMT_CHECK(expected.count(t.name) == 1, source, ": unexpected parameter ", t.name);
}

ModelFile make_model_file(const Translator& translator, const SubwordModels& pieces,
                          const std::map<std::string, std::string>& metadata) {
  ModelFile file;
  file.config_text = translator.config().to_text();
  file.spm_source = pieces.src->serialized();
  if (!pieces.joint()) file.spm_target = pieces.tgt->serialized();
  file.parameters = parameter_tensors(translator);
  file.metadata = metadata;
  return file;
}

SavedModel load_saved_model(const std::string& path) {
  return saved_model_from(load_model_file(path), path);
}

SavedModel saved_model_from(ModelFile file, const std::string& path) {
  SavedModel saved;
  try {
    saved.config = ModelConfig::from_text(file.config_text);
  } catch (const Error& e) {
    throw Error(path + ": " + e.what());
  }
  auto load_pieces = [&](const std::string& bytes, const char* side) {
    try {
      return std::make_shared<const SentencePieceModel>(SentencePieceModel::from_serialized(bytes));
    } catch (const Error& e) {
      throw Error(path + ": " + side + " SentencePiece model: " + e.what());
    }
  };
  saved.pieces.src = load_pieces(file.spm_source, "source");
  saved.pieces.tgt =
      file.spm_target.empty() ? saved.pieces.src : load_pieces(file.spm_target, "target");
  NMT_CHECK(saved.pieces.src->vocab_size() == saved.config.src_vocab &&
                saved.pieces.tgt->vocab_size() == saved.config.tgt_vocab,
            path, ": the SentencePiece vocabularies do not match the model config");
  check_sizes_fit_file(saved.config, file, path);
  saved.translator = make_translator(saved.config, 1);
  saved.quantized = !file.quantized.empty();
  for (const QuantizedTensor& q : file.quantized) file.parameters.push_back(dequantize_tensor(q));
  assign_parameters(*saved.translator, file.parameters, path);
  saved.shortlist = std::move(file.shortlist);
  saved.translator->eval();
  saved.metadata = std::move(file.metadata);
  return saved;
}

}  // namespace nmt
