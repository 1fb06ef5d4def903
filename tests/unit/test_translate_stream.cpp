// Streaming translation (decode/translate_stream.h), in process: the output
// formats on hand-made results, and translate_stream with a tiny seeded
// (untrained) Transformer: chunks in input order, n-best numbering across
// chunks, unreadable and overlong lines, a pipe that goes idle, read errors,
// and the alignment suffix of align/translate_alignment.h. The same paths
// through the command line: tests/cli/test_train_translate.sh and
// test_streaming.sh.
#include <fcntl.h>
#include <unistd.h>
#include <catch2/catch.hpp>

#include <memory>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "align/translate_alignment.h"
#include "base/error.h"
#include "data/text_lines.h"
#include "decode/translate_stream.h"
#include "models/translator.h"

using namespace nmt;

namespace {

Hypothesis hypothesis(float score) {
  Hypothesis h;
  h.score = score;
  return h;
}

LineTranslation line(std::vector<std::string> texts, std::vector<float> scores) {
  LineTranslation t;
  t.texts = std::move(texts);
  for (float s : scores) t.hypotheses.push_back(hypothesis(s));
  return t;
}

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string l; std::getline(in, l);) out.push_back(l);
  return out;
}

// A tiny seeded Transformer with a joint SentencePiece model trained on the
// first lines of the bundled sample; untrained, so its outputs are arbitrary
// but fixed.
struct TinyModel {
  SubwordModels pieces;
  std::unique_ptr<Translator> model;

  TinyModel() {
    std::vector<std::string> en = read_lines(NMT_SOURCE_DIR "/corpora/sample/train.en");
    std::vector<std::string> es = read_lines(NMT_SOURCE_DIR "/corpora/sample/train.es");
    en.resize(60);
    es.resize(60);
    SubwordOptions options;
    options.vocab_size = 120;
    pieces = train_subword_models(en, es, options, true);
    ModelConfig c;
    c.arch = Arch::Transformer;
    c.src_vocab = c.tgt_vocab = pieces.src->vocab_size();
    c.shared_vocab = true;
    c.dim = 16;
    c.heads = 2;
    c.enc_layers = c.dec_layers = 1;
    c.ffn = 32;
    model = make_translator(c, 5);
    model->eval();
  }
};

TinyModel& tiny() {
  static TinyModel m;
  return m;
}

TranslateOptions translate_options(int beam, int n_best) {
  TranslateOptions o;
  o.search.beam = beam;
  o.search.n_best = n_best;
  o.search.max_length_ratio = 1.0f;
  o.batch_size = 2;
  return o;
}

// Runs translate_stream over `text`; one string per write (chunk).
std::vector<std::string> stream(LineTranslator& translator, const std::string& text,
                                const StreamOptions& options, std::string& log,
                                StreamResult& result, const HypothesisSuffix& suffix = nullptr) {
  char path[] = "/tmp/nmt_test_stream_XXXXXX";
  const int fd = mkstemp(path);
  REQUIRE(fd >= 0);
  REQUIRE(write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size()));
  close(fd);
  std::vector<std::string> chunks;
  std::ostringstream log_stream;
  {
    StreamInput input(path);
    result = translate_stream(
        translator, input, [&](const std::string& s) { chunks.push_back(s); }, options, log_stream,
        suffix);
  }
  unlink(path);
  log = log_stream.str();
  return chunks;
}

}  // namespace

TEST_CASE("format_translations: plain, scores, n-best with numbering and empty lines") {
  const std::vector<LineTranslation> results = {line({"hola mundo", "hola"}, {-1.5f, -2.25f}),
                                                LineTranslation(),
                                                line({"adiós"}, {-0.123456789f})};
  StreamOptions plain;
  CHECK(format_translations(results, 0, plain) == "hola mundo\n\nadiós\n");
  StreamOptions scores;
  scores.scores = true;
  CHECK(format_translations(results, 0, scores) ==
        "hola mundo ||| -1.5\n ||| 0\nadiós ||| -0.123457\n");
  StreamOptions n_best;
  n_best.n_best = 2;
  CHECK(format_translations(results, 7, n_best) ==
        "7 ||| hola mundo ||| -1.5\n7 ||| hola ||| -2.25\n8 |||  ||| 0\n9 ||| adiós ||| "
        "-0.123457\n");
  const HypothesisSuffix mark = [](const LineTranslation& r, size_t k) {
    return " ||| k=" + std::to_string(k) + (k < r.hypotheses.size() ? "" : "!");
  };
  CHECK(format_translations(results, 7, n_best, mark) ==
        "7 ||| hola mundo ||| -1.5 ||| k=0\n7 ||| hola ||| -2.25 ||| k=1\n8 |||  ||| 0 ||| "
        "k=0!\n9 ||| adiós ||| -0.123457 ||| k=0\n");
  CHECK(format_translations(results, 0, plain, mark) ==
        "hola mundo ||| k=0\n ||| k=0!\nadiós ||| k=0\n");
  CHECK(format_translations({}, 0, plain).empty());
}

