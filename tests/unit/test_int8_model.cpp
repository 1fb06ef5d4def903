// int8 inference through the model interface: every translator family (RNN
// and Transformer, tied and untied output layers) gives log-probabilities
// close to float32 with set_int8_inference on, uses the int8 products (the
// results differ from float32), and is float32 again, bit for bit, once it is
// off; a quantized model file gives back the same int8 values.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <vector>

#include "autograd/var.h"
#include "io/model_file.h"
#include "models/quantize_model.h"
#include "models/translator.h"
#include "tensor/qgemm.h"

using namespace nmt;

namespace {

ModelConfig config_of(Arch arch, bool tied) {
  ModelConfig c;
  c.arch = arch;
  c.src_vocab = c.tgt_vocab = 50;
  c.dim = 32;
  c.tied_embeddings = tied;
  c.shared_vocab = tied;
  c.dropout = 0.0f;
  if (arch == Arch::Transformer) {
    c.heads = 4;
    c.enc_layers = c.dec_layers = 2;
    c.ffn = 64;
  } else {
    c.attention = AttentionType::Additive;
    c.enc_hidden = 32;
    c.dec_hidden = 32;
  }
  return c;
}

TokenBatch source() {
  TokenBatch b;
  b.rows = 3;
  b.length = 6;
  b.ids = {5, 9, 12, 7, 3, 2, 8, 8, 20, 2, 0, 0, 31, 4, 6, 17, 2, 0};
  b.lengths = {6, 4, 5};
  return b;
}

// Log-probabilities of three greedy-free steps with fixed tokens, concatenated.
std::vector<float> three_steps(Translator& t) {
  NoGradGuard no_grad;
  auto state = t.encode(source());
  std::vector<float> out;
  for (std::vector<int32_t> tokens : {std::vector<int32_t>{1, 1, 1}, {10, 11, 12}, {4, 40, 9}}) {
    const Tensor lp = t.step(*state, tokens);
    out.insert(out.end(), lp.data(), lp.data() + lp.shape().numel());
  }
  return out;
}

float max_abs_diff(const std::vector<float>& a, const std::vector<float>& b) {
  REQUIRE(a.size() == b.size());
  float worst = 0.0f;
  for (size_t i = 0; i < a.size(); ++i) worst = std::max(worst, std::abs(a[i] - b[i]));
  return worst;
}

}  // namespace

TEST_CASE("int8 inference is close to float32 and switches back exactly") {
  for (Arch arch : {Arch::Transformer, Arch::Rnn})
    for (bool tied : {false, true}) {
      INFO("arch " << to_string(arch) << " tied " << tied);
      auto t = make_translator(config_of(arch, tied), 5);
      t->eval();
      // The reference is float32 as decoding runs it (weights packed once):
      // products through the libraries may sum in another order.
      set_precision(*t, Precision::Fp32);
      const auto fp32 = three_steps(*t);
      set_precision(*t, Precision::Int8);
      const auto int8 = three_steps(*t);
      const float diff = max_abs_diff(fp32, int8);
      CHECK(diff > 0.0f);  // the int8 products were used
      // Log-probabilities of about -3.9 (50 ids); 0.05 with 8-bit activations
      // (0.03-0.04 measured), twice that where they are 7-bit (AVX2 path).
      const float bound = 0.05f * 127.0f / static_cast<float>(qgemm_activation_limit(qgemm_path()));
      CHECK(diff < bound);
      set_precision(*t, Precision::Fp32);
      CHECK(three_steps(*t) == fp32);
    }
}

// The log-probabilities of three_steps through a shortlist of every third id.
std::vector<float> three_steps_shortlisted(Translator& t) {
  std::vector<int32_t> ids;
  for (int32_t id = 0; id < static_cast<int32_t>(t.config().tgt_vocab); id += 3) ids.push_back(id);
  t.set_output_shortlist(ids);
  auto out = three_steps(t);
  t.set_output_shortlist({});
  return out;
}

TEST_CASE("decode-only int8 frees the float32 weights and decodes the same") {
  for (Arch arch : {Arch::Transformer, Arch::Rnn})
    for (bool tied : {false, true}) {
      INFO("arch " << to_string(arch) << " tied " << tied);
      auto kept = make_translator(config_of(arch, tied), 5);
      auto freed = make_translator(config_of(arch, tied), 5);
      kept->eval();
      freed->eval();
      set_precision(*kept, Precision::Int8);
      set_precision(*freed, Precision::Int8, /*decode_only=*/true);
      CHECK(three_steps(*freed) == three_steps(*kept));
      // The shortlist gathers its columns from the int8 copy.
      CHECK(three_steps_shortlisted(*freed) == three_steps_shortlisted(*kept));
      int64_t empty = 0;
      for (const auto& [name, var] : freed->named_parameters()) {
        INFO(name);
        const bool released = !var.value().defined();
        empty += released ? 1 : 0;
        if (name.find("embed") != std::string::npos) CHECK(!released);  // lookups read them
        if (arch == Arch::Transformer && name.size() > 7 &&
            name.compare(name.size() - 7, 7, ".weight") == 0 &&
            name.find("embed") == std::string::npos && name.find("norm") == std::string::npos)
          CHECK(released);  // every Linear weight
        if (name.find(".w_ih") != std::string::npos || name.find(".w_hh") != std::string::npos)
          CHECK(released);  // every LSTM weight matrix
      }
      CHECK(empty > 0);
    }
}

TEST_CASE("a quantized model file rebuilds the int8 model of its float32 file") {
  auto t = make_translator(config_of(Arch::Transformer, true), 6);
  t->eval();
  ModelFile file;
  file.config_text = t->config().to_text();
  for (const auto& [name, var] : t->named_parameters())
    file.parameters.push_back({name, var.value().clone()});
  const ModelFile q = quantize_model_file(file);
  // Every weight matrix is int8; biases and norms stay float32.
  for (const NamedTensor& p : q.parameters) CHECK(p.value.shape().rank() == 1);
  CHECK(q.quantized.size() + q.parameters.size() == file.parameters.size());

  // Loaded, the values are float32 again; quantized at inference they give
  // back the file's int8 values exactly.
  for (const QuantizedTensor& qt : q.quantized) {
    INFO(qt.name);
    const QuantizedTensor again = quantize_tensor(dequantize_tensor(qt), qt.axis);
    CHECK(again.values == qt.values);
    CHECK(max_abs_diff(again.scales, qt.scales) <=
          1e-6f * *std::max_element(qt.scales.begin(), qt.scales.end()));
  }
  // The rebuilt model translates like its float32 source in int8 (only the
  // embedding lookups, float32 in the source model, differ a little).
  set_precision(*t, Precision::Int8);
  const auto from_float = three_steps(*t);
  auto back = make_translator(config_of(Arch::Transformer, true), 99);  // other weights
  back->eval();
  std::vector<NamedTensor> params = q.parameters;
  for (const QuantizedTensor& qt : q.quantized) params.push_back(dequantize_tensor(qt));
  for (auto& [name, var] : back->named_parameters()) {
    Var v = var;
    v.mutable_value().copy_from(find_named_tensor(params, name)->value);
  }
  set_precision(*back, Precision::Int8);
  CHECK(max_abs_diff(three_steps(*back), from_float) < 0.1f);
}

TEST_CASE("parse_precision names the bad value") {
  CHECK(parse_precision("fp32") == Precision::Fp32);
  CHECK(parse_precision("int8") == Precision::Int8);
  CHECK_THROWS_WITH(parse_precision("fp16"), Catch::Contains("unknown precision 'fp16'"));
}
