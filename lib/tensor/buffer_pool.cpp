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
// Blocks of this size and more are the pool's own mappings (pooled_large):
// freed to the system, they leave the resident set at once, which heap blocks
// do not (glibc keeps freed heap memory for reuse, and its threshold for
// mapping a block rises with every large free). glibc's own threshold is left
// alone: pinning it would make Eigen map and unmap its packing buffers on
// every product (docs/PERFORMANCE.md, "The buffer pool").
constexpr size_t kMmapThreshold = size_t(256) << 10;

// Round a small block up to a size class: exact multiples of 64 bytes up to
// 4 kB, then 1/16 steps of the next power of two, so reuse is likely and waste below 6.25%.
size_t size_class(size_t bytes) {
  bytes = (bytes + kAlign - 1) / kAlign * kAlign;
  if (bytes <= 4096) return bytes;
  size_t pow2 = 4096;
  while (pow2 < bytes) pow2 <<= 1;
  size_t step = pow2 / 16;
  return (bytes + step - 1) / step * step;
}

// A run of pages inside one mapping: the unit the kernel can move (mremap
// moves a range of a single mapping).
struct Run {
  char* start;
  size_t bytes;
};

// Freed large blocks are kept as runs, not as blocks: a request of any size
// is served by moving cached runs into a fresh address range (mremap with
// MREMAP_FIXED moves page tables, not pages: nothing is copied, zeroed or
// faulted in again). Blocks of fixed sizes missed whenever the next batch's
// shapes differed, and every miss faulted in fresh pages: 60,000 faults a
// Transformer training step (docs/PERFORMANCE.md, "The buffer pool").
constexpr size_t kPage = 4096;
// A remainder smaller than this is unmapped rather than cached, and a block
// takes at most kMaxRuns runs (the rest fresh): each run is a mapping of its
// own, and a process may hold only some 65,000.
constexpr size_t kMinRun = size_t(64) << 10;
constexpr size_t kMaxRuns = 32;

struct Pool {
  std::mutex mutex;
  std::map<size_t, std::vector<void*>> free_blocks;  // small blocks by size class
  std::multimap<size_t, char*> free_runs;            // large: cached runs by size
  size_t run_bytes_cached = 0;                       // their total (part of stats.bytes_cached)
  BufferPoolStats stats;
  ~Pool() {
    for (auto& [size, blocks] : free_blocks)
      for (void* p : blocks) std::free(p);
    for (auto& [bytes, start] : free_runs) munmap(start, bytes);
  }
};

Pool& pool() {
  // Leaked on purpose: tensors in static objects may be freed after main returns.
  static Pool* p = new Pool();
  return *p;
}

// Takes the smallest cached block of its size class or up to a quarter
// larger. Batches change shape every step ([B, S, T] differ), so exact-size
// reuse alone would miss often; a looser fit would let small requests hold
// large blocks. Returns nullptr when nothing suitable is cached.
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

void cache_run(Pool& p, Run run) {
  if (run.bytes < kMinRun) {
    munmap(run.start, run.bytes);
    return;
  }
  p.free_runs.emplace(run.bytes, run.start);
  p.stats.bytes_cached += run.bytes;
  p.run_bytes_cached += run.bytes;
}

// Removes a cached run: the smallest that holds `bytes`, else the largest.
Run take_run(Pool& p, size_t bytes) {
  auto it = p.free_runs.lower_bound(bytes);
  if (it == p.free_runs.end()) it = std::prev(p.free_runs.end());
  const Run run{it->second, it->first};
  p.free_runs.erase(it);
  p.stats.bytes_cached -= run.bytes;
  p.run_bytes_cached -= run.bytes;
  return run;
}

// Returns cached runs (largest first) to the system until they, what is in
// use and `more` fit in the peak working set: last step's memory is kept only
// as far as a step needs it. Cached small blocks do not count: freeing them
// would not shrink the heap, and counting them made decoding, whose working
// set sits near its peak, unmap and fault in a run on almost every step.
void evict_runs(Pool& p, size_t more) {
  const size_t limit = p.stats.peak_bytes_in_use;
  while (!p.free_runs.empty() && p.stats.bytes_in_use + p.run_bytes_cached + more > limit) {
    auto last = std::prev(p.free_runs.end());
    munmap(last->second, last->first);
    p.stats.bytes_cached -= last->first;
    p.run_bytes_cached -= last->first;
    p.free_runs.erase(last);
  }
}

