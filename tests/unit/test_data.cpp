// Corpus reading and checking (data/corpus_reader.h, data/text_lines.h): every
// documented problem gives one nmt::Error line naming file, line and problem,
// and no byte sequence crashes the reader.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>

#include "base/error.h"
#include "base/rng.h"
#include "data/corpus_reader.h"
#include "data/text_lines.h"

namespace fs = std::filesystem;
using namespace nmt;
using namespace std::string_literals;

namespace {

// A private directory removed when the test ends, pass or fail.
class TempDir {
 public:
  TempDir() {
    static int counter = 0;
    path_ = fs::temp_directory_path() /
            ("nmt_test_data_" + std::to_string(::getpid()) + "_" + std::to_string(counter++));
    fs::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  std::string write(const std::string& name, const std::string& bytes) const {
    std::string p = (path_ / name).string();
    std::ofstream(p, std::ios::binary) << bytes;
    return p;
  }
  std::string path(const std::string& name) const { return (path_ / name).string(); }

 private:
  fs::path path_;
};

std::string error_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("read_lines handles CR LF, a missing final newline and a byte order mark") {
  TempDir dir;
  auto lines = read_lines(dir.write("a.txt", "\xEF\xBB\xBFone\r\ntwo\n\nthree"));
  REQUIRE(lines == std::vector<std::string>{"one", "two", "", "three"});
  REQUIRE(read_lines(dir.write("b.txt", "x\n")) == std::vector<std::string>{"x"});
  REQUIRE(read_lines(dir.write("c.txt", "")).empty());
  // Only one trailing \r is a line end; an inner \r is text.
  REQUIRE(read_lines(dir.write("d.txt", "a\rb\r\r\n")) == std::vector<std::string>{"a\rb\r"});
}

TEST_CASE("a parallel corpus is read pair by pair with line numbers") {
  TempDir dir;
  auto src = dir.write("c.en", "Hello world\r\nGood night\nSee you");
  auto tgt = dir.write("c.de", "Hallo Welt\r\nGute Nacht\nBis bald\n");
  ParallelCorpus c = read_parallel_corpus(src, tgt);
  REQUIRE(c.size() == 3);
  REQUIRE(c.src[2] == "See you");
  REQUIRE(c.tgt[0] == "Hallo Welt");
  REQUIRE(c.line_numbers == std::vector<size_t>{1, 2, 3});
  REQUIRE(c.report.kept_pairs == 3);
  REQUIRE(c.report.summary() == "kept 3 of 3 pairs");
}

TEST_CASE("different line counts name both files and both counts") {
  TempDir dir;
  auto src = dir.write("x.en", "a\nb\nc\n");
  auto tgt = dir.write("x.de", "a\nb\n");
  std::string msg = error_of([&] { read_parallel_corpus(src, tgt); });
  REQUIRE(contains(msg, src + " has 3 lines"));
  REQUIRE(contains(msg, tgt + " has 2"));
  REQUIRE(msg.find('\n') == std::string::npos);
}

TEST_CASE("invalid UTF-8 and NUL bytes are errors with file, line and byte offset") {
  TempDir dir;
  auto src = dir.write("u.en", "ok\nfine\nabc\xC3(x\n");
  auto tgt = dir.write("u.de", "ok\nfine\nrecht\n");
  std::string msg = error_of([&] { read_parallel_corpus(src, tgt); });
  REQUIRE(contains(msg, src + ":3: invalid UTF-8 at byte 3"));

  auto nul_tgt = dir.write("n.de", "ok\nfi\0ne\nrecht\n"s);
  auto clean_src = dir.write("n.en", "ok\nfine\nright\n");
  msg = error_of([&] { read_parallel_corpus(clean_src, nul_tgt); });
  REQUIRE(contains(msg, nul_tgt + ":2: NUL byte at byte 2"));

  // Encoding errors are found even in a pair that would be skipped as empty.
  auto empty_src = dir.write("e.en", "ok\n\n");
  auto bad_tgt = dir.write("e.de", "ok\n\xFF\n");
  msg = error_of([&] { read_parallel_corpus(empty_src, bad_tgt); });
  REQUIRE(contains(msg, bad_tgt + ":2: invalid UTF-8 at byte 0"));
}

TEST_CASE("empty and over-long pairs are skipped and counted, or errors when strict") {
  TempDir dir;
  auto src = dir.write("s.en", "one\n   \nthree\nfour is rather long\nfive\n");
  auto tgt = dir.write("s.de", "eins\nzwei\n\ndrei\nfuenf\n");
  CorpusOptions options;
  options.max_line_bytes = 10;
  ParallelCorpus c = read_parallel_corpus(src, tgt, options);
  REQUIRE(c.src == std::vector<std::string>{"one", "five"});
  REQUIRE(c.line_numbers == std::vector<size_t>{1, 5});
  REQUIRE(c.report.skipped_empty == 2);
  REQUIRE(c.report.skipped_too_long == 1);
  REQUIRE(c.report.summary(10) == "kept 2 of 5 pairs (skipped 2 empty, 1 over 10 bytes)");

  options.strict = true;
  std::string msg = error_of([&] { read_parallel_corpus(src, tgt, options); });
  REQUIRE(contains(msg, src + ":2: empty line"));
  auto src2 = dir.write("t.en", "one\nfour is rather long\n");
  auto tgt2 = dir.write("t.de", "eins\nvier\n");
  msg = error_of([&] { read_parallel_corpus(src2, tgt2, options); });
  REQUIRE(contains(msg, src2 + ":2: line is 19 bytes, over the limit of 10"));
}

TEST_CASE("missing, directory and empty files are errors naming the file") {
  TempDir dir;
  auto good = dir.write("g.en", "a\n");
  std::string missing = dir.path("missing.de");
  REQUIRE(
      contains(error_of([&] { read_parallel_corpus(good, missing); }), missing + ": cannot open"));
  REQUIRE(contains(error_of([&] { read_parallel_corpus(dir.path(""), good); }), "is a directory"));
  auto empty = dir.write("empty.de", "");
  REQUIRE(
      contains(error_of([&] { read_parallel_corpus(good, empty); }), empty + ": file is empty"));
  auto blank_src = dir.write("b.en", "\n\n");
  auto blank_tgt = dir.write("b.de", "x\ny\n");
  REQUIRE(
      contains(error_of([&] { read_parallel_corpus(blank_src, blank_tgt); }), "no usable pairs"));
}

TEST_CASE("a 10 MB line is read, and skipped under a byte limit") {
  TempDir dir;
  std::string huge(10 * 1024 * 1024, 'a');
  auto src = dir.write("h.en", "short\n" + huge + "\nend\n");
  auto tgt = dir.write("h.de", "kurz\nlang\nende");
  ParallelCorpus all = read_parallel_corpus(src, tgt);
  REQUIRE(all.size() == 3);
  REQUIRE(all.src[1].size() == huge.size());
  CorpusOptions options;
  options.max_line_bytes = 1000;
  ParallelCorpus limited = read_parallel_corpus(src, tgt, options);
  REQUIRE(limited.size() == 2);
  REQUIRE(limited.report.skipped_too_long == 1);
}

TEST_CASE("random bytes never crash the reader: a corpus or an nmt::Error") {
  TempDir dir;
  Rng rng(7);
  int read_ok = 0, rejected = 0;
  for (int trial = 0; trial < 200; ++trial) {
    std::string a, b;
    const size_t len = rng.below(200);
    // A small alphabet with newlines, CR, NUL and high bytes hits every branch.
    const char alphabet[] = {'a', ' ', '\n', '\r', '\0', '\xC3', '\xA9', '\xFF', '\xE2', '\x82'};
    for (size_t i = 0; i < len; ++i) a += alphabet[rng.below(sizeof alphabet)];
    for (size_t i = 0; i < len; ++i) b += alphabet[rng.below(4)];  // ASCII-ish side
    auto src = dir.write("r.src", a);
    auto tgt = dir.write("r.tgt", b);
    try {
      ParallelCorpus c = read_parallel_corpus(src, tgt);
      for (const auto& line : c.src) REQUIRE(check_line(line).ok());
      ++read_ok;
    } catch (const Error& e) {
      REQUIRE(std::string(e.what()).find('\n') == std::string::npos);
      ++rejected;
    }
  }
  REQUIRE(rejected > 0);
  REQUIRE(read_ok + rejected == 200);
}

TEST_CASE("read_checked_lines applies the checks to one file") {
  TempDir dir;
  auto path = dir.write("m.txt", "alpha\n\nbeta\n");
  CorpusReport report;
  REQUIRE(read_checked_lines(path, {}, &report) == std::vector<std::string>{"alpha", "beta"});
  REQUIRE(report.skipped_empty == 1);
  auto bad = dir.write("bad.txt", "alpha\nbe\xC0ta\n");
  REQUIRE(
      contains(error_of([&] { read_checked_lines(bad); }), bad + ":2: invalid UTF-8 at byte 2"));
}

TEST_CASE("translation input: each line has its own verdict and reading goes on") {
  std::istringstream in("good\r\n\nbad \xED\xA0\x80 surrogate\nnul\0here\nlast"s);
  InputReader reader(in, "<stdin>", 100);
  std::vector<InputLine> lines;
  InputLine line;
  while (reader.next(line)) lines.push_back(line);
  REQUIRE(lines.size() == 5);
  REQUIRE(lines[0].text == "good");
  REQUIRE(lines[0].valid());
  REQUIRE(lines[1].valid());  // empty input lines translate to empty lines
  REQUIRE_FALSE(lines[2].valid());
  REQUIRE(reader.problem_message(lines[2]) == "<stdin>:3: invalid UTF-8 at byte 4 of the line");
  REQUIRE_FALSE(lines[3].valid());
  REQUIRE(lines[3].check.problem == LineProblem::NulByte);
  REQUIRE(lines[4].text == "last");
  REQUIRE(lines[4].line_number == 5);
  REQUIRE(lines[4].valid());

  TempDir dir;
  auto path = dir.write("in.txt", "x\n" + std::string(50, 'y') + "\n");
  auto file_lines = read_input_file(path, 20);
  REQUIRE(file_lines.size() == 2);
  REQUIRE(file_lines[0].valid());
  REQUIRE(file_lines[1].check.problem == LineProblem::TooLong);
  REQUIRE(contains(error_of([&] { read_input_file(dir.path("nope")); }), "cannot open"));
}
