// Reordering the batch dimension of cached tensors, for beam search: keep,
// drop or duplicate sentences (new batch row j = old row rows[j]). Built on
// the embedding (row gather) op, so it also works on the tape.
// Not here: the choice of rows (decode/).
#pragma once

#include <cstdint>
#include <vector>

#include "autograd/var.h"

namespace nmt {

// x with its dimension `axis` (the batch axis) replaced by rows.size()
// entries: out[..., j, ...] = x[..., rows[j], ...].
Var select_batch_rows(const Var& x, int axis, const std::vector<int32_t>& rows);
// The same for a constant tensor (e.g. a mask).
Tensor select_batch_rows(const Tensor& x, int axis, const std::vector<int32_t>& rows);

}  // namespace nmt
