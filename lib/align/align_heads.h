// Which cross-attention head a hard alignment is read from: a layer and a
// head number or the average of the layer's heads, checked against the
// model's shape; hard word links of every sentence for that head; and the
// search for the best head (every layer and head, and each layer's average,
// scored by AER on a gold set). Layers and heads are numbered from 0.
// Not here: running the model (attention_extract.h), files (align_run.h).
#pragma once

#include <string>
#include <vector>

#include "align/attention_extract.h"
#include "eval/aer.h"
#include "eval/pharaoh.h"
#include "viz/word_alignment.h"

namespace nmt {

struct HeadChoice {
  int layer = -1;  // -1: the last layer
  int head = -1;   // -1: the average of the layer's heads
};

// "layer 2 head avg", "layer 0 head 3".
std::string head_choice_name(const HeadChoice& choice);

// What --head asks for: one head by number, the average of the layer's heads,
// or the best head by AER on a gold set.
enum class HeadMode { number, average, best };
struct HeadSelection {
  HeadMode mode = HeadMode::average;
  int number = 0;  // for HeadMode::number
};

// --head: a number from 0, "avg" or "best"; throws OptionError (a usage
// error) naming the text otherwise.
HeadSelection parse_head(const std::string& text);
std::string head_selection_name(const HeadSelection& selection);  // "3", "avg", "best"

// Resolves layer -1 to the last layer and checks both numbers against the
// model: "--layer 3 out of range: the model has 2 decoder layers with
// cross-attention (0..1)", "--head 4 out of range: ...".
HeadChoice resolve_head(const HeadChoice& choice, const AttentionShape& shape);

// The chosen head's piece-level cross-attention of one sentence.
viz::Matrix head_matrix(const LayerHeads& cross, const HeadChoice& choice);

// Hard word links (Pharaoh order) of every sentence from one head.
std::vector<eval::Alignment> align_pairs(const std::vector<PairAttention>& pairs,
                                         const HeadChoice& choice, const viz::AlignSpec& spec);

struct HeadScore {
  HeadChoice choice;
  eval::AerCounts counts;
};

// Every head and each layer's average (only layer `only_layer` if >= 0),
// scored against gold. Throws if gold and pairs differ in length.
std::vector<HeadScore> score_heads(const std::vector<PairAttention>& pairs,
                                   const std::vector<eval::GoldAlignment>& gold,
                                   const std::string& gold_name, const AttentionShape& shape,
                                   const viz::AlignSpec& spec, int only_layer = -1);

// Index of the lowest AER (the first on ties). scores must not be empty.
size_t best_head(const std::vector<HeadScore>& scores);

// A table "layer head AER precision recall" with the best marked, ending in
// "best: layer L head H (AER x.xx)\n".
std::string head_scores_text(const std::vector<HeadScore>& scores, const viz::AlignSpec& spec);

}  // namespace nmt
