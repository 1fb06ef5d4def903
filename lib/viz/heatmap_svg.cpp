#include "viz/heatmap_svg.h"

#include <algorithm>
#include <cstdio>
#include <set>
#include <sstream>

#include "base/utf8.h"

namespace nmt::viz {
namespace {

constexpr int kCell = 26;           // px per word pair
constexpr double kCharWidth = 7.2;  // px per character at font-size 12 (estimate)
constexpr double kSlant = 0.7071;   // sin and cos of 45 degrees

std::string fmt(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", value);
  return buffer;
}

// East Asian wide and fullwidth characters (CJK, Hangul, kana, fullwidth
// forms) take about twice the width of a Latin letter.
bool is_wide(char32_t c) {
  return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
         (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
         (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1FAFF) ||
         (c >= 0x20000 && c <= 0x3FFFD);
}

double text_width(const std::string& word) {
  double columns = 0;
  for (char32_t c : decode_utf8(word)) columns += is_wide(c) ? 2 : 1;
  return columns * kCharWidth;
}

double longest(const std::vector<std::string>& words) {
  double width = 0;
  for (const std::string& w : words) width = std::max(width, text_width(w));
  return width;
}

struct Layout {
  double left, top, grid_w, grid_h, width, height;
};

Layout layout_of(const Heatmap& map) {
  Layout l;
  l.grid_w = kCell * static_cast<double>(map.src_words.size());
  l.grid_h = kCell * static_cast<double>(map.tgt_words.size());
  l.left = 16 + longest(map.tgt_words);
  double slanted = longest(map.src_words) * kSlant;
  l.top = 40 + slanted;
  double legend = 90;
  l.width = l.left + std::max(l.grid_w + legend, l.grid_w + slanted + 10) + 10;
  l.width = std::max(l.width, 24 + text_width(map.title) * 1.15);
  l.height = l.top + std::max(l.grid_h, 150.0) + 20;
  return l;
}

void write_labels(std::ostream& out, const Heatmap& map, const Layout& l) {
  out << "<g font-size=\"12\" fill=\"#222\">\n";
  for (size_t c = 0; c < map.src_words.size(); ++c) {
    double x = l.left + kCell * (c + 0.5) + 4, y = l.top - 6;
    out << "<text x=\"" << fmt(x) << "\" y=\"" << fmt(y) << "\" transform=\"rotate(-45 " << fmt(x)
        << " " << fmt(y) << ")\">" << xml_escape(map.src_words[c]) << "</text>\n";
  }
  for (size_t r = 0; r < map.tgt_words.size(); ++r) {
    out << "<text x=\"" << fmt(l.left - 6) << "\" y=\"" << fmt(l.top + kCell * (r + 0.5) + 4)
        << "\" text-anchor=\"end\">" << xml_escape(map.tgt_words[r]) << "</text>\n";
  }
  out << "</g>\n";
}

void write_cells(std::ostream& out, const Heatmap& map, const Layout& l) {
  out << "<g stroke=\"#ffffff\" stroke-width=\"1\">\n";
  for (int r = 0; r < map.weights.rows; ++r) {
    for (int c = 0; c < map.weights.cols; ++c) {
      float w = map.weights.at(r, c);
      char value[16];
      std::snprintf(value, sizeof value, "%.3f", w);
      out << "<rect x=\"" << fmt(l.left + kCell * c) << "\" y=\"" << fmt(l.top + kCell * r)
          << "\" width=\"" << kCell << "\" height=\"" << kCell << "\" fill=\""
          << hex_colour(weight_colour(w)) << "\"><title>" << xml_escape(map.src_words[c])
          << " \xE2\x86\x92 " << xml_escape(map.tgt_words[r]) << ": " << value
          << "</title></rect>\n";
    }
  }
  out << "</g>\n";
}

void write_links(std::ostream& out, const Heatmap& map, const Layout& l) {
  std::set<WordLink> sure(map.gold_sure.begin(), map.gold_sure.end());
  auto outline = [&](const WordLink& k, bool dashed) {
    out << "<rect x=\"" << fmt(l.left + kCell * k.first + 2) << "\" y=\""
        << fmt(l.top + kCell * k.second + 2) << "\" width=\"" << kCell - 4 << "\" height=\""
        << kCell - 4 << "\" fill=\"none\" stroke=\"#d01c8b\" stroke-width=\"2\""
        << (dashed ? " stroke-dasharray=\"4 3\"" : "") << "/>\n";
  };
  for (const WordLink& k : map.gold_possible)
    if (!sure.count(k)) outline(k, true);
  for (const WordLink& k : map.gold_sure) outline(k, false);
  for (const WordLink& k : map.links) {
    out << "<circle cx=\"" << fmt(l.left + kCell * (k.first + 0.5)) << "\" cy=\""
        << fmt(l.top + kCell * (k.second + 0.5)) << "\" r=\"4.5\" fill=\"#f16913\""
        << " stroke=\"#ffffff\" stroke-width=\"1.2\"/>\n";
  }
}

void write_legend(std::ostream& out, const Heatmap& map, const Layout& l) {
  double x = l.left + l.grid_w + 24, y = l.top, h = 120;
  out << "<defs><linearGradient id=\"ramp\" x1=\"0\" y1=\"1\" x2=\"0\" y2=\"0\">";
  for (int i = 0; i <= 4; ++i)
    out << "<stop offset=\"" << i * 25 << "%\" stop-color=\"" << hex_colour(weight_colour(i / 4.0f))
        << "\"/>";
  out << "</linearGradient></defs>\n";
  out << "<rect x=\"" << fmt(x) << "\" y=\"" << fmt(y) << "\" width=\"14\" height=\"" << h
      << "\" fill=\"url(#ramp)\" stroke=\"#888\" stroke-width=\"0.5\"/>\n";
  out << "<g font-size=\"11\" fill=\"#444\">\n";
  for (int i = 0; i <= 2; ++i)
    out << "<text x=\"" << fmt(x + 20) << "\" y=\"" << fmt(y + h - i * h / 2 + 4) << "\">"
        << (i == 0   ? "0"
            : i == 1 ? "0.5"
                     : "1")
        << "</text>\n";
  double key_y = y + h + 22;
  if (!map.links.empty()) {
    out << "<circle cx=\"" << fmt(x + 7) << "\" cy=\"" << fmt(key_y - 4)
        << "\" r=\"4.5\" fill=\"#f16913\"/><text x=\"" << fmt(x + 18) << "\" y=\"" << fmt(key_y)
        << "\">link</text>\n";
    key_y += 18;
  }
  if (!map.gold_sure.empty() || !map.gold_possible.empty()) {
    out << "<rect x=\"" << fmt(x) << "\" y=\"" << fmt(key_y - 11)
        << "\" width=\"14\" height=\"14\" fill=\"none\" stroke=\"#d01c8b\" stroke-width=\"2\"/>"
        << "<text x=\"" << fmt(x + 18) << "\" y=\"" << fmt(key_y) << "\">gold</text>\n";
  }
  out << "</g>\n";
}

}  // namespace

std::string heatmap_svg(const Heatmap& map) {
  check_heatmap(map);
  Layout l = layout_of(map);
  std::ostringstream out;
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << fmt(l.width) << "\" height=\""
      << fmt(l.height) << "\" viewBox=\"0 0 " << fmt(l.width) << " " << fmt(l.height)
      << "\" font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\">\n"
      << "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n";
  if (!map.title.empty())
    out << "<text x=\"12\" y=\"22\" font-size=\"14\" font-weight=\"bold\" fill=\"#222\">"
        << xml_escape(map.title) << "</text>\n";
  write_labels(out, map, l);
  write_cells(out, map, l);
  write_links(out, map, l);
  write_legend(out, map, l);
  out << "</svg>\n";
  return out.str();
}

}  // namespace nmt::viz
