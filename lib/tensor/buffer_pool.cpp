#include "tensor/buffer_pool.h"

#include <cstdlib>
#include <map>
#include <mutex>
#include <new>
#include <vector>

namespace nmt {
namespace {

constexpr size_t kAlign = 64;

// Round up to a size class: exact multiples of 64 bytes for small blocks, then
// 1/8 steps of the next power of two, so reuse is likely and waste below 12.5%.
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

}  // namespace

std::shared_ptr<float> pooled_alloc(size_t n) {
  size_t bytes = size_class(n == 0 ? 1 : n * sizeof(float));
  Pool& p = pool();
  std::lock_guard<std::mutex> lock(p.mutex);
  void* block = nullptr;
  auto it = p.free_blocks.find(bytes);
  if (it != p.free_blocks.end() && !it->second.empty()) {
    block = it->second.back();
    it->second.pop_back();
    p.stats.bytes_cached -= bytes;
  } else {
    block = std::aligned_alloc(kAlign, bytes);
    if (!block) throw std::bad_alloc();
    ++p.stats.system_allocations;
  }
  p.stats.bytes_in_use += bytes;
  if (p.stats.bytes_in_use > p.stats.peak_bytes_in_use) p.stats.peak_bytes_in_use = p.stats.bytes_in_use;
  return std::shared_ptr<float>(static_cast<float*>(block), [bytes](float* ptr) {
    Pool& q = pool();
    std::lock_guard<std::mutex> lock(q.mutex);
    q.free_blocks[bytes].push_back(ptr);
    q.stats.bytes_in_use -= bytes;
    q.stats.bytes_cached += bytes;
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
