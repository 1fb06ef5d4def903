// A parallel corpus turned into token ids, ready for batching. Applies the
// token-count limit that the byte-level reader cannot (corpus_reader.h): pairs
// with more subword tokens than max_tokens on either side are skipped and
// counted, or with strict set are an error naming file and line.
// Ids exclude BOS/EOS; the batcher adds them.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "data/corpus_reader.h"
#include "data/sentencepiece_model.h"

namespace nmt {

struct EncodeOptions {
  size_t max_tokens = 0;  // per side, without BOS/EOS; 0 = no limit
  bool strict = false;
};

struct EncodedCorpus {
  std::vector<std::vector<int>> src, tgt;  // ids of each kept pair
  std::vector<size_t> line_numbers;        // 1-based line in the corpus files
  size_t skipped_too_long = 0;             // pairs over max_tokens
  size_t size() const { return src.size(); }
};

// Encodes every pair (in parallel over the OpenMP pool; the result does not
// depend on the thread count). Throws if no pair is left.
EncodedCorpus encode_parallel(const ParallelCorpus& corpus, const SentencePieceModel& src_model,
                              const SentencePieceModel& tgt_model,
                              const EncodeOptions& options = {});

}  // namespace nmt
