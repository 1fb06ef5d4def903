// nmt-translate: translate text with a trained model, streaming from stdin
// (or -i) to stdout (or -o): chunks of lines are read, translated in
// length-sorted batches and written in input order, then flushed. A chunk
// ends early when stdin has nothing more waiting, so output keeps up with
// slow input.
#include <poll.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>

#include "align/attention_extract.h"
#include "align/translate_alignment.h"
#include "common/app.h"
#include "data/text_lines.h"
#include "decode/line_translator.h"
#include "io/atomic_file.h"
#include "models/saved_model.h"

namespace {

struct Flags {
  std::string model, input, output;
  int n_best = 1;
  bool scores = false;
  int chunk_batches = 8;
  std::string alignment;  // "", "hard" or "soft": appended after " ||| "
  nmt::AlignmentOutput alignment_mode = nmt::AlignmentOutput::none;
};

// Writes to stdout, or to a file that appears (atomically) only when complete.
class Output {
 public:
  explicit Output(const std::string& path) {
    if (!path.empty()) file_ = std::make_unique<nmt::AtomicFileWriter>(path);
  }
  void write(const std::string& text) {
    if (file_)
      file_->write(text);
    else
      std::cout << text;
  }
  // A full disk behind stdout must not end in exit 0 with output missing.
  void flush() {
    if (file_) return;
    errno = 0;
    std::cout.flush();
    if (!std::cout)
      throw nmt::Error(std::string("cannot write to standard output: ") +
                       (errno != 0 ? std::strerror(errno) : "write failed"));
  }
  void commit() {
    if (file_) file_->commit();
  }

 private:
  std::unique_ptr<nmt::AtomicFileWriter> file_;
};

// Standard input read with read(2), so that the app can tell whether more
// input is waiting: when the writer pauses (a user at a terminal, a program
// sending one sentence at a time), the lines read so far are translated and
// written at once rather than held back until a full chunk has arrived.
class StdinBuffer : public std::streambuf {
 public:
  // True when nothing is buffered and a read would block.
  bool idle() {
    if (gptr() < egptr()) return false;
    pollfd input{STDIN_FILENO, POLLIN, 0};
    return ::poll(&input, 1, 0) == 0;
  }
  // The reason reading stopped early, or 0 at a normal end of input.
  int read_error() const { return error_; }

 protected:
  int_type underflow() override {
    if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
    ssize_t n;
    do n = ::read(STDIN_FILENO, buffer_, sizeof buffer_);
    while (n < 0 && errno == EINTR);
    if (n < 0) error_ = errno;
    if (n <= 0) return traits_type::eof();
    setg(buffer_, buffer_, buffer_ + n);
    return traits_type::to_int_type(*gptr());
  }

