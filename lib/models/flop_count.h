// The matrix-product FLOPs of one teacher-forced forward pass of a translator,
// from its config and the padded batch shape: the "useful FLOPs" behind
// nmt-bench's GFLOP/s and scripts/torch_reference/flops.py (docs/COMPARE_TORCH.md,
// "FLOP count"). 2 FLOPs per multiply-add, over the padded lengths the kernels
// run on. A training step is 3 x forward: the backward pass of each product is
// two products of its size.
//
// Counted: every GEMM whose size grows with the tokens (projections, attention
// scores and weighted sums, LSTM gates, feed-forward, output layer); additive
// attention's v^T tanh(k + q) counts as the product it replaces. Not counted:
// embedding lookups, softmax, layer norm, elementwise ops, the loss, the
// optimizer, and the RNN's once-per-sentence bridge from encoder to decoder.
// Dimension legend: B batch, S source length, T target length (padded).
#pragma once

#include <cstdint>

#include "models/model_config.h"

namespace nmt {

double forward_matmul_flops(const ModelConfig& config, int64_t batch, int64_t src_len,
                            int64_t tgt_len);

// Forward + backward of one training step: 3 x forward_matmul_flops.
double train_step_matmul_flops(const ModelConfig& config, int64_t batch, int64_t src_len,
                               int64_t tgt_len);

}  // namespace nmt
