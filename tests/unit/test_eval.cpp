// lib/eval against facts established without sacreBLEU at hand: hand-counted
// n-grams (arithmetic in the comments), the tokenizer rules of sacreBLEU's
// tokenizer_13a.py / tokenizer_re.py, and outputs that sacreBLEU itself
// published in its README and test suite (cited where used).
#include <catch2/catch.hpp>
#include <cmath>
#include <cstdio>
#include <sstream>

#include "base/error.h"
#include "eval/bleu.h"
#include "eval/by_length.h"
#include "eval/chrf.h"
#include "eval/corpus.h"
#include "eval/text.h"
#include "eval/tokenizer.h"

using namespace nmt::eval;

namespace {

Corpus corpus_of(const std::vector<std::string>& hyps,
                 const std::vector<std::vector<std::string>>& ref_streams) {
  std::vector<std::string> names;
  for (size_t k = 0; k < ref_streams.size(); ++k) names.push_back("ref" + std::to_string(k));
  return make_corpus(hyps, ref_streams, "hyp", names);
}

// The score as sacreBLEU prints it with -w 2.
std::string format_score(const BleuScore& s) {
  char buf[32];
  std::snprintf(buf, sizeof(buf), "%.2f", s.score);
  return buf;
}

double bleu_of(const std::vector<std::string>& hyps,
               const std::vector<std::vector<std::string>>& refs, BleuOptions options = {}) {
  return corpus_bleu(corpus_of(hyps, refs), options).score;
}

double chrf_of(const std::vector<std::string>& hyps, const std::vector<std::string>& refs,
               ChrfOptions options = {}) {
  return corpus_chrf(corpus_of(hyps, {refs}), options);
}

// sacreBLEU's README example (github.com/mjpost/sacrebleu, README.md, "Using
// SacreBLEU from Python"): two reference streams.
const std::vector<std::string> kReadmeHyps = {"The dog bit the man.", "It wasn't surprising.",
                                              "The man had just bitten him."};
const std::vector<std::string> kReadmeRef1 = {"The dog bit the man.", "It was not unexpected.",
                                              "The man bit him first."};
const std::vector<std::string> kReadmeRef2 = {"The dog had bit the man.", "No one was surprised.",
                                              "The man had bitten the dog."};

}  // namespace

TEST_CASE("13a splits punctuation but keeps numbers whole", "[eval][tokenizer]") {
  CHECK(tokenize_13a("Hello, world.") == "Hello , world .");
  CHECK(tokenize_13a("It costs 3.14, or 1,000 yen.") == "It costs 3.14 , or 1,000 yen .");
  CHECK(tokenize_13a("He said \"no\".") == "He said \" no \" .");
  // '-' is split only after a digit; the apostrophe is not in the symbol class.
  CHECK(tokenize_13a("a well-known 1990-2000 deal") == "a well-known 1990 - 2000 deal");
  CHECK(tokenize_13a("It wasn't (really) [ok]: 50% @home/away!") ==
        "It wasn't ( really ) [ ok ] : 50 % @ home / away !");
  // Non-ASCII punctuation is not in the classes; non-ASCII letters count as non-digits.
  CHECK(tokenize_13a("caf\xC3\xA9. na\xC3\xAFve,1 \xC3\xBC"
                     "ber.2") ==
        "caf\xC3\xA9 . na\xC3\xAFve , 1 \xC3\xBC"
        "ber . 2");
  CHECK(tokenize_13a("  many   spaces\there ") == "many spaces here");
  CHECK(tokenize_13a("") == "");
}

TEST_CASE("13a applies the period/comma rules left to right without overlap", "[eval][tokenizer]") {
  // re.sub consumes both characters of a match, so in "x.,5" the ',' that
  // followed the matched "x." is not split again before the digit; these are
  // what Python 3.11's re gives for sacreBLEU's four patterns.
  CHECK(tokenize_13a("a.b 3.b a.5 a,b,c") == "a . b 3 . b a . 5 a , b , c");
  CHECK(tokenize_13a("x.,5 1.,2 ..5 5..") == "x . ,5 1 . , 2 . .5 5 . .");
  CHECK(tokenize_13a("e.g.,") == "e . g . ,");
}