// A large block of `bytes` (a page multiple) and the runs it is made of. One
// cached run that holds it lends its first pages in place; otherwise cached
// runs are moved into a new range, and only what they do not cover is fresh.
std::vector<Run> alloc_large(Pool& p, size_t bytes) {
  if (p.free_runs.lower_bound(bytes) != p.free_runs.end()) {
    const Run run = take_run(p, bytes);  // the smallest that holds it
    // A remainder too small to cache stays with the block (and returns with
    // it) rather than being unmapped and faulted in again later.
    if (run.bytes - bytes < kMinRun) return {run};
    cache_run(p, {run.start + bytes, run.bytes - bytes});
    return {{run.start, bytes}};  // no page changes hands: nothing to evict
  }
  void* range = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (range == MAP_FAILED) throw std::bad_alloc();
  char* dest = static_cast<char*>(range);
  std::vector<Run> runs;
  size_t filled = 0;
  while (filled < bytes && !p.free_runs.empty() && runs.size() + 1 < kMaxRuns) {
    const Run run = take_run(p, bytes - filled);
    const size_t take = std::min(run.bytes, bytes - filled);
    void* moved = mremap(run.start, take, take, MREMAP_MAYMOVE | MREMAP_FIXED, dest + filled);
    if (moved == MAP_FAILED) {  // cannot happen for a run; lose it rather than fail
      munmap(run.start, run.bytes);
      continue;
    }
    if (run.bytes > take) cache_run(p, {run.start + take, run.bytes - take});
    runs.push_back({dest + filled, take});
    filled += take;
  }
  if (filled < bytes) {
    runs.push_back({dest + filled, bytes - filled});  // fresh pages of the new range
    ++p.stats.system_allocations;
  }
  evict_runs(p, bytes);
  return runs;
}

std::shared_ptr<float> pooled_large(Pool& p, size_t n) {
  const size_t bytes = (n * sizeof(float) + kPage - 1) / kPage * kPage;
  std::vector<Run> runs = alloc_large(p, bytes);
  p.stats.bytes_in_use += bytes;
  p.stats.peak_bytes_in_use = std::max(p.stats.peak_bytes_in_use, p.stats.bytes_in_use);
  float* block = reinterpret_cast<float*>(runs.front().start);
  return std::shared_ptr<float>(block, [runs = std::move(runs), bytes](float*) {
    Pool& q = pool();
    std::lock_guard<std::mutex> lock(q.mutex);
    q.stats.bytes_in_use -= bytes;
    // The cache never holds more than the peak working set (at least 256 MB),
    // so memory stays bounded by twice what a step really needs.
    const size_t limit = std::max<size_t>(size_t(256) << 20, q.stats.peak_bytes_in_use);
    for (const Run& run : runs) {
      if (q.stats.bytes_cached + run.bytes > limit)
        munmap(run.start, run.bytes);
      else
        cache_run(q, run);
    }
  });
}

}  // namespace

std::shared_ptr<float> pooled_alloc(size_t n) {
  if (n == 0) n = 1;
  Pool& p = pool();
  std::lock_guard<std::mutex> lock(p.mutex);
  const size_t bytes = size_class(n * sizeof(float));
  if (bytes >= kMmapThreshold) return pooled_large(p, n);
  size_t block_bytes = bytes;
  void* block = take_cached(p, bytes, block_bytes);
  // A medium block that misses takes the front of a cached run that holds
  // it rather than growing the heap. A batch smaller than the ones before it
  // (the last of a file, a shrinking beam) asks medium sizes for what were
  // large blocks, and fresh heap blocks stacked on top of the idle runs:
  // float32 beam 5 peaked 6 MB higher after one short batch.
  if (!block && bytes >= kMinRun && p.free_runs.lower_bound(bytes) != p.free_runs.end())
    return pooled_large(p, n);
  if (!block) {
    // A small miss never evicts large runs: the next large request would
    // then fault in fresh pages.
    block = std::aligned_alloc(kAlign, bytes);
    if (!block) throw std::bad_alloc();
    ++p.stats.system_allocations;
  }
  p.stats.bytes_in_use += block_bytes;
  p.stats.peak_bytes_in_use = std::max(p.stats.peak_bytes_in_use, p.stats.bytes_in_use);
  return std::shared_ptr<float>(static_cast<float*>(block), [block_bytes](float* ptr) {
    Pool& q = pool();
    std::lock_guard<std::mutex> lock(q.mutex);
    q.stats.bytes_in_use -= block_bytes;
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
  for (auto& [bytes, start] : p.free_runs) {
    munmap(start, bytes);
    p.stats.bytes_cached -= bytes;
  }
  p.free_runs.clear();
  p.run_bytes_cached = 0;
}

}  // namespace nmt
