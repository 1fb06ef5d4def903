// A parallel corpus turned into token ids, ready for batching. Applies the
// token-count limit that the byte-level reader cannot (corpus_reader.h): pairs
// with more subword tokens than max_tokens on either side are skipped and
// counted, or with strict set are an error naming file and line.
// Ids exclude BOS/EOS; the batcher adds them.
//
// The ids are flat: per side one array of every pair's ids and one of offsets
// (pair i is ids[offsets[i] .. offsets[i + 1])), plus the 1-based line of each
// pair. The arrays are either owned (encode_parallel, EncodedCorpusBuilder) or
// a view of memory someone else keeps alive (the memory-mapped corpus cache,
// train/corpus_cache.h); copies share them, so a copy costs nothing.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "data/batch.h"
#include "data/corpus_reader.h"
#include "data/sentencepiece_model.h"

namespace nmt {

struct EncodeOptions {
  size_t max_tokens = 0;  // per side, without BOS/EOS; 0 = no limit
  bool strict = false;
  // Called after each block of pairs with (pairs encoded, pairs in all).
  std::function<void(size_t, size_t)> progress;
};

// The arrays of an encoded corpus, wherever they live.
struct EncodedArrays {
  size_t pairs = 0;
  const uint64_t* src_offsets = nullptr;   // [pairs + 1], src_offsets[0] == 0
  const uint64_t* tgt_offsets = nullptr;   // [pairs + 1]
  const uint64_t* line_numbers = nullptr;  // [pairs]
  const int32_t* src_ids = nullptr;        // [src_offsets[pairs]]
  const int32_t* tgt_ids = nullptr;        // [tgt_offsets[pairs]]
};

class EncodedCorpus {
 public:
  EncodedCorpus() = default;
  // A view of arrays that `keeper` keeps alive (e.g. a mapped file).
  // mapped: the arrays are a read-only file mapping (pages may be released).
  EncodedCorpus(const EncodedArrays& arrays, std::shared_ptr<const void> keeper,
                bool mapped = false);

  size_t size() const { return a_.pairs; }
  IdSpan src(size_t i) const { return {a_.src_ids + a_.src_offsets[i], src_length(i)}; }
  IdSpan tgt(size_t i) const { return {a_.tgt_ids + a_.tgt_offsets[i], tgt_length(i)}; }
  size_t src_length(size_t i) const { return a_.src_offsets[i + 1] - a_.src_offsets[i]; }
  size_t tgt_length(size_t i) const { return a_.tgt_offsets[i + 1] - a_.tgt_offsets[i]; }
  size_t line_number(size_t i) const { return a_.line_numbers[i]; }
  size_t src_tokens() const { return a_.pairs ? a_.src_offsets[a_.pairs] : 0; }
  size_t tgt_tokens() const { return a_.pairs ? a_.tgt_offsets[a_.pairs] : 0; }
  const EncodedArrays& arrays() const { return a_; }
  bool mapped() const { return mapped_; }

  size_t skipped_too_long = 0;  // pairs over max_tokens

 private:
  EncodedArrays a_;
  std::shared_ptr<const void> keeper_;
  bool mapped_ = false;
};

// Appends pairs to owned arrays; finish() turns them into an EncodedCorpus.
class EncodedCorpusBuilder {
 public:
  EncodedCorpusBuilder();
  void add(const std::vector<int32_t>& src, const std::vector<int32_t>& tgt, size_t line);
  size_t size() const { return lines_.size(); }
  EncodedCorpus finish(size_t skipped_too_long = 0);  // leaves the builder empty

 private:
  std::vector<uint64_t> src_offsets_, tgt_offsets_, lines_;
  std::vector<int32_t> src_ids_, tgt_ids_;
};

// Encodes every pair (in parallel over the OpenMP pool, in blocks; the result
// does not depend on the thread count). Throws if no pair is left.
EncodedCorpus encode_parallel(const ParallelCorpus& corpus, const SentencePieceModel& src_model,
                              const SentencePieceModel& tgt_model,
                              const EncodeOptions& options = {});

}  // namespace nmt
