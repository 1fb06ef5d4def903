#include "tensor/buffer_pool.h"

#include <sys/mman.h>
#include <algorithm>

#include <cstdlib>
#include <map>
#include <mutex>
#include <new>
#include <vector>

namespace nmt {
namespace {

constexpr size_t kAlign = 64;
// Blocks of this size and more are the pool's own mappings (system_alloc):
// freed to the system, they leave the resident set at once, which heap blocks
// do not (glibc keeps freed heap memory for reuse, and its threshold for
// mapping a block rises with every large free). glibc's own threshold is left
// alone: pinning it would make Eigen map and unmap its packing buffers on
// every product (docs/PERFORMANCE.md, "The buffer pool").
constexpr size_t kMmapThreshold = size_t(256) << 10;

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

// Large blocks are the pool's own mappings, so a cached one can be resized
// in place of a fresh one (resize_cached); small ones come from the heap.
void* system_alloc(size_t bytes) {
  if (bytes < kMmapThreshold) return std::aligned_alloc(kAlign, bytes);
  void* block = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  return block == MAP_FAILED ? nullptr : block;
}

void system_free(void* block, size_t bytes) {
  if (bytes < kMmapThreshold)
    std::free(block);
  else
    munmap(block, bytes);
}

struct Pool {
  std::mutex mutex;
  std::map<size_t, std::vector<void*>> free_blocks;
  BufferPoolStats stats;
  ~Pool() {
    for (auto& [size, blocks] : free_blocks)
      for (void* p : blocks) system_free(p, size);
  }
};

Pool& pool() {
  // Leaked on purpose: tensors in static objects may be freed after main returns.
  static Pool* p = new Pool();
  return *p;
}

// Takes the smallest cached block that fits: its own class, or a larger one up
// to a quarter larger. Batches change shape every step ([B, S, T] differ), so
// exact-size reuse alone would miss often; a looser fit would let small
// requests hold large blocks, and a miss is cheap anyway (resize_cached).
// Returns nullptr when nothing suitable is cached.
void* take_cached(Pool& p, size_t bytes, size_t& block_bytes) {
  const size_t largest = bytes <= 4096 ? bytes : bytes + bytes / 4;
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
    system_free(last->second.back(), last->first);
    last->second.pop_back();
    p.stats.bytes_cached -= last->first;
  }
}

// A large miss takes the cached large block nearest in size (the smallest
// larger one, else the largest smaller one) and remaps it to the new size:
// the pages both sizes share stay resident, so only growth faults in fresh
// pages. A new mapping would fault in every page, and eviction (evict_for)
// often returns just the blocks the next batch needs again.
void* resize_cached(Pool& p, size_t bytes) {
  auto it = p.free_blocks.lower_bound(bytes);
  while (it != p.free_blocks.end() && it->second.empty()) ++it;
  if (it == p.free_blocks.end()) {
    auto below = p.free_blocks.lower_bound(bytes);
    while (below != p.free_blocks.begin()) {
      --below;
      if (below->first < kMmapThreshold) return nullptr;
      if (!below->second.empty()) {
        it = below;
        break;
      }
    }
    if (it == p.free_blocks.end()) return nullptr;
  }
  void* old = it->second.back();
  const size_t old_bytes = it->first;
  void* block = mremap(old, old_bytes, bytes, MREMAP_MAYMOVE);
  if (block == MAP_FAILED) return nullptr;  // the old block is still cached
  it->second.pop_back();
  p.stats.bytes_cached -= old_bytes;
  return block;
}

}  // namespace

std::shared_ptr<float> pooled_alloc(size_t n) {
  const size_t bytes = size_class(n == 0 ? 1 : n * sizeof(float));
  Pool& p = pool();
  std::lock_guard<std::mutex> lock(p.mutex);
  size_t block_bytes = bytes;
  void* block = take_cached(p, bytes, block_bytes);
  if (!block) {
    // A small block comes from the heap and costs little; evicting a large
    // cached block for it would only make the next large request map and
    // fault in fresh pages. Large misses still evict, which keeps training's
    // RSS at its peak working set at the price of some page faults.
    if (bytes >= kMmapThreshold) {
      block = resize_cached(p, bytes);
      evict_for(p, bytes);
    }
    if (!block) {
      block = system_alloc(bytes);
      if (!block) throw std::bad_alloc();
      ++p.stats.system_allocations;
    }
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
      system_free(ptr, block_bytes);
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
    for (void* block : blocks) system_free(block, size);
    p.stats.bytes_cached -= size * blocks.size();
    blocks.clear();
  }
}

}  // namespace nmt
