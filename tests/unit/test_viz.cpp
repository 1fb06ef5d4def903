// Attention pictures: SVG is well-formed and escapes words, PNG decodes with
// libpng to the size its layout implies, the terminal heatmap uses ANSI
// backgrounds, the HTML report is self-contained and embeds every sentence.
// The hidden "[demo]" case writes the report that tests/cli/test_report_browser.sh
// checks in a browser.
#include <png.h>

#include <catch2/catch.hpp>
#include <cmath>
#include <cstdlib>
#include <functional>
#include <string>
#include <vector>

#include "base/error.h"
#include "viz/heatmap.h"
#include "viz/heatmap_png.h"
#include "viz/heatmap_svg.h"
#include "viz/report_html.h"
#include "viz/terminal_heatmap.h"

using namespace nmt;
using Catch::Matchers::Contains;

namespace {

// A peaked, row-normalised pattern: row r looks at column r * cols / rows + shift.
viz::Matrix pattern(int rows, int cols, double shift, double width) {
  viz::Matrix m(rows, cols);
  for (int r = 0; r < rows; ++r) {
    double centre = (r + 0.5) * cols / rows - 0.5 + shift, sum = 0;
    for (int c = 0; c < cols; ++c)
      sum += m.at(r, c) = float(std::exp(-std::pow((c - centre) / width, 2)));
    for (int c = 0; c < cols; ++c) m.at(r, c) = float(m.at(r, c) / sum);
  }
  return m;
}

viz::Heatmap small_map() {
  viz::Heatmap map;
  map.title = "sentence 1 <cross> & co";
  map.src_words = {"The", "a<b&c",
                   "Stra\xC3\x9F"
                   "e",
                   "\xE6\x97\xA5\xE6\x9C\xAC"};
  map.tgt_words = {"Die", "\"quoted\"", "x"};
  map.weights = pattern(3, 4, 0.0, 0.7);
  map.links = {{0, 0}, {1, 1}, {3, 2}};
  map.gold_sure = {{0, 0}};
  map.gold_possible = {{2, 1}};
  return map;
}

// Element nesting, quoted attributes and entity use of an XML document (no DTD).
bool well_formed_xml(const std::string& x, std::string& why) {
  std::vector<std::string> open;
  for (size_t i = 0; i < x.size();) {
    if (x[i] == '&') {
      size_t semi = x.find(';', i);
      std::string entity = semi == std::string::npos ? "" : x.substr(i, semi - i + 1);
      if (entity != "&amp;" && entity != "&lt;" && entity != "&gt;" && entity != "&quot;" &&
          entity != "&apos;")
        return why = "bad entity at " + std::to_string(i), false;
      i = semi + 1;
    } else if (x[i] != '<') {
      ++i;
    } else if (x.compare(i, 2, "<?") == 0) {
      i = x.find("?>", i) + 2;
    } else if (x.compare(i, 2, "</") == 0) {
      size_t end = x.find('>', i);
      std::string name = x.substr(i + 2, end - i - 2);
      if (open.empty() || open.back() != name) return why = "unbalanced </" + name + ">", false;
      open.pop_back();
      i = end + 1;
    } else {
      size_t j = i + 1;
      while (j < x.size() && (std::isalnum(static_cast<unsigned char>(x[j])) || x[j] == ':')) ++j;
      std::string name = x.substr(i + 1, j - i - 1);
      bool quoted = false;
      for (; j < x.size() && (quoted || x[j] != '>'); ++j) {
        if (x[j] == '"') quoted = !quoted;
        if (quoted && x[j] == '<') return why = "'<' in an attribute of <" + name + ">", false;
      }
      if (name.empty() || j >= x.size()) return why = "bad tag at " + std::to_string(i), false;
      if (x[j - 1] != '/') open.push_back(name);
      i = j + 1;
    }
  }
  if (!open.empty()) return why = "<" + open.back() + "> not closed", false;
  return true;
}

size_t count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

struct Image {
  int width = 0, height = 0;
  std::vector<uint8_t> rgb;
};

Image decode_png(const std::string& bytes) {
  png_image image{};
  image.version = PNG_IMAGE_VERSION;
  REQUIRE(png_image_begin_read_from_memory(&image, bytes.data(), bytes.size()) != 0);
  image.format = PNG_FORMAT_RGB;
  Image out;
  out.width = int(image.width);
  out.height = int(image.height);
  out.rgb.resize(PNG_IMAGE_SIZE(image));
  REQUIRE(png_image_finish_read(&image, nullptr, out.rgb.data(), 0, nullptr) != 0);
  return out;
}

std::string error_of(const std::function<void()>& run) {
  try {
    run();
  } catch (const Error& e) {
    return e.what();
  }
  return "(no error)";
}

// A run like a 2-layer, 4-head Transformer's on four sentences (one with an
// empty translation), with gold.
viz::AttentionReport demo_report() {
  viz::AttentionReport report;
  report.title = "demo <model>.nmt";
  report.links_source = "shift-att, layer 1, head avg";
  std::vector<std::vector<std::string>> src = {
      {"The", "cats", "sat", "on", "the", "mat", "."},
      {"Tokyo", "is", "in", "\xE6\x97\xA5\xE6\x9C\xAC", "(Japan)", "<b>&"},
      {"A", "very", "long", "sentence", "about", "the", "street", "and", "the", "houses", "."},
      {"Amen", "."}};
  std::vector<std::vector<std::string>> tgt = {{"Die", "Katzen",
                                                "sa\xC3\x9F"
                                                "en",
                                                "auf", "der", "Matte", "."},
                                               {"Tokio", "liegt", "in", "Japan", "<b>&"},
                                               {"Ein", "sehr", "langer", "Satz",
                                                "\xC3\xBC"
                                                "ber",
                                                "die",
                                                "Stra\xC3\x9F"
                                                "e",
                                                "und", "die",
                                                "H\xC3\xA4"
                                                "user",
                                                "."},
                                               {}};  // an empty translation: nothing to draw
  for (size_t i = 0; i < src.size(); ++i) {
    viz::SentenceAttention s;
    s.src_words = src[i];
    s.tgt_words = tgt[i];
    int S = int(src[i].size()), T = int(tgt[i].size());
    for (int layer = 0; layer < 2; ++layer) {
      std::vector<viz::Matrix> cross, enc, dec;
      for (int head = 0; head < 4; ++head) {
        double shift = head == 1 ? 1.0 : head == 2 ? -1.0 : 0.0, width = head == 3 ? 3.0 : 0.6;
        cross.push_back(pattern(T, S, shift, width + 0.3 * layer));
        enc.push_back(pattern(S, S, head - 1.5, 0.8));
        dec.push_back(pattern(T, T, -head * 0.7, 0.8));
      }
      s.cross.push_back(cross);
      s.enc_self.push_back(enc);
      s.dec_self.push_back(dec);
    }
    s.links = viz::links_from_matrix(s.cross[1][0], viz::parse_align_spec("argmax"));
    s.has_gold = true;
    for (int t = 0; t < std::min(S, T); ++t) s.gold_sure.push_back({t, t});
    if (T > 0) s.gold_possible.push_back({S - 1, 0});
    report.sentences.push_back(s);
  }
  return report;
}

}  // namespace

