#include "data/batch.h"

#include <algorithm>
#include <numeric>
#include <type_traits>

#include "base/error.h"
#include "data/special_ids.h"

namespace nmt {

// SentencePiece and the corpus hold ids as int, the models as int32_t: one
// type, so rows pass between them without a copy.
static_assert(std::is_same_v<int, int32_t>, "nmt assumes int is int32_t");

int64_t TokenBatch::tokens() const {
  return std::accumulate(lengths.begin(), lengths.end(), int64_t{0});
}

IdRows all_rows(const std::vector<std::vector<int32_t>>& rows) {
  IdRows out;
  out.reserve(rows.size());
  for (const std::vector<int32_t>& row : rows) out.push_back(row);
  return out;
}

TokenBatch pad_rows(const IdRows& rows, int32_t bos, int32_t eos) {
  TokenBatch b;
  b.rows = static_cast<int64_t>(rows.size());
  const int32_t extra = (bos != kNoToken) + (eos != kNoToken);
  b.lengths.reserve(rows.size());
  for (const IdSpan& row : rows) {
    b.lengths.push_back(static_cast<int32_t>(row.size()) + extra);
    b.length = std::max<int64_t>(b.length, b.lengths.back());
  }
  b.ids.assign(b.rows * b.length, kPadId);
  for (int64_t r = 0; r < b.rows; ++r) {
    int32_t* out = b.ids.data() + r * b.length;
    if (bos != kNoToken) *out++ = bos;
    out = std::copy(rows[r].begin(), rows[r].end(), out);
    if (eos != kNoToken) *out = eos;
  }
  return b;
}

Batch make_batch(const IdRows& src, const IdRows& tgt, bool src_eos) {
  NMT_CHECK(tgt.empty() || tgt.size() == src.size(), "make_batch: ", src.size(), " sources but ",
            tgt.size(), " targets");
  Batch b;
  b.src = pad_rows(src, kNoToken, src_eos ? kEosId : kNoToken);
  if (tgt.empty()) return b;
  b.tgt_in = pad_rows(tgt, kBosId, kNoToken);
  b.tgt_out = pad_rows(tgt, kNoToken, kEosId);
  return b;
}

Batch make_batch(const std::vector<std::vector<int32_t>>& src,
                 const std::vector<std::vector<int32_t>>& tgt, const std::vector<size_t>& indices,
                 bool src_eos) {
  NMT_CHECK(!indices.empty(), "make_batch: no pairs given");
  const bool with_tgt = !tgt.empty();
  IdRows src_rows, tgt_rows;
  for (size_t i : indices) {
    NMT_CHECK(i < src.size() && (!with_tgt || i < tgt.size()), "make_batch: pair index ", i,
              " out of range (", src.size(), " pairs)");
    src_rows.push_back(src[i]);
    if (with_tgt) tgt_rows.push_back(tgt[i]);
  }
  Batch b = make_batch(src_rows, tgt_rows, src_eos);
  b.indices = indices;
  return b;
}

}  // namespace nmt
