// The Transformer translator: shapes and attention maps, incremental (KV
// cache) decoding against the teacher-forced forward pass, search scores
// against forced scoring of the search's own output, post-norm, tied
// embeddings, and learning the reverse task.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>

#include "autograd/ops.h"
#include "base/error.h"
#include "data/special_ids.h"
#include "decode/beam_search.h"
#include "models/output_shortlist.h"
#include "models/translator.h"
#include "support/toy_tasks.h"
#include "train/optimizer.h"

using namespace nmt;
using namespace nmt::testing;

namespace {

ModelConfig small_transformer(int64_t vocab, bool pre_norm = true) {
  ModelConfig c;
  c.arch = Arch::Transformer;
  c.src_vocab = c.tgt_vocab = vocab;
  c.dim = 32;
  c.heads = 4;
  c.enc_layers = 2;
  c.dec_layers = 2;
  c.ffn = 64;
  c.dropout = 0.1f;  // eval() must switch it off
  c.pre_norm = pre_norm;
  return c;
}

std::vector<int32_t> column(const TokenBatch& b, int64_t t) {
  std::vector<int32_t> out(b.rows);
  for (int64_t r = 0; r < b.rows; ++r) out[r] = b.ids[r * b.length + t];
  return out;
}

// Log-prob of `output` (the target words, plus EOS if `with_eos`) given
// source row `row` of src, by one teacher-forced forward pass.
double forced_log_prob(Translator& model, const TokenBatch& src, int64_t row,
                       const std::vector<int32_t>& output, bool with_eos) {
  const int64_t s = src.lengths[row];
  TokenBatch one{1, s, {}, {static_cast<int32_t>(s)}};
  one.ids.assign(src.ids.begin() + row * src.length, src.ids.begin() + row * src.length + s);
  std::vector<int32_t> gold = output;
  if (with_eos) gold.push_back(kEosId);
  const int64_t t = static_cast<int64_t>(gold.size());
  TokenBatch in{1, t, {kBosId}, {static_cast<int32_t>(t)}};
  in.ids.insert(in.ids.end(), gold.begin(), gold.end() - 1);
  const Tensor lp = log_softmax(model.forward(one, in)).value();
  const int64_t vocab = lp.dim(1);
  double sum = 0.0;
  for (int64_t i = 0; i < t; ++i) sum += lp.at(i * vocab + gold[i]);
  return sum;
}

// Trains with Adam, a linear warmup and a linear decay to zero (the decay
// removes the late loss spikes that made greedy exact match vary by seed),
// then returns the greedy exact-match rate on held-out pairs.
// precision: of the weight products in training (scoring is float32).
double train_and_score(Translator& model, const ToyTask& task, int updates, int batch,
                       GemmPrecision precision = GemmPrecision::Fp32) {
  const WeightGemmPrecision mixed(precision);
  Adam adam(model.named_parameters(), AdamConfig());
  const float peak = 3e-3f;
  const int warmup = 100;
  const std::vector<ToyPair> train = reverse_pairs(task, batch * updates, 7);
  for (int u = 0; u < updates; ++u) {
    Batch b = make_toy_batch(train, u * batch, (u + 1) * batch);
    CrossEntropyResult ce =
        cross_entropy(model.forward(b.src, b.tgt_in), b.tgt_out.ids, 0.0f, kPadId);
    backward(ce.loss);
    adam.step(peak * std::min((u + 1.0f) / warmup, (updates - u) / float(updates - warmup)));
    adam.zero_grad();
  }
  const WeightGemmPrecision fp32(GemmPrecision::Fp32);
  return greedy_exact_match(model, task, 300);
}

}  // namespace

