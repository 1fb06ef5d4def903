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

// Version 2: version 1's fields, then the int8 tensors and the shortlist
// with 32-bit ids. Version 3: the same with 16-bit ids.
void write_quantized(PayloadWriter& out, const ModelFile& model) {
  out.u64(model.quantized.size());
  for (const QuantizedTensor& q : model.quantized) {
    out.string(q.name);
    out.i64(q.rows);
    out.i64(q.cols);
    out.u32(static_cast<uint32_t>(q.axis));
    out.i8_vector(q.values);
    out.f32_vector(q.scales);
  }
}

void read_quantized(PayloadReader& in, ModelFile& model) {
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
}

std::vector<uint16_t> narrow_ids(const std::vector<int32_t>& ids) {
  return std::vector<uint16_t>(ids.begin(), ids.end());  // shortlist_fits_16_bits checked
}

std::vector<int32_t> widen_ids(const std::vector<uint16_t>& ids) {
  return std::vector<int32_t>(ids.begin(), ids.end());
}

void write_payload_v2_or_v3(PayloadWriter& out, const ModelFile& model, bool ids_16_bits) {
  write_payload_v1(out, model);
  write_quantized(out, model);
  const ShortlistTable& table = model.shortlist;
  if (ids_16_bits)
    out.u16_vector(narrow_ids(table.frequent));
  else
    out.i32_vector(table.frequent);
  out.u64(table.by_source.size());
  for (const auto& ids : table.by_source)
    if (ids_16_bits)
      out.u16_vector(narrow_ids(ids));
    else
      out.i32_vector(ids);
}

ModelFile read_payload_v2_or_v3(PayloadReader& in, bool ids_16_bits) {
  ModelFile model = read_payload_v1(in);
  read_quantized(in, model);
  auto ids = [&](const char* what) {
    return ids_16_bits ? widen_ids(in.u16_vector(what)) : in.i32_vector(what);
  };
  model.shortlist.frequent = ids("shortlist");
  const uint64_t sources = in.u64();
  for (uint64_t s = 0; s < sources; ++s)
    model.shortlist.by_source.push_back(ids("shortlist of a source piece"));
  return model;
}

// The lowest version that holds the content.
uint32_t version_for(const ModelFile& model) {
  if (model.quantized.empty() && model.shortlist.empty()) return 1;
  return model.shortlist.empty() || !shortlist_fits_16_bits(model.shortlist) ? 2 : 3;
}

ModelFile decode_payload(const std::string& name, uint32_t version, const std::string& bytes) {
  const char* data = bytes.data() + kFramedHeaderBytes;
  const size_t size = bytes.size() - kFramedHeaderBytes;
  ModelFile model = version == 1
                        ? read_payload(name, "model", data, size, read_payload_v1)
                        : read_payload(name, "model", data, size, [version](PayloadReader& in) {
                            return read_payload_v2_or_v3(in, version == 3);
                          });
  model.format_version = version;
  return model;
}

}  // namespace

std::string encode_model_file(const ModelFile& model) {
  check_named_tensors(model.parameters, "parameter");
  for (const QuantizedTensor& q : model.quantized) check_quantized_tensor(q, "quantized tensor");
  const uint32_t version = version_for(model);
  std::string bytes = framed_placeholder();
  {
    PayloadWriter out(bytes);
    if (version == 1)
      write_payload_v1(out, model);
    else
      write_payload_v2_or_v3(out, model, version == 3);
  }
  seal_framed(bytes, FileKind{kModelMagic, "model", version});
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
