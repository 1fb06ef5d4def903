// The cached attention of incremental decoding (nn/cached_attention.h): the
// cross-attention scores read from the transposed keys must equal, bit for
// bit, those read position by position, and both must be the attention a
// double-precision reference computes.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <cstring>
#include <vector>

#include "nn/cached_attention.h"
#include "support/tensor_checks.h"

using namespace nmt;
using nmt::testing::random_tensor;

namespace {

struct Attended {
  Tensor context;  // [N, D]
  Tensor weights;  // [N, H, S]
};

Attended attend(const Tensor& q, const CrossKvCache& cache, const DecodeRows& rows, int64_t heads) {
  const int64_t n = rows.rows(), dim = q.dim(1);
  Attended a{Tensor::zeros({n, dim}), Tensor::zeros({n, heads, cache.source_len})};
  attend_cached_source(q.data(), dim, cache, rows, heads, a.context.data(), a.weights.data());
  return a;
}

bool same_bits(const Tensor& a, const Tensor& b) {
  return a.numel() == b.numel() &&
         std::memcmp(a.data(), b.data(), sizeof(float) * static_cast<size_t>(a.numel())) == 0;
}

// Context of row r by the textbook formula in double.
std::vector<double> reference_context(const Tensor& q, const CrossKvCache& cache, int64_t r,
                                      int32_t b, int64_t len, int64_t heads) {
  const int64_t dim = q.dim(1), dk = dim / heads, src = cache.source_len;
  std::vector<double> out(dim, 0.0);
  for (int64_t h = 0; h < heads; ++h) {
    std::vector<double> w(len);
    double mx = -1e300, sum = 0;
    for (int64_t s = 0; s < len; ++s) {
      const float* key = cache.kv.data() + (b * src + s) * 2 * dim + h * dk;
      double d = 0;
      for (int64_t j = 0; j < dk; ++j) d += double(q.at(r * dim + h * dk + j)) * key[j];
      w[s] = d / std::sqrt(double(dk));
      mx = std::max(mx, w[s]);
    }
    for (double& x : w) sum += (x = std::exp(x - mx));
    for (int64_t s = 0; s < len; ++s) {
      const float* value = cache.kv.data() + (b * src + s) * 2 * dim + dim + h * dk;
      for (int64_t j = 0; j < dk; ++j) out[h * dk + j] += w[s] / sum * value[j];
    }
  }
  return out;
}

}  // namespace

TEST_CASE("transposed cross keys and the vector kernels give the bits of the portable loops") {
  // dk 64 (the reference model's), 20 (a tail past the last 16) and 8 (under 16);
  // lengths below, at and across the 16-position blocks.
  for (auto [heads, dk] : {std::pair<int64_t, int64_t>{4, 64}, {3, 20}, {2, 8}}) {
    const int64_t dim = heads * dk, src = 37;
    const std::vector<int32_t> lengths = {37, 16, 5};
    Rng rng(static_cast<uint64_t>(31 + dk));
    CrossKvCache cache;
    cache.source_len = src;
    cache.kv = random_tensor({3 * src, 2 * dim}, rng);
    DecodeRows rows(lengths);
    rows.select({0, 1, 2, 2, 1, 0});  // beams: several rows read one sentence
    const Tensor q = random_tensor({rows.rows(), dim}, rng);

    // The portable loops by position give the bits every other way must
    // give: with transposed keys, with the row keys dropped after that, and
    // every kernel set the CPU has (vector kernels with and without the
    // transposed keys).
    set_attention_kernels(AttentionKernels::Portable);
    const Attended plain = attend(q, cache, rows, heads);
    CrossKvCache by_position = cache;
    transpose_cross_keys(cache, heads);
    REQUIRE(cache.keys_t.shape() == Shape({3, heads, dk, 48}));
    // Decoding keeps only the values once the keys are transposed.
    CrossKvCache values_only = cache;
    drop_row_keys(values_only);
    REQUIRE(values_only.kv.shape() == Shape({3 * src, dim}));
    CHECK(values_only.kv.at(0) == cache.kv.at(dim));  // the first value, not the first key
    CHECK_THROWS_WITH(transpose_cross_keys(values_only, heads), Catch::Contains("dropped"));
    Attended fast;
    for (AttentionKernels kernels : supported_attention_kernels()) {
      set_attention_kernels(kernels);
      INFO("kernels " << static_cast<int>(kernels) << ", heads " << heads << ", dk " << dk);
      for (const CrossKvCache* way : {&by_position, &cache, &values_only}) {
        const Attended got = attend(q, *way, rows, heads);
        CHECK(same_bits(plain.context, got.context));
        CHECK(same_bits(plain.weights, got.weights));
      }
      fast = attend(q, values_only, rows, heads);  // as decoding runs, the best kernels last
    }

    for (int64_t r = 0; r < rows.rows(); ++r) {
      const int32_t b = rows.sentence[r];
      const std::vector<double> want = reference_context(q, cache, r, b, lengths[b], heads);
      for (int64_t f = 0; f < dim; ++f)
        CHECK(fast.context.at(r * dim + f) == Approx(want[f]).margin(1e-5));
      for (int64_t h = 0; h < heads; ++h)
        for (int64_t s = lengths[b]; s < src; ++s)
          CHECK(fast.weights.at((r * heads + h) * src + s) == 0.0f);
    }
  }
}

