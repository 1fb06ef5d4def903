// The vocabulary shortlist (Marian's lexical shortlist, CTranslate2's
// vocabulary map): decoding a batch computes the output layer and its softmax
// only over the target ids its source sentences can plausibly produce.
//
//   build_shortlist   from a parallel corpus (ids per sentence): for each
//                     source id the `per_source` target ids that co-occur with
//                     it in the most sentences, plus the `frequent` most
//                     frequent target ids; then every target id of every
//                     training pair the lists miss is added to the list of the
//                     pair's rarest source id, so the shortlist of a training
//                     sentence always holds its reference's ids.
//   shortlist_ids     the union for one batch of source ids (EOS and UNK always in)
//   OutputShortlist   the output layer restricted to those ids: log-probs
//                     [N, V] with kExcluded outside them
//
// Not here: where the table is stored (io/model_file.h), when decoding uses
// it (decode/line_translator.h, nmt-translate --shortlist).
#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include "autograd/ops.h"
#include "io/quantized_tensor.h"
#include "tensor/packed_gemm.h"
#include "tensor/qgemm.h"
#include "tensor/tensor.h"

namespace nmt {

struct ShortlistSizes {
  int per_source = 50;  // target ids kept per source id
  int frequent = 200;   // most frequent target ids, always in
};

// src[i] and tgt[i] are the ids of sentence pair i (no BOS/EOS needed).
// Ids must lie in [0, src_vocab) and [0, tgt_vocab).
ShortlistTable build_shortlist(const std::vector<std::vector<int>>& src,
                               const std::vector<std::vector<int>>& tgt, int64_t src_vocab,
                               int64_t tgt_vocab, const ShortlistSizes& sizes);

// Sorted, unique: table.frequent, EOS, UNK and by_source[s] for each id s of
// `source_ids` (ids outside the table contribute nothing).
std::vector<int32_t> shortlist_ids(const ShortlistTable& table,
                                   const std::vector<int32_t>& source_ids);

// The log-probability given to ids outside the shortlist: finite (no NaN
// from arithmetic on it) and far below any real score.
constexpr float kExcluded = -1e30f;

class OutputShortlist {
 public:
  // The columns `ids` of the output layer `full` over a vocabulary of `vocab`;
  // int8 when full.int8 is set, else packed float32 when full.packed is set.
  OutputShortlist(const Projection& full, std::vector<int32_t> ids, int64_t vocab);
  // hidden[N, D] -> the logits [N, U] of the ids, and per row the shift of
  // their log-softmax (log-prob of ids()[c] = logits[n, c] - shifts[n]) ...
  Tensor logits(const Tensor& hidden, std::vector<float>& shifts) const;
  // ... and the log-probs [N, V] they stand for: kExcluded outside the ids.
  Tensor scatter_log_probs(const Tensor& logits, const std::vector<float>& shifts) const;
  const std::vector<int32_t>& ids() const { return ids_; }

 private:
  std::vector<int32_t> ids_;
  int64_t vocab_ = 0, dim_ = 0;
  Tensor weight_;                      // [D, U] float32 (when not int8)
  std::vector<float> bias_;            // [U], empty when the layer has none
  std::unique_ptr<PackedInt8> int8_;   // [D, U] when the layer is int8
  std::unique_ptr<PackedF32> packed_;  // [D, U] when the layer is packed float32
};

}  // namespace nmt
