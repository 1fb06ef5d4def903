// One sentence's attention as coloured text for a terminal (for people on
// SSH): each cell is two character columns with an ANSI background colour
// from the heatmap ramp (24-bit or the 256-colour palette), target words
// label the rows on the left, source words are written vertically above
// their columns (one character per line, wide CJK characters fill the whole
// cell), hard links are marked with a dot. No cursor movement, no terminal
// queries: the text can be piped to `less -R`.
#pragma once

#include <string>

#include "viz/heatmap.h"

namespace nmt::viz {

enum class TerminalColours { truecolor, palette256 };

// Lines end in '\n'; colours are reset at the end of every line. Labels longer
// than 12 characters are cut with "~". Throws nmt::Error if the heatmap is
// inconsistent.
std::string terminal_heatmap(const Heatmap& map,
                             TerminalColours colours = TerminalColours::truecolor);

}  // namespace nmt::viz
