// Streaming translation, the body of nmt-translate: lines are read from a
// file or standard input in chunks, translated in length-sorted batches
// (line_translator.h) and written in input order, a chunk at a time. A chunk
// ends early when standard input has nothing more waiting, so output keeps up
// with slow input (a user at a terminal, a program sending one sentence at a
// time). Lines that cannot be read (invalid UTF-8, NUL bytes) are reported
// and left untranslated (an empty output line); overlong lines are cut and
// reported.
//
// Output formats, one line per input line (Marian's and Moses's):
//   text                              default
//   text ||| score                    scores
//   i ||| text ||| score              n_best > 1, K lines per input line,
//                                     i 0-based; an empty input gives
//                                     "i |||  ||| 0"
// each followed by what a HypothesisSuffix returns (nmt-translate: " ||| "
// and the word alignment, align/translate_alignment.h).
// Not here: where the output goes (the caller's sink), the model file, flags.
#pragma once

#include <cstddef>
#include <functional>
#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

#include "data/text_lines.h"
#include "decode/line_translator.h"

namespace nmt {

struct StreamOptions {
  int n_best = 1;                              // > 1: n-best lines "i ||| text ||| score"
  bool scores = false;                         // " ||| score" after a single translation
  size_t chunk_lines = 256;                    // lines read before a chunk is translated, at most
  bool progress = false;                       // "\r[translate] N lines, R lines/s" on the log
  std::string log_prefix = "nmt-translate: ";  // before every message on the log
};

// What follows hypothesis k of a line on its output line (k may be past the
// last hypothesis of an empty line); empty function: nothing.
using HypothesisSuffix = std::function<std::string(const LineTranslation& line, size_t k)>;

// The output lines of `results`, whose first line is input line first_index
// (0-based, for the n-best numbering). Scores are printed with 6 significant
// digits.
std::string format_translations(const std::vector<LineTranslation>& results, size_t first_index,
                                const StreamOptions& options,
                                const HypothesisSuffix& suffix = nullptr);

// Translation input: a file, or a file descriptor (standard input) read with
// read(2), so the stream can tell whether more input is waiting right now.
class StreamInput {
 public:
  // "" or "-" reads standard input (named "<stdin>"); any other path is
  // opened as a file. Throws nmt::Error naming the path if it cannot be
  // opened or is a directory.
  explicit StreamInput(const std::string& path);
  // Reads the descriptor fd (not closed here) under `name`: tests use a pipe.
  StreamInput(int fd, std::string name);
  ~StreamInput();
  StreamInput(const StreamInput&) = delete;
  StreamInput& operator=(const StreamInput&) = delete;

  InputReader& reader() { return *reader_; }
  // True when nothing is buffered and a read would block; false for a file.
  bool idle();
  // Throws nmt::Error naming the input if reading stopped on an error
  // rather than at the end.
  void check() const;

 private:
  class FdBuffer;
  std::unique_ptr<FdBuffer> fd_buffer_;
  std::unique_ptr<std::istream> stream_;
  std::unique_ptr<InputReader> reader_;
};

struct StreamResult {
  size_t lines = 0;      // input lines read (and output lines written)
  size_t bad_lines = 0;  // lines that could not be read, left untranslated
};

// Translates every line of `input`, handing each chunk's output to `write`
// (which should flush it, so a reader on a pipe sees it at once). Messages go
// to `log`; with bad lines a summary closes them. Throws on a read error
// after writing what came before it.
StreamResult translate_stream(LineTranslator& translator, StreamInput& input,
                              const std::function<void(const std::string&)>& write,
                              const StreamOptions& options, std::ostream& log,
                              const HypothesisSuffix& suffix = nullptr);

}  // namespace nmt
