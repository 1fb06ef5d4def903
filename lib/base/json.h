// Quoting text as a JSON string, for every place nmt writes JSON by hand
// (benchmark lines, attention reports, soft alignments).
#pragma once

#include <string>
#include <string_view>

namespace nmt {

// "text" with quotes, backslashes and control characters escaped, and also
// <, > and & (as \u003c ...), so the result is safe inside an HTML <script>
// element as well as in a plain JSON file.
std::string json_string(std::string_view text);

}  // namespace nmt