TEST_CASE("SVG heatmap is well-formed, escapes words and draws every cell and link") {
  viz::Heatmap map = small_map();
  std::string svg = viz::heatmap_svg(map);
  std::string why;
  INFO(why);
  REQUIRE(well_formed_xml(svg, why));
  REQUIRE(svg.rfind("<?xml", 0) == 0);
  REQUIRE_THAT(svg, Contains(">a&lt;b&amp;c</text>"));
  REQUIRE_THAT(svg, Contains(">&quot;quoted&quot;</text>"));
  REQUIRE_THAT(svg, Contains(">Stra\xC3\x9F"
                             "e</text>"));
  REQUIRE_THAT(svg, Contains("sentence 1 &lt;cross&gt; &amp; co"));
  REQUIRE(svg.find("a<b") == std::string::npos);
  // 12 cells with tooltips, 3 link dots (+1 in the key), 2 gold outlines.
  REQUIRE(count(svg, "<title>") == 12);
  REQUIRE(count(svg, "<circle") == 4);
  REQUIRE(count(svg, "stroke=\"#d01c8b\"") == 3);  // 2 outlines + key
  REQUIRE(count(svg, "stroke-dasharray") == 1);
  // The darkest cell uses the darkest colour of the ramp.
  viz::Heatmap one = map;
  one.weights.at(0, 0) = 1.0f;
  REQUIRE_THAT(viz::heatmap_svg(one),
               Contains("fill=\"" + viz::hex_colour(viz::weight_colour(1)) + "\""));
  REQUIRE(svg.find("http://") == svg.find("http://www.w3.org/2000/svg"));
}

