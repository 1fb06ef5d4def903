// Text handling for scoring, matching what sacreBLEU (Python) does to a line:
// str.isspace(), str.split(), str.rstrip() and str.lower() over code points of
// Python 3.11 (Unicode 14.0), and reading files line by line the way
// sacreBLEU opens them (UTF-8, lines end at '\n' only).
// Not a tokenizer (tokenizer.h) and not a general Unicode library.
#pragma once

#include <istream>
#include <string>
#include <string_view>
#include <vector>

namespace nmt::eval {

// True for the code points Python's str.isspace() accepts (ASCII space and
// \t\n\v\f\r, \x1c-\x1f, U+0085, U+00A0, U+1680, U+2000-U+200A, U+2028,
// U+2029, U+202F, U+205F, U+3000).
bool is_python_space(char32_t c);

// str.split() without arguments: fields between runs of whitespace, none empty.
// Views point into text, which must be valid UTF-8.
std::vector<std::string_view> split_whitespace(std::string_view text);

// str.rstrip(): text without trailing whitespace.
std::string_view rstrip_whitespace(std::string_view text);

// str.lower(): full Unicode lowercase (U+0130 becomes "i" + U+0307).
std::string lowercase(std::string_view text);

// The lines of a UTF-8 text: split at '\n' (a final line without '\n' counts,
// a trailing '\n' adds no empty line); '\r' and other whitespace are kept.
// Throws nmt::Error "NAME:LINE: invalid UTF-8 at byte OFFSET of the line" on
// the first invalid sequence (LINE 1-based, OFFSET 0-based), and likewise
// "NAME:LINE: NUL byte at byte OFFSET of the line (binary file?)".
std::vector<std::string> read_lines(std::istream& in, const std::string& name);
// Same for a file; throws nmt::Error naming the file if it cannot be opened.
std::vector<std::string> read_lines_file(const std::string& path);

}  // namespace nmt::eval
