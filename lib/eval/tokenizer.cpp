#include "eval/tokenizer.h"

#include "base/error.h"
#include "base/utf8.h"
#include "eval/text.h"

namespace nmt::eval {
namespace {

// Python's str.replace: every non-overlapping occurrence, left to right.
std::string replace_all(std::string_view text, std::string_view from, std::string_view to) {
  std::string out;
  size_t pos = 0;
  for (size_t hit; (hit = text.find(from, pos)) != std::string_view::npos;) {
    out.append(text.substr(pos, hit - pos));
    out.append(to);
    pos = hit + from.size();
  }
  out.append(text.substr(pos));
  return out;
}

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
bool is_period_or_comma(char c) {
  return c == '.' || c == ',';
}

// The first rule's class [\{-\~\[-\` -\&\(-\+\:-\@\/]: ASCII symbols and
// punctuation except ' - . , and the digits and letters.
bool is_symbol(char c) {
  return (c >= '{' && c <= '~') || (c >= '[' && c <= '`') || (c >= ' ' && c <= '&') ||
         (c >= '(' && c <= '+') || (c >= ':' && c <= '@') || c == '/';
}

// re.sub of a two-character pattern (first, second) -> first + mid + second,
// with `before` / `after` around them: matches are found left to right and do
// not overlap, so a character consumed as `second` cannot start the next match.
// Working on bytes is exact here: the patterns test ASCII only, and a
// non-ASCII code point's bytes never are ASCII, so they match "[^0-9]" as a
// whole code point would and never start a match of their own that matters.
template <typename First, typename Second>
std::string sub_pairs(const std::string& s, First first, Second second, const char* before,
                      const char* mid, const char* after) {
  std::string out;
  out.reserve(s.size() + s.size() / 4);
  size_t i = 0;
  while (i < s.size()) {
    if (i + 1 < s.size() && first(s[i]) && second(s[i + 1])) {
      out += before;
      out += s[i];
      out += mid;
      out += s[i + 1];
      out += after;
      i += 2;
    } else {
      out += s[i++];
    }
  }
  return out;
}

std::string join_words(std::string_view text) {
  std::string out;
  for (std::string_view word : split_whitespace(text)) {
    if (!out.empty()) out += ' ';
    out.append(word);
  }
  return out;
}

}  // namespace

std::string tokenize_13a(std::string_view line) {
  std::string s = replace_all(line, "<skipped>", "");
  s = replace_all(s, "-\n", "");
  s = replace_all(s, "\n", " ");
  s = replace_all(s, "&quot;", "\"");
  s = replace_all(s, "&amp;", "&");
  s = replace_all(s, "&lt;", "<");
  s = replace_all(s, "&gt;", ">");
  s = " " + s + " ";

  std::string padded;  // rule 1: ' ' + symbol + ' '
  padded.reserve(s.size() * 2);
  for (char c : s) {
    if (is_symbol(c)) {
      padded += ' ';
      padded += c;
      padded += ' ';
    } else {
      padded += c;
    }
  }
  const auto not_digit = [](char c) { return !is_digit(c); };
  // rule 2: period/comma unless preceded by a digit: "\1 \2 "
  s = sub_pairs(padded, not_digit, is_period_or_comma, "", " ", " ");
  // rule 3: period/comma unless followed by a digit: " \1 \2"
  s = sub_pairs(s, is_period_or_comma, not_digit, " ", " ", "");
  // rule 4: dash after a digit: "\1 \2 "
  s = sub_pairs(
      s, is_digit, [](char c) { return c == '-'; }, "", " ", " ");
  return join_words(s);
}

std::string tokenize_char(std::string_view line) {
  std::string out;
  for (char32_t cp : decode_utf8(line)) {
    if (!out.empty()) out += ' ';
    out += encode_utf8(cp);
  }
  return out;
}

std::string tokenize(std::string_view line, BleuTokenizer tokenizer) {
  switch (tokenizer) {
    case BleuTokenizer::thirteen_a:
      return tokenize_13a(line);
    case BleuTokenizer::character:
      return tokenize_char(line);
    case BleuTokenizer::none:
      break;
  }
  return std::string(line);
}

const char* tokenizer_name(BleuTokenizer tokenizer) {
  switch (tokenizer) {
    case BleuTokenizer::thirteen_a:
      return "13a";
    case BleuTokenizer::character:
      return "char";
    case BleuTokenizer::none:
      break;
  }
  return "none";
}

BleuTokenizer parse_tokenizer(const std::string& name) {
  if (name == "13a") return BleuTokenizer::thirteen_a;
  if (name == "none") return BleuTokenizer::none;
  if (name == "char") return BleuTokenizer::character;
  throw Error("unknown tokenizer '" + name + "' (choose 13a, none or char)");
}

}  // namespace nmt::eval
