#include "align/align_heads.h"

#include <cstdio>
#include <cstdlib>

#include "base/error.h"
#include "base/options.h"

namespace nmt {

std::string head_choice_name(const HeadChoice& choice) {
  return "layer " + std::to_string(choice.layer) + " head " +
         (choice.head < 0 ? std::string("avg") : std::to_string(choice.head));
}

HeadSelection parse_head(const std::string& text) {
  if (text == "avg") return {HeadMode::average, 0};
  if (text == "best") return {HeadMode::best, 0};
  char* end = nullptr;
  const long value = std::strtol(text.c_str(), &end, 10);
  if (text.empty() || end != text.c_str() + text.size() || value < 0 || value >= 1000000)
    throw OptionError("--head must be a head number from 0, avg or best, not '" + text + "'");
  return {HeadMode::number, static_cast<int>(value)};
}

std::string head_selection_name(const HeadSelection& selection) {
  switch (selection.mode) {
    case HeadMode::average:
      return "avg";
    case HeadMode::best:
      return "best";
    case HeadMode::number:
      break;
  }
  return std::to_string(selection.number);
}

HeadChoice resolve_head(const HeadChoice& choice, const AttentionShape& shape) {
  HeadChoice out = choice;
  if (out.layer < 0) out.layer = shape.cross_layers - 1;
  NMT_CHECK(out.layer >= 0 && out.layer < shape.cross_layers, "--layer ", choice.layer,
            " out of range: the model has ", shape.cross_layers,
            " decoder layer(s) with cross-attention (0..", shape.cross_layers - 1, ")");
  NMT_CHECK(out.head < shape.heads, "--head ", out.head, " out of range: the model has ",
            shape.heads, " head(s) per layer (0..", shape.heads - 1, ")");
  return out;
}

viz::Matrix head_matrix(const LayerHeads& cross, const HeadChoice& choice) {
  NMT_CHECK(choice.layer >= 0 && choice.layer < static_cast<int>(cross.size()),
            "no cross-attention layer ", choice.layer);
  const std::vector<viz::Matrix>& heads = cross[choice.layer];
  if (choice.head < 0) return viz::average(heads);
  NMT_CHECK(choice.head < static_cast<int>(heads.size()), "no head ", choice.head);
  return heads[choice.head];
}

std::vector<eval::Alignment> align_pairs(const std::vector<PairAttention>& pairs,
                                         const HeadChoice& choice, const viz::AlignSpec& spec) {
  std::vector<eval::Alignment> links;
  links.reserve(pairs.size());
  for (const PairAttention& p : pairs)
    links.push_back(
        viz::align_words(head_matrix(p.cross, choice), p.src_pieces, p.tgt_pieces, spec));
  return links;
}

std::vector<HeadScore> score_heads(const std::vector<PairAttention>& pairs,
                                   const std::vector<eval::GoldAlignment>& gold,
                                   const std::string& gold_name, const AttentionShape& shape,
                                   const viz::AlignSpec& spec, int only_layer) {
  std::vector<HeadScore> scores;
  for (int layer = 0; layer < shape.cross_layers; ++layer) {
    if (only_layer >= 0 && layer != only_layer) continue;
    // A one-head layer's average is that head: scoring it twice says nothing.
    const int first = shape.heads > 1 ? -1 : 0;
    for (int head = first; head < shape.heads; ++head) {
      const HeadChoice choice{layer, head};
      const eval::AerReport report =
          eval::score_alignments(align_pairs(pairs, choice, spec), gold, gold_name);
      scores.push_back(HeadScore{choice, report.total});
    }
  }
  return scores;
}

size_t best_head(const std::vector<HeadScore>& scores) {
  NMT_CHECK(!scores.empty(), "no heads to choose from");
  size_t best = 0;
  for (size_t i = 1; i < scores.size(); ++i)
    if (scores[i].counts.aer() < scores[best].counts.aer()) best = i;
  return best;
}

std::string head_scores_text(const std::vector<HeadScore>& scores, const viz::AlignSpec& spec) {
  const size_t best = best_head(scores);
  std::string text = "cross-attention heads by AER (method " + viz::align_spec_name(spec) + ")\n";
  text += "layer  head      AER  precision   recall\n";
  char line[128];
  for (size_t i = 0; i < scores.size(); ++i) {
    const HeadScore& s = scores[i];
    const std::string head = s.choice.head < 0 ? "avg" : std::to_string(s.choice.head);
    std::snprintf(line, sizeof line, "%5d  %4s  %7.2f  %9.2f  %7.2f%s\n", s.choice.layer,
                  head.c_str(), s.counts.aer(), s.counts.precision(), s.counts.recall(),
                  i == best ? "  <- best" : "");
    text += line;
  }
  std::snprintf(line, sizeof line, "best: %s (AER %.2f)\n",
                head_choice_name(scores[best].choice).c_str(), scores[best].counts.aer());
  return text + line;
}

}  // namespace nmt