TEST_CASE("colour ramp: white for 0, dark for 1, monotonic darker") {
  int last = 3 * 256;
  for (int i = 0; i <= 20; ++i) {
    viz::Rgb c = viz::weight_colour(i / 20.0f);
    int sum = c.r + c.g + c.b;
    REQUIRE(sum < last);
    last = sum;
  }
  REQUIRE(viz::hex_colour(viz::weight_colour(-1)) == viz::hex_colour(viz::weight_colour(0)));
  REQUIRE(viz::hex_colour(viz::weight_colour(0)) == "#f7fbff");
  REQUIRE(viz::hex_colour(viz::weight_colour(1)) == "#08306b");
}

TEST_CASE("PNG heatmap decodes with libpng and grows one cell per word") {
  // The PNG is the SVG drawn at twice its size: a cell is 52 pixels.
  viz::Heatmap map = small_map();
  map.links.clear();
  map.gold_sure.clear();
  map.gold_possible.clear();
  map.weights = viz::Matrix(3, 4, 0.0f);
  map.weights.at(1, 2) = 1.0f;
  std::string png = viz::heatmap_png(map);
  REQUIRE(png.compare(0, 8, "\x89PNG\r\n\x1a\n") == 0);
  Image image = decode_png(png);
  REQUIRE(image.width > 4 * 52);
  REQUIRE(image.height > 300);
  // One full cell (50x50 inside the 2-pixel grid lines) has the darkest colour.
  viz::Rgb dark = viz::weight_colour(1.0f);
  size_t dark_pixels = 0;
  for (size_t i = 0; i < image.rgb.size(); i += 3)
    dark_pixels +=
        image.rgb[i] == dark.r && image.rgb[i + 1] == dark.g && image.rgb[i + 2] == dark.b;
  REQUIRE(dark_pixels >= 49 * 49);
  REQUIRE(dark_pixels < 52 * 52);
  // One more source word (short label) adds one cell of width; target words past
  // the legend's height add one cell of height each.
  viz::Heatmap wider = map;
  wider.src_words.push_back("x");
  wider.weights = viz::Matrix(3, 5, 0.0f);
  REQUIRE(decode_png(viz::heatmap_png(wider)).width == image.width + 52);
  viz::Heatmap tall = map;
  tall.tgt_words.assign(10, "y");
  tall.weights = viz::Matrix(10, 4, 0.0f);
  viz::Heatmap taller = tall;
  taller.tgt_words.push_back("y");
  taller.weights = viz::Matrix(11, 4, 0.0f);
  REQUIRE(decode_png(viz::heatmap_png(taller)).height ==
          decode_png(viz::heatmap_png(tall)).height + 52);
}

TEST_CASE("pictures refuse weights that do not fit the words") {
  viz::Heatmap map = small_map();
  map.weights = viz::Matrix(4, 3);
  REQUIRE_THAT(error_of([&] { viz::heatmap_svg(map); }), Contains("weights are 4x3 for 3 target"));
  map = small_map();
  map.links.push_back({4, 0});
  REQUIRE_THAT(error_of([&] { viz::heatmap_png(map); }), Contains("hard link 4-0 outside"));
}

