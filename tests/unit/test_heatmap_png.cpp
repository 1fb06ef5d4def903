// PNG heatmaps draw real text (librsvg, Pango, the system's fonts): accented
// Latin and CJK labels come out as their glyphs, not as the fallback box a
// missing glyph gets, and a long title is drawn whole. The box detector is
// checked on a code point no font has, so the test can tell the difference.
#include <png.h>

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "viz/heatmap_png.h"
#include "viz/heatmap_svg.h"

using namespace nmt;

namespace {

// Pixels darker than mid-grey, row-major.
struct Ink {
  int width = 0, height = 0;
  std::vector<bool> on;
  bool at(int x, int y) const { return on[static_cast<size_t>(y) * width + x]; }
};

Ink ink_of(const std::string& png_bytes) {
  png_image image{};
  image.version = PNG_IMAGE_VERSION;
  REQUIRE(png_image_begin_read_from_memory(&image, png_bytes.data(), png_bytes.size()) != 0);
  image.format = PNG_FORMAT_GRAY;
  std::vector<unsigned char> gray(PNG_IMAGE_SIZE(image));
  REQUIRE(png_image_finish_read(&image, nullptr, gray.data(), 0, nullptr) != 0);
  Ink ink;
  ink.width = static_cast<int>(image.width);
  ink.height = static_cast<int>(image.height);
  for (unsigned char g : gray) ink.on.push_back(g < 128);
  return ink;
}

// One line of text at 48 px, drawn the way heatmap labels are.
Ink render(const std::string& text) {
  const std::string svg =
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" height=\"80\" "
      "font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\"><text x=\"10\" y=\"60\" "
      "font-size=\"48\">" +
      text + "</text></svg>";
  return ink_of(viz::svg_to_png(svg, 1.0));
}

// True when the ink is a box: its bounding box's four sides are (almost)
// all ink, as in the hollow rectangle drawn for a glyph no font has.
bool is_box(const Ink& ink) {
  int x0 = ink.width, y0 = ink.height, x1 = -1, y1 = -1;
  for (int y = 0; y < ink.height; ++y)
    for (int x = 0; x < ink.width; ++x)
      if (ink.at(x, y))
        x0 = std::min(x0, x), y0 = std::min(y0, y), x1 = std::max(x1, x), y1 = std::max(y1, y);
  if (x1 < 0) return false;  // no ink at all
  const auto row_full = [&](int y) {
    int n = 0;
    for (int x = x0; x <= x1; ++x) n += ink.at(x, y);
    return n >= 0.8 * (x1 - x0 + 1);
  };
  const auto col_full = [&](int x) {
    int n = 0;
    for (int y = y0; y <= y1; ++y) n += ink.at(x, y);
    return n >= 0.8 * (y1 - y0 + 1);
  };
  return row_full(y0) && row_full(y1) && col_full(x0) && col_full(x1);
}

size_t ink_count(const Ink& ink) {
  size_t n = 0;
  for (bool b : ink.on) n += b;
  return n;
}

}  // namespace

TEST_CASE("a glyph no font has is drawn as a box (the detector works)", "[viz][png]") {
  CHECK(is_box(render("\xF4\x8F\xBF\xBD")));  // U+10FFFD, a private-use code point
  CHECK(is_box(render("\xEE\x80\x80")));      // U+E000
  CHECK_FALSE(is_box(render("x")));
}

TEST_CASE("Spanish and Chinese labels are drawn as glyphs, not boxes", "[viz][png]") {
  // Accented Latin (volverán, niño, ¿qué?) and CJK (水 water, 你好 hello, 中文).
  for (const char* text : {"\xC3\xA1", "\xC3\xB1", "\xC2\xBF", "\xE6\xB0\xB4", "\xE4\xBD\xA0",
                           "\xE5\xA5\xBD", "\xE6\x96\x87"}) {
    INFO("text " << text);
    const Ink ink = render(text);
    CHECK(ink_count(ink) > 20);
    CHECK_FALSE(is_box(ink));
  }
  // Two different CJK characters differ in ink; an accent adds ink above the letter.
  CHECK(render("\xE6\xB0\xB4").on != render("\xE7\x81\xAB").on);  // 水 vs 火
  CHECK(ink_count(render("volver\xC3\xA1n")) > ink_count(render("volvern")));
}

TEST_CASE("a PNG heatmap draws its whole title and non-ASCII words", "[viz][png]") {
  viz::Heatmap map;
  map.title = "sentence 1: layer 6, head avg, cross-attention (source \xE2\x86\x92 target)";
  map.src_words = {"\xE4\xBD\xA0\xE5\xA5\xBD", "\xE4\xB8\x96\xE7\x95\x8C"};  // 你好 世界
  map.tgt_words = {"volver\xC3\xA1n",
                   "ma\xC3\xB1"
                   "ana"};  // volverán mañana
  map.weights = viz::Matrix(2, 2, 0.5f);
  const Ink ink = ink_of(viz::heatmap_png(map));
  // The title band (the first 30 SVG px, 60 PNG px) has ink well past where the
  // old bitmap font cut titles ("sentence 1: layer .."), and a white margin after it.
  int last = -1;
  for (int y = 0; y < 60; ++y)
    for (int x = 0; x < ink.width; ++x)
      if (ink.at(x, y)) last = std::max(last, x);
  CHECK(last > 2 * (12 + 6 * 60));
  CHECK(last < ink.width - 4);
}
