// What every attention picture shares: the heatmap of one sentence (word
// labels, a word-level weight matrix, links to mark), the colour ramp (white
// for 0 to dark blue for 1: darker = more weight, as in Bahdanau et al.'s
// figure), text escaping for XML and JSON, and writing a file. The pictures
// themselves are in heatmap_svg.h, heatmap_png.h, terminal_heatmap.h and
// report_html.h.
#pragma once

#include "base/json.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "viz/word_alignment.h"

namespace nmt::viz {

// One picture: weights [tgt_words][src_words] (merge_to_words), source words
// across the top, target words down the side. Link lists may be empty.
struct Heatmap {
  std::string title;
  std::vector<std::string> src_words;  // columns
  std::vector<std::string> tgt_words;  // rows
  Matrix weights;
  WordLinks links;          // hard alignment, drawn as dots
  WordLinks gold_sure;      // drawn as solid outlines
  WordLinks gold_possible;  // drawn as dashed outlines (sure links need not be repeated)
};

// Throws nmt::Error unless weights is [tgt_words][src_words] and every link
// is inside it.
void check_heatmap(const Heatmap& map);

struct Rgb {
  uint8_t r = 255, g = 255, b = 255;
};
// Weight clamped to [0, 1] -> colour on the ramp.
Rgb weight_colour(float weight);
// "#rrggbb"
std::string hex_colour(Rgb colour);

std::string xml_escape(std::string_view text);
// JSON string literals: the one quoting function of lib/base, safe inside <script>.
using nmt::json_string;

// Writes bytes to path (binary); throws nmt::Error naming the path on failure.
void write_file(const std::string& path, const std::string& bytes);

}  // namespace nmt::viz