TEST_CASE("self-attention over cached steps: the vector kernels give the portable loops' bits") {
  // 19 steps: a block of 16 positions and a tail. Two sentences, two beams
  // each after step 0, reordered between steps so origins cross.
  for (auto [heads, dk] : {std::pair<int64_t, int64_t>{4, 64}, {3, 20}, {2, 16}}) {
    const int64_t dim = heads * dk, width = 3 * dim, steps = 19;
    Rng rng(static_cast<uint64_t>(57 + dk));
    DecodeRows rows(std::vector<int32_t>{5, 7});
    SelfKvCache cache;
    for (int64_t t = 0; t < steps; ++t) {
      rows.begin_step();
      cache.steps.push_back(random_tensor({rows.rows(), width}, rng));
      if (t == 0) rows.select({0, 0, 1, 1});
      if (t > 0 && t + 1 < steps)
        rows.select(t % 2 ? std::vector<int32_t>{1, 1, 3, 2} : std::vector<int32_t>{0, 1, 2, 2});
    }
    auto attend = [&](AttentionKernels kernels) {
      set_attention_kernels(kernels);
      Attended a{Tensor::zeros({rows.rows(), dim}), Tensor::zeros({rows.rows(), heads, steps})};
      attend_cached_steps(cache, rows, heads, a.context.data(), a.weights.data());
      return a;
    };
    const Attended plain = attend(AttentionKernels::Portable);
    Attended fast;
    for (AttentionKernels kernels : supported_attention_kernels()) {
      INFO("kernels " << static_cast<int>(kernels) << ", heads " << heads << ", dk " << dk);
      fast = attend(kernels);  // the best kernels last
      CHECK(same_bits(plain.context, fast.context));
      CHECK(same_bits(plain.weights, fast.weights));
    }
    // Finished steps compacted to k|v (as decoding does): the same bits, with
    // both kernels; the q columns must be what was dropped.
    SelfKvCache full = cache;
    std::vector<Tensor> compact;
    for (int64_t t = 0; t + 1 < steps; ++t) {
      SelfKvCache one;
      one.steps.push_back(full.steps[t]);
      compact_finished_step(one);
      REQUIRE(one.steps[0].dim(1) == 2 * dim);
      CHECK(one.steps[0].at(0) == full.steps[t].at(dim));  // first k, not q
      compact.push_back(one.steps[0]);
    }
    compact.push_back(full.steps.back());
    cache.steps = compact;
    for (AttentionKernels kernels : supported_attention_kernels()) {
      const Attended packed = attend(kernels);
      CHECK(same_bits(plain.context, packed.context));
      CHECK(same_bits(plain.weights, packed.weights));
    }
    cache = full;
    for (int64_t r = 0; r < rows.rows(); ++r)
      for (int64_t h = 0; h < heads; ++h) {
        double total = 0;
        for (int64_t s = 0; s < steps; ++s) total += fast.weights.at((r * heads + h) * steps + s);
        CHECK(total == Approx(1.0).epsilon(1e-5));
      }
  }
}

TEST_CASE("set_attention_kernels refuses kernels the CPU lacks and keeps the last good choice") {
  const auto supported = supported_attention_kernels();
  REQUIRE(supported.front() == AttentionKernels::Portable);
  for (AttentionKernels kernels : {AttentionKernels::Avx2, AttentionKernels::Avx512})
    if (std::find(supported.begin(), supported.end(), kernels) == supported.end())
      CHECK_THROWS_WITH(set_attention_kernels(kernels), Catch::Contains("cannot run"));
  for (AttentionKernels kernels : supported) CHECK_NOTHROW(set_attention_kernels(kernels));
}
