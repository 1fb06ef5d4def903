#include "nn/cached_attention.h"

#include <algorithm>
#include <cmath>

#include "base/error.h"

namespace nmt {
namespace {

// Below this many multiply-adds a call stays on one thread.
constexpr int64_t kParallelWork = 32768;

float dot(const float* a, const float* b, int64_t n) {
  float sum = 0.0f;
#pragma omp simd reduction(+ : sum)
  for (int64_t j = 0; j < n; ++j) sum += a[j] * b[j];
  return sum;
}

void add_scaled(float* out, const float* x, float w, int64_t n) {
#pragma omp simd
  for (int64_t j = 0; j < n; ++j) out[j] += w * x[j];
}

// w[0..n) = softmax(w[0..n)) in place (n >= 1).
void softmax_inplace(float* w, int64_t n) {
  float mx = w[0];
  for (int64_t s = 1; s < n; ++s) mx = std::max(mx, w[s]);
  float sum = 0.0f;
  for (int64_t s = 0; s < n; ++s) sum += (w[s] = std::exp(w[s] - mx));
  const float inv = 1.0f / sum;
  for (int64_t s = 0; s < n; ++s) w[s] *= inv;
}

// One row's attention over positions [0, len): per head the scaled dot
// products of the query with key(s), a softmax into w[h * stride + s], and
// the weighted sum of value(s) into out[heads * dk]. key(s) and value(s)
// point at position s's heads * dk floats.
template <typename Key, typename Value>
void attend_row(const float* q, int64_t len, int64_t stride, int64_t heads, int64_t dk, float scale,
                Key key, Value value, float* w, float* out) {
  for (int64_t s = 0; s < len; ++s) {
    const float* k = key(s);
    for (int64_t h = 0; h < heads; ++h) w[h * stride + s] = scale * dot(q + h * dk, k + h * dk, dk);
  }
  for (int64_t h = 0; h < heads; ++h) softmax_inplace(w + h * stride, len);
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

}  // namespace

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
  const float scale = 1.0f / std::sqrt(static_cast<float>(dk));
  Tensor scratch;
  float* scores = score_buffer(weights, scratch, n, heads, steps);
#pragma omp parallel for schedule(static) if (n * steps * dim > kParallelWork)
  for (int64_t r = 0; r < n; ++r) {
    // Step s's q|k|v row for this beam: where its history was at step s.
    auto qkv = [&](int64_t s) { return cache.steps[s].data() + rows.origin[s][r] * width; };
    attend_row(
        now.data() + r * width, steps, steps, heads, dk, scale,
        [&](int64_t s) { return qkv(s) + dim; }, [&](int64_t s) { return qkv(s) + 2 * dim; },
        scores + r * heads * steps, context + r * dim);
  }
}

void attend_cached_source(const float* q, int64_t q_stride, const CrossKvCache& cache,
                          const DecodeRows& rows, int64_t heads, float* context, float* weights) {
  NMT_CHECK(!cache.empty(), "attend_cached_source: the cross cache is empty");
  const int64_t n = rows.rows(), src = cache.source_len, dim = cache.kv.dim(1) / 2;
  const int64_t dk = dim / heads;
  const float scale = 1.0f / std::sqrt(static_cast<float>(dk));
  for (int32_t len : rows.source_length)
    NMT_CHECK(len <= src, "attend_cached_source: source length ", len, " exceeds the cache's ",
              src);
  Tensor scratch;
  float* scores = score_buffer(weights, scratch, n, heads, src);
#pragma omp parallel for schedule(static) if (n * src * dim > kParallelWork)
  for (int64_t r = 0; r < n; ++r) {
    const int32_t b = rows.sentence[r];
    const int64_t len = rows.source_length[b];
    const float* block = cache.kv.data() + b * src * 2 * dim;  // [src, k | v]
    float* w = scores + r * heads * src;
    attend_row(
        q + r * q_stride, len, src, heads, dk, scale,
        [&](int64_t s) { return block + s * 2 * dim; },
        [&](int64_t s) { return block + s * 2 * dim + dim; }, w, context + r * dim);
    for (int64_t h = 0; h < heads; ++h)  // padding positions get weight 0
      std::fill(w + h * src + len, w + (h + 1) * src, 0.0f);
  }
}

}  // namespace nmt
