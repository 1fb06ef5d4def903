// From a trained translator to per-sentence attention matrices that the
// alignment and picture code (lib/viz, lib/eval) reads: for given sentence
// pairs by teacher forcing (forced alignment), and for the model's own
// translations by beam search with attention kept. Every matrix is one head of
// one layer of one sentence, piece-level, with the special positions the
// model saw (S source pieces, T target pieces):
//   cross    [T + 1][S + 1]  row t predicts target piece t (row T: </s>),
//                            last column the source </s>
//   enc_self [S + 1][S + 1]  source pieces and </s> (Transformer)
//   dec_self [T + 1][T + 1]  <s> and the target pieces (Transformer)
// so viz::PieceAxis {src, 0, 1} / {tgt, 1, 0} describe them.
// Not here: choosing a head, hard links, files and pictures (align_run.h).
#pragma once

#include <string>
#include <vector>

#include "data/sentencepiece_model.h"
#include "decode/beam_search.h"
#include "models/translator.h"
#include "viz/word_alignment.h"

namespace nmt {

// [layer][head] piece-level matrices.
using LayerHeads = std::vector<std::vector<viz::Matrix>>;

struct PairAttention {
  std::vector<int> src_ids;  // without </s>
  std::vector<int> tgt_ids;  // without <s> and </s>
  std::vector<std::string> src_pieces;
  std::vector<std::string> tgt_pieces;
  LayerHeads cross;     // empty for a model without attention
  LayerHeads enc_self;  // Transformer only, when asked for
  LayerHeads dec_self;  // Transformer only, when asked for
};

struct ExtractOptions {
  int batch_size = 32;          // sentences per model call
  bool self_attention = false;  // also keep encoder and decoder self-attention
};

// True unless the model is an RNN trained with --attention none.
bool has_attention(const ModelConfig& config);

// How many layers and heads each kind of attention has (RNN: one layer with
// one head of cross-attention, no self-attention).
struct AttentionShape {
  int cross_layers = 0;
  int heads = 0;
  int enc_layers = 0;  // self-attention layers of the encoder
  int dec_layers = 0;  // self-attention layers of the decoder
};
AttentionShape attention_shape(const ModelConfig& config);
// Throws "MODEL has no attention (trained with --attention none): nothing to
// align" for such a model.
void require_attention(const ModelConfig& config, const std::string& model_name);

// Teacher-forced attention of the given pairs (equally many lines, valid
// UTF-8; empty lines are fine). Results in input order.
std::vector<PairAttention> forced_attention(Translator& model, const SubwordModels& pieces,
                                            const std::vector<std::string>& src,
                                            const std::vector<std::string>& tgt,
                                            const ExtractOptions& options);

// Teacher-forced attention of pairs whose ids (and pieces) are already set:
// fills cross, and enc_self/dec_self if options.self_attention.
void attend_pairs(Translator& model, std::vector<PairAttention>& pairs,
                  const ExtractOptions& options);

// The model translates the sources (search: beam size, length penalty, ...;
// the best hypothesis is kept) and its cross-attention during search is
// recorded. With options.self_attention the self-attention of the same
// output is read by one teacher-forced pass. An empty line gives an empty
// translation (its cross-attention a zero </s> row).
std::vector<PairAttention> search_attention(Translator& model, const SubwordModels& pieces,
                                            const std::vector<std::string>& src,
                                            const SearchConfig& search,
                                            const ExtractOptions& options);

// One hypothesis's kept attention (beam_search.h) as cross [layer][head]
// matrices [T + 1][S + 1]. A hypothesis that stopped at the length limit has
// no </s> step; a zero row stands in for it (no link for its last piece
// under shift-att).
LayerHeads hypothesis_cross(const Hypothesis& hypothesis, int source_pieces);

// Pieces of ids, as the tokenizer spells them.
std::vector<std::string> pieces_of(const SentencePieceModel& model, const std::vector<int>& ids);

}  // namespace nmt
