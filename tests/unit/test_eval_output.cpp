// nmt-eval speaking sacreBLEU 2.x: smoothing methods, signatures (long and
// short), the text and JSON layouts of sacrebleu's command line, Python's
// float repr, and run_eval end to end on the README example.
#include <unistd.h>
#include <catch2/catch.hpp>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "base/error.h"
#include "eval/bleu.h"
#include "eval/chrf.h"
#include "eval/evaluate.h"
#include "eval/output.h"

using namespace nmt::eval;

namespace {

BleuScore cat_on_mat(BleuSmooth smooth, double value = -1) {
  std::vector<std::string> names = {"ref"};
  const Corpus c =
      make_corpus({"the cat sat on the mat"}, {{"the cat is on the mat"}}, "hyp", names);
  BleuOptions options;
  options.smooth = smooth;
  options.smooth_value = value;
  return corpus_bleu(c, options);
}

// A temporary file holding text, removed at scope exit.
struct TempFile {
  std::string path;
  explicit TempFile(const std::string& text) {
    char name[] = "/tmp/nmt_eval_output_XXXXXX";
    const int fd = mkstemp(name);
    REQUIRE(fd >= 0);
    close(fd);
    path = name;
    std::ofstream(path) << text;
  }
  ~TempFile() { std::remove(path.c_str()); }
};

}  // namespace

TEST_CASE("BLEU smoothing methods as sacreBLEU computes them", "[eval][bleu]") {
  // Matches {5,3,1,0} of totals {6,5,4,3}: only the 4-gram precision needs smoothing.
  CHECK(cat_on_mat(BleuSmooth::exp).precisions[3] == Approx(100.0 / 6));
  CHECK(cat_on_mat(BleuSmooth::floor).precisions[3] == Approx(100.0 * 0.1 / 3));
  CHECK(cat_on_mat(BleuSmooth::floor, 0.5).precisions[3] == Approx(100.0 * 0.5 / 3));
  CHECK(cat_on_mat(BleuSmooth::floor).score ==
        Approx(std::pow(500.0 / 6 * 60 * 25 * 10.0 / 3, 0.25)).epsilon(1e-12));
  // add-k adds k to matches and totals of orders 2-4: 4/6, 2/5, 1/4.
  const BleuScore add_k = cat_on_mat(BleuSmooth::add_k);
  CHECK(add_k.precisions[1] == Approx(400.0 / 6));
  CHECK(add_k.score == Approx(std::pow(500.0 / 6 * 400.0 / 6 * 40 * 25, 0.25)).epsilon(1e-12));
  CHECK(cat_on_mat(BleuSmooth::none).score == Approx(0.0).margin(1e-12));
  CHECK(parse_bleu_smooth("add-k") == BleuSmooth::add_k);
  CHECK_THROWS_WITH(parse_bleu_smooth("laplace"),
                    "unknown smoothing method 'laplace' (choose exp, floor, add-k or none)");
}

TEST_CASE("signatures in sacreBLEU's long and short forms", "[eval][signature]") {
  BleuOptions bleu;
  CHECK(bleu_signature("1", bleu).text() ==
        "nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:2.4.3");
  CHECK(bleu_signature("1", bleu).text(true) == "#:1|c:mixed|e:no|tok:13a|s:exp|v:2.4.3");
  bleu.smooth = BleuSmooth::floor;
  CHECK(bleu_signature("2", bleu).text() ==
        "nrefs:2|case:mixed|eff:no|tok:13a|smooth:floor[0.10]|version:2.4.3");
  bleu.smooth = BleuSmooth::add_k;
  CHECK(bleu_signature("var", bleu).text() ==
        "nrefs:var|case:mixed|eff:no|tok:13a|smooth:add-k[1.00]|version:2.4.3");
  ChrfOptions chrf;
  chrf.whitespace = true;
  chrf.lowercase = true;
  CHECK(chrf_signature("1", chrf).text() ==
        "nrefs:1|case:lc|eff:yes|nc:6|nw:0|space:yes|version:2.4.3");
  CHECK(chrf_signature("1", chrf).text(true) == "#:1|c:lc|e:yes|nc:6|nw:0|s:yes|v:2.4.3");
}

TEST_CASE("python_float_repr writes floats as json.dumps does", "[eval][output]") {
  CHECK(python_float_repr(48.5) == "48.5");
  CHECK(python_float_repr(100.0) == "100.0");
  CHECK(python_float_repr(0.0) == "0.0");
  CHECK(python_float_repr(0.1) == "0.1");
  CHECK(python_float_repr(59.73) == "59.73");
  CHECK(python_float_repr(1e-05) == "1e-05");
  CHECK(python_float_repr(0.0001) == "0.0001");
  CHECK(python_float_repr(1e16) == "1e+16");
  CHECK(python_float_repr(123456789.125) == "123456789.125");
  CHECK(python_float_repr(-2.5) == "-2.5");
}

