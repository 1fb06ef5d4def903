// Word alignments: Pharaoh and gold reading, AER from hand counts, subword
// attention merged to words, argmax/threshold/shift-att, head statistics.
#include <catch2/catch.hpp>
#include <cmath>
#include <functional>
#include <string>
#include <vector>

#include "base/error.h"
#include "eval/aer.h"
#include "eval/pharaoh.h"
#include "viz/head_stats.h"
#include "viz/word_alignment.h"

using namespace nmt;
using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;

namespace {

const std::string kGold = "gold.align";

viz::Matrix make_matrix(int rows, int cols, std::vector<float> values) {
  viz::Matrix m(rows, cols);
  REQUIRE(values.size() == m.values.size());
  m.values = std::move(values);
  return m;
}

// "The cats sat" -> "Die Katzen saß" in pieces; rows: Die Kat zen saß </s>,
// columns: The cat s sat </s>.
const std::vector<std::string> kSrc = {"\xE2\x96\x81The",
                                       "\xE2\x96\x81"
                                       "cat",
                                       "s", "\xE2\x96\x81sat"};
const std::vector<std::string> kTgt = {
    "\xE2\x96\x81"
    "Die",
    "\xE2\x96\x81Kat", "zen", "\xE2\x96\x81sa\xC3\x9F"};
viz::Matrix cross() {
  return make_matrix(5, 5, {0.7f, 0.1f, 0.0f, 0.1f, 0.1f,    // Die
                            0.1f, 0.5f, 0.2f, 0.1f, 0.1f,    // Kat
                            0.0f, 0.2f, 0.6f, 0.0f, 0.2f,    // zen
                            0.1f, 0.1f, 0.0f, 0.6f, 0.2f,    // saß
                            0.0f, 0.0f, 0.1f, 0.2f, 0.7f});  // </s> step
}

std::string error_of(const std::function<void()>& run) {
  try {
    run();
  } catch (const Error& e) {
    return e.what();
  }
  return "(no error)";
}

}  // namespace

TEST_CASE("Pharaoh lines are parsed, sorted and printed 0-based") {
  eval::Alignment a = eval::parse_pharaoh_line("2-1  0-0\t1-2 0-0\r", "a.align", 1);
  REQUIRE(a == eval::Alignment{{0, 0}, {1, 2}, {2, 1}});
  REQUIRE(eval::format_pharaoh(a) == "0-0 1-2 2-1");
  REQUIRE(eval::format_pharaoh({}) == "");
  REQUIRE(eval::parse_pharaoh_line("", "a.align", 1).empty());
  REQUIRE_THAT(error_of([] { eval::parse_pharaoh_line("0-0 1?1", "a.align", 7); }),
               Contains("a.align:7: bad link '1?1' (want i-j)"));
}

TEST_CASE("gold links: sure and possible, 0- and 1-based give the same alignment") {
  std::vector<std::string> zero = {"0-0 1?1 2-1 2p2", "0-1 1-0"};
  std::vector<std::string> one = {"1-1 2?2 3-2 3p3", "1-2 2-1"};
  auto g0 = eval::read_gold(zero, eval::IndexBase::zero_based, kGold);
  auto g1 = eval::read_gold(one, eval::IndexBase::one_based, kGold);
  REQUIRE(g0.size() == 2);
  REQUIRE(g0[0].sure == eval::Alignment{{0, 0}, {2, 1}});
  REQUIRE(g0[0].possible == eval::Alignment{{0, 0}, {1, 1}, {2, 1}, {2, 2}});
  for (size_t i = 0; i < 2; ++i) {
    REQUIRE(g0[i].sure == g1[i].sure);
    REQUIRE(g0[i].possible == g1[i].possible);
  }
  // A link both sure and possible is sure.
  auto both = eval::parse_gold_line("1?0 1-0", eval::IndexBase::zero_based, kGold, 1);
  REQUIRE(both.sure == eval::Alignment{{1, 0}});
  REQUIRE(both.possible == eval::Alignment{{1, 0}});
}

