#include "data/text_lines.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "base/error.h"
#include "base/utf8.h"

namespace nmt {
namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

bool is_blank(std::string_view line) {
  for (char c : line) {
    if (c != ' ' && c != '\t' && c != '\v' && c != '\f' && c != '\r') return false;
  }
  return true;
}

std::string strip_cr(std::string_view line) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return std::string(line);
}

std::string read_file_bytes(const std::string& path) {
  std::error_code ec;
  NMT_CHECK(!std::filesystem::is_directory(path, ec), path, ": is a directory, not a text file");
  std::ifstream in(path, std::ios::binary);
  NMT_CHECK(in.is_open(), path, ": cannot open: ", std::strerror(errno));
  // Chunked reads work for pipes too, where seeking to find the size would fail.
  std::string bytes;
  char chunk[1 << 16];
  while (in.read(chunk, sizeof chunk) || in.gcount() > 0) bytes.append(chunk, in.gcount());
  NMT_CHECK(!in.bad(), path, ": read error: ", std::strerror(errno));
  return bytes;
}

}  // namespace

LineCheck check_line(std::string_view line, size_t max_bytes) {
  LineCheck check;
  check.bytes = line.size();
  const void* nul = std::memchr(line.data(), '\0', line.size());
  size_t bad_utf8 = find_invalid_utf8(line);
  if (nul || bad_utf8 != std::string_view::npos) {
    size_t nul_at = nul ? static_cast<const char*>(nul) - line.data() : line.size();
    // Report whichever comes first, so the offset points at the first bad byte.
    if (nul_at < bad_utf8) {
      check.problem = LineProblem::NulByte;
      check.byte_offset = nul_at;
    } else {
      check.problem = LineProblem::InvalidUtf8;
      check.byte_offset = bad_utf8;
    }
  } else if (is_blank(line)) {
    check.problem = LineProblem::Empty;
  } else if (max_bytes > 0 && line.size() > max_bytes) {
    check.problem = LineProblem::TooLong;
  }
  return check;
}

std::string describe_problem(const LineCheck& check, size_t max_bytes) {
  switch (check.problem) {
    case LineProblem::None:
      return "ok";
    case LineProblem::InvalidUtf8:
      return detail::concat("invalid UTF-8 at byte ", check.byte_offset, " of the line");
    case LineProblem::NulByte:
      return detail::concat("NUL byte at byte ", check.byte_offset, " of the line (binary file?)");
    case LineProblem::Empty:
      return "empty line";
    case LineProblem::TooLong:
      return detail::concat("line is ", check.bytes, " bytes, over the limit of ", max_bytes);
  }
  return "unknown problem";
}

std::vector<std::string> read_lines(const std::string& path) {
  const std::string bytes = read_file_bytes(path);
  std::string_view rest(bytes);
  if (rest.substr(0, kByteOrderMark.size()) == kByteOrderMark) rest.remove_prefix(3);
  std::vector<std::string> lines;
  while (!rest.empty()) {
    size_t end = rest.find('\n');
    if (end == std::string_view::npos) {
      lines.push_back(strip_cr(rest));  // last line without a newline
      break;
    }
    lines.push_back(strip_cr(rest.substr(0, end)));
    rest.remove_prefix(end + 1);
  }
  return lines;
}

InputReader::InputReader(std::istream& in, std::string name, size_t max_line_bytes)
    : in_(in), name_(std::move(name)), max_line_bytes_(max_line_bytes) {}

bool InputReader::next(InputLine& line) {
  if (!std::getline(in_, line.text)) return false;
  ++line_number_;
  if (!line.text.empty() && line.text.back() == '\r') line.text.pop_back();
  if (line_number_ == 1 && line.text.compare(0, 3, kByteOrderMark) == 0) line.text.erase(0, 3);
  line.line_number = line_number_;
  line.check = check_line(line.text, max_line_bytes_);
  return true;
}

std::string InputReader::problem_message(const InputLine& line) const {
  return detail::concat(name_, ":", line.line_number, ": ",
                        describe_problem(line.check, max_line_bytes_));
}

std::vector<InputLine> read_input_file(const std::string& path, size_t max_line_bytes) {
  std::vector<InputLine> out;
  size_t number = 0;
  for (std::string& text : read_lines(path)) {
    InputLine line;
    line.check = check_line(text, max_line_bytes);
    line.text = std::move(text);
    line.line_number = ++number;
    out.push_back(std::move(line));
  }
  return out;
}

}  // namespace nmt
