// Sinusoidal positional encoding (Vaswani et al. 2017), interleaved:
//   PE[t, 2i] = sin(t / 10000^(2i/D)),  PE[t, 2i+1] = cos(t / 10000^(2i/D)).
// Tables are computed once per D and grown on demand (thread-safe); the
// returned Tensor is a read-only view into the cache: add it, never write it.
// A [T, D] table broadcasts over [B, T, D] embeddings (trailing suffix).
// Not here: learned positions, the embedding scale.
#pragma once

#include <cstdint>

#include "tensor/tensor.h"

namespace nmt {

// Rows [start, start + length) of the table: [length, D]. D must be even.
// For decoding step t use sinusoidal_positions(1, D, t): [1, D].
Tensor sinusoidal_positions(int64_t length, int64_t dim, int64_t start = 0);

}  // namespace nmt
