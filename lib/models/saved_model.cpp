#include "models/saved_model.h"

#include <set>

#include "base/error.h"

namespace nmt {

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
  ModelFile file = load_model_file(path);
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
