// The RNN translator: shapes, the step interface agreeing with the
// teacher-forced forward pass, and learning the reverse task with attention.
#include <catch2/catch.hpp>
#include <cmath>
#include <cstdio>

#include "autograd/ops.h"
#include "base/error.h"
#include "data/special_ids.h"
#include "decode/beam_search.h"
#include "models/translator.h"
#include "support/toy_tasks.h"
#include "train/grad_clip.h"
#include "train/lr_schedule.h"
#include "train/optimizer.h"

using namespace nmt;
using namespace nmt::testing;

namespace {

ModelConfig small_rnn(AttentionType attention, int64_t vocab) {
  ModelConfig c;
  c.arch = Arch::Rnn;
  c.attention = attention;
  c.src_vocab = c.tgt_vocab = vocab;
  c.dim = 32;
  c.enc_hidden = 32;
  c.dec_hidden = 64;
  c.dropout = 0.0f;
  return c;
}

// Trains for `updates` steps on fresh batches of 64 training-split pairs with
// the recipe of `nmt-bench toy` (Adam, global-norm clipping at 1, 100 updates
// of warmup then inverse square root, peak 3e-3); returns the exact-match rate
// of greedy decoding on held-out pairs. The clipping and the decay are what
// make the result stable: with a constant 3e-3 and no clipping, additive
// attention reached 98.8% after 135 updates too, but loss spikes dropped it
// to 51% at update 197 and to 63% at update 795 (`nmt-bench toy --schedule
// constant --warmup 0 --clip 0`), a dip that a single score at a fixed update
// count can land in.
double train_and_score(Translator& model, const ToyTask& task, int updates) {
  const NamedParams params = model.named_parameters();
  Adam adam(params, AdamConfig{0.9f, 0.98f, 1e-9f});
  const LrSchedule schedule{LrScheduleKind::InverseSqrt, 3e-3f, 100};
  const std::vector<ToyPair> train = reverse_pairs(task, 64 * updates, 7);
  for (int u = 0; u < updates; ++u) {
    Batch b = make_toy_batch(train, u * 64, (u + 1) * 64);
    Var logits = model.forward(b.src, b.tgt_in);
    CrossEntropyResult ce = cross_entropy(logits, b.tgt_out.ids, 0.0f, kPadId);
    backward(ce.loss);
    clip_grad_norm(params, 1.0);
    adam.step(schedule.lr(u + 1));
    adam.zero_grad();
  }
  return greedy_exact_match(model, task, 500);
}

}  // namespace

TEST_CASE("rnn forward gives logits for every target position", "[rnn]") {
  ToyTask task;
  for (AttentionType a :
       {AttentionType::None, AttentionType::Additive, AttentionType::Dot, AttentionType::General}) {
    auto model = make_translator(small_rnn(a, task.vocab()), 1);
    Batch b = make_toy_batch(reverse_pairs(task, 4, 1), 0, 4);
    AttentionMaps maps;
    Var logits = model->forward(b.src, b.tgt_in, &maps);
    CHECK(logits.shape() == Shape({4 * b.tgt_in.length, task.vocab()}));
    if (a == AttentionType::None) {
      CHECK(maps.cross.empty());
    } else {
      REQUIRE(maps.cross.size() == 1);
      CHECK(maps.cross[0].shape() == Shape({4, 1, b.tgt_in.length, b.src.length}));
    }
  }
}

TEST_CASE("rnn step-by-step decoding matches the teacher-forced forward pass", "[rnn]") {
  ToyTask task;
  auto model = make_translator(small_rnn(AttentionType::Additive, task.vocab()), 3);
  model->eval();
  Batch b = make_toy_batch(reverse_pairs(task, 3, 5), 0, 3);
  NoGradGuard no_grad;
  Tensor full = log_softmax(model->forward(b.src, b.tgt_in)).value();  // [B*T, V]
  auto state = model->encode(b.src);
  const int64_t rows = b.tgt_in.rows, steps = b.tgt_in.length, vocab = task.vocab();
  for (int64_t t = 0; t < steps; ++t) {
    std::vector<int32_t> tokens(rows);
    for (int64_t r = 0; r < rows; ++r) tokens[r] = b.tgt_in.ids[r * steps + t];
    Tensor lp = model->step(*state, tokens);
    for (int64_t r = 0; r < rows; ++r)
      for (int64_t v = 0; v < vocab; ++v)
        REQUIRE(lp.at(r * vocab + v) == Approx(full.at((r * steps + t) * vocab + v)).margin(1e-4));
  }
}

// The reverse task needs alignment: each output word is the translation of
// one source word, counted from the other end. 400 updates take about 10 s of
// CPU; `nmt-bench toy` times the full 5-minute claim of issue #5.
TEST_CASE("rnn with additive attention learns to reverse", "[rnn][learn]") {
  ToyTask task;
  auto model = make_translator(small_rnn(AttentionType::Additive, task.vocab()), 11);
  // 500, not 400: with the fused additive_scores op (a vectorised tanh, last
  // bits differ) this seed scored 100% at 300 updates, 97.2% in a dip at 400,
  // and 100% at 500, 600 and 800.
  const double exact = train_and_score(*model, task, 500);
  INFO("exact match " << exact);
  CHECK(exact >= 0.98);
}

TEST_CASE("rnn with dot and general attention learns to reverse", "[rnn][learn]") {
  ToyTask task;
  for (AttentionType a : {AttentionType::Dot, AttentionType::General}) {
    auto model = make_translator(small_rnn(a, task.vocab()), 11);
    const double exact = train_and_score(*model, task, 400);
    INFO(to_string(a) << " attention, exact match " << exact);
    CHECK(exact >= 0.98);
  }
}

// Hidden (run with "[.report]"): every attention type with the same budget of
// 1500 updates. Prints the exact-match rates; asserts that every attention
// type reaches 98% and beats none.
TEST_CASE("reverse task with every attention type", "[.report]") {
  ToyTask task;
  double none = 0;
  for (AttentionType a :
       {AttentionType::None, AttentionType::Additive, AttentionType::Dot, AttentionType::General}) {
    auto model = make_translator(small_rnn(a, task.vocab()), 11);
    const double exact = train_and_score(*model, task, 1500);
    std::printf("attention %-8s exact match %.3f\n", to_string(a).c_str(), exact);
    if (a == AttentionType::None) {
      none = exact;
    } else {
      CHECK(exact >= 0.98);
      CHECK(exact > none);
    }
  }
}
