// A caching allocator for tensor storage. Training allocates similar sizes
// step after step; after the first step requests are served from the cache,
// so the hot loop does no malloc: small blocks from free lists by size class,
// large ones (256 KB and more) from cached runs of pages, whatever their
// size (buffer_pool.cpp). Blocks are 64-byte aligned (AVX-512).
// A mutex guards the free lists (uncontended in practice: kernels write into
// storage that already exists, tensors are made on the main thread).
#pragma once

#include <cstddef>
#include <memory>

namespace nmt {

// Shared, pooled float storage of at least n floats (uninitialised).
std::shared_ptr<float> pooled_alloc(size_t n);

struct BufferPoolStats {
  size_t bytes_in_use = 0;     // held by live tensors
  size_t bytes_cached = 0;     // freed, kept for reuse
  size_t peak_bytes_in_use = 0;
  size_t system_allocations = 0;  // calls that reached the system allocator
};
BufferPoolStats buffer_pool_stats();
// Return every cached block to the system (e.g. after building a model).
void buffer_pool_release_cached();

}  // namespace nmt
