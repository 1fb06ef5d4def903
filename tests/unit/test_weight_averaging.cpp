// The two weight averages against values worked out by hand: the exponential
// moving average of training (train/weight_smoothing.h) and the averaging of
// saved model files (models/model_average.h).
#include <catch2/catch.hpp>

#include "base/error.h"
#include "models/model_average.h"
#include "models/translator.h"
#include "support/tensor_checks.h"
#include "train/weight_smoothing.h"

using namespace nmt;
using namespace nmt::testing;

namespace {

void set(Var v, const std::vector<float>& values) {
  for (size_t i = 0; i < values.size(); ++i) v.mutable_value().at(i) = values[i];
}

std::vector<float> values(const Tensor& t) {
  return std::vector<float>(t.data(), t.data() + t.numel());
}

ModelConfig tiny_rnn() {
  ModelConfig c;
  c.arch = Arch::Rnn;
  c.attention = AttentionType::General;
  c.src_vocab = c.tgt_vocab = 12;
  c.dim = 4;
  c.enc_hidden = 3;
  c.dec_hidden = 5;
  return c;
}

ModelFile file_with(const std::vector<std::vector<float>>& tensors) {
  ModelFile f;
  f.config_text = "arch = rnn\ndim = 4\n";
  f.spm_source = "pieces";
  for (size_t i = 0; i < tensors.size(); ++i)
    f.parameters.push_back(
        {"p" + std::to_string(i),
         Tensor::from_vector(Shape{static_cast<int64_t>(tensors[i].size())}, tensors[i])});
  return f;
}

}  // namespace

TEST_CASE("exponential smoothing: decay ramps up to 1 - smoothing, then holds") {
  NamedParams params = {{"w", param({1, 2})}};
  WeightSmoothing ema(params, 0.5);        // decay capped at 0.5
  CHECK(ema.next_decay() == Approx(0.1));  // (1 + 0) / (10 + 0)
  set(params[0].second, {3, 4});
  ema.update();  // 0.1 * {1, 2} + 0.9 * {3, 4}
  CHECK(ema.next_decay() == Approx(2.0 / 11.0));
  set(params[0].second, {5, 6});
  ema.update();  // 2/11 * {2.8, 3.8} + 9/11 * {5, 6}
  const std::vector<float> avg = values(ema.tensors()[0].value);
  CHECK(avg[0] == Approx(4.6));
  CHECK(avg[1] == Approx(5.6));
  for (int i = 0; i < 6; ++i) ema.update();
  CHECK(ema.updates() == 8);
  CHECK(ema.next_decay() == Approx(0.5));  // 9 / 18 reaches the cap
  ema.update();
  CHECK(ema.next_decay() == Approx(0.5));  // 10 / 19 > 0.5: capped
}

TEST_CASE("exponential smoothing at the cap, swapped in and out, saved and restored") {
  NamedParams params = {{"w", param({1, 2})}, {"b", param({-1})}};
  WeightSmoothing ema(params, 0.9);  // decay min(0.1, ...) = 0.1 from the start
  set(params[0].second, {3, 4});
  set(params[1].second, {1});
  ema.update();  // w: {0.1 + 2.7, 0.2 + 3.6}; b: -0.1 + 0.9
  set(params[0].second, {5, 6});
  set(params[1].second, {2});
  ema.update();  // w: {0.28 + 4.5, 0.38 + 5.4}; b: 0.08 + 1.8
  const auto saved = ema.tensors();
  REQUIRE(saved.size() == 2);
  CHECK(saved[0].name == "ema.w");
  CHECK(saved[1].name == "ema.b");
  CHECK(values(saved[0].value)[0] == Approx(4.78));
  CHECK(values(saved[0].value)[1] == Approx(5.78));
  CHECK(values(saved[1].value)[0] == Approx(1.88));

  {
    ScopedAverage averaged(&ema);
    CHECK(values(params[0].second.value())[0] == Approx(4.78));
    CHECK(values(params[1].second.value())[0] == Approx(1.88));
  }
  CHECK(values(params[0].second.value()) == std::vector<float>{5, 6});
  CHECK(values(params[1].second.value()) == std::vector<float>{2});

  WeightSmoothing again(params, 0.9);
  again.restore(saved, ema.updates(), "m.ckpt");
  CHECK(again.updates() == 2);
  CHECK(values(again.tensors()[0].value) == values(saved[0].value));
  CHECK_THROWS_WITH(again.restore({saved[0]}, 2, "m.ckpt"),
                    Catch::Contains("m.ckpt: the exponential average of b is missing"));
  CHECK_THROWS_WITH(WeightSmoothing(params, 1.0), Catch::Contains("--exponential-smoothing"));
}

