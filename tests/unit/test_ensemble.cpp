// Ensemble decoding (models/ensemble.h): a model in an ensemble with itself
// gives its own search results exactly; the ensemble's step is the weighted
// mean of the members' log-probabilities; mismatched members are refused.
#include <catch2/catch.hpp>

#include "autograd/ops.h"
#include "base/error.h"
#include "data/batch.h"
#include "decode/beam_search.h"
#include "models/ensemble.h"

using namespace nmt;

namespace {

ModelConfig tiny(Arch arch, int64_t vocab = 15) {
  ModelConfig c;
  c.arch = arch;
  c.attention = AttentionType::General;
  c.src_vocab = c.tgt_vocab = vocab;
  c.dim = 8;
  c.heads = 2;
  c.enc_layers = c.dec_layers = 1;
  c.ffn = 16;
  c.enc_hidden = 6;
  c.dec_hidden = 7;
  return c;
}

TokenBatch sources() {
  const std::vector<std::vector<int32_t>> rows = {{5, 6, 7, 8}, {9, 4}, {10, 11, 12}};
  return pad_rows(all_rows(rows), kNoToken, 3);
}

std::unique_ptr<Translator> model(Arch arch, uint64_t seed, int64_t vocab = 15) {
  auto m = make_translator(tiny(arch, vocab), seed);
  m->eval();
  return m;
}

}  // namespace

TEST_CASE("an ensemble of a model with itself gives that model's hypotheses and scores") {
  NoGradGuard no_grad;
  for (Arch arch : {Arch::Rnn, Arch::Transformer}) {
    auto a = model(arch, 5);
    SearchConfig config;
    config.beam = 4;
    config.n_best = 4;
    config.max_length_ratio = 1.5f;
    const auto alone = beam_search(*a, sources(), config);
    Ensemble twice({a.get(), a.get()});
    const auto doubled = beam_search(twice, sources(), config);
    REQUIRE(alone.size() == doubled.size());
    for (size_t s = 0; s < alone.size(); ++s) {
      REQUIRE(alone[s].size() == doubled[s].size());
      for (size_t k = 0; k < alone[s].size(); ++k) {
        CHECK(alone[s][k].tokens == doubled[s][k].tokens);
        CHECK(alone[s][k].score == doubled[s][k].score);  // exactly
        CHECK(alone[s][k].log_prob == doubled[s][k].log_prob);
      }
    }
  }
}

TEST_CASE("an ensemble step is the weighted mean of the members' log-probabilities") {
  NoGradGuard no_grad;
  auto a = model(Arch::Transformer, 1), b = model(Arch::Rnn, 2);
  Ensemble ensemble({a.get(), b.get()}, {1.0f, 3.0f});
  CHECK(ensemble.weights() == std::vector<float>{0.25f, 0.75f});
  const TokenBatch src = sources();
  auto state = ensemble.encode(src), state_a = a->encode(src), state_b = b->encode(src);
  std::vector<int32_t> last = {2, 2, 2};
  for (int t = 0; t < 3; ++t) {
    // Reorder the rows as a beam would: the members' states follow.
    const std::vector<int32_t> order = {2, 0, 0};
    if (t > 0) {
      state->select(order);
      state_a->select(order);
      state_b->select(order);
    }
    const Tensor mixed = ensemble.step(*state, last);
    const Tensor pa = a->step(*state_a, last), pb = b->step(*state_b, last);
    REQUIRE(mixed.shape() == pa.shape());
    for (int64_t j = 0; j < mixed.numel(); ++j)
      REQUIRE(mixed.at(j) == Approx(0.25 * pa.at(j) + 0.75 * pb.at(j)).epsilon(1e-6));
    last = {static_cast<int32_t>(4 + t), 5, 6};
  }
  CHECK(state->rows() == 3);
}

TEST_CASE("an ensemble refuses bad weights and members of another vocabulary") {
  auto a = model(Arch::Rnn, 1), b = model(Arch::Rnn, 2), other = model(Arch::Rnn, 3, 20);
  CHECK_THROWS_WITH(Ensemble({a.get(), b.get()}, {1.0f}),
                    "--weights: 1 weight(s) for 2 model(s); give one per model");
  CHECK_THROWS_WITH(Ensemble({a.get(), b.get()}, {1.0f, 0.0f}),
                    Catch::Contains("every weight must be a positive number"));
  CHECK_THROWS_WITH(Ensemble({a.get(), other.get()}),
                    Catch::Contains("different target vocabularies (15 and 20 pieces)"));
  CHECK_THROWS_WITH(Ensemble({}), Catch::Contains("at least one model"));
}