TEST_CASE("AER, precision and recall match hand counts per sentence and for the corpus") {
  auto gold = eval::read_gold({"0-0 1?1 2-1 2p2", "0-1 1-0"}, eval::IndexBase::zero_based, kGold);
  std::vector<eval::Alignment> hyps = {{{0, 0}, {1, 1}, {1, 2}}, {{1, 0}, {0, 1}}};
  eval::AerReport report = eval::score_alignments(hyps, gold, kGold);
  // Sentence 1: |A| 3, |S| 2, |A&S| 1, |A&P| 2: AER 1 - 3/5, P 2/3, R 1/2.
  const eval::AerCounts& s1 = report.sentences[0];
  REQUIRE(s1.hyp == 3);
  REQUIRE(s1.sure == 2);
  REQUIRE(s1.possible == 4);
  REQUIRE(s1.hyp_sure == 1);
  REQUIRE(s1.hyp_possible == 2);
  REQUIRE(s1.aer() == Approx(40.0));
  REQUIRE(s1.precision() == Approx(200.0 / 3));
  REQUIRE(s1.recall() == Approx(50.0));
  REQUIRE(report.sentences[1].aer() == Approx(0.0).margin(1e-12));
  // Corpus: counts summed (A 5, S 4, A&S 3, A&P 4), not sentence rates averaged.
  REQUIRE(report.total.aer() == Approx(100.0 * (1 - 7.0 / 9)));
  REQUIRE(report.total.precision() == Approx(80.0));
  REQUIRE(report.total.recall() == Approx(75.0));
  REQUIRE(eval::aer_text(report) ==
          "AER = 22.22  precision = 80.00  recall = 75.00  (sentences 2, links 5, sure 4, "
          "possible 6)\n");
  std::string json = eval::aer_json(report, true);
  REQUIRE_THAT(json, Contains("\"hyp\":5,\"sure\":4,\"possible\":6,\"hyp_sure\":3"));
  REQUIRE_THAT(json, Contains("\"per_sentence\":[{\"aer\":40"));
  REQUIRE_THAT(json, Contains("\"sentences\":2"));
}

TEST_CASE("AER edge cases: empty sides, perfect and disjoint alignments") {
  eval::GoldAlignment gold{{{0, 0}}, {{0, 0}, {1, 1}}};
  REQUIRE(eval::count_alignment({}, {}).aer() == 0.0);
  REQUIRE(eval::count_alignment({}, gold).aer() == Approx(100.0));
  REQUIRE(eval::count_alignment({{0, 0}}, gold).aer() == Approx(0.0).margin(1e-12));
  REQUIRE(eval::count_alignment({{2, 2}}, gold).aer() == Approx(100.0));
  // A possible-only hit counts for precision but not recall.
  eval::AerCounts c = eval::count_alignment({{1, 1}}, gold);
  REQUIRE(c.precision() == Approx(100.0));
  REQUIRE(c.recall() == Approx(0.0).margin(1e-12));
  REQUIRE(c.aer() == Approx(50.0));
}

TEST_CASE("bad gold files give one-line errors naming file, line and link") {
  using eval::IndexBase;
  std::vector<eval::SentenceLength> lengths = {{3, 2}, {2, 2}, {1, 1}};
  REQUIRE(error_of([&] {
            eval::read_gold({"0-0", "1-1"}, IndexBase::zero_based, kGold, lengths);
          }) == "gold.align has 2 lines but there are 3 sentences");
  REQUIRE(error_of([&] {
            eval::read_gold({"0-0", "0-1 2-1", "0-0"}, IndexBase::zero_based, kGold, lengths);
          }) ==
          "gold.align:2: link '2-1' out of range: the sentence has 2 source and 2 target words");
  REQUIRE(error_of([&] {
            eval::read_gold({"1-1", "1-1 2?3", "1-1"}, IndexBase::one_based, kGold, lengths);
          }) ==
          "gold.align:2: link '2?3' out of range: the sentence has 2 source and 2 target words");
  REQUIRE(error_of([] { eval::read_gold({"0-0 x-1"}, IndexBase::zero_based, kGold); }) ==
          "gold.align:1: bad link 'x-1' (want i-j, i?j or ipj)");
  for (std::string bad : {"1-", "-1", "1--2", "1-2-3", "1.5-2", "1:2", "99999999999-1"}) {
    INFO(bad);
    REQUIRE_THAT(error_of([&] {
                   eval::read_gold({"0-0", bad}, IndexBase::zero_based, kGold);
                 }),
                 Contains("gold.align:2: bad link '" + bad + "'"));
  }
  REQUIRE(error_of([] { eval::read_gold({"0-1"}, IndexBase::one_based, kGold); }) ==
          "gold.align:1: link '0-1' has index 0 but the file is read as 1-based");
  REQUIRE(error_of([] {
            eval::score_alignments({{}, {}}, {{}}, kGold);
          }) == "gold.align has 1 lines but there are 2 sentences");
  REQUIRE(error_of([] {
            eval::read_pharaoh({"0-0", "5-0"}, "hyp.align", {{1, 1}, {2, 2}});
          }) ==
          "hyp.align:2: link '5-0' out of range: the sentence has 2 source and 2 target words");
}