TEST_CASE("transformer forward gives logits and attention maps of every layer", "[transformer]") {
  ToyTask task;
  auto model = make_translator(small_transformer(task.vocab()), 1);
  Batch b = make_toy_batch(reverse_pairs(task, 5, 1), 0, 5);
  AttentionMaps maps;
  const Var logits = model->forward(b.src, b.tgt_in, &maps);
  const int64_t s = b.src.length, t = b.tgt_in.length;
  CHECK(logits.shape() == Shape({5 * t, task.vocab()}));
  REQUIRE(maps.cross.size() == 2);
  REQUIRE(maps.encoder_self.size() == 2);
  REQUIRE(maps.decoder_self.size() == 2);
  CHECK(maps.cross[1].shape() == Shape({5, 4, t, s}));
  CHECK(maps.encoder_self[0].shape() == Shape({5, 4, s, s}));
  CHECK(maps.decoder_self[0].shape() == Shape({5, 4, t, t}));
  // Rows sum to one, padding gets no weight, the future gets no weight.
  const Tensor& cross = maps.cross[0];
  for (int64_t r = 0; r < 5; ++r) {
    double sum = 0.0, pad = 0.0;
    for (int64_t j = 0; j < s; ++j) {
      const float w = cross.at(((r * 4 + 3) * t + 1) * s + j);
      sum += w;
      if (j >= b.src.lengths[r]) pad += w;
    }
    CHECK(sum == Approx(1.0).margin(1e-5));
    CHECK(pad == 0.0);
  }
  CHECK(maps.decoder_self[1].at((2 * 4 + 1) * t * t + 0 * t + 1) == 0.0f);  // t=0 cannot see t=1
}

TEST_CASE("transformer cached step decoding matches the teacher-forced forward pass",
          "[transformer]") {
  ToyTask task;
  for (bool pre_norm : {true, false}) {
    INFO("pre_norm " << pre_norm);
    auto model = make_translator(small_transformer(task.vocab(), pre_norm), 3);
    model->eval();
    Batch b = make_toy_batch(reverse_pairs(task, 4, 5), 0, 4);
    NoGradGuard no_grad;
    const Tensor full = log_softmax(model->forward(b.src, b.tgt_in)).value();  // [B*T, V]
    auto state = model->encode(b.src);
    const int64_t rows = b.tgt_in.rows, steps = b.tgt_in.length, vocab = task.vocab();
    double worst = 0.0;
    for (int64_t t = 0; t < steps; ++t) {
      std::vector<Tensor> cross;
      const Tensor lp = model->step(*state, column(b.tgt_in, t), &cross);
      REQUIRE(cross.size() == 2);
      CHECK(cross[0].shape() == Shape({rows, 4, b.src.length}));
      for (int64_t r = 0; r < rows; ++r)
        for (int64_t v = 0; v < vocab; ++v)
          worst = std::max<double>(
              worst, std::fabs(lp.at(r * vocab + v) - full.at((r * steps + t) * vocab + v)));
    }
    CHECK(worst < 1e-4);
  }
}

TEST_CASE("transformer state select reorders and duplicates rows", "[transformer]") {
  ToyTask task;
  auto model = make_translator(small_transformer(task.vocab()), 4);
  model->eval();
  Batch b = make_toy_batch(reverse_pairs(task, 3, 8), 0, 3);
  NoGradGuard no_grad;
  auto plain = model->encode(b.src);
  auto picked = model->encode(b.src);
  const Tensor first = model->step(*plain, {kBosId, kBosId, kBosId});
  model->step(*picked, {kBosId, kBosId, kBosId});
  const std::vector<int32_t> order{2, 0, 2};
  picked->select(order);
  REQUIRE(picked->rows() == 3);
  const Tensor a = model->step(*plain, {5, 6, 7});
  const Tensor c = model->step(*picked, {7, 5, 7});
  const int64_t vocab = task.vocab();
  for (int64_t i = 0; i < 3; ++i)
    for (int64_t v = 0; v < vocab; ++v)
      REQUIRE(c.at(i * vocab + v) == Approx(a.at(order[i] * vocab + v)).margin(1e-5));
  CHECK(first.shape() == Shape({3, vocab}));
}

TEST_CASE("transformer step_logits minus its shifts is step's log-probs, bit for bit",
          "[transformer]") {
  ToyTask task;
  auto model = make_translator(small_transformer(task.vocab()), 6);
  model->eval();
  Batch b = make_toy_batch(reverse_pairs(task, 3, 8), 0, 3);
  NoGradGuard no_grad;
  auto by_step = model->encode(b.src);
  auto by_logits = model->encode(b.src);
  const int64_t vocab = task.vocab();
  for (const std::vector<int32_t>& tokens :
       {std::vector<int32_t>{kBosId, kBosId, kBosId}, std::vector<int32_t>{5, 6, 7}}) {
    const Tensor lp = model->step(*by_step, tokens);
    StepLogitsLayout layout;
    const Tensor logits = model->step_logits(*by_logits, tokens, layout);
    const std::vector<float>& shifts = layout.shifts;
    REQUIRE(shifts.size() == 3);
    CHECK(layout.ids == nullptr);
    double total = 0;
    for (int64_t i = 0; i < 3; ++i) {
      CHECK(shifts[i] != 0.0f);  // real logits, not log-probs with a zero shift
      for (int64_t v = 0; v < vocab; ++v) {
        REQUIRE(logits.at(i * vocab + v) - shifts[i] == lp.at(i * vocab + v));
        total += std::exp(double(lp.at(i * vocab + v)));
      }
    }
    CHECK(total == Approx(3.0).epsilon(1e-5));
  }
}

