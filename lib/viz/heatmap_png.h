// One sentence's attention as a PNG picture (libpng), laid out like the SVG:
// source words on top (written vertically, bottom to top), target words on
// the left, cells shaded by weight (darker = more), white grid lines, a
// colour scale on the right, hard links as orange dots, gold links as magenta
// outlines (solid sure, dashed possible). Labels use the built-in bitmap font
// (bitmap_font.h): printable ASCII is drawn, any other character is a hollow
// box, and words longer than 20 characters are cut with "..". For exact
// labels in any script use the SVG or the HTML report.
#pragma once

#include <string>

#include "viz/heatmap.h"

namespace nmt::viz {

// The PNG file's bytes (8-bit RGB). Throws nmt::Error if the heatmap is
// inconsistent or libpng fails.
std::string heatmap_png(const Heatmap& map);

}  // namespace nmt::viz
