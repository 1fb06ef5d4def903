#include "viz/heatmap_png.h"

#include <png.h>

#include <algorithm>
#include <csetjmp>
#include <cstdint>
#include <set>

#include "base/error.h"
#include "base/utf8.h"
#include "viz/bitmap_font.h"

namespace nmt::viz {
namespace {

constexpr int kCell = 28;
constexpr int kScale = 2;                             // font pixels per glyph pixel
constexpr int kAdvance = (kGlyphWidth + 1) * kScale;  // px per character
constexpr int kTextHeight = kGlyphHeight * kScale;
constexpr size_t kMaxLabel = 20;
constexpr Rgb kInk{34, 34, 34}, kWhite{255, 255, 255}, kOrange{241, 105, 19}, kGold{208, 28, 139};

std::u32string label(const std::string& word) {
  std::vector<char32_t> points = decode_utf8(word);
  std::u32string text(points.begin(), points.end());
  if (text.size() > kMaxLabel) text = text.substr(0, kMaxLabel - 2) + U"..";
  return text;
}

struct Canvas {
  int width, height;
  std::vector<uint8_t> rgb;

  Canvas(int w, int h) : width(w), height(h), rgb(size_t(w) * h * 3, 255) {}
  void set(int x, int y, Rgb c) {
    if (x < 0 || y < 0 || x >= width || y >= height) return;
    uint8_t* p = &rgb[(size_t(y) * width + x) * 3];
    p[0] = c.r, p[1] = c.g, p[2] = c.b;
  }
  void fill(int x, int y, int w, int h, Rgb c) {
    for (int j = y; j < y + h; ++j)
      for (int i = x; i < x + w; ++i) set(i, j, c);
  }
  // Outline of thickness 2; dashed skips every other run of 4 pixels.
  void outline(int x, int y, int w, int h, Rgb c, bool dashed) {
    for (int i = 0; i < w; ++i)
      if (!dashed || (i / 4) % 2 == 0) fill(x + i, y, 1, 2, c), fill(x + i, y + h - 2, 1, 2, c);
    for (int j = 0; j < h; ++j)
      if (!dashed || (j / 4) % 2 == 0) fill(x, y + j, 2, 1, c), fill(x + w - 2, y + j, 2, 1, c);
  }
  void disc(int cx, int cy, int radius, Rgb c) {
    for (int j = -radius; j <= radius; ++j)
      for (int i = -radius; i <= radius; ++i)
        if (i * i + j * j <= radius * radius) set(cx + i, cy + j, c);
  }
  // Horizontal text with its top-left corner at (x, y).
  void text(int x, int y, const std::u32string& s, Rgb c) {
    for (size_t k = 0; k < s.size(); ++k)
      for (int gy = 0; gy < kGlyphHeight; ++gy)
        for (int gx = 0; gx < kGlyphWidth; ++gx)
          if (glyph_pixel(s[k], gx, gy))
            fill(x + int(k) * kAdvance + gx * kScale, y + gy * kScale, kScale, kScale, c);
  }
  // Text turned 90 degrees counter-clockwise, starting at the bottom (x, y)
  // and running upwards; x is the left edge of the glyph's rotated box.
  void text_up(int x, int y, const std::u32string& s, Rgb c) {
    for (size_t k = 0; k < s.size(); ++k)
      for (int gy = 0; gy < kGlyphHeight; ++gy)
        for (int gx = 0; gx < kGlyphWidth; ++gx)
          if (glyph_pixel(s[k], gx, gy))
            fill(x + gy * kScale, y - (int(k) * (kGlyphWidth + 1) + gx + 1) * kScale, kScale,
                 kScale, c);
  }
};

size_t longest(const std::vector<std::string>& words) {
  size_t n = 0;
  for (const std::string& w : words) n = std::max(n, label(w).size());
  return n;
}

void draw_links(Canvas& canvas, const Heatmap& map, int left, int top) {
  std::set<WordLink> sure(map.gold_sure.begin(), map.gold_sure.end());
  for (const WordLink& k : map.gold_possible)
    if (!sure.count(k))
      canvas.outline(left + k.first * kCell + 2, top + k.second * kCell + 2, kCell - 3, kCell - 3,
                     kGold, true);
  for (const WordLink& k : map.gold_sure)
    canvas.outline(left + k.first * kCell + 2, top + k.second * kCell + 2, kCell - 3, kCell - 3,
                   kGold, false);
  for (const WordLink& k : map.links) {
    int cx = left + k.first * kCell + kCell / 2, cy = top + k.second * kCell + kCell / 2;
    canvas.disc(cx, cy, 6, kWhite);
    canvas.disc(cx, cy, 5, kOrange);
  }
}

void draw_legend(Canvas& canvas, int x, int top) {
  const int h = 140;
  for (int j = 0; j < h; ++j)
    canvas.fill(x, top + j, 16, 1, weight_colour(1.0f - j / float(h - 1)));
  canvas.text(x + 22, top, U"1", kInk);
  canvas.text(x + 22, top + h / 2 - kTextHeight / 2, U"0.5", kInk);
  canvas.text(x + 22, top + h - kTextHeight + 4, U"0", kInk);
}

Canvas draw(const Heatmap& map) {
  int cols = static_cast<int>(map.src_words.size()), rows = static_cast<int>(map.tgt_words.size());
  int title_h = map.title.empty() ? 8 : 8 + kTextHeight + 10;
  int top = title_h + int(longest(map.src_words)) * kAdvance + 8;
  int left = 10 + int(longest(map.tgt_words)) * kAdvance + 8;
  int width = std::max(left + cols * kCell + 90, 16 + int(label(map.title).size()) * kAdvance);
  Canvas canvas(width, top + std::max(rows * kCell, 150) + 12);
  if (!map.title.empty()) canvas.text(10, 8, label(map.title), kInk);
  for (int c = 0; c < cols; ++c)
    canvas.text_up(left + c * kCell + (kCell - kTextHeight) / 2, top - 6, label(map.src_words[c]),
                   kInk);
  for (int r = 0; r < rows; ++r) {
    std::u32string word = label(map.tgt_words[r]);
    canvas.text(left - 8 - int(word.size()) * kAdvance + kScale,
                top + r * kCell + (kCell - kTextHeight) / 2 + 2, word, kInk);
  }
  // Cells are one pixel smaller than their pitch: the white gap is the grid.
  for (int r = 0; r < rows; ++r)
    for (int c = 0; c < cols; ++c)
      canvas.fill(left + c * kCell + 1, top + r * kCell + 1, kCell - 1, kCell - 1,
                  weight_colour(map.weights.at(r, c)));
  draw_links(canvas, map, left, top);
  draw_legend(canvas, left + cols * kCell + 24, top);
  return canvas;
}

void append_bytes(png_structp png, png_bytep data, png_size_t length) {
  auto* out = static_cast<std::string*>(png_get_io_ptr(png));
  out->append(reinterpret_cast<const char*>(data), length);
}

// Only plain data lives in this frame: libpng reports errors by longjmp.
bool encode(const Canvas& canvas, std::string& out, std::vector<png_bytep>& row_pointers) {
  png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
  if (!png) return false;
  png_infop info = png_create_info_struct(png);
  if (!info || setjmp(png_jmpbuf(png))) {
    png_destroy_write_struct(&png, &info);
    return false;
  }
  png_set_write_fn(png, &out, append_bytes, nullptr);
  png_set_IHDR(png, info, canvas.width, canvas.height, 8, PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE,
               PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
  png_write_info(png, info);
  png_write_image(png, row_pointers.data());
  png_write_end(png, nullptr);
  png_destroy_write_struct(&png, &info);
  return true;
}

}  // namespace

std::string heatmap_png(const Heatmap& map) {
  check_heatmap(map);
  Canvas canvas = draw(map);
  std::vector<png_bytep> rows(canvas.height);
  for (int y = 0; y < canvas.height; ++y)
    rows[y] = const_cast<png_bytep>(&canvas.rgb[size_t(y) * canvas.width * 3]);
  std::string out;
  NMT_CHECK(encode(canvas, out, rows), "heatmap '", map.title, "': libpng could not write the PNG");
  return out;
}

}  // namespace nmt::viz
