// Module: the base of every layer. It keeps a named registry of trainable
// parameters and child modules, so the optimizer, gradient clipping, saving
// and loading all walk one list: named_parameters(), in a fixed order (own
// parameters in registration order, then each child's in registration order),
// with dotted names such as "decoder.layers.2.self_attn.w_qkv".
// It also carries the train/eval flag (dropout reads it), propagated to children.
// Not here: any maths (layers call autograd/ops.h), optimizers, file formats.
//
// Children are registered by address, so a Module can be neither copied nor
// moved: hold layers as members (constructed in the initializer list) or in
// std::vector<std::unique_ptr<...>>, and register them in the constructor.
// Parameters are Var handles shared with the registry: update them in place
// (mutable_value()), never by assigning a new Var to the member.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "autograd/var.h"
#include "base/rng.h"
#include "tensor/tensor.h"

namespace nmt {

using NamedParameter = std::pair<std::string, Var>;

class Module {
 public:
  Module() = default;
  virtual ~Module() = default;
  Module(const Module&) = delete;
  Module& operator=(const Module&) = delete;
  Module(Module&&) = delete;
  Module& operator=(Module&&) = delete;

  // Every trainable parameter below this module, with its dotted name.
  std::vector<NamedParameter> named_parameters() const;
  std::vector<Var> parameters() const;
  // Total number of scalars in all parameters.
  int64_t parameter_count() const;
  // Drops every parameter's gradient.
  void zero_grad();

  // Mode flag, set on this module and all its children.
  void train(bool on = true);
  void eval() { train(false); }
  bool is_training() const { return training_; }

  // Inference in int8: every weight matrix below this module is quantized and
  // packed once (tensor/qgemm.h), and forward passes made without a gradient
  // multiply by the packed copy; training (gradients on) still uses float32.
  // Call again after changing the weights; off drops the copies.
  // release_originals: as for set_packed_inference below, each float32 weight
  // is freed once its int8 copy exists (a process that only decodes in int8).
  void set_int8_inference(bool on, bool release_originals = false);
  // Inference in float32 from weights packed once (tensor/packed_gemm.h):
  // every weight matrix below this module gets a packed copy that no-grad
  // forward passes multiply by (the same sums as gemm_small_m, without
  // repacking on every call); training (gradients on) uses the weights
  // themselves. Call again after changing the weights; off drops the copies.
  // release_originals, for processes that only decode (nmt-translate): each
  // weight is freed as soon as it is packed, so the packed layout replaces it
  // instead of doubling it (embedding tables stay: lookups read them).
  // Afterwards those weights are empty: a forward pass with gradients, saving
  // or packing them again throws nmt::Error instead of computing.
  void set_packed_inference(bool on, bool release_originals = false);

 protected:
  // Makes `value` a trainable parameter named `name` (no dots) and returns it.
  Var register_parameter(const std::string& name, Tensor value);
  // Registers a child whose parameters appear under "name.". The child must
  // outlive this module (normally it is a member of it).
  void register_module(const std::string& name, Module& child);
  // This module's own part of set_int8_inference (children are done first):
  // layers that hold weight matrices pack or drop them here.
  virtual void prepare_int8(bool /*on*/) {}
  // The same for set_packed_inference; release_packed_original frees the
  // weights that have packed (float32 or int8) copies.
  virtual void prepare_packed(bool /*on*/) {}
  virtual void release_packed_original() {}

 private:
  void collect(const std::string& prefix, std::vector<NamedParameter>& out) const;

  std::vector<NamedParameter> parameters_;
  std::vector<std::pair<std::string, Module*>> children_;
  bool training_ = true;
};

// ---- initialisation: fresh tensors drawn from a seeded Rng ----
namespace init {
// Glorot/Xavier uniform for a weight [fan_in, fan_out] (rank 2; for other
// ranks the last dim is fan_out and the rest fan_in): U(-a, a), a = sqrt(6 / (in + out)).
Tensor xavier_uniform(const Shape& shape, Rng& rng);
// U(lo, hi) elementwise.
Tensor uniform(const Shape& shape, float lo, float hi, Rng& rng);
// N(0, std^2) elementwise.
Tensor normal(const Shape& shape, float std, Rng& rng);
Tensor zeros(const Shape& shape);
Tensor ones(const Shape& shape);
}  // namespace init

}  // namespace nmt
