// Reading text files as lines, and checking single lines, for every place text
// enters nmt (training corpora, translation input). Any byte sequence is read
// without a crash: a trailing '\r' is stripped (CR LF files), a UTF-8 byte order
// mark at the start is dropped, a last line without '\n' counts, NUL bytes and
// invalid UTF-8 are reported as line problems rather than passed on.
// Does not tokenize, and knows nothing of parallel corpora (corpus_reader.h).
#pragma once

#include <cstddef>
#include <istream>
#include <string>
#include <string_view>
#include <vector>

namespace nmt {

enum class LineProblem { None, InvalidUtf8, NulByte, Empty, TooLong };

struct LineCheck {
  LineProblem problem = LineProblem::None;
  size_t byte_offset = 0;  // of the bad byte within the line (InvalidUtf8, NulByte)
  size_t bytes = 0;        // length of the line in bytes
  bool ok() const { return problem == LineProblem::None; }
};

// Checks one line (without its '\n'). A line is Empty when it holds only ASCII
// whitespace. max_bytes == 0 means no length limit. Encoding problems win over
// Empty and TooLong, so a caller that skips short/long lines still sees them.
LineCheck check_line(std::string_view line, size_t max_bytes = 0);

// "invalid UTF-8 at byte 5 of the line", "line is 20000 bytes, over the limit of
// 10000", ...: the part of an error message after "file:line: ".
std::string describe_problem(const LineCheck& check, size_t max_bytes = 0);

// The whole file split into lines (see the header comment for the rules).
// Throws nmt::Error naming the file if it is missing, a directory or unreadable.
// An empty file gives no lines; callers that need text say so themselves.
std::vector<std::string> read_lines(const std::string& path);

// One line of translation input with its own verdict, so a translator can
// report "input.txt:7: invalid UTF-8 at byte 3" and carry on with line 8.
// Empty lines are valid input (they translate to empty lines).
struct InputLine {
  std::string text;
  size_t line_number = 0;  // 1-based
  LineCheck check;
  bool valid() const { return check.ok() || check.problem == LineProblem::Empty; }
};

// Streams lines from stdin or a file one at a time, so translation of a pipe
// can start before the input ends.
class InputReader {
 public:
  // name is used in messages ("<stdin>" for standard input); max_line_bytes 0 = no limit.
  InputReader(std::istream& in, std::string name, size_t max_line_bytes = 0);

  // Reads the next line; false at the end of input.
  bool next(InputLine& line);
  // "name:7: invalid UTF-8 at byte 3 of the line" for an invalid line.
  std::string problem_message(const InputLine& line) const;
  const std::string& name() const { return name_; }

 private:
  std::istream& in_;
  std::string name_;
  size_t max_line_bytes_;
  size_t line_number_ = 0;
};

// All lines of a translation input file; throws if it cannot be read.
std::vector<InputLine> read_input_file(const std::string& path, size_t max_line_bytes = 0);

}  // namespace nmt
