// Text in, text out: SentencePiece-encodes sentences, sorts them by length
// into mini-batches (little padding), runs beam search on each batch, decodes
// the hypotheses back to text and returns everything in input order.
// The caller streams: it hands over a chunk of lines at a time and writes the
// results before reading more, so memory stays flat on endless input.
// Not here: reading files or checking encodings (data/text_lines.h), output
// formats and streaming (translate_stream.h).
#pragma once

#include <string>
#include <vector>

#include "data/sentencepiece_model.h"
#include "decode/beam_search.h"
#include "models/translator.h"

namespace nmt {

struct TranslateOptions {
  SearchConfig search;
  int batch_size = 32;             // sentences per beam-search batch
  int64_t max_input_tokens = 512;  // longer inputs are cut (and flagged) to bound memory
  // When set, each batch's output layer runs over shortlist_ids(*shortlist,
  // its source ids) only (models/output_shortlist.h). Must outlive the translator.
  const ShortlistTable* shortlist = nullptr;
};

struct LineTranslation {
  std::vector<Hypothesis> hypotheses;  // best first; empty for an empty line
  std::vector<std::string> texts;      // decoded text of each hypothesis
  std::vector<int> source_ids;         // what the model saw, without EOS
  bool truncated = false;              // the input was longer than max_input_tokens
};

class LineTranslator {
 public:
  // The model and tokenizers must outlive the translator.
  LineTranslator(StepModel& model, const SentencePieceModel& src_pieces,
                 const SentencePieceModel& tgt_pieces, const TranslateOptions& options);

  // Sentences must be valid UTF-8 (empty is fine: it translates to nothing).
  std::vector<LineTranslation> translate(const std::vector<std::string>& sentences);

  const TranslateOptions& options() const { return options_; }

 private:
  void translate_batch(const std::vector<size_t>& order, size_t begin, size_t end,
                       std::vector<LineTranslation>& results);

  StepModel& model_;
  const SentencePieceModel& src_pieces_;
  const SentencePieceModel& tgt_pieces_;
  TranslateOptions options_;
};

}  // namespace nmt
