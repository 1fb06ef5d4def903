// The two halves of a log-softmax over a step's logits, for StepModel's
// step_logits (models/translator.h): the per-row shift, and its subtraction
// where a caller wants the log-probs themselves.
#pragma once

#include <vector>

#include "tensor/tensor.h"

namespace nmt {

// Per row of x[rows, cols], the shift of its log-softmax: max + log(sum of
// exp(x - max)), so that the log-probs are x - shift.
void log_softmax_shifts(const Tensor& x, std::vector<float>& shifts);

// Rows of x[rows, cols] minus their shifts, in place.
void subtract_shifts(Tensor& x, const std::vector<float>& shifts);

}  // namespace nmt
