// The attention report of a whole run as ONE self-contained HTML file: the
// data embedded as JSON, inline CSS and JavaScript, nothing fetched (no
// server, no network). The page has a sentence picker, a grid of every layer
// and head (and their average) of cross-attention and, when given, encoder
// and decoder self-attention; a click enlarges a head; hovering a word or a
// cell highlights its row and column and shows the values; a threshold
// slider redraws hard links; gold links are drawn on top (sure, possible,
// missed, spurious) with the sentence's AER. When it has drawn, the page sets
// document.title to "nmt-attention: ready (N sentences)", or to
// "nmt-attention: error ..." if its script failed (tests read the title).
//
// Weights are stored quantised to 1/255 (base64 bytes) to keep big runs
// small; hover values and the slider work at that resolution.
#pragma once

#include <string>
#include <vector>

#include "viz/word_alignment.h"

namespace nmt::viz {

// Word-level matrices (merge_to_words) of one sentence, [layer][head].
// Shapes: cross [tgt words][src words], enc_self [src words][src words],
// dec_self [tgt words][tgt words]. A kind the model lacks stays empty (RNN:
// cross only, one layer, one head). The page adds an "avg" head per layer.
struct SentenceAttention {
  std::vector<std::string> src_words;
  std::vector<std::string> tgt_words;
  std::vector<std::vector<Matrix>> cross;
  std::vector<std::vector<Matrix>> enc_self;
  std::vector<std::vector<Matrix>> dec_self;
  WordLinks links;  // the run's hard alignment (e.g. from nmt-align's --layer/--head)
  bool has_gold = false;
  WordLinks gold_sure;
  WordLinks gold_possible;  // sure links may be repeated here or not
};

struct AttentionReport {
  std::string title;         // shown as the page heading, e.g. the model file
  std::string links_source;  // how `links` were made, e.g. "shift-att, layer 5, head avg"
  int layer = -1;            // the layer shown first (-1: the last)
  int head = -1;             // the head shown first (-1: the average)
  std::vector<SentenceAttention> sentences;
};

// Throws nmt::Error naming the sentence, kind, layer and head of any matrix
// whose shape does not fit its words, or a link outside the sentence.
std::string report_html(const AttentionReport& report);

}  // namespace nmt::viz
