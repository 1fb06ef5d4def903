// A tiny built-in bitmap font for labels in PNG pictures (libpng draws no
// text): printable ASCII in 5x9 cells (capitals 7 rows high, 2 rows for
// descenders). Any other code point is drawn as a hollow box, so a label
// still shows how many characters it has. Drawn by nmt, not by a font file.
#pragma once

namespace nmt::viz {

constexpr int kGlyphWidth = 5;
constexpr int kGlyphHeight = 9;

// True if pixel (x, y) of the glyph for code point c is ink (0 <= x < 5,
// 0 <= y < 9, y down). Code points outside 0x20..0x7e give the box glyph.
bool glyph_pixel(char32_t c, int x, int y);

}  // namespace nmt::viz