TEST_CASE("exponential smoothing of a tiny translator: 0.1 * start + 0.9 * after the update") {
  auto model = make_translator(tiny_rnn(), 3);
  NamedParams params = model->named_parameters();
  std::vector<std::vector<float>> start, after;
  for (auto& [name, var] : params) start.push_back(values(var.value()));
  WeightSmoothing ema(params, 1e-4);
  for (auto& [name, var] : params) {
    float* p = var.mutable_value().data();
    for (int64_t j = 0; j < var.value().numel(); ++j) p[j] = p[j] * 0.5f + 0.25f;
    after.push_back(values(var.value()));
  }
  ema.update();
  const auto averaged = ema.tensors();
  REQUIRE(averaged.size() == params.size());
  for (size_t i = 0; i < params.size(); ++i)
    for (size_t j = 0; j < start[i].size(); ++j)
      REQUIRE(values(averaged[i].value)[j] == Approx(0.1 * start[i][j] + 0.9 * after[i][j]));
}

TEST_CASE("averaging model files: elementwise means, the last file's metadata") {
  ModelFile a = file_with({{1, 2}, {10}}), b = file_with({{3, 5}, {20}}),
            c = file_with({{2, 2}, {0}});
  a.metadata["updates"] = "100";
  c.metadata["updates"] = "300";
  const ModelFile two = average_model_files({a, b}, {"a", "b"});
  CHECK(values(two.parameters[0].value) == std::vector<float>{2, 3.5});
  CHECK(values(two.parameters[1].value) == std::vector<float>{15});
  const ModelFile three = average_model_files({a, b, c}, {"a", "b", "c"});
  CHECK(values(three.parameters[0].value) == std::vector<float>{2, 3});
  CHECK(values(three.parameters[1].value) == std::vector<float>{10});
  CHECK(three.metadata.at("updates") == "300");
  CHECK(three.metadata.at("averaged_from") == "a, b, c");
  CHECK(three.config_text == a.config_text);
  CHECK(values(a.parameters[0].value) == std::vector<float>{1, 2});  // inputs untouched
}

TEST_CASE("averaging refuses files of another architecture, vocabulary or shape") {
  const ModelFile a = file_with({{1, 2}});
  ModelFile other_arch = a, other_vocab = a, other_shape = file_with({{1, 2, 3}});
  other_arch.config_text = "arch = rnn\ndim = 8\n";
  other_vocab.spm_target = "other pieces";
  CHECK_THROWS_WITH(average_model_files({a, other_arch}, {"a.nmt", "b.nmt"}),
                    "b.nmt: another architecture than a.nmt (cannot average): dim = 4 vs dim = 8");
  CHECK_THROWS_WITH(average_model_files({a, other_vocab}, {"a.nmt", "b.nmt"}),
                    Catch::Contains("b.nmt: another vocabulary"));
  CHECK_THROWS_WITH(average_model_files({a, other_shape}, {"a.nmt", "b.nmt"}),
                    Catch::Contains("b.nmt: parameter p0 [3] where a.nmt has p0 [2]"));
  CHECK_THROWS_WITH(average_model_files({}, {}), Catch::Contains("nothing to average"));
}
