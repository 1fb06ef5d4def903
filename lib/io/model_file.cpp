#include "io/model_file.h"

#include "base/error.h"
#include "io/atomic_file.h"
#include "io/framed_file.h"
#include "io/payload.h"

namespace nmt {
namespace {

constexpr FileKind kModelKind{kModelMagic, "model", kModelFormatVersion};

// Payload, version 1 (docs/FORMATS.md).
void write_payload_v1(PayloadWriter& out, const ModelFile& model) {
  out.string(model.config_text);
  out.string(model.spm_source);
  out.string(model.spm_target);
  out.string_map(model.metadata);
  out.tensors(model.parameters);
}

ModelFile read_payload_v1(PayloadReader& in) {
  ModelFile model;
  model.config_text = in.string("config text");
  model.spm_source = in.string("source SentencePiece model");
  model.spm_target = in.string("target SentencePiece model");
  model.metadata = in.string_map("metadata");
  model.parameters = in.tensors();
  check_named_tensors(model.parameters, "parameter");
  return model;
}

// Only version 1 exists; when 2 comes, version 1 keeps its reader here.
ModelFile decode_payload(const std::string& name, uint32_t version, const std::string& bytes) {
  ModelFile model = read_payload(name, "model", bytes.data() + kFramedHeaderBytes,
                                 bytes.size() - kFramedHeaderBytes, read_payload_v1);
  model.format_version = version;
  return model;
}

}  // namespace

std::string encode_model_file(const ModelFile& model) {
  check_named_tensors(model.parameters, "parameter");
  std::string bytes = framed_placeholder();
  {
    PayloadWriter out(bytes);
    write_payload_v1(out, model);
  }
  seal_framed(bytes, kModelKind);
  return bytes;
}

ModelFile decode_model_file(const std::string& bytes, const std::string& name) {
  uint32_t version = check_framed(name, kModelKind, bytes);
  return decode_payload(name, version, bytes);
}

void save_model_file(const std::string& path, const ModelFile& model) {
  std::string bytes;
  try {
    bytes = encode_model_file(model);
  } catch (const Error& e) {
    throw Error(path + ": cannot save model: " + e.what());
  }
  write_file_atomic(path, bytes);
}

ModelFile load_model_file(const std::string& path) {
  FramedFile file = read_framed_file(path, kModelKind);
  return decode_payload(path, file.version, file.bytes);
}

}  // namespace nmt
