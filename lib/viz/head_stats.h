// Numbers that say what an attention head does, per sentence and summed over
// a run: how spread its rows are (entropy), how peaked (mean maximum weight),
// how much it parks on </s> (a common "no-op" sink), and how much attention
// each source word receives (coverage). Input is a piece-level matrix as the
// model gives it; nothing is drawn here.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "viz/word_alignment.h"

namespace nmt::viz {

// One head on one sentence; attention rows are [positions][cols described by
// `cols`], every row counted (for cross-attention also the </s> step).
struct HeadSentenceStats {
  int positions = 0;             // rows
  double entropy = 0;            // mean over rows of -sum p ln p, in nats
  double mean_max = 0;           // mean over rows of the largest weight
  double special_share = 0;      // mean over rows of the weight on special columns (</s>, <s>)
  std::vector<double> coverage;  // per column word: attention received, summed over rows
};

// Cross-attention: cols = {source pieces, 0, 1} (the </s> column last).
HeadSentenceStats head_sentence_stats(const Matrix& attention, const PieceAxis& cols);

// Which head: kind "cross", "enc_self" or "dec_self"; head -1 is the average
// of the layer's heads.
struct HeadKey {
  std::string kind;
  int layer = 0;
  int head = 0;
};

// A head summed over a run: entropy, mean_max and special_share are means over
// all rows of all sentences; coverage_sd is the mean over sentences of the
// standard deviation of coverage across source words (0: every word gets the
// same attention).
struct HeadStats {
  HeadKey key;
  size_t sentences = 0;
  size_t positions = 0;
  double entropy = 0;
  double mean_max = 0;
  double special_share = 0;
  double coverage_sd = 0;
};

class HeadStatsTable {
 public:
  void add(const HeadKey& key, const HeadSentenceStats& stats);
  // In the order heads were first added.
  std::vector<HeadStats> heads() const;
  // Fixed-width table with a header line; every line ends in '\n'.
  std::string text() const;
  // {"heads":[{"kind":..,"layer":..,"head":..|"avg","sentences":..,
  // "positions":..,"entropy":..,"mean_max":..,"eos_share":..,"coverage_sd":..}]} and '\n'.
  std::string json() const;

 private:
  struct Sums {
    HeadKey key;
    size_t sentences = 0, positions = 0;
    double entropy = 0, mean_max = 0, special = 0, coverage_sd = 0;
  };
  std::vector<Sums> sums_;
};

}  // namespace nmt::viz
