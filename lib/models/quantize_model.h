// Precision of inference, and model files with int8 weights.
//
// A quantized model file stores as int8 (one float32 scale per output unit)
// exactly the matrices the int8 kernels multiply by: every Linear weight and
// LSTM w_ih / w_hh (one scale per column, axis 1) and the embedding tables (one
// scale per row, axis 0: the rows are the output units when the table is the
// tied output layer). Biases, layer norms and the additive attention vector
// stay float32. Loaded, the int8 values become float32 parameters again, and
// Translator::set_int8_inference re-quantizes them to the same int8 values.
// Not here: the file layout (io/model_file.h), the kernels (tensor/qgemm.h).
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "io/model_file.h"
#include "models/translator.h"

namespace nmt {

enum class Precision { Fp32, Int8 };
// The spellings of Precision, as flags and files write them: fp32, int8.
const std::vector<std::pair<Precision, std::string>>& precision_names();
// "fp32" or "int8"; throws nmt::Error naming the value otherwise.
Precision parse_precision(const std::string& name);
std::string to_string(Precision p);

// Prepares every weight product of the translator for inference: fp32 packs
// float32 copies (Module::set_packed_inference), int8 quantized ones
// (Module::set_int8_inference); either drops the other's copies. decode_only
// (nmt-translate): the packed or int8 copies replace the float32 weights
// instead of adding to their memory (release_originals of both calls;
// embedding tables stay, lookups read them).
void set_precision(Translator& translator, Precision precision, bool decode_only = false);

// The same model file with its weight matrices moved from `parameters` to
// `quantized` (the rule above); everything else unchanged.
ModelFile quantize_model_file(const ModelFile& file);

}  // namespace nmt
