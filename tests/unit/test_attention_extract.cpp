// From a model to attention matrices and alignments (lib/decode): forced
// attention has the documented shapes, rows that are distributions, and does
// not depend on how sentences are batched; the attention kept by search equals
// the teacher-forced attention of the search's own output; hypothesis_cross
// lays out steps and heads; head choice, best head by AER, soft JSON and
// Marian-style soft text; models without attention are refused.
#include <algorithm>
#include <catch2/catch.hpp>

#include "align/align_heads.h"
#include "align/align_outputs.h"
#include "align/attention_extract.h"
#include "align/translate_alignment.h"
#include "base/error.h"
#include "data/sentencepiece_model.h"
#include "models/translator.h"

using namespace nmt;

namespace {

const std::vector<std::string> kSrc = {"wa wb wc", "wd we wf wg wh", "wi", "", "wj wk wl wa wb"};
const std::vector<std::string> kTgt = {"vc vb va", "vh vg vf ve vd", "vi", "va", ""};

const SubwordModels& toy_pieces() {
  static const SubwordModels pieces = [] {
    // Many distinct sentences, so that SentencePiece keeps whole words as pieces.
    std::vector<std::string> src, tgt;
    for (int r = 0; r < 100; ++r) {
      std::string s, t;
      for (int k = 0; k < 3 + r % 6; ++k) {
        const std::string c(1, static_cast<char>('a' + (r * 7 + k * k * 5 + r / 12 * k) % 12));
        s += (k ? " w" : "w") + c;
        t = "v" + c + (k ? " " : "") + t;
      }
      src.push_back(s);
      tgt.push_back(t);
    }
    SubwordOptions options;
    options.vocab_size = 60;
    options.character_coverage = 1.0f;
    return train_subword_models(src, tgt, options, true);
  }();
  return pieces;
}

std::unique_ptr<Translator> toy_model(Arch arch,
                                      AttentionType attention = AttentionType::Additive) {
  ModelConfig c;
  c.arch = arch;
  c.attention = attention;
  c.src_vocab = c.tgt_vocab = toy_pieces().src->vocab_size();
  c.shared_vocab = true;
  c.dim = 16;
  c.heads = 2;
  c.enc_layers = 2;
  c.dec_layers = 2;
  c.ffn = 32;
  c.enc_hidden = 16;
  c.dec_hidden = 16;
  std::unique_ptr<Translator> model = make_translator(c, 7);
  model->eval();
  return model;
}

void check_rows_sum_to_one(const viz::Matrix& m, int rows) {
  for (int r = 0; r < rows; ++r) {
    double sum = 0;
    for (int c = 0; c < m.cols; ++c) sum += m.at(r, c);
    CHECK(sum == Approx(1.0).margin(1e-4));
  }
}

void check_equal(const viz::Matrix& a, const viz::Matrix& b, int rows) {
  REQUIRE(a.cols == b.cols);
  for (int r = 0; r < rows; ++r)
    for (int c = 0; c < a.cols; ++c) CHECK(a.at(r, c) == Approx(b.at(r, c)).margin(1e-5));
}

}  // namespace

TEST_CASE("forced attention: shapes, distributions, batching does not matter", "[extract]") {
  for (Arch arch : {Arch::Transformer, Arch::Rnn}) {
    auto model = toy_model(arch);
    ExtractOptions one, many;
    one.batch_size = 1;
    one.self_attention = many.self_attention = true;
    many.batch_size = 4;
    const auto a = forced_attention(*model, toy_pieces(), kSrc, kTgt, one);
    const auto b = forced_attention(*model, toy_pieces(), kSrc, kTgt, many);
    REQUIRE(a.size() == kSrc.size());
    const size_t layers = arch == Arch::Transformer ? 2 : 1;
    for (size_t i = 0; i < a.size(); ++i) {
      const int s = static_cast<int>(a[i].src_pieces.size()) + 1;
      const int t = static_cast<int>(a[i].tgt_pieces.size()) + 1;
      CHECK(viz::words_of_pieces(a[i].src_pieces).size() ==
            (kSrc[i].empty()
                 ? 0
                 : static_cast<size_t>(std::count(kSrc[i].begin(), kSrc[i].end(), ' ') + 1)));
      REQUIRE(a[i].cross.size() == layers);
      CHECK(a[i].enc_self.size() == (arch == Arch::Transformer ? 2u : 0u));
      CHECK(a[i].dec_self.size() == (arch == Arch::Transformer ? 2u : 0u));
      for (size_t l = 0; l < layers; ++l)
        for (size_t h = 0; h < a[i].cross[l].size(); ++h) {
          REQUIRE(a[i].cross[l][h].rows == t);
          REQUIRE(a[i].cross[l][h].cols == s);
          check_rows_sum_to_one(a[i].cross[l][h], t);
          check_equal(a[i].cross[l][h], b[i].cross[l][h], t);
        }
      for (const auto& layer : a[i].dec_self)
        for (const viz::Matrix& m : layer) {
          REQUIRE((m.rows == t && m.cols == t));
          check_rows_sum_to_one(m, t);
        }
    }
  }
}

