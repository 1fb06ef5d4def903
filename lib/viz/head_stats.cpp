#include "viz/head_stats.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sstream>

#include "base/error.h"

namespace nmt::viz {
namespace {

double standard_deviation(const std::vector<double>& values) {
  if (values.empty()) return 0.0;
  double mean = 0.0;
  for (double v : values) mean += v;
  mean /= values.size();
  double var = 0.0;
  for (double v : values) var += (v - mean) * (v - mean);
  return std::sqrt(var / values.size());
}

std::string number(double value, const char* format) {
  char buffer[40];
  std::snprintf(buffer, sizeof buffer, format, value);
  return buffer;
}

std::string head_name(int head) {
  return head < 0 ? "avg" : std::to_string(head);
}

}  // namespace

HeadSentenceStats head_sentence_stats(const Matrix& attention, const PieceAxis& cols) {
  int real = static_cast<int>(cols.pieces.size());
  NMT_CHECK(attention.cols == cols.leading + real + cols.trailing, "head statistics: matrix has ",
            attention.cols, " columns for ", real, " pieces and ", cols.leading + cols.trailing,
            " special positions");
  std::vector<int> word = piece_word_index(cols.pieces);
  HeadSentenceStats stats;
  stats.positions = attention.rows;
  stats.coverage.assign(word.empty() ? 0 : word.back() + 1, 0.0);
  for (int r = 0; r < attention.rows; ++r) {
    double entropy = 0.0, max = 0.0, special = 0.0;
    for (int c = 0; c < attention.cols; ++c) {
      double p = attention.at(r, c);
      if (p > 0.0) entropy -= p * std::log(p);
      max = std::max(max, p);
      int piece = c - cols.leading;
      if (piece < 0 || piece >= real) {
        special += p;
      } else {
        stats.coverage[word[piece]] += p;
      }
    }
    stats.entropy += entropy;
    stats.mean_max += max;
    stats.special_share += special;
  }
  if (attention.rows > 0) {
    stats.entropy /= attention.rows;
    stats.mean_max /= attention.rows;
    stats.special_share /= attention.rows;
  }
  return stats;
}

void HeadStatsTable::add(const HeadKey& key, const HeadSentenceStats& stats) {
  auto same = [&](const Sums& s) {
    return s.key.kind == key.kind && s.key.layer == key.layer && s.key.head == key.head;
  };
  auto it = std::find_if(sums_.begin(), sums_.end(), same);
  if (it == sums_.end()) {
    sums_.push_back(Sums{key});
    it = sums_.end() - 1;
  }
  // Row means are weighted back into row sums so the run figure is a mean over rows.
  it->sentences += 1;
  it->positions += stats.positions;
  it->entropy += stats.entropy * stats.positions;
  it->mean_max += stats.mean_max * stats.positions;
  it->special += stats.special_share * stats.positions;
  it->coverage_sd += standard_deviation(stats.coverage);
}

std::vector<HeadStats> HeadStatsTable::heads() const {
  std::vector<HeadStats> result;
  for (const Sums& s : sums_) {
    HeadStats h;
    h.key = s.key;
    h.sentences = s.sentences;
    h.positions = s.positions;
    double rows = s.positions > 0 ? static_cast<double>(s.positions) : 1.0;
    h.entropy = s.entropy / rows;
    h.mean_max = s.mean_max / rows;
    h.special_share = s.special / rows;
    h.coverage_sd = s.sentences > 0 ? s.coverage_sd / s.sentences : 0.0;
    result.push_back(h);
  }
  return result;
}

std::string HeadStatsTable::text() const {
  std::ostringstream out;
  out << "kind      layer  head  entropy  mean_max  eos_share  coverage_sd  positions\n";
  for (const HeadStats& h : heads()) {
    char line[160];
    std::snprintf(line, sizeof line, "%-8s  %5d  %4s  %7.3f  %8.3f  %9.3f  %11.3f  %9zu\n",
                  h.key.kind.c_str(), h.key.layer, head_name(h.key.head).c_str(), h.entropy,
                  h.mean_max, h.special_share, h.coverage_sd, h.positions);
    out << line;
  }
  return out.str();
}

std::string HeadStatsTable::json() const {
  std::ostringstream out;
  out << "{\"heads\":[";
  bool first = true;
  for (const HeadStats& h : heads()) {
    out << (first ? "" : ",") << "{\"kind\":\"" << h.key.kind << "\",\"layer\":" << h.key.layer
        << ",\"head\":";
    if (h.key.head < 0) {
      out << "\"avg\"";
    } else {
      out << h.key.head;
    }
    out << ",\"sentences\":" << h.sentences << ",\"positions\":" << h.positions
        << ",\"entropy\":" << number(h.entropy, "%.17g")
        << ",\"mean_max\":" << number(h.mean_max, "%.17g")
        << ",\"eos_share\":" << number(h.special_share, "%.17g")
        << ",\"coverage_sd\":" << number(h.coverage_sd, "%.17g") << '}';
    first = false;
  }
  out << "]}\n";
  return out.str();
}

}  // namespace nmt::viz
