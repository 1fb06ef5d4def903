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
#include <cstdint>
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
  int64_t max_input_tokens = 512;  // longer lines (of src or tgt) are refused
  // Weight products: float32 even for a model from nmt-quantize (the
  // attention is the output here), unless "int8" is asked for.
  std::string precision = "fp32";
};

// "-" is standard input for src, tgt and gold (at most one of them) and
// standard output for pharaoh, soft, aer_json and stats_json (at most one of
// them; an empty pharaoh is "-"). Other outputs are written atomically, after
// removing the temporaries a killed earlier run left beside them.
// Reports (AER, the head table, statistics, terminal heatmaps) go to `out`
// when no output file is "-" and to `info` otherwise, so stdout stays clean.
// Pictures: the heatmap directory holds one run's pictures: sent-NNNN.svg/png
// or report.html of an earlier run that this run did not rewrite are removed
// once the new ones are written, and a line on `info` says what was written.
// A src or tgt line of more than max_input_tokens pieces is refused (attention
// memory grows with the square of the length), naming file and line.
// Throws nmt::Error (one line) on any user error.
void run_align(const AlignConfig& config, std::ostream& out, std::ostream& info);

}  // namespace nmt