TEST_CASE("terminal heatmap: ANSI backgrounds, word labels, link dots, no raw escapes") {
  viz::Heatmap map = small_map();
  map.tgt_words[2] = "evil\x1b[2J";
  std::string text = viz::terminal_heatmap(map);
  REQUIRE_THAT(text, Contains("\x1b[48;2;"));
  REQUIRE_THAT(text, Contains("Die "));
  REQUIRE_THAT(text, Contains("\xE2\x97\x8F"));  // a link dot
  REQUIRE(text.find("\x1b[2J") == std::string::npos);
  REQUIRE_THAT(text, Contains("evil?[2J"));
  // Every line that sets a colour resets it before the newline.
  size_t start = 0;
  for (size_t nl = text.find('\n'); nl != std::string::npos; nl = text.find('\n', start)) {
    std::string line = text.substr(start, nl - start);
    size_t colour = line.rfind("\x1b[48");
    if (colour != std::string::npos) REQUIRE(line.find("\x1b[0m", colour) != std::string::npos);
    start = nl + 1;
  }
  std::string palette = viz::terminal_heatmap(map, viz::TerminalColours::palette256);
  REQUIRE_THAT(palette, Contains("\x1b[48;5;"));
  REQUIRE(palette.find("\x1b[48;2;") == std::string::npos);
  // Source words run down their columns: the first label line starts "T" "a" "S".
  REQUIRE_THAT(text, Contains("T a S "));
}

TEST_CASE("HTML report is self-contained and embeds every sentence") {
  viz::AttentionReport report = demo_report();
  std::string html = viz::report_html(report);
  REQUIRE(html.find("http://") == std::string::npos);
  REQUIRE(html.find("https://") == std::string::npos);
  REQUIRE(html.find("src=") == std::string::npos);
  REQUIRE(count(html, "<script") == 2);
  REQUIRE(count(html, "</script>") == 2);  // no word closes the data block
  REQUIRE(count(html, "{\"src\":") == report.sentences.size());
  for (const auto& s : report.sentences)
    for (const std::string& w : s.tgt_words)
      if (w.find('<') == std::string::npos) REQUIRE_THAT(html, Contains(viz::json_string(w)));
  REQUIRE_THAT(html, Contains("\"\\u003cb\\u003e\\u0026\""));
  REQUIRE_THAT(html, Contains("nmt-attention: ready ("));
  REQUIRE_THAT(html, Contains("\"gold\":{\"sure\":[[0,0],"));
  // Sentence 1 cross: 2 layers of 4 heads + avg, 8x7 bytes = 76 base64 chars each.
  REQUIRE(html.find("\"cross\":[[\"") != std::string::npos);
}

TEST_CASE("HTML report refuses matrices and links that do not fit the words") {
  viz::AttentionReport report = demo_report();
  report.sentences[1].enc_self[1][2] = viz::Matrix(2, 2);
  REQUIRE(error_of([&] { viz::report_html(report); }) ==
          "attention report: sentence 2: enc_self layer 1 head 2 is 2x2 but the words need 6x6");
  report = demo_report();
  report.sentences[0].gold_sure.push_back({7, 0});
  REQUIRE_THAT(error_of([&] { viz::report_html(report); }),
               Contains("sentence 1: gold sure link 7-0 outside 7 source"));
}

// Not a test: the generator of tests/cli/test_report_browser.sh, which loads
// the report in a browser and parses the SVG (what the report must contain is
// asserted by "HTML report is self-contained and embeds every sentence").
// Hidden from CTest; run by tag with NMT_REPORT_OUT naming the output file.
TEST_CASE("demo report for the browser test", "[.][demo]") {
  const char* out = std::getenv("NMT_REPORT_OUT");
  INFO("set NMT_REPORT_OUT to the report file to write");
  REQUIRE((out != nullptr && *out != '\0'));
  viz::AttentionReport report = demo_report();
  viz::write_file(out, viz::report_html(report));
  const viz::SentenceAttention& s = report.sentences[0];
  viz::Heatmap map{"layer 1, head 0", s.src_words, s.tgt_words,    s.cross[1][0],
                   s.links,           s.gold_sure, s.gold_possible};
  viz::write_file(std::string(out) + ".svg", viz::heatmap_svg(map));
  viz::write_file(std::string(out) + ".png", viz::heatmap_png(map));
  viz::write_file(std::string(out) + ".term", viz::terminal_heatmap(map));
}
