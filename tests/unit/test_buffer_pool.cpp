// The buffer pool: blocks come back from the cache, and a large request that
// no cached block fits reuses the nearest cached large block by remapping it
// (no new system allocation), growing or shrinking it.
#include <catch2/catch.hpp>
#include <cstdint>
#include <memory>

#include "tensor/buffer_pool.h"

using namespace nmt;

namespace {

constexpr size_t kMiB = size_t(1) << 20;

// Fills n floats so every page is touched (a remapped block must be usable).
void fill(const std::shared_ptr<float>& block, size_t n, float value) {
  for (size_t i = 0; i < n; ++i) block.get()[i] = value;
}

}  // namespace

TEST_CASE("a freed block serves the next request of its size", "[pool]") {
  const size_t n = kMiB / sizeof(float);
  float* first = nullptr;
  {
    auto a = pooled_alloc(n);
    first = a.get();
    fill(a, n, 1.0f);
  }
  const BufferPoolStats before = buffer_pool_stats();
  auto b = pooled_alloc(n);
  CHECK(b.get() == first);
  CHECK(buffer_pool_stats().system_allocations == before.system_allocations);
}

TEST_CASE("a large miss remaps a cached block instead of mapping a new one", "[pool]") {
  const size_t small = kMiB / sizeof(float), big = 3 * kMiB / sizeof(float);
  // Peak working set first, so the cache may hold what follows.
  { auto warm = pooled_alloc(8 * kMiB / sizeof(float)); }
  buffer_pool_release_cached();
  { auto a = pooled_alloc(small); }  // cached: 1 MB
  const BufferPoolStats before = buffer_pool_stats();
  REQUIRE(before.bytes_cached >= kMiB);
  {
    auto grown = pooled_alloc(big);  // no cached block fits: grow the 1 MB one
    fill(grown, big, 2.0f);
    CHECK(grown.get()[big - 1] == 2.0f);
    const BufferPoolStats during = buffer_pool_stats();
    CHECK(during.system_allocations == before.system_allocations);
    CHECK(during.bytes_cached == before.bytes_cached - kMiB);
  }
  // Now 3 MB are cached, more than a quarter above a 1 MB request: shrink it.
  const BufferPoolStats cached = buffer_pool_stats();
  auto shrunk = pooled_alloc(small);
  fill(shrunk, small, 3.0f);
  CHECK(buffer_pool_stats().system_allocations == cached.system_allocations);
  CHECK(buffer_pool_stats().bytes_cached == cached.bytes_cached - 3 * kMiB);
}
