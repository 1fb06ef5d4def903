#include "models/quantize_model.h"

#include "base/error.h"
#include "tensor/packed_gemm.h"

namespace nmt {
namespace {

bool ends_with(const std::string& s, const std::string& tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

// Which axis holds the output units of a weight matrix, or -1 to keep float32.
int quantization_axis(const NamedTensor& t) {
  if (t.value.shape().rank() != 2) return -1;
  if (ends_with(t.name, "embed.weight")) return 0;
  if (ends_with(t.name, ".weight") || ends_with(t.name, ".w_ih") || ends_with(t.name, ".w_hh"))
    return 1;
  return -1;
}

}  // namespace

const std::vector<std::pair<Precision, std::string>>& precision_names() {
  static const std::vector<std::pair<Precision, std::string>> names = {{Precision::Fp32, "fp32"},
                                                                       {Precision::Int8, "int8"}};
  return names;
}

Precision parse_precision(const std::string& name) {
  for (const auto& [precision, spelling] : precision_names())
    if (spelling == name) return precision;
  throw Error("unknown precision '" + name + "' (use fp32 or int8)");
}

std::string to_string(Precision p) {
  for (const auto& [precision, spelling] : precision_names())
    if (precision == p) return spelling;
  return "?";
}

void set_precision(Translator& translator, Precision precision, bool decode_only) {
  translator.set_int8_inference(precision == Precision::Int8, decode_only);
  translator.set_packed_inference(precision == Precision::Fp32 && packed_gemm_enabled(),
                                  decode_only);
}

ModelFile quantize_model_file(const ModelFile& file) {
  ModelFile out = file;
  out.parameters.clear();
  for (const NamedTensor& t : file.parameters) {
    const int axis = quantization_axis(t);
    if (axis < 0)
      out.parameters.push_back(t);
    else
      out.quantized.push_back(quantize_tensor(t, axis));
  }
  return out;
}

}  // namespace nmt