TEST_CASE("transformer step_logits under a shortlist: its ids' columns, step's log-probs exactly",
          "[transformer]") {
  ToyTask task;
  auto model = make_translator(small_transformer(task.vocab()), 6);
  model->eval();
  const std::vector<int32_t> ids = {kUnkId, kEosId, 5, 6, 7, 9};  // sorted, as shortlist_ids gives
  model->set_output_shortlist(ids);
  Batch b = make_toy_batch(reverse_pairs(task, 3, 8), 0, 3);
  NoGradGuard no_grad;
  auto by_step = model->encode(b.src);
  auto by_logits = model->encode(b.src);
  const int64_t vocab = task.vocab(), u = static_cast<int64_t>(ids.size());
  for (const std::vector<int32_t>& tokens :
       {std::vector<int32_t>{kBosId, kBosId, kBosId}, std::vector<int32_t>{5, 6, 7}}) {
    const Tensor lp = model->step(*by_step, tokens);
    StepLogitsLayout layout;
    const Tensor logits = model->step_logits(*by_logits, tokens, layout);
    REQUIRE(layout.ids != nullptr);
    REQUIRE(*layout.ids == ids);
    REQUIRE(logits.shape() == Shape({3, u}));
    for (int64_t i = 0; i < 3; ++i) {
      double total = 0;
      for (int64_t c = 0; c < u; ++c) {
        REQUIRE(logits.at(i * u + c) - layout.shifts[i] == lp.at(i * vocab + ids[c]));
        total += std::exp(double(lp.at(i * vocab + ids[c])));
      }
      CHECK(total == Approx(1.0).epsilon(1e-5));
      int64_t excluded = 0;
      for (int64_t v = 0; v < vocab; ++v) excluded += lp.at(i * vocab + v) == kExcluded;
      CHECK(excluded == vocab - u);
    }
  }
}

namespace {

// Passes encode and step through to a model but keeps StepModel's default
// step_logits, so a search over it reads step()'s [N, V] log-probs.
class WholeVocabularyView : public StepModel {
 public:
  explicit WholeVocabularyView(StepModel& model) : model_(model) {}
  std::unique_ptr<DecoderState> encode(const TokenBatch& src) override {
    return model_.encode(src);
  }
  Tensor step(DecoderState& state, const std::vector<int32_t>& last_tokens,
              std::vector<Tensor>* cross_attention = nullptr) override {
    return model_.step(state, last_tokens, cross_attention);
  }
  void set_output_shortlist(const std::vector<int32_t>& ids) override {
    model_.set_output_shortlist(ids);
  }

 private:
  StepModel& model_;
};

}  // namespace

TEST_CASE("beam search over a shortlist's logits finds what it finds over step's log-probs",
          "[transformer]") {
  ToyTask task;
  auto model = make_translator(small_transformer(task.vocab()), 6);
  model->eval();
  std::vector<int32_t> ids;  // every id but two words: more than 2 x beam of them
  for (int32_t v = 0; v < task.vocab(); ++v)
    if (v != 6 && v != 9) ids.push_back(v);
  model->set_output_shortlist(ids);
  const std::vector<ToyPair> pairs = reverse_pairs(task, 6, 23);
  Batch b = make_toy_batch(pairs, 0, pairs.size());
  NoGradGuard no_grad;
  WholeVocabularyView whole(*model);
  for (int beam : {1, 5})
    for (int64_t fixed : {0, 4}) {  // fixed: EOS banned
      SearchConfig search;
      search.beam = beam;
      search.n_best = beam;
      search.fixed_length = fixed;
      const auto compact = beam_search(*model, b.src, search);
      const auto full = beam_search(whole, b.src, search);
      REQUIRE(compact.size() == full.size());
      for (size_t r = 0; r < full.size(); ++r) {
        INFO("beam " << beam << " fixed " << fixed << " sentence " << r);
        REQUIRE(compact[r].size() == full[r].size());
        for (size_t k = 0; k < full[r].size(); ++k) {
          CHECK(compact[r][k].tokens == full[r][k].tokens);
          CHECK(compact[r][k].log_prob == full[r][k].log_prob);
          CHECK(compact[r][k].score == full[r][k].score);
          for (int32_t t : compact[r][k].tokens) CHECK((t != 6 && t != 9));
        }
      }
    }
}