TEST_CASE("13a unescapes entities in sacreBLEU's order and drops <skipped>", "[eval][tokenizer]") {
  // &quot; first, then &amp;, then &lt; and &gt;: "&amp;lt;" becomes "<".
  CHECK(tokenize_13a("&quot;hi&quot; &amp;lt; &lt;b&gt;") == "\" hi \" < < b >");
  CHECK(tokenize_13a("x<skipped>y") == "xy");
  CHECK(tokenize_13a("hyphen-\nated line\nbreak") == "hyphenated line break");
}

TEST_CASE("char and none tokenizers", "[eval][tokenizer]") {
  CHECK(tokenize_char("ab \xC3\xA9") == "a b   \xC3\xA9");  // the space is a "char" too
  CHECK(tokenize("a,b.", BleuTokenizer::none) == "a,b.");
  CHECK(parse_tokenizer("char") == BleuTokenizer::character);
  CHECK_THROWS_AS(parse_tokenizer("intl"), nmt::Error);
}

TEST_CASE("text follows Python's str whitespace and lowercase", "[eval][text]") {
  // U+00A0 and U+3000 are whitespace to str.split(); U+200B is not.
  auto words = split_whitespace(
      "a\xC2\xA0"
      "b\xE3\x80\x80"
      "c\xE2\x80\x8B"
      "d\x1F"
      "e");
  REQUIRE(words.size() == 4);
  CHECK(words[2] ==
        "c\xE2\x80\x8B"
        "d");
  CHECK(rstrip_whitespace("ab \r\t\xC2\xA0") == "ab");
  CHECK(lowercase("\xC3\x9C"
                  "BER \xCE\xA3\xCE\x91 ABC") ==
        "\xC3\xBC"
        "ber \xCF\x83\xCE\xB1 abc");
  CHECK(lowercase("\xC4\xB0") == "i\xCC\x87");  // U+0130 lowers to two code points
}

TEST_CASE("read_lines splits at newlines and reports invalid UTF-8", "[eval][text]") {
  std::istringstream two("a\r\nb");
  CHECK(read_lines(two, "x") == std::vector<std::string>{"a\r", "b"});
  std::istringstream bad("ok\nab\xFF\n");
  try {
    read_lines(bad, "hyp.txt");
    FAIL("no error");
  } catch (const nmt::Error& e) {
    CHECK(std::string(e.what()) == "hyp.txt:2: invalid UTF-8 at byte 2 of the line");
  }
}

TEST_CASE("BLEU on a hand-counted sentence", "[eval][bleu]") {
  // hyp "the cat sat on the mat", ref "the cat is on the mat" (6 words each):
  //  1-grams: the x2, cat, on, mat match       -> 5/6
  //  2-grams: the cat, on the, the mat          -> 3/5
  //  3-grams: on the mat                        -> 1/4
  //  4-grams: none of 3; exp smoothing 1/(2*3)  -> 100/6
  //  BP = 1 (6 = 6); BLEU = (500/6 * 60 * 25 * 100/6)^(1/4)
  const BleuScore s =
      corpus_bleu(corpus_of({"the cat sat on the mat"}, {{"the cat is on the mat"}}), {});
  CHECK(s.stats.correct == std::array<int64_t, 4>{5, 3, 1, 0});
  CHECK(s.stats.total == std::array<int64_t, 4>{6, 5, 4, 3});
  CHECK(s.precisions[3] == Approx(100.0 / 6));
  CHECK(s.bp == 1.0);
  CHECK(s.score == Approx(std::pow(500.0 / 6 * 60 * 25 * 100.0 / 6, 0.25)).epsilon(1e-12));
  CHECK(bleu_verbose(s) ==
        "83.3/60.0/25.0/16.7 (BP = 1.000 ratio = 1.000 hyp_len = 6 ref_len = 6)");
  CHECK(format_score(s) == "37.99");
}

