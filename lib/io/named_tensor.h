// A tensor with a name, as stored in model and checkpoint files: a parameter
// ("decoder.layers.2.self_attn.wq", shape [D, D]) or an optimizer moment.
// Plus the one check both file kinds make: names non-empty and unique, every
// tensor defined.
#pragma once

#include <string>
#include <vector>

#include "tensor/tensor.h"

namespace nmt {

struct NamedTensor {
  std::string name;
  Tensor value;  // contiguous float32; its shape is saved with it
};

// Throws nmt::Error("<what>: ...") on an empty or duplicate name or an
// undefined tensor. what names the collection, e.g. "parameter".
void check_named_tensors(const std::vector<NamedTensor>& tensors, const std::string& what);

// The tensor called name, or nullptr.
const NamedTensor* find_named_tensor(const std::vector<NamedTensor>& tensors,
                                     const std::string& name);

}  // namespace nmt
