// The one-file model: everything nmt-translate needs to rebuild a translator.
// It holds the model config as key = value text (ModelConfig::to_text, parsed
// back by ModelConfig::from_text), the SentencePiece model(s) as the bytes of
// their .model files, the named parameters with their shapes, and training
// metadata. On disk: magic "NMTMODEL", format version, length, CRC-32, then the
// payload (docs/FORMATS.md). Writes are atomic (io/atomic_file.h).
// Not here: turning the config text into a ModelConfig or the parameters into
// a model (lib/models, lib/nn), the training state (checkpoint_file.h).
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "io/named_tensor.h"
#include "io/quantized_tensor.h"

namespace nmt {

constexpr char kModelMagic[] = "NMTMODEL";  // 8 bytes on disk, no terminator
// Version 2 adds int8 weights and the vocabulary shortlist (32-bit ids);
// version 3 stores the shortlist's ids in 16 bits. save writes the lowest
// version that holds the content: a float32 model without a shortlist is
// still a version 1 file that older nmt releases read, a shortlist with an id
// above 65,535 (or none) makes version 2, else version 3.
constexpr uint32_t kModelFormatVersion = 3;

struct ModelFile {
  // Set by load_model_file to the version read; save writes the lowest
  // version that holds the content (above).
  uint32_t format_version = kModelFormatVersion;
  std::string config_text;  // ModelConfig::to_text()
  // Bytes of the SentencePiece .model files. With a shared vocabulary only
  // spm_source is set and spm_target is empty; use target_spm() to read.
  std::string spm_source;
  std::string spm_target;
  std::vector<NamedTensor> parameters;  // unique names, each with its shape
  // Parameters stored as int8 (nmt-quantize); their names are not in
  // `parameters`. Version 2 or 3.
  std::vector<QuantizedTensor> quantized;
  ShortlistTable shortlist;  // version 2 or 3; empty when none was built
  // Free-form training metadata: "seed", "updates", "best_score", "metric",
  // "nmt_version", "date", ...
  std::map<std::string, std::string> metadata;

  const std::string& target_spm() const { return spm_target.empty() ? spm_source : spm_target; }
};

// Writes atomically; throws nmt::Error naming path (duplicate or empty
// parameter names, an undefined tensor, or any write failure).
void save_model_file(const std::string& path, const ModelFile& model);

// Reads and verifies; throws nmt::Error with one line naming path on a
// missing, unreadable, foreign, newer, truncated or corrupted file.
ModelFile load_model_file(const std::string& path);

// The exact bytes save writes, and their inverse, for tests and for callers
// that keep files in memory. decode throws like load, naming `name`.
std::string encode_model_file(const ModelFile& model);
ModelFile decode_model_file(const std::string& bytes, const std::string& name = "<memory>");

}  // namespace nmt