TEST_CASE("translate_stream writes chunk by chunk, in input order, one line per line") {
  LineTranslator translator(*tiny().model, *tiny().pieces.src, *tiny().pieces.tgt,
                            translate_options(2, 1));
  StreamOptions options;
  options.chunk_lines = 2;
  std::string log;
  StreamResult result;
  const std::string text = "In the beginning.\nAnd God said.\n\nLet there be light.\nAmen.\n";
  const std::vector<std::string> chunks = stream(translator, text, options, log, result);
  REQUIRE(chunks.size() == 3);  // 2 + 2 + 1 lines
  CHECK(split_lines(chunks[0]).size() == 2);
  CHECK(chunks[1].rfind("\n", 0) == 0);  // line 3 is empty: its translation too
  CHECK(split_lines(chunks[2]).size() == 1);
  CHECK(result.lines == 5);
  CHECK(result.bad_lines == 0);
  CHECK(log.empty());
  // Each chunk is what the translator gives for those lines, in input order.
  const std::vector<std::vector<std::string>> parts = {
      {"In the beginning.", "And God said."}, {"", "Let there be light."}, {"Amen."}};
  for (size_t i = 0; i < parts.size(); ++i)
    CHECK(chunks[i] == format_translations(translator.translate(parts[i]), 2 * i, options));
}

TEST_CASE("translate_stream numbers n-best lists across chunks and reports bad lines") {
  LineTranslator translator(*tiny().model, *tiny().pieces.src, *tiny().pieces.tgt,
                            translate_options(3, 2));
  StreamOptions options;
  options.chunk_lines = 2;
  options.n_best = 2;
  options.log_prefix = "tool: ";
  std::string log;
  StreamResult result;
  const std::string text = "one two\nbad \xff byte\nthree\n";
  const std::vector<std::string> chunks = stream(translator, text, options, log, result);
  REQUIRE(chunks.size() == 2);
  std::vector<std::string> numbers;
  for (const std::string& c : chunks)
    for (const std::string& l : split_lines(c)) numbers.push_back(l.substr(0, l.find(' ')));
  CHECK(numbers == std::vector<std::string>{"0", "0", "1", "2", "2"});
  CHECK(split_lines(chunks[0])[2] == "1 |||  ||| 0");  // the unreadable line, left untranslated
  CHECK(result.lines == 3);
  CHECK(result.bad_lines == 1);
  CHECK(log.find("tool: ") == 0);
  CHECK(log.find(":2: invalid UTF-8") != std::string::npos);
  CHECK(log.find("tool: 1 input line(s) could not be read; see above\n") != std::string::npos);
}

TEST_CASE("translate_stream reports a line cut at max_input_tokens by file and line") {
  TranslateOptions o = translate_options(1, 1);
  o.max_input_tokens = 3;
  LineTranslator translator(*tiny().model, *tiny().pieces.src, *tiny().pieces.tgt, o);
  std::string log;
  StreamResult result;
  stream(translator, "a\nand the beginning of the earth was void\n", StreamOptions(), log, result);
  CHECK(std::regex_search(log, std::regex("^nmt-translate: .*:2: longer than 3 tokens; only the "
                                          "start was translated\n$")));
}

TEST_CASE("StreamInput on a pipe: idle only when nothing is buffered or waiting") {
  int fds[2];
  REQUIRE(pipe(fds) == 0);
  REQUIRE(write(fds[1], "a\nb\n", 4) == 4);
  StreamInput input(fds[0], "<pipe>");
  InputLine l;
  REQUIRE(input.reader().next(l));
  CHECK(l.text == "a");
  CHECK_FALSE(input.idle());  // "b" is buffered
  REQUIRE(input.reader().next(l));
  CHECK(l.text == "b");
  CHECK(input.idle());  // the writer is still open but has sent nothing more
  REQUIRE(write(fds[1], "c\n", 2) == 2);
  CHECK_FALSE(input.idle());
  close(fds[1]);
  REQUIRE(input.reader().next(l));
  CHECK(l.text == "c");
  CHECK_FALSE(input.reader().next(l));
  CHECK_NOTHROW(input.check());
  close(fds[0]);
}

TEST_CASE("StreamInput: a read error is an error naming the input, a missing file too") {
  const int dir = open("/", O_RDONLY);  // read(2) on a directory fails with EISDIR
  REQUIRE(dir >= 0);
  StreamInput input(dir, "<dir>");
  InputLine l;
  CHECK_FALSE(input.reader().next(l));
  CHECK_THROWS_WITH(input.check(), Catch::StartsWith("<dir>: cannot read: "));
  close(dir);
  CHECK_THROWS_WITH(StreamInput("/nonexistent/input.txt"),
                    Catch::Contains("/nonexistent/input.txt: cannot open for reading"));
}

TEST_CASE("translate_stream with the alignment suffix appends Pharaoh links to each line") {
  TranslateOptions o = translate_options(2, 1);
  o.search.keep_attention = true;
  LineTranslator translator(*tiny().model, *tiny().pieces.src, *tiny().pieces.tgt, o);
  std::string log;
  StreamResult result;
  const std::vector<std::string> chunks =
      stream(translator, "In the beginning.\n\n", StreamOptions(), log, result,
             alignment_suffix(tiny().pieces, AlignmentOutput::hard));
  REQUIRE(chunks.size() == 1);
  const std::vector<std::string> lines = split_lines(chunks[0]);
  REQUIRE(lines.size() == 2);
  CHECK(std::regex_match(lines[0], std::regex(".* \\|\\|\\| (\\d+-\\d+( \\d+-\\d+)*)?")));
  CHECK(lines[1] == " ||| ");  // an empty line: no words, no links
  CHECK(alignment_suffix(tiny().pieces, AlignmentOutput::none) == nullptr);
}
