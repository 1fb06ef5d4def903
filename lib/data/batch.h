// The batch every layer above data passes around: token ids padded into
// row-major blocks, made here and nowhere else. The batcher (batcher.h) cuts a
// corpus into Batches; line translation, forced alignment, the toy task and the
// benchmarks pad their rows with the same two functions; the models read a
// TokenBatch as it is (ids are int32_t end to end, so nothing is copied on the
// way in).
//
// Dimensions: B batch, S source length (incl. EOS), T target length (incl.
// BOS on the input side, EOS on the output side). Padding is kPadId (0); a
// row's true length counts its BOS/EOS. No masks: the models derive them from
// the lengths. Does not tokenize (sentencepiece_model.h) and owns no tensors.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace nmt {

// One padded side of a batch: ids [rows x length], padded with kPadId.
struct TokenBatch {
  int64_t rows = 0;
  int64_t length = 0;
  std::vector<int32_t> ids;      // [rows * length]
  std::vector<int32_t> lengths;  // [rows] true lengths (BOS/EOS included where present)

  // Non-pad tokens: the sum of the lengths.
  int64_t tokens() const;
};

// A source-target batch. A source-only batch (translation input) has empty
// tgt_in and tgt_out (0 rows).
struct Batch {
  TokenBatch src;               // [B x S] x_1 .. x_m EOS pad ...
  TokenBatch tgt_in;            // [B x T] BOS y_1 .. y_n pad ...
  TokenBatch tgt_out;           // [B x T] y_1 .. y_n EOS pad ... (the loss's gold ids)
  std::vector<size_t> indices;  // [B] which pairs of the corpus, row by row (if from one)
};

// A row of ids held elsewhere (a vector, or a memory-mapped corpus cache):
// pointer and length, valid while the owner lives.
struct IdSpan {
  const int32_t* ids = nullptr;
  size_t count = 0;
  IdSpan() = default;
  IdSpan(const int32_t* data, size_t n) : ids(data), count(n) {}
  IdSpan(const std::vector<int32_t>& row) : ids(row.data()), count(row.size()) {}  // NOLINT
  size_t size() const { return count; }
  const int32_t* begin() const { return ids; }
  const int32_t* end() const { return ids + count; }
  int32_t operator[](size_t i) const { return ids[i]; }
  std::vector<int32_t> to_vector() const { return {begin(), end()}; }
  bool operator==(const std::vector<int32_t>& other) const {
    return count == other.size() && std::equal(begin(), end(), other.begin());
  }
};

// The rows of a batch, by reference, in batch order.
using IdRows = std::vector<IdSpan>;

// Every row of `rows`, in order.
IdRows all_rows(const std::vector<std::vector<int32_t>>& rows);

// Marks "no BOS" / "no EOS" for pad_rows.
constexpr int32_t kNoToken = -1;

// The one padding routine: row r is bos (unless kNoToken), *rows[r], eos
// (unless kNoToken), then kPadId up to the longest row.
TokenBatch pad_rows(const IdRows& rows, int32_t bos, int32_t eos);

// Pads pairs into one batch: sources end with EOS when src_eos, target input
// starts with BOS, target output ends with EOS. An empty tgt gives a
// source-only batch. Throws unless tgt is empty or as long as src.
Batch make_batch(const IdRows& src, const IdRows& tgt, bool src_eos = true);

// The same for the pairs indices[r] of a corpus, recorded in Batch::indices.
// Throws for an empty or out-of-range index list.
Batch make_batch(const std::vector<std::vector<int32_t>>& src,
                 const std::vector<std::vector<int32_t>>& tgt, const std::vector<size_t>& indices,
                 bool src_eos = true);

}  // namespace nmt