TEST_CASE("pieces group into whitespace words") {
  REQUIRE(viz::piece_word_index(kSrc) == std::vector<int>{0, 1, 1, 2});
  REQUIRE(viz::words_of_pieces(kSrc) == std::vector<std::string>{"The", "cats", "sat"});
  REQUIRE(viz::words_of_pieces(kTgt) == std::vector<std::string>{"Die", "Katzen", "sa\xC3\x9F"});
  // A first piece without the marker still starts word 0.
  REQUIRE(viz::words_of_pieces({"ab", "c",
                                "\xE2\x96\x81"
                                "d"}) == std::vector<std::string>{"abc", "d"});
  REQUIRE(viz::words_of_pieces({}).empty());
}

TEST_CASE("soft word matrix: mean over target pieces, sum over source pieces, renormalised") {
  viz::Matrix w = viz::cross_to_words(cross(), kSrc, kTgt);
  REQUIRE(w.rows == 3);
  REQUIRE(w.cols == 3);
  // Row "Die": [0.7, 0.1, 0.1] / 0.9.
  REQUIRE(w.at(0, 0) == Approx(0.7 / 0.9));
  REQUIRE(w.at(0, 1) == Approx(0.1 / 0.9));
  // Row "Katzen": mean of [0.1, 0.7, 0.1] and [0, 0.8, 0] = [0.05, 0.75, 0.05], / 0.85.
  REQUIRE(w.at(1, 0) == Approx(0.05 / 0.85));
  REQUIRE(w.at(1, 1) == Approx(0.75 / 0.85));
  REQUIRE(w.at(2, 2) == Approx(0.6 / 0.8));
  for (int r = 0; r < 3; ++r) REQUIRE(w.at(r, 0) + w.at(r, 1) + w.at(r, 2) == Approx(1.0));
  // Without the </s> row and column the words are the same.
  viz::Matrix bare(4, 4);
  for (int r = 0; r < 4; ++r)
    for (int c = 0; c < 4; ++c) bare.at(r, c) = cross().at(r, c);
  REQUIRE(viz::cross_to_words(bare, kSrc, kTgt).values == w.values);
  // Shifted: "Die" reads the row of the step fed "Die" (predicting "Kat").
  viz::Matrix shifted = viz::cross_to_words(cross(), kSrc, kTgt, true);
  REQUIRE(shifted.at(0, 1) == Approx(0.7 / 0.9));
}

TEST_CASE("self-attention merges with <s> and </s> positions dropped") {
  // Decoder self-attention: positions <s> Die Kat zen saß on both axes.
  viz::Matrix m(5, 5, 0.0f);
  for (int r = 0; r < 5; ++r)
    for (int c = 0; c <= r; ++c) m.at(r, c) = 1.0f / (r + 1);
  viz::PieceAxis axis{kTgt, 1, 0};
  viz::Matrix w = viz::merge_to_words(m, axis, axis);
  REQUIRE(w.rows == 3);
  REQUIRE(w.cols == 3);
  // Row "Die" (position 1) keeps only itself once <s> is dropped.
  REQUIRE(w.at(0, 0) == Approx(1.0));
  REQUIRE(w.at(0, 1) == Approx(0.0));
  // Row "Katzen": positions 2 and 3, each uniform over what they see.
  REQUIRE(w.at(1, 0) == Approx((1.0 / 3 + 1.0 / 4) / (2.0 / 3 + 3.0 / 4)));
  // Every head of every layer at once.
  auto layers = viz::merge_layers({{m, m}, {m}}, axis, axis);
  REQUIRE(layers.size() == 2);
  REQUIRE(layers[0].size() == 2);
  REQUIRE(layers[1][0].values == w.values);
  REQUIRE_THAT(error_of([&] {
                 viz::merge_to_words(m, viz::PieceAxis{kTgt, 0, 0}, axis);
               }),
               Contains("attention matrix has 5 rows but the 4 pieces"));
}

