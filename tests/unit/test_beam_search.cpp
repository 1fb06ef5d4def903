// Beam search against a fake translator with fixed probabilities, where the
// right answer can be worked out by hand.
#include <catch2/catch.hpp>
#include <cmath>
#include <map>

#include "base/error.h"
#include "decode/beam_search.h"

using namespace nmt;

namespace {

// Vocabulary: 0 pad, 1 unk, 2 bos, 3 eos, 4 "a", 5 "b", 6 "c".
constexpr int64_t kVocab = 7;
constexpr int32_t kEos = 3, kA = 4, kB = 5, kC = 6;

struct FakeState : DecoderState {
  std::vector<int32_t> sentence;  // per row
  std::vector<int32_t> last;      // per row: last token fed before this one
  int64_t rows() const override { return static_cast<int64_t>(sentence.size()); }
  void select(const std::vector<int32_t>& rows) override {
    std::vector<int32_t> s, l;
    for (int32_t r : rows) {
      s.push_back(sentence[r]);
      l.push_back(last[r]);
    }
    sentence = s;
    last = l;
  }
};

// Next-token distribution depends only on the previous token:
//   after bos: a 0.6, b 0.4
//   after a:   eos 0.4, c 0.3, a 0.3
//   after b:   eos 0.9, c 0.1
//   after c:   eos 1.0
class FakeTranslator : public Translator {
 public:
  std::vector<int64_t> rows_seen;  // rows per step call, to see finished sentences leave
  bool runaway = false;            // always prefer "a" (0.9) over EOS (0.1)
  const ModelConfig& config() const override { return config_; }
  Rng& dropout_rng() override { return rng_; }
  Var forward_hidden(const TokenBatch&, const TokenBatch&, AttentionMaps*) override {
    return Var();
  }
  Projection output_layer() const override { return {}; }
  std::unique_ptr<DecoderState> encode(const TokenBatch& src) override {
    auto state = std::make_unique<FakeState>();
    for (int64_t r = 0; r < src.rows; ++r) {
      state->sentence.push_back(static_cast<int32_t>(r));
      state->last.push_back(-1);
    }
    return state;
  }
  // The log-probs themselves, with zero shifts over all ids.
  Tensor step_logits(DecoderState& base, const std::vector<int32_t>& tokens,
                     StepLogitsLayout& layout, std::vector<Tensor>* attention) override {
    auto& state = static_cast<FakeState&>(base);
    layout.shifts.assign(static_cast<size_t>(state.rows()), 0.0f);
    layout.ids = nullptr;
    rows_seen.push_back(state.rows());
    Tensor out = Tensor::full({state.rows(), kVocab}, std::log(1e-9f));
    for (int64_t r = 0; r < state.rows(); ++r) {
      std::map<int32_t, float> p;
      if (runaway)
        p = {{kA, 0.9f}, {kEos, 0.1f}};
      else if (tokens[r] == 2)
        p = {{kA, 0.6f}, {kB, 0.4f}};
      else if (tokens[r] == kA)
        p = {{kEos, 0.4f}, {kC, 0.3f}, {kA, 0.3f}};
      else if (tokens[r] == kB)
        p = {{kEos, 0.9f}, {kC, 0.1f}};
      else
        p = {{kEos, 1.0f}};
      for (auto [tok, prob] : p) out.at(r * kVocab + tok) = std::log(prob);
      state.last[r] = tokens[r];
    }
    if (attention) {
      Tensor a = Tensor::full({state.rows(), 1, 2}, 0.5f);
      attention->push_back(a);
    }
    return out;
  }

 private:
  ModelConfig config_;
  Rng rng_;
};

TokenBatch source(int64_t rows, int32_t length) {
  TokenBatch b;
  b.rows = rows;
  b.length = length;
  b.ids.assign(rows * length, kA);
  b.lengths.assign(rows, length);
  return b;
}

}  // namespace