TEST_CASE("search attention equals forced attention of the search's own output", "[extract]") {
  for (Arch arch : {Arch::Transformer, Arch::Rnn}) {
    auto model = toy_model(arch);
    SearchConfig greedy;
    greedy.beam = 1;
    greedy.max_length_ratio = 1.0f;
    ExtractOptions options;
    options.self_attention = true;
    const auto found = search_attention(*model, toy_pieces(), kSrc, greedy, options);
    int compared = 0;
    // The same ids again, teacher-forced.
    for (size_t i = 0; i < found.size(); ++i) {
      const PairAttention& p = found[i];
      REQUIRE(!p.cross.empty());
      if (kSrc[i].empty()) {
        CHECK(p.tgt_ids.empty());
        CHECK(p.cross[0][0].rows == 1);
        continue;
      }
      std::vector<PairAttention> again(1);
      again[0].src_ids = p.src_ids;
      again[0].tgt_ids = p.tgt_ids;
      attend_pairs(*model, again, options);
      const int rows = static_cast<int>(p.tgt_ids.size());  // the </s> row may be missing in search
      REQUIRE(rows > 0);
      for (size_t l = 0; l < p.cross.size(); ++l)
        for (size_t h = 0; h < p.cross[l].size(); ++h)
          check_equal(p.cross[l][h], again[0].cross[l][h], rows);
      if (arch == Arch::Transformer) CHECK(p.enc_self.size() == 2);
      ++compared;
    }
    CHECK(compared == 4);
  }
}

TEST_CASE("hypothesis_cross: steps by heads, a zero row for a missing </s>", "[extract]") {
  Hypothesis h;
  h.tokens = {5, 6};
  // two steps (no EOS), one layer, two heads over 3 source positions
  h.attention = {{{0.1f, 0.2f, 0.7f, 1.0f, 0.0f, 0.0f}}, {{0.3f, 0.3f, 0.4f, 0.0f, 1.0f, 0.0f}}};
  const LayerHeads cross = hypothesis_cross(h, 2);
  REQUIRE(cross.size() == 1);
  REQUIRE(cross[0].size() == 2);
  CHECK(cross[0][0].rows == 3);
  CHECK(cross[0][0].at(0, 2) == Approx(0.7f));
  CHECK(cross[0][1].at(1, 1) == Approx(1.0f));
  CHECK(cross[0][1].at(2, 0) == 0.0f);
  h.attention.pop_back();
  h.attention.pop_back();
  h.attention.push_back({{0.5f, 0.5f}});  // 2 weights for 3 positions
  CHECK_THROWS_AS(hypothesis_cross(h, 2), Error);
}

TEST_CASE("a model without attention is refused by name", "[extract]") {
  auto model = toy_model(Arch::Rnn, AttentionType::None);
  CHECK_FALSE(has_attention(model->config()));
  try {
    require_attention(model->config(), "m.nmt");
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(std::string(e.what()) ==
          "m.nmt has no attention (trained with --attention none): nothing to align");
  }
  CHECK(attention_shape(model->config()).cross_layers == 0);
}

