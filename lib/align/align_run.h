// One nmt-align run, from a config parsed at the edge: read the sentences
// (and a gold file), run the model (forced alignment of given pairs, or
// search and align its own output), pick the head (fixed, average or best by
// AER), then write what was asked: Pharaoh links, AER, the head table, head
// statistics, soft JSON lines, SVG/PNG heatmaps per sentence or one HTML
// report, coloured terminal heatmaps.
// Every sentence's attention is held in memory until the end (--head best
// needs all of it before the first link is written): --max-sentences bounds it.
#pragma once

#include <cstddef>
#include <ostream>
#include <string>

#include "decode/beam_search.h"
#include "viz/terminal_heatmap.h"

namespace nmt {

struct AlignConfig {
  std::string model;
  std::string src;
  std::string tgt;      // empty: the model translates src and aligns its output
  std::string pharaoh;  // empty: Pharaoh links to `out`
  std::string soft;     // JSON lines file
  std::string gold;     // gold Pharaoh file for AER
  bool gold_one_based = false;
  bool per_sentence = false;      // AER of every sentence too
  std::string aer_json;           // AER as JSON to this file
  std::string method = "argmax";  // argmax | shift | threshold:T
  int layer = -1;                 // -1: the last
  std::string head = "avg";       // number | avg | best
  bool stats = false;
  std::string stats_json;
  std::string heatmap_dir;
  std::string format = "svg";  // svg | png | html
  bool show = false;
  viz::TerminalColours colours = viz::TerminalColours::truecolor;
  size_t max_sentences = 0;  // 0: all
  SearchConfig search;       // without --tgt
  int batch_size = 32;
};

// Pharaoh links go to `out` unless config.pharaoh names a file. Reports (AER,
// the head table, statistics, terminal heatmaps) go to `out` when the links
// are in a file and to `info` otherwise, so stdout stays a clean Pharaoh file.
// Throws nmt::Error (one line) on any user error.
void run_align(const AlignConfig& config, std::ostream& out, std::ostream& info);

}  // namespace nmt
