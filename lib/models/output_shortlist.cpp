#include "models/output_shortlist.h"

#include <algorithm>
#include <numeric>

#include "base/error.h"
#include "data/special_ids.h"
#include "models/logit_shifts.h"
#include "models/translator.h"
#include "tensor/gemm.h"

namespace nmt {
namespace {

std::vector<int> unique_sorted(std::vector<int> ids) {
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

// The k ids with the largest counts (ties: smaller id first), counts > 0 only.
std::vector<int32_t> top_ids(const int32_t* counts, int64_t n, int k) {
  std::vector<int32_t> ids;
  for (int64_t t = 0; t < n; ++t)
    if (counts[t] > 0) ids.push_back(static_cast<int32_t>(t));
  auto better = [counts](int32_t a, int32_t b) {
    return counts[a] != counts[b] ? counts[a] > counts[b] : a < b;
  };
  if (static_cast<int64_t>(ids.size()) > k) {
    std::partial_sort(ids.begin(), ids.begin() + k, ids.end(), better);
    ids.resize(static_cast<size_t>(k));
  }
  std::sort(ids.begin(), ids.end());
  return ids;
}

// Co-occurrence counts for source ids in blocks of kBlock x tgt_vocab int32,
// so memory stays bounded whatever the vocabularies.
constexpr int64_t kBlock = 1024;

}  // namespace

ShortlistTable build_shortlist(const std::vector<std::vector<int>>& src,
                               const std::vector<std::vector<int>>& tgt, int64_t src_vocab,
                               int64_t tgt_vocab, const ShortlistSizes& sizes) {
  NMT_CHECK(src.size() == tgt.size(), "build_shortlist: ", src.size(), " sources but ", tgt.size(),
            " targets");
  std::vector<std::vector<int>> s_ids(src.size()), t_ids(tgt.size());
  std::vector<int32_t> t_freq(static_cast<size_t>(tgt_vocab), 0);
  std::vector<int64_t> s_count(static_cast<size_t>(src_vocab), 0);
  for (size_t i = 0; i < src.size(); ++i) {
    s_ids[i] = unique_sorted(src[i]);
    t_ids[i] = unique_sorted(tgt[i]);
    for (int s : s_ids[i]) {
      NMT_CHECK(s >= 0 && s < src_vocab, "build_shortlist: source id ", s, " out of range");
      ++s_count[s];
    }
    for (int t : tgt[i]) {
      NMT_CHECK(t >= 0 && t < tgt_vocab, "build_shortlist: target id ", t, " out of range");
      ++t_freq[t];
    }
  }
  ShortlistTable table;
  table.frequent = top_ids(t_freq.data(), tgt_vocab, sizes.frequent);
  table.by_source.resize(static_cast<size_t>(src_vocab));
  std::vector<int32_t> counts;
  for (int64_t b0 = 0; b0 < src_vocab; b0 += kBlock) {
    const int64_t b1 = std::min(src_vocab, b0 + kBlock);
    counts.assign(static_cast<size_t>((b1 - b0) * tgt_vocab), 0);
    for (size_t i = 0; i < s_ids.size(); ++i)
      for (int s : s_ids[i])
        if (s >= b0 && s < b1)
          for (int t : t_ids[i]) ++counts[(s - b0) * tgt_vocab + t];
    for (int64_t s = b0; s < b1; ++s)
      table.by_source[s] = top_ids(&counts[(s - b0) * tgt_vocab], tgt_vocab, sizes.per_source);
  }
  // Coverage: what a training pair's lists miss joins its rarest source id's list.
  for (size_t i = 0; i < s_ids.size(); ++i) {
    if (s_ids[i].empty()) continue;
    const int rarest = *std::min_element(s_ids[i].begin(), s_ids[i].end(), [&](int a, int b) {
      return s_count[a] != s_count[b] ? s_count[a] < s_count[b] : a < b;
    });
    const std::vector<int32_t> have =
        shortlist_ids(table, std::vector<int32_t>(s_ids[i].begin(), s_ids[i].end()));
    std::vector<int32_t>& list = table.by_source[rarest];
    for (int t : t_ids[i])
      if (!std::binary_search(have.begin(), have.end(), t))
        list.insert(std::lower_bound(list.begin(), list.end(), t), t);
  }
  return table;
}

std::vector<int32_t> shortlist_ids(const ShortlistTable& table,
                                   const std::vector<int32_t>& source_ids) {
  std::vector<int32_t> ids = table.frequent;
  ids.push_back(kEosId);
  ids.push_back(kUnkId);
  const int64_t n = static_cast<int64_t>(table.by_source.size());
  for (int32_t s : source_ids)
    if (s >= 0 && s < n)
      ids.insert(ids.end(), table.by_source[s].begin(), table.by_source[s].end());
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

namespace {

// The columns `ids` [D, U] of an unpacked float32 layer (a packed one selects
// its columns in the packed layout, PackedF32::select_columns).
Tensor f32_columns(const Projection& full, const std::vector<int32_t>& ids, int64_t dim,
                   int64_t vocab) {
  const int64_t u = static_cast<int64_t>(ids.size());
  Tensor out = Tensor::empty({dim, u});
  float* o = out.data();
  const float* src = full.weight.value().data();
  for (int64_t d = 0; d < dim; ++d)
    for (int64_t j = 0; j < u; ++j)
      o[d * u + j] = full.vocab_major ? src[ids[j] * dim + d] : src[d * vocab + ids[j]];
  return out;
}

}  // namespace

OutputShortlist::OutputShortlist(const Projection& full, std::vector<int32_t> ids, int64_t vocab)
    : ids_(std::move(ids)), vocab_(vocab) {
  const Tensor w = full.weight.value();
  NMT_CHECK(full.int8 || full.packed || w.shape().rank() == 2, "shortlist: output weight ",
            w.shape().to_string());
  dim_ = full.int8          ? full.int8->k()
         : full.packed      ? full.packed->k()
         : full.vocab_major ? w.shape()[1]
                            : w.shape()[0];
  NMT_CHECK(!ids_.empty(), "shortlist: no target ids");
  for (int32_t id : ids_)
    NMT_CHECK(id >= 0 && id < vocab_, "shortlist: target id ", id, " outside the vocabulary of ",
              vocab_);
  if (full.bias.defined())
    for (int32_t id : ids_) bias_.push_back(full.bias.value().data()[id]);
  if (full.int8) {
    int8_ = std::make_unique<PackedInt8>(full.int8->select_columns(ids_));
    return;
  }
  if (full.packed) {  // summed as the full layer's packed product sums
    packed_ = std::make_unique<PackedF32>(full.packed->select_columns(ids_));
    return;
  }
  weight_ = f32_columns(full, ids_, dim_, vocab_);
}

Tensor OutputShortlist::logits(const Tensor& hidden, std::vector<float>& shifts) const {
  const int64_t rows = hidden.shape().rows(), u = static_cast<int64_t>(ids_.size());
  NMT_CHECK(hidden.shape().cols() == dim_, "shortlist: hidden ", hidden.shape().to_string(),
            " for a model dimension of ", dim_);
  Tensor out = Tensor::empty({rows, u});
  float* logits = out.data();
  const float* bias = bias_.empty() ? nullptr : bias_.data();
  if (int8_) {
    qgemm(hidden.data(), rows, dim_, *int8_, bias, logits, u);
  } else if (packed_) {
    packed_gemm(hidden.data(), rows, dim_, *packed_, bias, logits, u);
  } else {
    GemmArgs g;
    g.m = rows, g.n = u, g.k = dim_;
    g.a = hidden.data(), g.lda = dim_, g.b = weight_.data(), g.ldb = u;
    g.c = logits, g.ldc = u;
    gemm(g);
    if (bias)
      for (int64_t r = 0; r < rows; ++r)
        for (int64_t j = 0; j < u; ++j) logits[r * u + j] += bias[j];
  }
  log_softmax_shifts(out, shifts);
  return out;
}

Tensor OutputShortlist::scatter_log_probs(const Tensor& logits,
                                          const std::vector<float>& shifts) const {
  const int64_t rows = logits.dim(0), u = static_cast<int64_t>(ids_.size());
  NMT_CHECK(logits.dim(1) == u && static_cast<int64_t>(shifts.size()) == rows, "shortlist: logits ",
            logits.shape().to_string(), " and ", shifts.size(), " shifts for ", u, " ids");
  Tensor out = Tensor::full({rows, vocab_}, kExcluded);
  for (int64_t r = 0; r < rows; ++r) {
    const float* row = logits.data() + r * u;
    float* dst = out.data() + r * vocab_;
    for (int64_t j = 0; j < u; ++j) dst[ids_[j]] = row[j] - shifts[r];
  }
  return out;
}

}  // namespace nmt
