#include "tensor/buffer_pool.h"

#include <malloc.h>
#include <algorithm>

#include <cstdlib>
#include <map>
#include <mutex>
#include <new>
#include <vector>

namespace nmt {
namespace {

constexpr size_t kAlign = 64;

// Round up to a size class: exact multiples of 64 bytes for small blocks, then
// 1/16 steps of the next power of two, so reuse is likely and waste below 6.25%.
size_t size_class(size_t bytes) {
  bytes = (bytes + kAlign - 1) / kAlign * kAlign;
  if (bytes <= 4096) return bytes;
  size_t pow2 = 4096;
  while (pow2 < bytes) pow2 <<= 1;
  size_t step = pow2 / 16;
  return (bytes + step - 1) / step * step;
}

struct Pool {
  std::mutex mutex;
  std::map<size_t, std::vector<void*>> free_blocks;
  BufferPoolStats stats;
  Pool() {
    // A fixed mmap threshold: blocks of 256 KB and more get their own mapping,
    // so a block the pool frees leaves the resident set at once. glibc's
    // default threshold rises (up to 32 MB) with every large free, after which
    // freed tensors stay in the heap and count in RSS for good.
    mallopt(M_MMAP_THRESHOLD, 256 << 10);
  }
  ~Pool() {
    for (auto& [size, blocks] : free_blocks)
      for (void* p : blocks) std::free(p);
  }
};

Pool& pool() {
  // Leaked on purpose: tensors in static objects may be freed after main returns.
  static Pool* p = new Pool();
  return *p;
}

// Takes the smallest cached block that fits: its own class, or a larger one up
// to twice the request. Batches change shape every step ([B, S, T] differ), so
// exact-size reuse alone would keep allocating new classes and the cache would
// only grow. Returns nullptr when nothing suitable is cached.
void* take_cached(Pool& p, size_t bytes, size_t& block_bytes) {
  const size_t largest = bytes <= 4096 ? bytes : 2 * bytes;
  for (auto it = p.free_blocks.lower_bound(bytes);
       it != p.free_blocks.end() && it->first <= largest;) {
    if (it->second.empty()) {
      it = p.free_blocks.erase(it);
      continue;
    }
    void* block = it->second.back();
    it->second.pop_back();
    block_bytes = it->first;
    p.stats.bytes_cached -= block_bytes;
    return block;
  }
  return nullptr;
}

// Before a miss reaches the system: return cached blocks (largest first, as
// they free the most memory per call) until the cache plus what is in use plus
// the new block fit in the peak working set. Batches change shape every step,
// so last step's blocks often fit no request of this one; kept, they would
// double the resident set.
void evict_for(Pool& p, size_t bytes) {
  const size_t limit = p.stats.peak_bytes_in_use;
  while (!p.free_blocks.empty() && p.stats.bytes_in_use + p.stats.bytes_cached + bytes > limit) {
    auto last = std::prev(p.free_blocks.end());
    if (last->second.empty()) {
      p.free_blocks.erase(last);
      continue;
    }
    std::free(last->second.back());
    last->second.pop_back();
    p.stats.bytes_cached -= last->first;
  }
}

}  // namespace

std::shared_ptr<float> pooled_alloc(size_t n) {
  const size_t bytes = size_class(n == 0 ? 1 : n * sizeof(float));
  Pool& p = pool();
  std::lock_guard<std::mutex> lock(p.mutex);
  size_t block_bytes = bytes;
  void* block = take_cached(p, bytes, block_bytes);
  if (!block) {
    evict_for(p, bytes);
    block = std::aligned_alloc(kAlign, bytes);
    if (!block) throw std::bad_alloc();
    ++p.stats.system_allocations;
  }
  p.stats.bytes_in_use += block_bytes;
  if (p.stats.bytes_in_use > p.stats.peak_bytes_in_use)
    p.stats.peak_bytes_in_use = p.stats.bytes_in_use;
  return std::shared_ptr<float>(static_cast<float*>(block), [block_bytes](float* ptr) {
    Pool& q = pool();
    std::lock_guard<std::mutex> lock(q.mutex);
    q.stats.bytes_in_use -= block_bytes;
    // The cache never holds more than the peak working set (at least 256 MB),
    // so memory stays bounded by twice what a step really needs.
    const size_t limit = std::max<size_t>(size_t(256) << 20, q.stats.peak_bytes_in_use);
    if (q.stats.bytes_cached + block_bytes > limit) {
      std::free(ptr);
      return;
    }
    q.free_blocks[block_bytes].push_back(ptr);
    q.stats.bytes_cached += block_bytes;
  });
}

BufferPoolStats buffer_pool_stats() {
  std::lock_guard<std::mutex> lock(pool().mutex);
  return pool().stats;
}

void buffer_pool_release_cached() {
  Pool& p = pool();
  std::lock_guard<std::mutex> lock(p.mutex);
  for (auto& [size, blocks] : p.free_blocks) {
    for (void* block : blocks) std::free(block);
    p.stats.bytes_cached -= size * blocks.size();
    blocks.clear();
  }
}

}  // namespace nmt
