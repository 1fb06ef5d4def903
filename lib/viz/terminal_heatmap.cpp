#include "viz/terminal_heatmap.h"

#include <algorithm>
#include <set>
#include <sstream>

#include "base/utf8.h"

namespace nmt::viz {
namespace {

constexpr size_t kMaxLabel = 12;
const char* const kReset = "\x1b[0m";

// East Asian wide and fullwidth ranges (enough for CJK, Hangul and fullwidth forms).
bool is_wide(char32_t c) {
  return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
         (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
         (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

// No control characters reach the terminal (an escape in a word could drive it).
std::vector<char32_t> printable_points(const std::string& text) {
  std::vector<char32_t> points = decode_utf8(text);
  for (char32_t& c : points)
    if (c < 0x20 || (c >= 0x7f && c < 0xa0)) c = U'?';
  return points;
}

std::vector<char32_t> label(const std::string& word) {
  std::vector<char32_t> text = printable_points(word);
  if (text.size() > kMaxLabel) {
    text.resize(kMaxLabel - 1);
    text.push_back(U'~');
  }
  return text;
}

size_t display_width(const std::vector<char32_t>& text) {
  size_t width = 0;
  for (char32_t c : text) width += is_wide(c) ? 2 : 1;
  return width;
}

std::string encode(const std::vector<char32_t>& text) {
  std::string out;
  for (char32_t c : text) out += encode_utf8(c);
  return out;
}

std::string printable(const std::string& text) {
  return encode(printable_points(text));
}

std::string background(Rgb c, TerminalColours colours) {
  if (colours == TerminalColours::truecolor)
    return "\x1b[48;2;" + std::to_string(c.r) + ";" + std::to_string(c.g) + ";" +
           std::to_string(c.b) + "m";
  // The 6x6x6 cube of the 256-colour palette: levels 0, 95, 135, 175, 215, 255.
  auto level = [](uint8_t v) { return v < 48 ? 0 : v < 115 ? 1 : (v - 35) / 40; };
  return "\x1b[48;5;" + std::to_string(16 + 36 * level(c.r) + 6 * level(c.g) + level(c.b)) + "m";
}

// Source words written vertically: line k holds the k-th character of each.
void write_column_labels(std::ostream& out, const Heatmap& map, size_t left_width) {
  std::vector<std::vector<char32_t>> labels;
  size_t lines = 0;
  for (const std::string& w : map.src_words) {
    labels.push_back(label(w));
    lines = std::max(lines, labels.back().size());
  }
  for (size_t k = 0; k < lines; ++k) {
    out << std::string(left_width + 1, ' ');
    for (const auto& l : labels) {
      if (k >= l.size()) {
        out << "  ";
      } else {
        out << encode({l[k]}) << (is_wide(l[k]) ? "" : " ");
      }
    }
    out << '\n';
  }
}

}  // namespace

std::string terminal_heatmap(const Heatmap& map, TerminalColours colours) {
  check_heatmap(map);
  std::set<WordLink> links(map.links.begin(), map.links.end());
  size_t left_width = 0;
  for (const std::string& w : map.tgt_words)
    left_width = std::max(left_width, display_width(label(w)));
  std::ostringstream out;
  if (!map.title.empty()) out << printable(map.title) << '\n';
  write_column_labels(out, map, left_width);
  for (int r = 0; r < map.weights.rows; ++r) {
    std::vector<char32_t> word = label(map.tgt_words[r]);
    out << std::string(left_width - display_width(word), ' ') << encode(word) << ' ';
    for (int c = 0; c < map.weights.cols; ++c) {
      float w = map.weights.at(r, c);
      // Dark cells get a white dot, light cells a black one.
      const char* fg = w > 0.45f ? "\x1b[97m" : "\x1b[30m";
      out << background(weight_colour(w), colours) << fg
          << (links.count({c, r}) ? "\xE2\x97\x8F " : "  ");
    }
    out << kReset << '\n';
  }
  out << std::string(left_width + 1, ' ');
  for (int i = 0; i <= 4; ++i) out << background(weight_colour(i / 4.0f), colours) << "  ";
  out << kReset << " 0 .. 1\n";
  return out.str();
}

}  // namespace nmt::viz