 private:
  char buffer_[1 << 16];
  int error_ = 0;
};

// " ||| " and the alignment of hypothesis k, or nothing without --alignment.
std::string alignment_suffix(const nmt::LineTranslation& r, size_t k, const Flags& flags,
                             const nmt::SubwordModels& pieces) {
  if (flags.alignment_mode == nmt::AlignmentOutput::none) return "";
  if (k >= r.hypotheses.size()) return " ||| ";
  return " ||| " +
         nmt::translation_alignment(r.hypotheses[k], r.source_ids, pieces, flags.alignment_mode);
}

std::string format_results(const std::vector<nmt::LineTranslation>& results, size_t first_index,
                           const Flags& flags, const nmt::SubwordModels& pieces) {
  std::ostringstream out;
  out.precision(6);
  for (size_t i = 0; i < results.size(); ++i) {
    const nmt::LineTranslation& r = results[i];
    if (flags.n_best > 1) {
      for (size_t k = 0; k < r.texts.size(); ++k)
        out << first_index + i << " ||| " << r.texts[k] << " ||| " << r.hypotheses[k].score
            << alignment_suffix(r, k, flags, pieces) << "\n";
      if (r.texts.empty())
        out << first_index + i << " |||  ||| 0" << alignment_suffix(r, 0, flags, pieces) << "\n";
      continue;
    }
    out << (r.texts.empty() ? std::string() : r.texts[0]);
    if (flags.scores) out << " ||| " << (r.hypotheses.empty() ? 0.0f : r.hypotheses[0].score);
    out << alignment_suffix(r, 0, flags, pieces) << "\n";
  }
  return out.str();
}

int translate(const Flags& flags, nmt::TranslateOptions options) {
  nmt::SavedModel saved = nmt::load_saved_model(flags.model);
  options.search.n_best = flags.n_best;
  NMT_CHECK(options.search.beam >= flags.n_best, "--n-best ", flags.n_best,
            " needs a beam of at least that size (--beam ", options.search.beam, ")");
  if (flags.alignment_mode != nmt::AlignmentOutput::none) {
    nmt::require_attention(saved.config, flags.model);
    options.search.keep_attention = true;
  }
  nmt::LineTranslator translator(*saved.translator, *saved.pieces.src, *saved.pieces.tgt, options);

  std::ifstream file;
  StdinBuffer stdin_buffer;
  std::istream stdin_stream(&stdin_buffer);
  const bool from_stdin = flags.input.empty();
  if (!from_stdin) {
    file.open(flags.input, std::ios::binary);
    NMT_CHECK(file.good(), flags.input, ": cannot open for reading");
  }
  nmt::InputReader reader(from_stdin ? stdin_stream : file, from_stdin ? "<stdin>" : flags.input);
  Output output(flags.output);
  const bool show_progress = isatty(STDERR_FILENO);
  const auto start = std::chrono::steady_clock::now();
  const size_t chunk = static_cast<size_t>(options.batch_size) * flags.chunk_batches;
  size_t done = 0, bad_lines = 0;
  bool more = true;
  while (more) {
    std::vector<std::string> lines;
    nmt::InputLine line;
    while (lines.size() < chunk && !(from_stdin && !lines.empty() && stdin_buffer.idle()) &&
           (more = reader.next(line))) {
      if (!line.valid()) {
        std::cerr << "nmt-translate: " << reader.problem_message(line) << "; left untranslated\n";
        ++bad_lines;
        line.text.clear();
      }
      lines.push_back(line.text);
    }
    if (lines.empty()) break;
    const std::vector<nmt::LineTranslation> results = translator.translate(lines);
    for (size_t i = 0; i < results.size(); ++i)
      if (results[i].truncated)
        std::cerr << "nmt-translate: " << reader.name() << ":" << done + i + 1 << ": longer than "
                  << options.max_input_tokens << " tokens; only the start was translated\n";
    output.write(format_results(results, done, flags, saved.pieces));
    output.flush();
    done += lines.size();
    if (show_progress) {
      const double s =
          std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      std::fprintf(stderr, "\r[translate] %zu lines, %.1f lines/s", done, s > 0 ? done / s : 0.0);
    }
  }
  if (show_progress && done > 0) std::fprintf(stderr, "\n");
  if (stdin_buffer.read_error() != 0)
    throw nmt::Error(std::string("<stdin>: cannot read: ") +
                     std::strerror(stdin_buffer.read_error()));
  output.commit();
  if (bad_lines > 0) {
    std::cerr << "nmt-translate: " << bad_lines << " input line(s) could not be read; see above\n";
    return 1;
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App cli{"nmt-translate: translate text with a trained nmt model"};
  nmt::app::last_value_wins(cli);
  nmt::app::CommonFlags common;
  nmt::app::add_common_flags(cli, common);
  Flags flags;
  nmt::TranslateOptions options;
  cli.add_option("-m,--model", flags.model, "Model file from nmt-train")->required();
  cli.add_option("-i,--input", flags.input, "Input text (default: stdin)");
  cli.add_option("-o,--output", flags.output, "Output file (default: stdout), written atomically");
  cli.add_option("--beam", options.search.beam, "Beam size (1 = greedy)")
      ->check(CLI::Range(1, 1000));
  cli.add_option("--batch", options.batch_size, "Sentences per batch")
      ->check(CLI::Range(1, 100000));
  cli.add_option("--n-best", flags.n_best, "Print the K best in Moses format: i ||| text ||| score")
      ->check(CLI::Range(1, 1000));
  cli.add_flag("--scores", flags.scores, "Append ' ||| score' to each translation");
  cli.add_option("--max-length-ratio", options.search.max_length_ratio,
                 "Output at most R x source tokens + 5")
      ->check(nmt::app::finite_range(0.0, 1000.0));
  cli.add_option("--length-penalty", options.search.length_penalty,
                 "GNMT length penalty alpha (0 = none)")
      ->check(nmt::app::finite_range(0.0, 10.0));
  cli.add_option("--max-input-tokens", options.max_input_tokens,
                 "Translate only the first N tokens of longer lines")
      ->check(CLI::Range(1, 1000000));
  cli.add_option("--alignment", flags.alignment,
                 "Append ' ||| ' and the word alignment: hard (Pharaoh) or soft (weights)")
      ->check(CLI::IsMember({"hard", "soft"}));
  return nmt::app::run("nmt-translate", cli, common, argc, argv, [&] {
    if (!flags.alignment.empty())
      flags.alignment_mode = nmt::parse_alignment_output(flags.alignment);
    return translate(flags, options);
  });
}