TEST_CASE("hard alignments: argmax, threshold and shift-att on pieces, merged to words") {
  using viz::WordLinks;
  auto align = [](const std::string& spec) {
    return viz::align_words(cross(), kSrc, kTgt, viz::parse_align_spec(spec));
  };
  REQUIRE(align("argmax") == WordLinks{{0, 0}, {1, 1}, {2, 2}});
  // shift: piece t reads row t + 1; the </s> step's largest real column is "sat".
  REQUIRE(align("shift") == WordLinks{{1, 0}, {1, 1}, {2, 1}, {2, 2}});
  // 0.55: "Kat" (0.5) has no link, but "zen" links the word "Katzen".
  REQUIRE(align("threshold:0.55") == WordLinks{{0, 0}, {1, 1}, {2, 2}});
  REQUIRE(align("threshold:0.65") == WordLinks{{0, 0}});
  REQUIRE(align("threshold:0.1").size() == 9);
  // The </s> column is never linked: a row that prefers it links its best real piece.
  viz::Matrix eos = make_matrix(2, 3, {0.1f, 0.3f, 0.6f, 0.5f, 0.1f, 0.4f});
  REQUIRE(viz::align_words(eos,
                           {"\xE2\x96\x81"
                            "a",
                            "\xE2\x96\x81"
                            "b"},
                           {"\xE2\x96\x81x"},
                           viz::parse_align_spec("argmax")) == WordLinks{{1, 0}});
  REQUIRE_THAT(error_of([] {
                 viz::Matrix no_eos_row(4, 5);
                 viz::align_words(no_eos_row, kSrc, kTgt, viz::parse_align_spec("shift"));
               }),
               Contains("shift-att needs the </s> step"));
  REQUIRE_THAT(error_of([] { viz::align_words(viz::Matrix(3, 5), kSrc, kTgt, {}); }),
               Contains("cross-attention has 3 rows for 4 target pieces"));
}

TEST_CASE("alignment method names parse and print") {
  REQUIRE(viz::parse_align_spec("argmax").method == viz::AlignMethod::argmax);
  REQUIRE(viz::parse_align_spec("shift").method == viz::AlignMethod::shift);
  viz::AlignSpec t = viz::parse_align_spec("threshold:0.3");
  REQUIRE(t.method == viz::AlignMethod::threshold);
  REQUIRE(t.threshold == Approx(0.3f));
  REQUIRE(viz::align_spec_name(t) == "threshold:0.3");
  REQUIRE(viz::align_spec_name(viz::parse_align_spec("shift")) == "shift");
  for (std::string bad : {"max", "threshold:", "threshold:0", "threshold:1.5", "threshold:x"}) {
    INFO(bad);
    REQUIRE_THAT(error_of([&] { viz::parse_align_spec(bad); }),
                 Contains("bad alignment method '" + bad + "'"));
  }
}

TEST_CASE("per-head statistics: entropy, max weight, </s> share, coverage") {
  viz::PieceAxis cols{{"\xE2\x96\x81"
                       "a",
                       "\xE2\x96\x81"
                       "b"},
                      0,
                      1};
  viz::Matrix m = make_matrix(2, 3, {0.5f, 0.5f, 0.0f, 1.0f, 0.0f, 0.0f});
  viz::HeadSentenceStats s = viz::head_sentence_stats(m, cols);
  REQUIRE(s.positions == 2);
  REQUIRE(s.entropy == Approx(std::log(2.0) / 2));
  REQUIRE(s.mean_max == Approx(0.75));
  REQUIRE(s.special_share == Approx(0.0).margin(1e-12));
  REQUIRE(s.coverage == std::vector<double>{1.5, 0.5});
  viz::HeadSentenceStats e = viz::head_sentence_stats(make_matrix(1, 3, {0.2f, 0.2f, 0.6f}), cols);
  REQUIRE(e.special_share == Approx(0.6));

  viz::HeadStatsTable table;
  table.add({"cross", 1, -1}, s);
  table.add({"cross", 1, -1}, e);
  table.add({"cross", 0, 2}, e);
  std::vector<viz::HeadStats> heads = table.heads();
  REQUIRE(heads.size() == 2);
  REQUIRE(heads[0].positions == 3);
  REQUIRE(heads[0].sentences == 2);
  // Weighted by rows: (0 + 0 + 0.6) / 3.
  REQUIRE(heads[0].special_share == Approx(0.2));
  REQUIRE(heads[0].mean_max == Approx((0.5 + 1.0 + 0.6) / 3));
  REQUIRE(heads[0].coverage_sd == Approx((0.5 + 0.0) / 2));
  std::string text = table.text();
  REQUIRE_THAT(text, StartsWith("kind"));
  REQUIRE_THAT(text, Contains("cross         1   avg"));
  REQUIRE_THAT(table.json(), Contains("{\"kind\":\"cross\",\"layer\":1,\"head\":\"avg\""));
  REQUIRE_THAT(table.json(), Contains("\"layer\":0,\"head\":2,"));
}