namespace {

// Log-probs [V] after feeding `history` (BOS first) to source row `row` of
// src, from one teacher-forced forward pass.
std::vector<float> forced_next_log_probs(Translator& model, const TokenBatch& src, int64_t row,
                                         const std::vector<int32_t>& history) {
  const int64_t s = src.lengths[row], t = static_cast<int64_t>(history.size());
  TokenBatch one{1, s, {}, {static_cast<int32_t>(s)}};
  one.ids.assign(src.ids.begin() + row * src.length, src.ids.begin() + row * src.length + s);
  const TokenBatch in{1, t, history, {static_cast<int32_t>(t)}};
  const Tensor lp = log_softmax(model.forward(one, in)).value();
  const int64_t vocab = lp.dim(1);
  const std::vector<float> all = lp.to_vector();
  return std::vector<float>(all.begin() + (t - 1) * vocab, all.end());
}

}  // namespace

TEST_CASE("transformer state expands sentences to beams and follows reordered rows",
          "[transformer]") {
  // The caches are never copied: select() rewrites index maps. Expansion
  // before the first step, reordering with duplicates and across sentences,
  // and shrinking must each leave every row decoding exactly its own history.
  ToyTask task;
  auto model = make_translator(small_transformer(task.vocab()), 9);
  model->eval();
  Batch b = make_toy_batch(reverse_pairs(task, 3, 13), 0, 3);
  NoGradGuard no_grad;
  auto state = model->encode(b.src);
  std::vector<int32_t> sentence{0, 0, 1, 1, 2, 2};
  state->select(sentence);  // B = 3 -> B x beam = 6 rows
  REQUIRE(state->rows() == 6);
  std::vector<std::vector<int32_t>> history(6, std::vector<int32_t>{kBosId});
  const std::vector<std::vector<int32_t>> reorders{
      {}, {1, 1, 0, 3, 5, 4}, {2, 2, 5, 0, 1, 3}, {4, 0, 0}, {}};
  const int64_t vocab = task.vocab();
  double worst = 0.0;
  for (size_t t = 0; t < reorders.size(); ++t) {
    std::vector<int32_t> last;
    for (const auto& h : history) last.push_back(h.back());
    const Tensor lp = model->step(*state, last);
    REQUIRE(lp.shape() == Shape({static_cast<int64_t>(history.size()), vocab}));
    for (size_t r = 0; r < history.size(); ++r) {
      const std::vector<float> forced =
          forced_next_log_probs(*model, b.src, sentence[r], history[r]);
      for (int64_t v = 0; v < vocab; ++v)
        worst = std::max<double>(worst, std::fabs(lp.at(r * vocab + v) - forced[v]));
    }
    const std::vector<int32_t>& pick = reorders[t];
    if (!pick.empty()) {
      state->select(pick);
      std::vector<std::vector<int32_t>> kept;
      std::vector<int32_t> kept_sentence;
      for (int32_t p : pick) kept.push_back(history[p]), kept_sentence.push_back(sentence[p]);
      history = std::move(kept);
      sentence = std::move(kept_sentence);
    }
    REQUIRE(state->rows() == static_cast<int64_t>(history.size()));
    for (size_t r = 0; r < history.size(); ++r)
      history[r].push_back(static_cast<int32_t>(4 + (3 * r + t) % (vocab - 4)));
  }
  CHECK(worst < 1e-4);
}

