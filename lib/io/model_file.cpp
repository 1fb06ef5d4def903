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

// Version 2: version 1's fields, then the int8 tensors and the shortlist.
void write_payload_v2(PayloadWriter& out, const ModelFile& model) {
  write_payload_v1(out, model);
  out.u64(model.quantized.size());
  for (const QuantizedTensor& q : model.quantized) {
    out.string(q.name);
    out.i64(q.rows);
    out.i64(q.cols);
    out.u32(static_cast<uint32_t>(q.axis));
    out.i8_vector(q.values);
    out.f32_vector(q.scales);
  }
  out.i32_vector(model.shortlist.frequent);
  out.u64(model.shortlist.by_source.size());
  for (const auto& ids : model.shortlist.by_source) out.i32_vector(ids);
}

ModelFile read_payload_v2(PayloadReader& in) {
  ModelFile model = read_payload_v1(in);
  const uint64_t count = in.u64();
  for (uint64_t i = 0; i < count; ++i) {
    QuantizedTensor q;
    q.name = in.string("quantized tensor name");
    q.rows = in.i64();
    q.cols = in.i64();
    q.axis = static_cast<int32_t>(in.u32());
    q.values = in.i8_vector("quantized values");
    q.scales = in.f32_vector("quantized scales");
    check_quantized_tensor(q, "corrupted payload");
    NMT_CHECK(!find_named_tensor(model.parameters, q.name), "corrupted payload: '", q.name,
              "' is stored both as float32 and as int8");
    model.quantized.push_back(std::move(q));
  }
  model.shortlist.frequent = in.i32_vector("shortlist");
  const uint64_t sources = in.u64();
  for (uint64_t s = 0; s < sources; ++s)
    model.shortlist.by_source.push_back(in.i32_vector("shortlist of a source piece"));
  return model;
}

ModelFile decode_payload(const std::string& name, uint32_t version, const std::string& bytes) {
  const char* data = bytes.data() + kFramedHeaderBytes;
  const size_t size = bytes.size() - kFramedHeaderBytes;
  ModelFile model = version == 1 ? read_payload(name, "model", data, size, read_payload_v1)
                                 : read_payload(name, "model", data, size, read_payload_v2);
  model.format_version = version;
  return model;
}

}  // namespace

std::string encode_model_file(const ModelFile& model) {
  check_named_tensors(model.parameters, "parameter");
  for (const QuantizedTensor& q : model.quantized) check_quantized_tensor(q, "quantized tensor");
  const bool v1 = model.quantized.empty() && model.shortlist.empty();
  std::string bytes = framed_placeholder();
  {
    PayloadWriter out(bytes);
    if (v1)
      write_payload_v1(out, model);
    else
      write_payload_v2(out, model);
  }
  seal_framed(bytes, v1 ? FileKind{kModelMagic, "model", 1} : kModelKind);
  return bytes;
}

ModelFile decode_model_file(const std::string& bytes, const std::string& name) {
  uint32_t version = check_framed(name, kModelKind, bytes);
  return decode_payload(name, version, bytes);
}

void save_model_file(const std::string& path, const ModelFile& model) {
  // "-" means standard output everywhere else; a model is a file, and
  // writing one called "-" would surprise whoever asked for stdout.
  NMT_CHECK(path != "-", "-: a model is written to a file, not to standard output; give a path");
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