TEST_CASE("BLEU clips by the best reference and picks the closest length", "[eval][bleu]") {
  // hyp "the the the"; refs "the cat" and "the the dog":
  //  'the' x3 clipped to 2 (ref 2)       -> 2/3
  //  'the the' x2 clipped to 1 (ref 2)  -> 1/2
  //  'the the the' unmatched            -> exp: 100/(2*1) = 50
  //  no 4-gram: corpus BLEU (order 4 fixed) is 0; effective order 3 is not.
  //  Lengths 2 and 3: |3-3| = 0, so ref_len 3 and BP 1.
  const Corpus c = corpus_of({"the the the"}, {{"the cat"}, {"the the dog"}});
  BleuOptions options;
  const BleuScore corpus = corpus_bleu(c, options);
  CHECK(corpus.stats.correct == std::array<int64_t, 4>{2, 1, 0, 0});
  CHECK(corpus.stats.ref_len == 3);
  CHECK(corpus.score == 0.0);
  options.effective_order = true;
  CHECK(corpus_bleu(c, options).score == Approx(std::cbrt(200.0 / 3 * 50 * 50)).epsilon(1e-12));

  // Ties in length go to the shorter reference: hyp of 4 words, refs of 3 and 5.
  CHECK(bleu_segment_stats("a b c d", {"a b c", "a b c d e"}, {}).ref_len == 3);
  CHECK(bleu_segment_stats("a b", {"a b c", "a"}, {}).ref_len == 1);
}

TEST_CASE("BLEU brevity penalty, empty and perfect hypotheses", "[eval][bleu]") {
  // 2 of 6 words: BP = exp(1 - 6/2) = exp(-2).
  const BleuScore short_hyp = corpus_bleu(corpus_of({"the cat"}, {{"the cat sat on the mat"}}), {});
  CHECK(short_hyp.bp == Approx(std::exp(-2.0)));
  const BleuScore empty = corpus_bleu(corpus_of({""}, {{"a reference"}}), {});
  CHECK(empty.score == 0.0);
  CHECK(empty.bp == 0.0);
  CHECK(bleu_verbose(empty) ==
        "0.0/0.0/0.0/0.0 (BP = 0.000 ratio = 0.000 hyp_len = 0 ref_len = 2)");
  CHECK(format_score(empty) == "0.00");
  CHECK(bleu_of({"A perfect match, here."}, {{"A perfect match, here."}}) == Approx(100.0));
  // Lowercasing makes case differences match.
  BleuOptions lc;
  lc.lowercase = true;
  CHECK(bleu_of({"A PERFECT match, HERE."}, {{"a perfect Match, here."}}, lc) == Approx(100.0));
  CHECK(bleu_signature("1", lc).text() ==
        "nrefs:1|case:lc|eff:no|tok:13a|smooth:exp|version:2.4.3");
}

TEST_CASE("BLEU matches sacreBLEU's published README example", "[eval][bleu][published]") {
  const Corpus c = corpus_of(kReadmeHyps, {kReadmeRef1, kReadmeRef2});
  const BleuScore s = corpus_bleu(c, {});
  // README: "BLEU = 48.53 82.4/50.0/45.5/37.5 (BP = 0.943 ratio = 0.944 hyp_len = 17 ref_len =
  // 18)"; test/test_bleu.py: 48.530827 (13a) and 49.1919566 (tokenize='none').
  CHECK(bleu_verbose(s) ==
        "82.4/50.0/45.5/37.5 (BP = 0.943 ratio = 0.944 hyp_len = 17 ref_len = 18)");
  CHECK(format_score(s) == "48.53");
  CHECK(s.score == Approx(48.530827).margin(1e-6));
  CHECK(c.nrefs == "2");
  BleuOptions none;
  none.tokenizer = BleuTokenizer::none;
  CHECK(corpus_bleu(c, none).score == Approx(49.1919566).margin(1e-6));
  // test/test_bleu.py: empty hypotheses are kept and score 0.
  CHECK(bleu_of({"", "", ""}, {kReadmeRef1, kReadmeRef2}) == 0.0);
  // README, variable references: the first segment's first reference is
  // empty: "BLEU = 29.44 82.4/42.9/27.3/12.5 (BP = 0.889 ratio = 0.895 ...)", nrefs:var.
  std::vector<std::string> ref1 = kReadmeRef1;
  ref1[0] = "";
  const Corpus var = corpus_of(kReadmeHyps, {ref1, kReadmeRef2});
  CHECK(var.nrefs == "var");
  CHECK(bleu_verbose(corpus_bleu(var, {})) ==
        "82.4/42.9/27.3/12.5 (BP = 0.889 ratio = 0.895 hyp_len = 17 ref_len = 19)");
  CHECK(format_score(corpus_bleu(var, {})) == "29.44");
}