TEST_CASE("head choice: parse, resolve, ranges", "[heads]") {
  CHECK(parse_head("avg").mode == HeadMode::average);
  CHECK(parse_head("3").mode == HeadMode::number);
  CHECK(parse_head("3").number == 3);
  CHECK(parse_head("best").mode == HeadMode::best);
  CHECK(head_selection_name(parse_head("3")) == "3");
  CHECK(head_selection_name(parse_head("best")) == "best");
  CHECK_THROWS_AS(parse_head("x1"), OptionError);  // a usage error: exit 2
  CHECK_THROWS_WITH(parse_head("x1"), "--head must be a head number from 0, avg or best, not 'x1'");
  CHECK_THROWS_AS(parse_head("-1"), OptionError);
  AttentionShape shape{3, 4, 3, 3};
  CHECK(resolve_head(HeadChoice{-1, -1}, shape).layer == 2);
  CHECK_THROWS_WITH(resolve_head(HeadChoice{3, 0}, shape),
                    Catch::Contains("--layer 3 out of range"));
  CHECK_THROWS_WITH(resolve_head(HeadChoice{0, 4}, shape),
                    Catch::Contains("--head 4 out of range"));
  CHECK(head_choice_name(HeadChoice{1, -1}) == "layer 1 head avg");
}

TEST_CASE("best head by AER picks the head that matches gold", "[heads]") {
  // Two source and two target words; head 0 looks diagonally, head 1 crosses.
  PairAttention p;
  p.src_pieces = {
      "\xE2\x96\x81"
      "a",
      "\xE2\x96\x81"
      "b"};
  p.tgt_pieces = {
      "\xE2\x96\x81"
      "x",
      "\xE2\x96\x81"
      "y"};
  viz::Matrix diag(3, 3), swap(3, 3);
  diag.values = {0.8f, 0.1f, 0.1f, 0.1f, 0.8f, 0.1f, 0.3f, 0.3f, 0.4f};
  swap.values = {0.1f, 0.8f, 0.1f, 0.8f, 0.1f, 0.1f, 0.3f, 0.3f, 0.4f};
  p.cross = {{diag, swap}};
  eval::GoldAlignment gold;
  gold.sure = gold.possible = {{0, 1}, {1, 0}};
  const AttentionShape shape{1, 2, 0, 0};
  const auto scores = score_heads({p, p}, {gold, gold}, "gold", shape, viz::AlignSpec{});
  REQUIRE(scores.size() == 3);  // avg, 0, 1
  CHECK(scores[1].counts.aer() == Approx(100.0));
  CHECK(scores[2].counts.aer() == Approx(0.0));
  CHECK(scores[best_head(scores)].choice.head == 1);
  const std::string table = head_scores_text(scores, viz::AlignSpec{});
  CHECK_THAT(table, Catch::Contains("best: layer 0 head 1 (AER 0.00)"));
  CHECK_THROWS_WITH(score_heads({p}, {gold, gold}, "g.align", shape, viz::AlignSpec{}),
                    Catch::Contains("g.align"));

  const std::string json = soft_json_line(4, p, {{1, 0}});
  CHECK_THAT(json, Catch::StartsWith("{\"sentence\":4,\"src\":[\"a\",\"b\"],\"tgt\":[\"x\",\"y\"],"
                                     "\"links\":[[1,0]],\"cross\":[[[[0.8889,0.1111],"));
  CHECK(json.back() == '}');
  viz::Matrix words(2, 2);
  words.values = {0.25f, 0.75f, 1.0f, 0.0f};
  CHECK(soft_alignment_text(words) == "0.25,0.75 1,0");
}

TEST_CASE("translation alignment: last layer, average head, argmax", "[translate]") {
  Hypothesis h;
  const std::vector<int> src = toy_pieces().src->encode("wa wb");
  h.tokens.push_back(toy_pieces().tgt->encode("vb")[0]);
  const std::vector<int> tgt = toy_pieces().tgt->encode("vb");
  REQUIRE((src.size() == 2 && tgt.size() == 1));
  // steps: vb, </s>; layer 0 says source 0, layer 1 (heads averaged) source 1
  h.attention = {{{0.9f, 0.05f, 0.05f}, {0.2f, 0.6f, 0.2f, 0.3f, 0.5f, 0.2f}},
                 {{0.0f, 0.0f, 1.0f}, {0.0f, 0.0f, 1.0f, 0.0f, 0.0f, 1.0f}}};
  CHECK(translation_alignment(h, src, toy_pieces(), AlignmentOutput::hard) == "1-0");
  CHECK(translation_alignment(h, src, toy_pieces(), AlignmentOutput::soft) == "0.3125,0.6875");
  CHECK(translation_alignment(Hypothesis{}, {}, toy_pieces(), AlignmentOutput::hard).empty());
}
