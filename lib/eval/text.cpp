#include "eval/text.h"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "base/error.h"
#include "base/utf8.h"
#include "eval/unicode_tables.h"

namespace nmt::eval {
namespace {

// Decodes the code point at text[i] of valid UTF-8; returns its byte length.
size_t decode_at(std::string_view text, size_t i, char32_t* cp) {
  const auto b = [&](size_t k) { return static_cast<unsigned char>(text[i + k]) & 0x3Fu; };
  const unsigned char b0 = static_cast<unsigned char>(text[i]);
  if (b0 < 0x80) {
    *cp = b0;
    return 1;
  }
  if (b0 < 0xE0) {
    *cp = ((b0 & 0x1Fu) << 6) | b(1);
    return 2;
  }
  if (b0 < 0xF0) {
    *cp = ((b0 & 0x0Fu) << 12) | (b(1) << 6) | b(2);
    return 3;
  }
  *cp = ((b0 & 0x07u) << 18) | (b(1) << 12) | (b(2) << 6) | b(3);
  return 4;
}

char32_t lower_code_point(char32_t c) {
  if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
  for (size_t r = 0; r < detail::kLowerRunCount; ++r) {
    const detail::LowerRun& run = detail::kLowerRuns[r];
    if (run.first > c) break;
    if (c <= run.last && (c - run.first) % run.stride == 0) {
      return static_cast<char32_t>(static_cast<int32_t>(c) + run.delta);
    }
  }
  return c;
}

}  // namespace

bool is_python_space(char32_t c) {
  if (c < 0x80) return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
  const char32_t* end = detail::kPythonSpaces + detail::kPythonSpaceCount;
  return std::binary_search(detail::kPythonSpaces, end, c);
}

std::vector<std::string_view> split_whitespace(std::string_view text) {
  std::vector<std::string_view> fields;
  size_t start = std::string_view::npos;
  for (size_t i = 0; i < text.size();) {
    char32_t cp;
    const size_t len = decode_at(text, i, &cp);
    if (is_python_space(cp)) {
      if (start != std::string_view::npos) fields.push_back(text.substr(start, i - start));
      start = std::string_view::npos;
    } else if (start == std::string_view::npos) {
      start = i;
    }
    i += len;
  }
  if (start != std::string_view::npos) fields.push_back(text.substr(start));
  return fields;
}

std::string_view rstrip_whitespace(std::string_view text) {
  size_t keep = 0;  // bytes up to the end of the last non-space code point
  for (size_t i = 0; i < text.size();) {
    char32_t cp;
    const size_t len = decode_at(text, i, &cp);
    i += len;
    if (!is_python_space(cp)) keep = i;
  }
  return text.substr(0, keep);
}

std::string lowercase(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    char32_t cp;
    const size_t len = decode_at(text, i, &cp);
    if (cp < 0x80) {
      out += static_cast<char>(lower_code_point(cp));
    } else if (cp == 0x130) {  // the one code point whose lowercase is two
      out += "i\xCC\x87";
    } else {
      out += encode_utf8(lower_code_point(cp));
    }
    i += len;
  }
  return out;
}

std::vector<std::string> read_lines(std::istream& in, const std::string& name) {
  std::vector<std::string> lines;
  std::string line;
  while (std::getline(in, line)) {
    const size_t bad = find_invalid_utf8(line);
    NMT_CHECK(bad == std::string_view::npos, name, ":", lines.size() + 1,
              ": invalid UTF-8 at byte ", bad, " of the line");
    // A NUL is valid UTF-8 but means a binary or UTF-16 file, not text to score.
    const size_t nul = line.find('\0');
    NMT_CHECK(nul == std::string::npos, name, ":", lines.size() + 1, ": NUL byte at byte ", nul,
              " of the line (binary file?)");
    lines.push_back(std::move(line));
  }
  NMT_CHECK(!in.bad(), name, ": read error");
  return lines;
}

std::vector<std::string> read_lines_file(const std::string& path) {
  // std::ifstream opens a directory and then reads nothing.
  struct stat info {};
  NMT_CHECK(::stat(path.c_str(), &info) != 0 || !S_ISDIR(info.st_mode), path,
            ": cannot read: is a directory");
  std::ifstream in(path, std::ios::binary);
  NMT_CHECK(in.is_open(), path, ": cannot open (", std::strerror(errno), ")");
  return read_lines(in, path);
}

}  // namespace nmt::eval