TEST_CASE("sentence BLEU matches sacreBLEU's published test values", "[eval][bleu][published]") {
  // test/test_sentence_bleu.py (from sacreBLEU issue #98), effective order on:
  // exp/13a 8.493, exp/none 7.347, exp/char 40.8759, exp/char/lowercase 42.0267.
  const std::string ref =
      "produc\xC5\xA3ia de zah\xC4\x83r brut se exprim\xC4\x83 \xC3\xAEn zah\xC4\x83r alb;";
  const std::string hyp =
      "Produc\xC8\x9Bia de zah\xC4\x83r prim\xC4\x83 va fi exprimat\xC4\x83 \xC3\xAEn ceea ce "
      "prive\xC8\x99te zah\xC4\x83rul alb;";
  BleuOptions options;
  options.effective_order = true;
  const auto score = [&] {
    return bleu_from_stats(bleu_segment_stats(hyp, {ref}, options), true).score;
  };
  CHECK(score() == Approx(8.493).margin(1e-3));
  options.tokenizer = BleuTokenizer::none;
  CHECK(score() == Approx(7.347).margin(1e-3));
  options.tokenizer = BleuTokenizer::character;
  CHECK(score() == Approx(40.8759).margin(1e-3));
  options.lowercase = true;
  CHECK(score() == Approx(42.0267).margin(1e-3));
  // Issue #141: no match at all is 0, whatever the smoothing.
  CHECK(bleu_from_stats(bleu_segment_stats("this is a cat", {"okay thanks"}, {}), true).score ==
        0.0);
}

TEST_CASE("corpus rules: empty references and line counts", "[eval][corpus]") {
  CHECK_THROWS_WITH(corpus_of({"a"}, {{"  "}}), "ref0:1: empty reference line");
  CHECK_THROWS_WITH(corpus_of({"a", "b"}, {{"a"}}),
                    "line counts differ: hyp has 2 lines but ref0 has 1");
  CHECK_THROWS_WITH(corpus_of({}, {{}}), "hyp: no lines to score");
  CHECK_THROWS_WITH(corpus_of({"a"}, {{""}, {""}}), "line 1 is empty in every reference file");
}

TEST_CASE("chrF on hand-counted cases", "[eval][chrf]") {
  // "abc" vs "abd": 1-grams 2/3 both ways, 2-grams (ab,bc | ab,bd) 1/2,
  // 3-grams 0/1; orders 4-6 have no reference n-grams and are skipped.
  // P = R = (2/3 + 1/2 + 0)/3 = 7/18, so F2 = 7/18.
  CHECK(chrf_of({"abc"}, {"abd"}) == Approx(100.0 * 7 / 18).epsilon(1e-12));
  // "aa" vs "ab": 1-grams 1/2, 2-grams 0/1 -> P = R = 1/4; beta 3 gives 25
  // (also in sacreBLEU's test/test_chrf.py, effective-order cases).
  ChrfOptions beta3;
  beta3.beta = 3;
  CHECK(chrf_of({"aa"}, {"ab"}, beta3) == Approx(25.0).epsilon(1e-12));
  // Whitespace is removed before counting: "a b c" equals "abc".
  CHECK(chrf_of({"a b c"}, {"abc"}) == Approx(100.0));
  // Statistics are summed over the corpus first: order 1 gives 1 match of 2
  // (segment 2 has none), higher orders nothing -> P = R = 1/2.
  CHECK(chrf_of({"a", "b"}, {"a", "c"}, beta3) == Approx(50.0));
  CHECK(chrf_of({""}, {"reference"}) == 0.0);
  // Precision and recall differ: "ab" vs "abcd": 1-grams 2/2 and 2/4, 2-grams 1/1
  // and 1/3; P = 1, R = (1/2 + 1/3)/2 = 5/12; F2 = 5 P R / (4 P + R).
  const double p = 1.0, r = 5.0 / 12;
  CHECK(chrf_of({"ab"}, {"abcd"}) == Approx(100 * 5 * p * r / (4 * p + r)).epsilon(1e-12));
  CHECK(chrf_name({}) == "chrF2");
  CHECK(chrf_signature("1", {}).text() ==
        "nrefs:1|case:mixed|eff:yes|nc:6|nw:0|space:no|version:2.4.3");
}

