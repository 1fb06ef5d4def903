#include "viz/report_html.h"

#include <algorithm>
#include <cmath>
#include <sstream>

#include "base/error.h"
#include "viz/heatmap.h"
#include "viz/report_page.h"

namespace nmt::viz {
namespace {

const char* const kBase64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

std::string base64(const std::vector<uint8_t>& bytes) {
  std::string out;
  for (size_t i = 0; i < bytes.size(); i += 3) {
    uint32_t n = uint32_t(bytes[i]) << 16;
    if (i + 1 < bytes.size()) n |= uint32_t(bytes[i + 1]) << 8;
    if (i + 2 < bytes.size()) n |= bytes[i + 2];
    out += kBase64[(n >> 18) & 63];
    out += kBase64[(n >> 12) & 63];
    out += i + 1 < bytes.size() ? kBase64[(n >> 6) & 63] : '=';
    out += i + 2 < bytes.size() ? kBase64[n & 63] : '=';
  }
  return out;
}

std::string quantised(const Matrix& m) {
  std::vector<uint8_t> bytes(m.values.size());
  for (size_t i = 0; i < bytes.size(); ++i) {
    float v = std::clamp(m.values[i], 0.0f, 1.0f);
    bytes[i] = static_cast<uint8_t>(std::lround((v == v ? v : 0.0f) * 255.0f));
  }
  return "\"" + base64(bytes) + "\"";
}

void write_words(std::ostream& out, const std::vector<std::string>& words) {
  out << '[';
  for (size_t i = 0; i < words.size(); ++i) out << (i ? "," : "") << json_string(words[i]);
  out << ']';
}

void write_links(std::ostream& out, const WordLinks& links, size_t sentence, const char* what,
                 const SentenceAttention& s) {
  out << '[';
  for (size_t i = 0; i < links.size(); ++i) {
    const WordLink& k = links[i];
    NMT_CHECK(k.first >= 0 && k.first < int(s.src_words.size()) && k.second >= 0 &&
                  k.second < int(s.tgt_words.size()),
              "attention report: sentence ", sentence + 1, ": ", what, " link ", k.first, "-",
              k.second, " outside ", s.src_words.size(), " source and ", s.tgt_words.size(),
              " target words");
    out << (i ? ",[" : "[") << k.first << ',' << k.second << ']';
  }
  out << ']';
}

// [[head0, head1, ..., avg], ...] per layer.
void write_kind(std::ostream& out, const std::vector<std::vector<Matrix>>& layers, int rows,
                int cols, size_t sentence, const char* kind) {
  out << '[';
  for (size_t l = 0; l < layers.size(); ++l) {
    NMT_CHECK(!layers[l].empty(), "attention report: sentence ", sentence + 1, ": ", kind,
              " layer ", l, " has no heads");
    out << (l ? ",[" : "[");
    for (size_t h = 0; h < layers[l].size(); ++h) {
      const Matrix& m = layers[l][h];
      NMT_CHECK(m.rows == rows && m.cols == cols && m.values.size() == size_t(rows) * cols,
                "attention report: sentence ", sentence + 1, ": ", kind, " layer ", l, " head ", h,
                " is ", m.rows, "x", m.cols, " but the words need ", rows, "x", cols);
      out << quantised(m) << ',';
    }
    out << quantised(average(layers[l])) << ']';
  }
  out << ']';
}

void write_sentence(std::ostream& out, const SentenceAttention& s, size_t index) {
  int src = int(s.src_words.size()), tgt = int(s.tgt_words.size());
  out << "{\"src\":";
  write_words(out, s.src_words);
  out << ",\"tgt\":";
  write_words(out, s.tgt_words);
  out << ",\"links\":";
  write_links(out, s.links, index, "hard", s);
  out << ",\"gold\":";
  if (s.has_gold) {
    out << "{\"sure\":";
    write_links(out, s.gold_sure, index, "gold sure", s);
    out << ",\"possible\":";
    write_links(out, s.gold_possible, index, "gold possible", s);
    out << '}';
  } else {
    out << "null";
  }
  out << ",\"att\":{\"cross\":";
  write_kind(out, s.cross, tgt, src, index, "cross");
  out << ",\"enc_self\":";
  write_kind(out, s.enc_self, src, src, index, "enc_self");
  out << ",\"dec_self\":";
  write_kind(out, s.dec_self, tgt, tgt, index, "dec_self");
  out << "}}";
}

}  // namespace

std::string report_html(const AttentionReport& report) {
  std::ostringstream out;
  out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      << "<title>nmt-attention: loading</title>\n<style>\n"
      << report_css() << "</style>\n</head>\n<body>\n"
      << "<noscript>This report draws with JavaScript; please enable it.</noscript>\n"
      << "<script id=\"nmt-data\" type=\"application/json\">\n{\"title\":"
      << json_string(report.title) << ",\"links_source\":" << json_string(report.links_source)
      << ",\"layer\":" << report.layer << ",\"head\":" << report.head << ",\"sentences\":[\n";
  for (size_t i = 0; i < report.sentences.size(); ++i) {
    out << (i ? ",\n" : "");
    write_sentence(out, report.sentences[i], i);
  }
  out << "\n]}\n</script>\n<script>\n" << report_js() << "</script>\n</body>\n</html>\n";
  return out.str();
}

}  // namespace nmt::viz
