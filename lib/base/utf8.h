// UTF-8 checking and splitting. Used wherever text enters nmt (corpora,
// references, translation input) so any byte sequence is handled without a crash.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace nmt {

// Byte offset of the first invalid sequence in text, or npos if it is valid
// UTF-8 (overlong forms, surrogates and code points above U+10FFFF are invalid).
size_t find_invalid_utf8(std::string_view text);
inline bool is_valid_utf8(std::string_view text) {
  return find_invalid_utf8(text) == std::string_view::npos;
}

// Code points of valid UTF-8 text (call is_valid_utf8 first; invalid bytes
// decode as U+FFFD, one per byte).
std::vector<char32_t> decode_utf8(std::string_view text);
std::string encode_utf8(char32_t code_point);
// Number of code points.
size_t utf8_length(std::string_view text);

}  // namespace nmt
