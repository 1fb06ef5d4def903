// Training batches by token count with length bucketing, and the reader
// position that lets --resume continue with exactly the same batches.
//
// Works on the corpus's flat arrays as they are (owned, or mapped from the
// corpus cache): the plan needs only the lengths (offsets), a batch copies only
// its own rows.
//
// Each epoch: shuffle the pairs (seeded), cut them into pools of about
// pool_batches batches worth of tokens, sort each pool by length (target, then
// source), cut each pool into batches whose padded size B x max(S, T) stays
// within max_tokens (so the target budget B x T always holds, and a long source
// cannot blow it either), then shuffle the order of the batches. A single pair
// longer than the budget becomes a batch of its own rather than being dropped.
//
// The batches themselves and their padding: batch.h. Does not tokenize
// (sentencepiece_model.h) and does not own tensors.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "base/rng.h"
#include "data/batch.h"
#include "data/encoded_corpus.h"

namespace nmt {

struct BatchOptions {
  size_t max_tokens = 4096;   // budget for B x max(S, T), padding included
  size_t max_sentences = 0;   // cap on B; 0 = none
  size_t pool_batches = 100;  // length-sorting pool, in batches worth of tokens
  // false: the whole corpus is one pool and batches come in length order, the
  // same every epoch (validation, scoring).
  bool shuffle = true;
  bool src_eos = true;  // end every source with EOS (attention can rest on it)
  uint64_t seed = 1;
};

// Where the batch stream stands: epoch, next batch within the epoch, and the
// RNG state the epoch's plan was drawn from. Saved in checkpoints.
struct BatchPosition {
  uint64_t epoch = 0;
  uint64_t index = 0;
  uint64_t rng_state = 0;
};

class Batcher {
 public:
  // Throws nmt::Error for an empty corpus or a zero token budget.
  Batcher(EncodedCorpus corpus, const BatchOptions& options);

  // The next batch; after the last batch of an epoch the next epoch begins.
  Batch next();
  // The pair indices of the next batch (advancing as next() does), for a
  // caller that builds only its part of it (make_batch_of, interleaved_part).
  std::vector<size_t> next_indices();
  // The padded batch of these pairs of the corpus, rows in the given order.
  Batch make_batch_of(const std::vector<size_t>& indices) const;
  // The position of the batch next() returns next.
  BatchPosition position() const;
  // Continue from a saved position; the following batches are exactly those the
  // saved run would have produced. Throws if it does not fit this corpus.
  void restore(const BatchPosition& position);

  uint64_t epoch() const { return epoch_; }
  size_t batches_in_epoch() const { return plan_.size(); }
  const EncodedCorpus& corpus() const { return corpus_; }

 private:
  void plan_epoch();  // draws the epoch's batches from rng_

  EncodedCorpus corpus_;
  BatchOptions options_;
  Rng rng_;
  uint64_t epoch_ = 0;
  uint64_t index_ = 0;
  uint64_t epoch_rng_state_ = 0;
  std::vector<std::vector<size_t>> plan_;  // pair indices of each batch, this epoch
};

// Part `part` of `parts` of a batch's rows, dealt round-robin: rows part,
// part + parts, ... Batches are length-sorted, so the parts come out alike in
// size and padding; their union is the batch. Data-parallel training: every
// rank takes its parts of the same global batch (train/distributed.h).
std::vector<size_t> interleaved_part(const std::vector<size_t>& indices, size_t part, size_t parts);

// The padded batch of the pairs indices[r] of a corpus (recorded in
// Batch::indices). Throws for an empty or out-of-range index list.
Batch make_corpus_batch(const EncodedCorpus& corpus, const std::vector<size_t>& indices,
                        bool src_eos = true);

// Target tokens (incl. EOS) of these pairs: what the loss averages over.
size_t target_tokens(const EncodedCorpus& corpus, const std::vector<size_t>& indices);

// Every batch of one pass in length order (shuffle is ignored): validation.
std::vector<Batch> make_all_batches(const EncodedCorpus& corpus, const BatchOptions& options);

}  // namespace nmt
