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

#include <utility>
#include <vector>

#include "align/align_heads.h"
#include "decode/line_translator.h"
#include "models/quantize_model.h"
#include "viz/terminal_heatmap.h"
#include "viz/word_alignment.h"

namespace nmt {

enum class PictureFormat { svg, png, html };
// Their spellings, which are also the file extensions: svg, png, html.
const std::vector<std::pair<PictureFormat, std::string>>& picture_format_names();
std::string to_string(PictureFormat format);

// The options are declared once, in align_options.h.
struct AlignConfig {
  std::string model;
  std::string src;
  std::string tgt;      // empty: the model translates src and aligns its output
  std::string pharaoh;  // empty: Pharaoh links to `out`
  std::string soft;     // JSON lines file
  std::string gold;     // gold Pharaoh file for AER
  bool gold_one_based = false;
  bool per_sentence = false;  // AER of every sentence too
  std::string aer_json;       // AER as JSON to this file
  viz::AlignSpec method;      // argmax | shift | threshold:T
  int layer = -1;             // -1: the last
  HeadSelection head;         // number | avg | best
  bool stats = false;
  std::string stats_json;
  std::string heatmap_dir;
  PictureFormat format = PictureFormat::svg;
  bool show = false;
  viz::TerminalColours colours = viz::TerminalColours::truecolor;
  size_t max_sentences = 0;  // 0: all
  // The search without --tgt, sentences per model call, and the longest
  // line: longer lines (of src or tgt) are refused, not cut as nmt-translate
  // cuts them. The shortlist is not used.
  TranslateOptions decode;
  // Weight products: float32 even for a model from nmt-quantize (the
  // attention is the output here), unless int8 is asked for.
  Precision precision = Precision::Fp32;
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
