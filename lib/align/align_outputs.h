// What nmt-align and nmt-translate --alignment make of one sentence's
// attention (attention_extract.h): the soft JSON line, a heatmap of the
// chosen head, the sentence's part of the HTML report, per-head statistics,
// and the Marian-style soft alignment text. Word-level matrices throughout
// (viz::merge_to_words). Not here: choosing the head (align_heads.h),
// reading inputs and writing files (align_run.h).
#pragma once

#include <string>

#include "align/align_heads.h"
#include "align/attention_extract.h"
#include "eval/pharaoh.h"
#include "viz/head_stats.h"
#include "viz/heatmap.h"
#include "viz/report_html.h"

namespace nmt {

// Word-level matrices of every layer and head of one kind:
// cross [tgt words][src words], enc_self [src][src], dec_self [tgt][tgt].
LayerHeads cross_words(const PairAttention& pair);
LayerHeads enc_self_words(const PairAttention& pair);
LayerHeads dec_self_words(const PairAttention& pair);

// One line of --soft (no '\n'): {"sentence":N (1-based),"src":[words],
// "tgt":[words],"links":[[s,t],...],"cross":[layer][head][tgt][src],
// "enc_self":...,"dec_self":...}; kinds the pair lacks are left out.
std::string soft_json_line(size_t sentence, const PairAttention& pair,
                           const eval::Alignment& links);

// The chosen head as a picture (shift-att shows the shifted rows, the ones
// its links come from); gold may be null.
viz::Heatmap sentence_heatmap(const PairAttention& pair, const HeadChoice& choice,
                              const viz::AlignSpec& spec, const eval::Alignment& links,
                              const eval::GoldAlignment* gold, const std::string& title);

// The sentence with every layer and head of every kind it has, for the report.
viz::SentenceAttention sentence_attention(const PairAttention& pair, const eval::Alignment& links,
                                          const eval::GoldAlignment* gold);

// Adds every head (and each layer's average) of every kind to the table.
void add_head_stats(viz::HeadStatsTable& table, const PairAttention& pair);

// Marian's soft alignment layout over words: one group per target word,
// groups separated by spaces, the weights over source words within a group
// separated by commas ("0.91,0.09 0.2,0.8").
std::string soft_alignment_text(const viz::Matrix& words);

}  // namespace nmt
