// Global-norm gradient clipping over named parameters: the L2 norm of all
// gradients taken together, and a common rescale when it exceeds a limit.
// Sums run in double over fixed blocks added in a fixed order, so the norm is
// the same for any thread count. Parameters with undefined grads count as zero.
// Not here: per-parameter or by-value clipping.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "autograd/var.h"

namespace nmt {

// sqrt(sum over parameters and elements of grad^2).
double grad_global_norm(const std::vector<std::pair<std::string, Var>>& params);

// If the global norm exceeds max_norm (> 0), multiplies every gradient by
// max_norm / norm, so the new norm is max_norm (up to float rounding); smaller
// gradients are left untouched. Returns the norm before clipping. A non-finite
// norm leaves the gradients alone (the caller should skip that update).
double clip_grad_norm(const std::vector<std::pair<std::string, Var>>& params, double max_norm);

}  // namespace nmt
