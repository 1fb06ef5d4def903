#include "nn/module.h"

#include <cmath>

#include "base/error.h"

namespace nmt {

Var Module::register_parameter(const std::string& name, Tensor value) {
  NMT_CHECK(!name.empty() && name.find('.') == std::string::npos,
            "register_parameter: bad parameter name '", name, "'");
  for (const auto& p : parameters_)
    NMT_CHECK(p.first != name, "register_parameter: duplicate parameter '", name, "'");
  for (const auto& c : children_)
    NMT_CHECK(c.first != name, "register_parameter: '", name, "' is already a module");
  Var param(std::move(value), /*requires_grad=*/true);
  parameters_.emplace_back(name, param);
  return param;
}

void Module::register_module(const std::string& name, Module& child) {
  // Dots are allowed so a list can register "layers.2" directly.
  NMT_CHECK(!name.empty() && name.front() != '.' && name.back() != '.',
            "register_module: bad module name '", name, "'");
  NMT_CHECK(&child != this, "register_module: a module cannot contain itself");
  for (const auto& c : children_)
    NMT_CHECK(c.first != name, "register_module: duplicate module '", name, "'");
  for (const auto& p : parameters_)
    NMT_CHECK(p.first != name, "register_module: '", name, "' is already a parameter");
  children_.emplace_back(name, &child);
  child.train(training_);
}

void Module::collect(const std::string& prefix, std::vector<NamedParameter>& out) const {
  for (const auto& p : parameters_) out.emplace_back(prefix + p.first, p.second);
  for (const auto& c : children_) c.second->collect(prefix + c.first + ".", out);
}

std::vector<NamedParameter> Module::named_parameters() const {
  std::vector<NamedParameter> out;
  collect("", out);
  return out;
}

std::vector<Var> Module::parameters() const {
  std::vector<Var> out;
  for (auto& p : named_parameters()) out.push_back(std::move(p.second));
  return out;
}

int64_t Module::parameter_count() const {
  int64_t total = 0;
  for (const auto& p : named_parameters()) total += p.second.value().numel();
  return total;
}

void Module::zero_grad() {
  for (auto& p : named_parameters()) p.second.zero_grad();
}

void Module::set_int8_inference(bool on, bool release_originals) {
  for (auto& c : children_) c.second->set_int8_inference(on, release_originals);
  prepare_int8(on);
  if (on && release_originals) release_packed_original();
}

void Module::set_packed_inference(bool on, bool release_originals) {
  for (auto& c : children_) c.second->set_packed_inference(on, release_originals);
  prepare_packed(on);
  if (on && release_originals) release_packed_original();
}

void Module::train(bool on) {
  training_ = on;
  for (auto& c : children_) c.second->train(on);
}

namespace init {

Tensor uniform(const Shape& shape, float lo, float hi, Rng& rng) {
  Tensor t = Tensor::empty(shape);
  float* d = t.data();
  for (int64_t i = 0; i < t.numel(); ++i) d[i] = rng.uniform(lo, hi);
  return t;
}

Tensor xavier_uniform(const Shape& shape, Rng& rng) {
  NMT_CHECK(shape.rank() >= 1, "xavier_uniform: empty shape");
  int64_t fan_out = shape.cols();
  int64_t fan_in = shape.rank() == 1 ? shape.cols() : shape.rows();
  float a = std::sqrt(6.0f / static_cast<float>(fan_in + fan_out));
  return uniform(shape, -a, a, rng);
}

Tensor normal(const Shape& shape, float std, Rng& rng) {
  Tensor t = Tensor::empty(shape);
  float* d = t.data();
  for (int64_t i = 0; i < t.numel(); ++i) d[i] = std * rng.normal();
  return t;
}

Tensor zeros(const Shape& shape) {
  return Tensor::zeros(shape);
}
Tensor ones(const Shape& shape) {
  return Tensor::full(shape, 1.0f);
}

}  // namespace init
}  // namespace nmt
