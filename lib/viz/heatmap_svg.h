// One sentence's attention as a standalone SVG picture: source words across
// the top (labels slanted at 45 degrees), target words down the left, one
// square per word pair shaded by weight (darker = more), a colour scale on
// the right, hard links as orange dots and gold links as magenta outlines
// (solid sure, dashed possible). Every cell has a <title> tooltip with its
// value. Self-contained: no fonts, scripts or links to fetch.
#pragma once

#include <string>

#include "viz/heatmap.h"

namespace nmt::viz {

// Throws nmt::Error if the heatmap is inconsistent (check_heatmap).
std::string heatmap_svg(const Heatmap& map);

}  // namespace nmt::viz
