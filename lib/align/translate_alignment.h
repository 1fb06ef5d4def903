// The alignment nmt-translate --alignment appends to a translation, as Marian
// prints it after " ||| ": hard = Pharaoh word links, soft = one group of
// comma-separated weights over the source words per target word, groups
// separated by spaces. Both come from the cross-attention kept during search
// (beam_search.h keep_attention): the last decoder layer, the average of its
// heads, argmax for hard links (the EOS column and row left out, subword
// pieces merged to words as in docs/ALIGNMENT.md).
// Not here: choosing other layers, heads or methods (nmt-align does that).
#pragma once

#include <string>
#include <vector>

#include "data/sentencepiece_model.h"
#include "decode/beam_search.h"
#include "decode/decode_options.h"
#include "decode/translate_stream.h"

namespace nmt {

// The alignment text (no " ||| ", no newline) of one hypothesis whose
// attention was kept; source_ids as the model saw them, without EOS. An
// empty hypothesis without attention (an empty input line) gives "".
std::string translation_alignment(const Hypothesis& hypothesis, const std::vector<int>& source_ids,
                                  const SubwordModels& pieces, AlignmentOutput mode);

// For translate_stream: " ||| " and the alignment of hypothesis k, as
// nmt-translate --alignment prints it (" ||| " alone past the last
// hypothesis); none: no function. The pieces must outlive the function.
HypothesisSuffix alignment_suffix(const SubwordModels& pieces, AlignmentOutput mode);

}  // namespace nmt