TEST_CASE("transformer greedy and beam scores equal forced scoring of their output",
          "[transformer][search]") {
  ToyTask task;
  auto model = make_translator(small_transformer(task.vocab()), 6);
  model->eval();
  const std::vector<ToyPair> pairs = reverse_pairs(task, 6, 21);
  Batch b = make_toy_batch(pairs, 0, pairs.size());
  NoGradGuard no_grad;
  for (int beam : {1, 5}) {
    SearchConfig search;
    search.beam = beam;
    search.n_best = beam;
    search.max_length_ratio = 1.0f;
    const auto found = beam_search(*model, b.src, search);
    REQUIRE(found.size() == pairs.size());
    for (size_t r = 0; r < found.size(); ++r) {
      REQUIRE(!found[r].empty());
      const size_t max_length = static_cast<size_t>(b.src.lengths[r]) + 5;
      for (const Hypothesis& h : found[r]) {
        // A hypothesis shorter than the length limit ended with EOS.
        const bool with_eos = h.tokens.size() < max_length;
        const double forced = forced_log_prob(*model, b.src, r, h.tokens, with_eos);
        INFO("beam " << beam << " row " << r << " length " << h.tokens.size());
        CHECK(h.log_prob == Approx(forced).margin(1e-4));
      }
    }
  }
}

TEST_CASE("transformer tied embeddings are one shared matrix", "[transformer]") {
  ModelConfig c = small_transformer(20);
  c.shared_vocab = true;
  auto untied = make_translator(c, 1);
  c.tied_embeddings = true;
  auto tied = make_translator(c, 1);
  CHECK(untied->parameter_count() - tied->parameter_count() == 2 * 20 * c.dim);
  int embeddings = 0;
  for (const auto& [name, p] : tied->named_parameters())
    if (p.shape() == Shape({20, c.dim})) ++embeddings;
  CHECK(embeddings == 1);
  // The one matrix gets gradient from all three uses.
  ToyTask task;
  task.words = 16;
  Batch b = make_toy_batch(reverse_pairs(task, 2, 3), 0, 2);
  backward(cross_entropy(tied->forward(b.src, b.tgt_in), b.tgt_out.ids, 0.0f, kPadId).loss);
  for (const auto& [name, p] : tied->named_parameters())
    if (name == "embed.weight") CHECK(p.grad().defined());

  c.shared_vocab = false;
  CHECK_THROWS_AS(make_translator(c, 1), Error);
}

TEST_CASE("transformer post-norm trains: the loss falls", "[transformer]") {
  ToyTask task;
  auto model = make_translator(small_transformer(task.vocab(), false), 9);
  Adam adam(model->named_parameters(), AdamConfig());
  const std::vector<ToyPair> pairs = reverse_pairs(task, 32, 2);
  Batch b = make_toy_batch(pairs, 0, pairs.size());
  double first = 0.0, last = 0.0;
  for (int u = 0; u < 60; ++u) {
    CrossEntropyResult ce =
        cross_entropy(model->forward(b.src, b.tgt_in), b.tgt_out.ids, 0.0f, kPadId);
    (u == 0 ? first : last) = ce.loss.value().at(0);
    backward(ce.loss);
    adam.step(5e-4f * std::min(1.0f, (u + 1) / 10.0f));
    adam.zero_grad();
  }
  INFO("loss " << first << " -> " << last);
  CHECK(std::isfinite(last));
  CHECK(last < 0.8 * first);
}

static ModelConfig reverse_transformer(int64_t vocab) {
  ModelConfig c = small_transformer(vocab);
  c.dim = 64;
  c.heads = 2;
  c.ffn = 128;
  c.dropout = 0.0f;
  return c;
}

TEST_CASE("transformer learns to reverse", "[transformer][learn]") {
  ToyTask task;
  auto model = make_translator(reverse_transformer(task.vocab()), 11);
  const double exact = train_and_score(*model, task, 600, 64);
  INFO("exact match " << exact);
  CHECK(exact >= 0.98);
}

// The same run with bf16 mixed precision (--precision bf16): the projections,
// the FFN and the output layer take bf16 operands forward and backward (on
// this CPU or any other: tensor/gemm.h rounds them when bf16 is not native).
// The decoding that scores it runs in float32, as nmt-translate does.
TEST_CASE("transformer learns to reverse with bf16 weight products", "[transformer][learn][bf16]") {
  ToyTask task;
  auto model = make_translator(reverse_transformer(task.vocab()), 11);
  const double exact = train_and_score(*model, task, 600, 64, GemmPrecision::Bf16);
  INFO("exact match " << exact);
  CHECK(exact >= 0.98);
}
