// One sentence's attention as a PNG picture: the SVG of heatmap_svg.h drawn
// by librsvg (text by Pango with the system's fonts through fontconfig, so a
// label in any script a font covers shows as it does in the SVG: accents,
// CJK, right-to-left), at twice the SVG's size for sharp text. The picture
// is the SVG's, element for element: one layout for both formats.
#pragma once

#include <string>

#include "viz/heatmap.h"

namespace nmt::viz {

// The PNG file's bytes (8-bit RGB). Throws nmt::Error if the heatmap is
// inconsistent or rendering fails.
std::string heatmap_png(const Heatmap& map);

// Any SVG document as PNG bytes, scale pixels per SVG pixel, on white.
// Throws nmt::Error with librsvg's or cairo's message.
std::string svg_to_png(const std::string& svg, double scale);

}  // namespace nmt::viz
