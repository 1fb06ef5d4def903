#include "nn/cached_attention.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "base/error.h"
#include "nn/cached_attention_kernels.h"
#include "tensor/fast_exp.h"

namespace nmt {
namespace {

namespace detail = cached_attention_detail;

AttentionKernels& chosen_kernels() {
  static AttentionKernels kernels = supported_attention_kernels().back();
  return kernels;
}

bool use_avx512() {
  return chosen_kernels() == AttentionKernels::Avx512;
}

bool use_avx2() {
  return chosen_kernels() == AttentionKernels::Avx2;
}

// Below this many multiply-adds a call stays on one thread.
constexpr int64_t kParallelWork = 32768;

constexpr int64_t kLanes = 16;  // lanes of dot's sum, and positions per block of source_scores

// The order is the header's: lane sums, then the lanes added in order.
float dot(const float* a, const float* b, int64_t n) {
  float lane[kLanes] = {};
  const int64_t whole = n / kLanes * kLanes;
  for (int64_t j = 0; j < whole; j += kLanes)
#pragma omp simd
    for (int64_t l = 0; l < kLanes; ++l) lane[l] = std::fma(a[j + l], b[j + l], lane[l]);
  for (int64_t j = whole; j < n; ++j) lane[0] = std::fma(a[j], b[j], lane[0]);
  float sum = 0.0f;
  for (int64_t l = 0; l < kLanes; ++l) sum += lane[l];
  return sum;
}

// w[s] = scale * dot(q, key s) for s in [0, len), the keys transposed: kt[j
// * s16 + s] is feature j of position s. 16 positions at a time, each one's
// sum in dot's order, so the bits are dot's.
void source_scores(const float* q, const float* kt, int64_t s16, int64_t len, int64_t dk,
                   float scale, float* w) {
  if (use_avx512()) return detail::source_scores_avx512(q, kt, s16, len, dk, scale, w);
  if (use_avx2()) return detail::source_scores_avx2(q, kt, s16, len, dk, scale, w);
  const int64_t whole = dk / kLanes * kLanes;
  for (int64_t s0 = 0; s0 < len; s0 += kLanes) {
    const float* k = kt + s0;
    float sum[kLanes] = {};
    for (int64_t l = 0; l < kLanes; ++l) {
      float lane[kLanes] = {};
      for (int64_t j = l; j < whole; j += kLanes)
#pragma omp simd
        for (int64_t i = 0; i < kLanes; ++i) lane[i] = std::fma(q[j], k[j * s16 + i], lane[i]);
      if (l == 0)
        for (int64_t j = whole; j < dk; ++j)
#pragma omp simd
          for (int64_t i = 0; i < kLanes; ++i) lane[i] = std::fma(q[j], k[j * s16 + i], lane[i]);
#pragma omp simd
      for (int64_t i = 0; i < kLanes; ++i) sum[i] += lane[i];
    }
    const int64_t count = std::min(kLanes, len - s0);
    for (int64_t i = 0; i < count; ++i) w[s0 + i] = scale * sum[i];
  }
}

void add_scaled(float* out, const float* x, float w, int64_t n) {
#pragma omp simd
  for (int64_t j = 0; j < n; ++j) out[j] = std::fma(w, x[j], out[j]);
}

// One row's attention over positions [0, len): per head the scaled dot
// products of the query with key(s) into w[h * stride + s] (the caller's, if
// scores_done), a softmax, and the weighted sum of value(s) into
// out[heads * dk]. key(s) and value(s) point at position s's heads * dk floats.
template <typename Key, typename Value>
void attend_row(const float* q, int64_t len, int64_t stride, int64_t heads, int64_t dk, float scale,
                Key key, Value value, float* w, float* out, bool scores_done = false) {
  if (!scores_done && dk % 16 == 0 && (use_avx512() || use_avx2())) {
    thread_local std::vector<const float*> keys;
    keys.resize(static_cast<size_t>(len));
    for (int64_t s = 0; s < len; ++s) keys[s] = key(s);
    if (use_avx512())
      detail::position_scores_avx512(q, keys.data(), len, heads, dk, scale, w, stride);
    else
      detail::position_scores_avx2(q, keys.data(), len, heads, dk, scale, w, stride);
    scores_done = true;
  }
  for (int64_t s = 0; s < len && !scores_done; ++s) {
    const float* k = key(s);
    for (int64_t h = 0; h < heads; ++h) w[h * stride + s] = scale * dot(q + h * dk, k + h * dk, dk);
  }
  for (int64_t h = 0; h < heads; ++h) softmax_in_place(w + h * stride, len);
  if ((dk % 16 == 0 && use_avx512()) || (dk % 8 == 0 && use_avx2())) {
    thread_local std::vector<const float*> rows;
    rows.resize(static_cast<size_t>(len));
    for (int64_t s = 0; s < len; ++s) rows[s] = value(s);
    if (use_avx512())
      return detail::weighted_values_avx512(w, stride, rows.data(), len, heads, dk, out);
    return detail::weighted_values_avx2(w, stride, rows.data(), len, heads, dk, out);
  }
  std::fill(out, out + heads * dk, 0.0f);
  for (int64_t s = 0; s < len; ++s) {
    const float* v = value(s);
    for (int64_t h = 0; h < heads; ++h) add_scaled(out + h * dk, v + h * dk, w[h * stride + s], dk);
  }
}

// Scores of one step [N, H, width] into `weights` if given, else a pooled scratch.
float* score_buffer(float* weights, Tensor& scratch, int64_t n, int64_t heads, int64_t width) {
  if (weights) return weights;
  scratch = Tensor::empty({n, heads, width});
  return scratch.data();
}

// A copy of the last `keep` columns of every row of rows[N, width]: what the
// caches keep of a row once its leading part (q, or the keys) is done with.
Tensor trailing_columns(const Tensor& rows, int64_t keep) {
  const int64_t n = rows.dim(0), width = rows.dim(1);
  Tensor out = Tensor::empty({n, keep});
  const float* from = rows.data() + (width - keep);
  float* to = out.data();
  for (int64_t r = 0; r < n; ++r) std::copy_n(from + r * width, keep, to + r * keep);
  return out;
}

int64_t padded_positions(int64_t src) {
  return (src + kLanes - 1) / kLanes * kLanes;
}

}  // namespace

std::vector<AttentionKernels> supported_attention_kernels() {
  std::vector<AttentionKernels> kernels = {AttentionKernels::Portable};
  if (cached_attention_detail::have_avx2()) kernels.push_back(AttentionKernels::Avx2);
  if (cached_attention_detail::have_avx512()) kernels.push_back(AttentionKernels::Avx512);
  return kernels;
}

void set_attention_kernels(AttentionKernels kernels) {
  const auto supported = supported_attention_kernels();
  NMT_CHECK(std::find(supported.begin(), supported.end(), kernels) != supported.end(),
            "set_attention_kernels: this CPU cannot run the requested kernels");
  chosen_kernels() = kernels;
}

void compact_finished_step(SelfKvCache& cache) {
  if (cache.steps.empty()) return;
  Tensor& last = cache.steps.back();
  NMT_CHECK(last.shape().rank() == 2 && last.dim(1) % 3 == 0,
            "compact_finished_step: the last step is not [N, 3D] q|k|v");
  last = trailing_columns(last, 2 * (last.dim(1) / 3));
}

void transpose_cross_keys(CrossKvCache& cache, int64_t heads) {
  NMT_CHECK(!cache.empty(), "transpose_cross_keys: the cross cache is empty");
  NMT_CHECK(!cache.values_only, "transpose_cross_keys: the cache's keys were dropped");
  const int64_t src = cache.source_len, dim = cache.kv.dim(1) / 2, dk = dim / heads;
  const int64_t sentences = cache.kv.dim(0) / src, s16 = padded_positions(src);
  cache.keys_t = Tensor::zeros({sentences, heads, dk, s16});
  const float* kv = cache.kv.data();
  float* out = cache.keys_t.data();
  for (int64_t b = 0; b < sentences; ++b)
    for (int64_t s = 0; s < src; ++s) {
      const float* key = kv + (b * src + s) * 2 * dim;  // [heads * dk]
      for (int64_t f = 0; f < dim; ++f) out[(b * dim + f) * s16 + s] = key[f];
    }
}

void drop_row_keys(CrossKvCache& cache) {
  NMT_CHECK(cache.keys_t.defined() && !cache.values_only,
            "drop_row_keys: the keys are not transposed (transpose_cross_keys) or already dropped");
  cache.kv = trailing_columns(cache.kv, cache.kv.dim(1) / 2);
  cache.values_only = true;
}

DecodeRows::DecodeRows(const std::vector<int32_t>& lengths) : source_length(lengths) {
  sentence.resize(lengths.size());
  for (size_t b = 0; b < lengths.size(); ++b) {
    NMT_CHECK(lengths[b] >= 1, "DecodeRows: sentence ", b, " has length ", lengths[b]);
    sentence[b] = static_cast<int32_t>(b);
  }
}

void DecodeRows::select(const std::vector<int32_t>& rows) {
  const int64_t n = this->rows();
  for (int32_t r : rows)
    NMT_CHECK(r >= 0 && r < n, "DecodeRows::select: row ", r, " outside ", n, " rows");
  auto gather = [&rows](const std::vector<int32_t>& from) {
    std::vector<int32_t> out(rows.size());
    for (size_t i = 0; i < rows.size(); ++i) out[i] = from[rows[i]];
    return out;
  };
  sentence = gather(sentence);
  for (auto& o : origin) o = gather(o);
}

void DecodeRows::begin_step() {
  std::vector<int32_t> identity(sentence.size());
  for (size_t i = 0; i < identity.size(); ++i) identity[i] = static_cast<int32_t>(i);
  origin.push_back(std::move(identity));
}

void attend_cached_steps(const SelfKvCache& cache, const DecodeRows& rows, int64_t heads,
                         float* context, float* weights) {
  const int64_t n = rows.rows(), steps = static_cast<int64_t>(cache.steps.size());
  NMT_CHECK(steps >= 1 && steps == rows.steps(), "attend_cached_steps: ", steps,
            " cached steps but ", rows.steps(), " origin maps");
  const Tensor& now = cache.steps.back();
  NMT_CHECK(now.dim(0) == n, "attend_cached_steps: step has ", now.dim(0), " rows, state ", n);
  const int64_t width = now.dim(1), dim = width / 3, dk = dim / heads;
  // Finished steps may hold only k|v (compact_finished_step): a row's key is
  // at width_s - 2 dim, its value at width_s - dim, whichever the width.
  for (int64_t s = 0; s + 1 < steps; ++s)
    NMT_CHECK(cache.steps[s].dim(1) == width || cache.steps[s].dim(1) == 2 * dim,
              "attend_cached_steps: step ", s, " has rows of ", cache.steps[s].dim(1),
              " floats, not q|k|v or k|v of ", dim);
  const float scale = 1.0f / std::sqrt(static_cast<float>(dk));
  Tensor scratch;
  float* scores = score_buffer(weights, scratch, n, heads, steps);
#pragma omp parallel for schedule(static) if (n * steps * dim > kParallelWork)
  for (int64_t r = 0; r < n; ++r) {
    // Step s's q|k|v row for this beam: where its history was at step s.
    auto end = [&](int64_t s) {  // the end of step s's row for this beam
      const Tensor& step = cache.steps[s];
      return step.data() + (rows.origin[s][r] + 1) * step.dim(1);
    };
    attend_row(
        now.data() + r * width, steps, steps, heads, dk, scale,
        [&](int64_t s) { return end(s) - 2 * dim; }, [&](int64_t s) { return end(s) - dim; },
        scores + r * heads * steps, context + r * dim);
  }
}

void attend_cached_source(const float* q, int64_t q_stride, const CrossKvCache& cache,
                          const DecodeRows& rows, int64_t heads, float* context, float* weights) {
  NMT_CHECK(!cache.empty(), "attend_cached_source: the cross cache is empty");
  NMT_CHECK(!cache.values_only || cache.keys_t.defined(),
            "attend_cached_source: keys dropped but not transposed");
  const int64_t n = rows.rows(), src = cache.source_len;
  const int64_t width = cache.kv.dim(1), dim = cache.values_only ? width : width / 2;
  const int64_t dk = dim / heads, s16 = padded_positions(src);
  const float scale = 1.0f / std::sqrt(static_cast<float>(dk));
  NMT_CHECK(!cache.keys_t.defined() || cache.keys_t.numel() == cache.kv.dim(0) / src * dim * s16,
            "attend_cached_source: transposed keys of another shape");
  for (int32_t len : rows.source_length)
    NMT_CHECK(len <= src, "attend_cached_source: source length ", len, " exceeds the cache's ",
              src);
  Tensor scratch;
  float* scores = score_buffer(weights, scratch, n, heads, src);
#pragma omp parallel for schedule(static) if (n * src * dim > kParallelWork)
  for (int64_t r = 0; r < n; ++r) {
    const int32_t b = rows.sentence[r];
    const int64_t len = rows.source_length[b];
    const float* block = cache.kv.data() + b * src * width;  // [src, k | v] or [src, v]
    float* w = scores + r * heads * src;
    const bool transposed = cache.keys_t.defined();
    for (int64_t h = 0; h < heads && transposed; ++h)
      source_scores(q + r * q_stride + h * dk, cache.keys_t.data() + (b * heads + h) * dk * s16,
                    s16, len, dk, scale, w + h * src);
    attend_row(
        q + r * q_stride, len, src, heads, dk, scale,
        [&](int64_t s) { return block + s * width; },  // read only when !transposed
        [&](int64_t s) { return block + s * width + (width - dim); }, w, context + r * dim,
        transposed);
    for (int64_t h = 0; h < heads; ++h)  // padding positions get weight 0
      std::fill(w + h * src + len, w + (h + 1) * src, 0.0f);
  }
}

}  // namespace nmt
