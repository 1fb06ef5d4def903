// A translator together with its tokenizers, as one model file holds them:
// the bridge between the generic file format (io/model_file.h) and the
// objects that translate (Translator, SentencePieceModel).
// Not here: the training state (train/checkpoint), the file envelope (io/).
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "data/sentencepiece_model.h"
#include "io/model_file.h"
#include "models/translator.h"

namespace nmt {

struct SavedModel {
  ModelConfig config;
  SubwordModels pieces;  // src and tgt (the same object when the vocabulary is shared)
  std::unique_ptr<Translator> translator;
  std::map<std::string, std::string> metadata;
  // The file stored int8 weights (nmt-quantize): the translator holds their
  // float32 values, and the tools translate in int8 unless asked otherwise.
  bool quantized = false;
  ShortlistTable shortlist;  // empty when the file has none
};

// Loads and rebuilds (int8 tensors dequantized); throws nmt::Error naming path on any problem with
// the file, the config, the tokenizers or the parameters (missing, unexpected or of the wrong
// shape).
SavedModel load_saved_model(const std::string& path);
// The same for a file already read (path names it in messages).
SavedModel saved_model_from(ModelFile file, const std::string& path);

// The model file for a translator and its tokenizers.
ModelFile make_model_file(const Translator& translator, const SubwordModels& pieces,
                          const std::map<std::string, std::string>& metadata);

// Copies named tensors into the translator's parameters; every parameter must
// be present with its exact shape and no extra names are allowed. `source`
// names the file in messages.
void assign_parameters(Translator& translator, const std::vector<NamedTensor>& tensors,
                       const std::string& source);

// The translator's parameters as named tensors (copies).
std::vector<NamedTensor> parameter_tensors(const Translator& translator);

}  // namespace nmt
