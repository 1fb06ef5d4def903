// BLEU's tokenizers, as sacreBLEU 2.x defines them (-tok 13a|none|char):
//  13a   mteval-v13a's rules (sacrebleu/tokenizers/tokenizer_13a.py and
//        tokenizer_re.py): drop "<skipped>", join "-\n", unescape &quot; &amp;
//        &lt; &gt; (in that order), pad punctuation and symbols with spaces,
//        split '.' and ',' except between digits ("3.14", "1,000" stay), split
//        '-' after a digit, then collapse whitespace.
//  none  the line unchanged.
//  char  every code point separated by a space (spaces themselves vanish when
//        BLEU splits the result into words).
// Input is one line of valid UTF-8. No lowercasing here (bleu.h does it first).
#pragma once

#include <string>
#include <string_view>

namespace nmt::eval {

enum class BleuTokenizer { thirteen_a, none, character };

std::string tokenize_13a(std::string_view line);
std::string tokenize_char(std::string_view line);
std::string tokenize(std::string_view line, BleuTokenizer tokenizer);

// "13a" | "none" | "char", as in sacreBLEU's signature.
const char* tokenizer_name(BleuTokenizer tokenizer);
// Parses a --tokenize value; throws nmt::Error listing the choices.
BleuTokenizer parse_tokenizer(const std::string& name);

}  // namespace nmt::eval