TEST_CASE("chrF matches sacreBLEU's published values", "[eval][chrf][published]") {
  // README: chrF2 = 59.73 on the two-reference example (best reference per segment).
  CHECK(corpus_chrf(corpus_of(kReadmeHyps, {kReadmeRef1, kReadmeRef2}), {}) ==
        Approx(59.73).margin(0.005));
  // test/test_chrf.py, sentence level with eps smoothing (beta 2), Czech text.
  ChrfOptions eps;
  eps.eps_smoothing = true;
  // (Plain UTF-8 in the source: GCC's execution character set is UTF-8.)
  const std::string hyp =
      "Co nás nejvíc trápí, protože lékaři si vybírají, kdo bude žít a kdo zemře.";
  const std::string ref =
      "Nejvíce smutní jsme z toho, že musíme rozhodovat o tom, kdo bude žít a kdo zemře.";
  CHECK(chrf_from_stats(chrf_segment_stats(hyp, {ref}, eps), eps) ==
        Approx(39.14078509).margin(1e-4));
  // test/test_chrf.py, eps smoothing with beta 3.
  eps.beta = 3;
  CHECK(chrf_of({"aa"}, {"ab"}, eps) == Approx(8.3333).margin(1e-4));
  CHECK(chrf_of({" Die    Beziehung zwischen  Obama und Netanjahu ist nicht gerade  freundlich. "},
                {"Das Verh\xC3\xA4ltnis zwischen Obama und Netanyahu ist nicht gerade "
                 "freundschaftlich."},
                eps) == Approx(64.1302698).margin(1e-4));
  // test/test_chrf.py, whitespace kept, effective order, beta 3.
  ChrfOptions space;
  space.beta = 3;
  space.whitespace = true;
  CHECK(chrf_of({"Die Beziehung zwischen Obama und Netanjahu ist nicht gerade freundlich."},
                {"Das Verh\xC3\xA4ltnis zwischen Obama und Netanyahu ist nicht gerade "
                 "freundschaftlich."},
                space) == Approx(67.3481606).margin(1e-4));
}

TEST_CASE("BLEU by source length buckets", "[eval][by_length]") {
  const std::vector<std::string> sources = {"one two", std::string(12 * 2, ' ') + "w", ""};
  std::vector<std::string> long_source;
  for (int i = 0; i < 45; ++i) long_source.push_back("w");
  std::string src45;
  for (const auto& w : long_source) src45 += w + " ";
  const Corpus c = corpus_of({"the cat sat on the mat", "x y", "a b c d"},
                             {{"the cat is on the mat", "x z", "a b c d"}});
  const std::vector<BleuStats> stats = bleu_corpus_stats(c, {});
  const auto buckets = bleu_by_length({"one two", src45, ""}, stats, "src");
  REQUIRE(buckets.size() == 5);
  CHECK(buckets[0].label == "1-10");
  CHECK(buckets[0].sentences == 2);  // 2 words and the empty line
  CHECK(buckets[4].label == "41+");
  CHECK(buckets[4].sentences == 1);
  CHECK(buckets[1].sentences == 0);
  // Bucket 1-10 sums the statistics of segments 1 and 3.
  BleuStats sum = stats[0];
  sum += stats[2];
  CHECK(buckets[0].bleu.score == bleu_from_stats(sum, false).score);
  CHECK_THROWS_WITH(bleu_by_length({"a"}, stats, "src.txt"),
                    "line counts differ: src.txt has 1 lines but the hypotheses have 3");
}
