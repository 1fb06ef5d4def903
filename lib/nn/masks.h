// Additive attention masks as Tensors: 0 where attention is allowed,
// kMaskedScore (-1e9, so exp() underflows to exactly 0) where it is not.
// They are added to the scores before the softmax (scaled_masked_softmax) and
// must be a suffix of the scores' shape (ops.h broadcasts trailing dims only).
//
// Layout choice: multi-head attention (nn/multi_head_attention.h) keeps its
// scores as [H, B, T, S], heads OUTERMOST, so that one per-sentence mask
// [B, T, S] is a suffix and is shared by every head without copying; a causal
// mask [T, T] is a suffix too. RNN attention scores are [B, S], matched by
// padding_mask(). Masks depend only on lengths: build them once per batch and
// reuse them in every layer.
// Not here: autograd (masks are constants), the softmax itself.
#pragma once

#include <cstdint>
#include <vector>

#include "tensor/tensor.h"

namespace nmt {

constexpr float kMaskedScore = -1e9f;

// [B, S]: position s of sentence b is masked when s >= lengths[b].
// Every length must be in [1, max_len] (a row masked everywhere has no softmax).
Tensor padding_mask(const std::vector<int>& lengths, int64_t max_len);

// [B, T, S]: the source padding mask repeated for T query rows (T = 1 for one
// decoding step), as multi-head attention wants it.
Tensor attention_padding_mask(const std::vector<int>& lengths, int64_t queries, int64_t max_len);

// [T, T]: query t may see keys 0..t only.
Tensor causal_mask(int64_t length);

// [B, T] multiplicative 1/0 mask (1 at real positions), for zeroing padded outputs.
Tensor length_mask(const std::vector<int>& lengths, int64_t max_len);

}  // namespace nmt