TEST_CASE("sacreBLEU's text and JSON layouts", "[eval][output]") {
  BleuOptions bleu;
  const MetricScore b{"BLEU", 48.530827, bleu_signature("2", bleu),
                      "82.4/50.0/45.5/37.5 (BP = 0.943 ratio = 0.944 hyp_len = 17 ref_len = 18)"};
  const MetricScore c{"chrF2", 59.727517, chrf_signature("2", {}), ""};
  CHECK(score_text(b, 1, false) ==
        "BLEU|nrefs:2|case:mixed|eff:no|tok:13a|smooth:exp|version:2.4.3 = 48.5 82.4/50.0/45.5/"
        "37.5 (BP = 0.943 ratio = 0.944 hyp_len = 17 ref_len = 18)");
  CHECK(score_only_text(c, 2) == "59.73");
  CHECK(score_json(c, 1) ==
        "{\n \"name\": \"chrF2\",\n \"score\": 59.7,\n \"signature\": "
        "\"nrefs:2|case:mixed|eff:yes|nc:6|nw:0|space:no|version:2.4.3\",\n \"nrefs\": \"2\",\n "
        "\"case\": \"mixed\",\n \"eff\": \"yes\",\n \"nc\": \"6\",\n \"nw\": \"0\",\n \"space\": "
        "\"no\",\n \"version\": \"2.4.3\"\n}");
  // Several text lines: the part before " = " right-aligned (chrF's is 2 longer).
  const std::string both =
      join_results({score_text(b, 1, false), score_text(c, 1, false)}, OutputFormat::text);
  CHECK(both.rfind("  BLEU|nrefs:2|", 0) == 0);
  CHECK(both.find("\nchrF2|nrefs:2|") != std::string::npos);
  CHECK(join_results({"{\n}", "{\n}"}, OutputFormat::json) == "[\n{\n},\n{\n}\n]\n");
  CHECK(join_results({"48.5", "59.7"}, OutputFormat::text) == "48.5\n59.7\n");
  CHECK(join_results({"48.5", "59.7"}, OutputFormat::json) == "[\n48.5,\n59.7\n]\n");
}

TEST_CASE("run_eval speaks sacrebleu's command line", "[eval][output]") {
  const TempFile ref1("The dog bit the man.\nIt was not unexpected.\nThe man bit him first.\n");
  const TempFile ref2(
      "The dog had bit the man.\nNo one was surprised.\nThe man had bitten the dog.\n");
  const std::string hyps =
      "The dog bit the man.\nIt wasn't surprising.\nThe man had just bitten him.\n";
  EvalConfig config;
  config.ref_paths = {ref1.path, ref2.path};
  config.metrics = {"bleu", "chrf"};
  config.score_only = true;
  std::istringstream in1(hyps);
  CHECK(run_eval(config, in1) == "[\n48.5,\n59.7\n]\n");
  config.format = "text";
  config.width = 2;
  std::istringstream in2(hyps);
  CHECK(run_eval(config, in2) == "48.53\n59.73\n");
  // --num-refs 2: both references as tab-separated columns of one file.
  const TempFile tabbed(
      "The dog bit the man.\tThe dog had bit the man.\nIt was not unexpected.\tNo one was "
      "surprised.\nThe man bit him first.\tThe man had bitten the dog.\n");
  config.ref_paths = {tabbed.path};
  config.num_refs = 2;
  std::istringstream in3(hyps);
  CHECK(run_eval(config, in3) == "48.53\n59.73\n");
  config.num_refs = 3;
  std::istringstream in4(hyps);
  CHECK_THROWS_WITH(run_eval(config, in4),
                    tabbed.path + ":1: expected 3 tab-separated references, found 2");
}

TEST_CASE("sacreBLEU's one-dash long options get their long names", "[eval][output]") {
  CHECK(sacrebleu_long_names({"nmt-eval", "ref", "-i", "hyp", "-tok", "none", "-lc", "-sl"}) ==
        std::vector<std::string>{"nmt-eval", "ref", "-i", "hyp", "--tokenize", "none",
                                 "--lowercase", "--sentence-level"});
  CHECK(sacrebleu_long_names({"-lc"}) == std::vector<std::string>{"-lc"});  // argv[0] is kept
}
