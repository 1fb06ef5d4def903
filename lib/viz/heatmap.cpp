#include "viz/heatmap.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>

#include "base/error.h"

namespace nmt::viz {
namespace {

// Stops of the ramp, weight 0, 0.5 and 1 (close to ColorBrewer's "Blues").
constexpr Rgb kRamp[3] = {{247, 251, 255}, {107, 174, 214}, {8, 48, 107}};

uint8_t mix(uint8_t a, uint8_t b, float t) {
  return static_cast<uint8_t>(a + (b - a) * t + 0.5f);
}

void check_links(const Heatmap& map, const WordLinks& links, const char* what) {
  int cols = static_cast<int>(map.src_words.size()), rows = static_cast<int>(map.tgt_words.size());
  for (const WordLink& l : links) {
    NMT_CHECK(l.first >= 0 && l.first < cols && l.second >= 0 && l.second < rows, "heatmap '",
              map.title, "': ", what, " link ", l.first, "-", l.second, " outside ", cols,
              " source and ", rows, " target words");
  }
}

}  // namespace

void check_heatmap(const Heatmap& map) {
  NMT_CHECK(map.weights.rows == static_cast<int>(map.tgt_words.size()) &&
                map.weights.cols == static_cast<int>(map.src_words.size()) &&
                map.weights.values.size() == size_t(map.weights.rows) * map.weights.cols,
            "heatmap '", map.title, "': weights are ", map.weights.rows, "x", map.weights.cols,
            " for ", map.tgt_words.size(), " target and ", map.src_words.size(), " source words");
  check_links(map, map.links, "hard");
  check_links(map, map.gold_sure, "gold sure");
  check_links(map, map.gold_possible, "gold possible");
}

Rgb weight_colour(float weight) {
  float w = std::clamp(weight, 0.0f, 1.0f);
  if (!(w == w)) w = 0.0f;  // NaN
  const Rgb& lo = w < 0.5f ? kRamp[0] : kRamp[1];
  const Rgb& hi = w < 0.5f ? kRamp[1] : kRamp[2];
  float t = w < 0.5f ? w * 2.0f : (w - 0.5f) * 2.0f;
  return Rgb{mix(lo.r, hi.r, t), mix(lo.g, hi.g, t), mix(lo.b, hi.b, t)};
}

std::string hex_colour(Rgb c) {
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, "#%02x%02x%02x", c.r, c.g, c.b);
  return buffer;
}

std::string xml_escape(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&apos;";
        break;
      default:
        // Control characters are not allowed in XML 1.0.
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n') {
          out += "?";
        } else {
          out += c;
        }
    }
  }
  return out;
}

void write_file(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  NMT_CHECK(out, "cannot write ", path, ": ", std::strerror(errno));
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  NMT_CHECK(out, "cannot write ", path, ": write failed");
}

}  // namespace nmt::viz