TEST_CASE("greedy follows the locally best token", "[beam]") {
  FakeTranslator model;
  SearchConfig config;
  config.beam = 1;
  config.length_penalty = 0.0f;
  auto result = beam_search(model, source(1, 2), config);
  REQUIRE(result.size() == 1);
  REQUIRE(result[0].size() == 1);
  CHECK(result[0][0].tokens == std::vector<int32_t>{kA});
  CHECK(result[0][0].log_prob == Approx(std::log(0.6f * 0.4f)).margin(1e-5));
}

TEST_CASE("beam 2 finds the better sequence greedy misses", "[beam]") {
  FakeTranslator model;
  SearchConfig config;
  config.beam = 2;
  config.n_best = 2;
  config.length_penalty = 0.0f;
  auto result = beam_search(model, source(1, 2), config);
  REQUIRE(result[0].size() == 2);
  // b eos = 0.36 beats a eos = 0.24.
  CHECK(result[0][0].tokens == std::vector<int32_t>{kB});
  CHECK(result[0][0].score == Approx(std::log(0.36f)).margin(1e-5));
  CHECK(result[0][1].tokens == std::vector<int32_t>{kA});
  CHECK(result[0][1].score == Approx(std::log(0.24f)).margin(1e-5));
}

TEST_CASE("every sentence of a batch gets its own answer, in input order", "[beam]") {
  FakeTranslator model;
  SearchConfig config;
  config.beam = 2;
  config.length_penalty = 0.0f;
  auto result = beam_search(model, source(3, 2), config);
  REQUIRE(result.size() == 3);
  for (const auto& r : result) CHECK(r.at(0).tokens == std::vector<int32_t>{kB});
  // All sentences finish after step 1: no step sees more than 3 x 2 rows.
  for (int64_t rows : model.rows_seen) CHECK(rows <= 6);
}

TEST_CASE("step 0 computes one row per sentence, later steps K", "[beam]") {
  // The K beams of a sentence start equal: computing them all at step 0 is
  // K - 1 wasted rows per sentence.
  FakeTranslator model;
  SearchConfig config;
  config.beam = 3;
  config.fixed_length = 4;
  auto result = beam_search(model, source(2, 3), config);
  CHECK(model.rows_seen == std::vector<int64_t>{2, 6, 6, 6});
  for (const auto& r : result) CHECK(r.at(0).tokens.size() == 4);
}

TEST_CASE("fixed length ignores EOS and emits exactly that many tokens", "[beam]") {
  FakeTranslator model;
  SearchConfig config;
  config.beam = 1;
  config.fixed_length = 5;
  config.keep_attention = true;
  auto result = beam_search(model, source(2, 3), config);
  for (const auto& r : result) {
    CHECK(r.at(0).tokens.size() == 5);
    CHECK(r.at(0).attention.size() == 5);        // one entry per output step
    CHECK(r.at(0).attention[0][0].size() == 3);  // H=1 x true source length 3
  }
}

TEST_CASE("max length ratio stops runaway output", "[beam]") {
  FakeTranslator model;
  model.runaway = true;
  SearchConfig config;
  config.beam = 1;
  config.max_length_ratio = 1.5f;  // at most ceil(1.5 * 4) + 5 = 11 tokens
  auto result = beam_search(model, source(1, 4), config);
  // EOS never ranks first, so only the length limit stops the search.
  CHECK(result[0][0].tokens.size() == 11);
  CHECK(model.rows_seen.size() == 11);
}

TEST_CASE("length penalty follows GNMT", "[beam]") {
  CHECK(length_penalty(1, 0.0f) == 1.0f);
  CHECK(length_penalty(1, 1.0f) == Approx(1.0f));
  CHECK(length_penalty(7, 1.0f) == Approx(2.0f));
  CHECK(length_penalty(7, 0.5f) == Approx(std::sqrt(2.0f)));
}

TEST_CASE("bad beam settings are errors", "[beam]") {
  FakeTranslator model;
  SearchConfig config;
  config.beam = 0;
  CHECK_THROWS_AS(beam_search(model, source(1, 2), config), Error);
  config.beam = 2;
  config.n_best = 3;
  CHECK_THROWS_AS(beam_search(model, source(1, 2), config), Error);
}
