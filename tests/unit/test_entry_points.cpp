// The library entry points that the tools are thin wrappers of, called in
// process on tiny data: train_translator (nmt-train), LineTranslator
// (nmt-translate), run_align (nmt-align) and run_eval (nmt-eval). The CLI
// scripts (tests/cli) test the same paths through the command line; these
// check what each call returns or writes, and that nmt-translate prints what
// LineTranslator returns.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "align/align_run.h"
#include "decode/line_translator.h"
#include "eval/evaluate.h"
#include "models/quantize_model.h"
#include "models/saved_model.h"
#include "support/temp_dir.h"
#include "train/trainer.h"

using namespace nmt;
namespace fs = std::filesystem;

namespace {

// A fresh directory, removed with the process's other temporaries at exit.
TempDir& temp() {
  static TempDir dir;
  return dir;
}

std::vector<std::string> read_lines(const std::string& path, size_t limit = 0) {
  std::ifstream in(path);
  REQUIRE(in.good());
  std::vector<std::string> lines;
  for (std::string line; (limit == 0 || lines.size() < limit) && std::getline(in, line);)
    lines.push_back(line);
  return lines;
}

void write_lines(const std::string& path, const std::vector<std::string>& lines) {
  std::ofstream out(path);
  for (const std::string& line : lines) out << line << "\n";
}

std::string sample(const std::string& name) {
  return std::string(NMT_SOURCE_DIR) + "/corpora/sample/" + name;
}

std::vector<std::string> words(const std::string& line) {
  std::istringstream in(line);
  std::vector<std::string> out;
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

ModelConfig tiny_transformer() {
  ModelConfig c;
  c.arch = Arch::Transformer;
  c.dim = 32;
  c.heads = 4;
  c.enc_layers = 1;
  c.dec_layers = 1;
  c.ffn = 64;
  return c;
}

// 40 updates on 300 sample pairs, one progress line every 5 updates.
TrainConfig tiny_training(const std::string& model_path) {
  write_lines(temp().file("train.en"), read_lines(sample("train.en"), 300));
  write_lines(temp().file("train.es"), read_lines(sample("train.es"), 300));
  TrainConfig t;
  t.train_src = temp().file("train.en");
  t.train_tgt = temp().file("train.es");
  t.model_path = model_path;
  t.vocab_size = 300;
  t.batch_tokens = 1000;
  t.lr = 5e-3f;
  t.warmup = 5;
  t.max_updates = 40;
  t.log_every = 5;
  t.save_every = 1000;
  t.seed = 7;
  return t;
}

// The model the translating and aligning cases share, trained once per process.
std::string trained_model() {
  static const std::string path = [] {
    const std::string model = temp().file("shared.nmt");
    std::ostringstream log;
    train_translator(tiny_transformer(), tiny_training(model), TrainStart{}, log);
    return model;
  }();
  return path;
}

// The mean losses of the "[train] update N | ... | loss X |" progress lines.
std::vector<double> logged_losses(const std::string& log) {
  static const std::regex line(R"(\[train\] update \d+ \|.*\| loss ([0-9.]+) \|)");
  std::vector<double> losses;
  for (std::sregex_iterator it(log.begin(), log.end(), line), end; it != end; ++it)
    losses.push_back(std::stod((*it)[1]));
  return losses;
}

}  // namespace

TEST_CASE("train_translator lowers the loss and writes a model that loads", "[entry]") {
  const std::string model = temp().file("trained.nmt");
  std::ostringstream log;
  const TrainSummary summary =
      train_translator(tiny_transformer(), tiny_training(model), TrainStart{}, log);
  INFO(log.str());
  CHECK(summary.updates == 40);
  CHECK_FALSE(summary.stopped_by_signal);
  const std::vector<double> losses = logged_losses(log.str());
  REQUIRE(losses.size() == 8);  // updates 5, 10, ..., 40
  CHECK(losses.back() < losses.front() - 0.5);
  CHECK(fs::file_size(model) > 0);
  CHECK(fs::file_size(model + ".ckpt") > 0);

  const SavedModel saved = load_saved_model(model);
  CHECK(saved.config.arch == Arch::Transformer);
  CHECK(saved.config.dim == 32);
  CHECK(saved.config.src_vocab == saved.pieces.src->vocab_size());
  REQUIRE(saved.translator);
  CHECK(saved.translator->named_parameters().size() ==
        make_translator(saved.config, 1)->named_parameters().size());
}

TEST_CASE("LineTranslator returns n-best lists in input order, as nmt-translate prints them",
          "[entry]") {
  const std::string model = trained_model();
  std::vector<std::string> lines = read_lines(sample("test.en"), 6);
  lines.insert(lines.begin() + 2, "");  // an empty line translates to nothing
  SavedModel saved = load_saved_model(model);
  set_precision(*saved.translator, Precision::Fp32);  // as nmt-translate: packed weights
  TranslateOptions options;
  options.search.beam = 4;
  options.search.n_best = 3;
  options.batch_size = 3;
  LineTranslator translator(*saved.translator, *saved.pieces.src, *saved.pieces.tgt, options);
  const std::vector<LineTranslation> results = translator.translate(lines);
  REQUIRE(results.size() == lines.size());
  CHECK(results[2].hypotheses.empty());
  CHECK(results[2].texts.empty());
  for (size_t i = 0; i < results.size(); ++i) {
    if (i == 2) continue;
    const LineTranslation& r = results[i];
    INFO("line " << i);
    REQUIRE(r.hypotheses.size() == 3);
    REQUIRE(r.texts.size() == 3);
    CHECK(r.source_ids == saved.pieces.src->encode(lines[i]));
    for (size_t k = 0; k < 3; ++k) {
      CHECK(r.texts[k] == saved.pieces.tgt->decode(r.hypotheses[k].tokens));
      if (k > 0) CHECK(r.hypotheses[k - 1].score >= r.hypotheses[k].score);
    }
  }
  // Batches of 1 sentence give the same results as batches of 3.
  TranslateOptions one_by_one = options;
  one_by_one.batch_size = 1;
  const std::vector<LineTranslation> single =
      LineTranslator(*saved.translator, *saved.pieces.src, *saved.pieces.tgt, one_by_one)
          .translate(lines);
  for (size_t i = 0; i < results.size(); ++i) CHECK(single[i].texts == results[i].texts);

  // nmt-translate --n-best prints "i ||| text ||| score" for each of them.
  std::ostringstream expected;
  expected.precision(6);
  for (size_t i = 0; i < results.size(); ++i) {
    for (size_t k = 0; k < results[i].texts.size(); ++k)
      expected << i << " ||| " << results[i].texts[k] << " ||| " << results[i].hypotheses[k].score
               << "\n";
    if (results[i].texts.empty()) expected << i << " |||  ||| 0\n";
  }
  const fs::path tools = fs::read_symlink("/proc/self/exe").parent_path().parent_path() / "bin";
  const std::string in = temp().file("in.txt"), out = temp().file("out.txt");
  write_lines(in, lines);
  const std::string command = (tools / "nmt-translate").string() + " -m " + model +
                              " --beam 4 --n-best 3 --batch 3 --threads 1 -i " + in + " -o " + out;
  INFO(command);
  REQUIRE(std::system(command.c_str()) == 0);
  std::ifstream printed(out);
  std::stringstream text;
  text << printed.rdbuf();
  CHECK(text.str() == expected.str());
}

TEST_CASE("run_align writes one Pharaoh line per pair, linking every target word", "[entry]") {
  const std::string model = trained_model();
  const std::vector<std::string> src = read_lines(sample("dev.en"), 5);
  const std::vector<std::string> tgt = read_lines(sample("dev.es"), 5);
  write_lines(temp().file("align.en"), src);
  write_lines(temp().file("align.es"), tgt);
  AlignConfig config;
  config.model = model;
  config.src = temp().file("align.en");
  config.tgt = temp().file("align.es");
  config.pharaoh = temp().file("links.align");
  std::ostringstream out, info;
  run_align(config, out, info);
  const std::vector<std::string> links = read_lines(config.pharaoh);
  REQUIRE(links.size() == src.size());
  const std::regex link(R"((\d+)-(\d+))");
  for (size_t i = 0; i < links.size(); ++i) {
    INFO("pair " << i << ": " << links[i]);
    const size_t s = words(src[i]).size(), t = words(tgt[i]).size();
    std::vector<bool> linked(t, false);
    for (const std::string& pair : words(links[i])) {
      std::smatch m;
      REQUIRE(std::regex_match(pair, m, link));
      CHECK(std::stoul(m[1]) < s);
      REQUIRE(std::stoul(m[2]) < t);
      linked[std::stoul(m[2])] = true;
    }
    // argmax links each target piece to a source piece, so every word has a link.
    CHECK(std::count(linked.begin(), linked.end(), false) == 0);
  }

  // Against its own links as the gold standard, the AER is zero.
  config.gold = config.pharaoh;
  config.pharaoh = temp().file("again.align");
  std::ostringstream report, info2;
  run_align(config, report, info2);
  CHECK(read_lines(config.pharaoh) == links);
  INFO(report.str());
  size_t count = 0;
  for (const std::string& line : links) count += words(line).size();
  const std::string all = std::to_string(count);
  CHECK(report.str() == "AER = 0.00  precision = 100.00  recall = 100.00  (sentences 5, links " +
                            all + ", sure " + all + ", possible " + all + ")\n");
}

TEST_CASE("run_eval's BLEU equals the value worked out by hand", "[entry]") {
  // Sentence 1: 1-grams 5/6, 2-grams 3/5, 3-grams 2/4, 4-grams 1/3.
  // Sentence 2: 1-grams 2/2, 2-grams 0/1. Corpus: 7/8, 3/6, 2/4, 1/3; hypothesis
  // 8 tokens, reference 9: BP = exp(1 - 9/8).
  // BLEU = 100 * exp(-1/8) * (7/8 * 3/6 * 2/4 * 1/3)^(1/4) = 45.8579...
  write_lines(temp().file("ref.txt"), {"the cat sat on the mat", "hello there world"});
  std::istringstream hyp("the cat sat on a mat\nhello world\n");
  eval::EvalConfig config;
  config.ref_paths = {temp().file("ref.txt")};
  config.format = "text";  // sacreBLEU's one line, two decimals
  config.width = 2;
  const std::string report = eval::run_eval(config, hyp);
  INFO(report);
  const double want = 100 * std::exp(-1.0 / 8) * std::pow(7.0 / 8 * 3 / 6 * 2 / 4 * 1 / 3, 0.25);
  char expected[64];
  std::snprintf(expected, sizeof expected, " = %.2f 87.5/50.0/50.0/33.3", want);
  CHECK(std::string(expected) == " = 45.86 87.5/50.0/50.0/33.3");
  CHECK_THAT(report, Catch::StartsWith("BLEU|nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|"));
  CHECK_THAT(report, Catch::Contains(expected));
  CHECK_THAT(report, Catch::Contains("hyp_len = 8 ref_len = 9"));
}
