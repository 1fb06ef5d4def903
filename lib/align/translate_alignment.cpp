#include "align/translate_alignment.h"

#include "align/align_heads.h"
#include "align/align_outputs.h"
#include "align/attention_extract.h"
#include "base/error.h"
#include "eval/pharaoh.h"

namespace nmt {

std::string translation_alignment(const Hypothesis& hypothesis, const std::vector<int>& source_ids,
                                  const SubwordModels& pieces, AlignmentOutput mode) {
  if (mode == AlignmentOutput::none || hypothesis.attention.empty()) return "";
  const LayerHeads cross = hypothesis_cross(hypothesis, static_cast<int>(source_ids.size()));
  const HeadChoice last_avg{static_cast<int>(cross.size()) - 1, -1};
  const viz::Matrix matrix = head_matrix(cross, last_avg);
  const std::vector<std::string> src = pieces_of(*pieces.src, source_ids);
  const std::vector<int> tgt_ids(hypothesis.tokens.begin(), hypothesis.tokens.end());
  const std::vector<std::string> tgt = pieces_of(*pieces.tgt, tgt_ids);
  if (mode == AlignmentOutput::hard)
    return eval::format_pharaoh(viz::align_words(matrix, src, tgt, viz::AlignSpec{}));
  return soft_alignment_text(viz::cross_to_words(matrix, src, tgt));
}

HypothesisSuffix alignment_suffix(const SubwordModels& pieces, AlignmentOutput mode) {
  if (mode == AlignmentOutput::none) return nullptr;
  return [&pieces, mode](const LineTranslation& line, size_t k) {
    if (k >= line.hypotheses.size()) return std::string(" ||| ");
    return " ||| " + translation_alignment(line.hypotheses[k], line.source_ids, pieces, mode);
  };
}

}  // namespace nmt
