#include "train/weight_smoothing.h"

#include <algorithm>

#include "base/error.h"

namespace nmt {

WeightSmoothing::WeightSmoothing(const NamedParams& params, double smoothing)
    : params_(params), smoothing_(smoothing) {
  NMT_CHECK(smoothing > 0 && smoothing < 1, "--exponential-smoothing must be in (0, 1), got ",
            smoothing);
  for (const auto& [name, var] : params_) average_.push_back(var.value().clone());
}

double WeightSmoothing::next_decay() const {
  const double t = static_cast<double>(updates_);
  return std::min(1.0 - smoothing_, (1.0 + t) / (10.0 + t));
}

void WeightSmoothing::update() {
  const float keep = static_cast<float>(next_decay());
  const float take = static_cast<float>(1.0 - next_decay());
  for (size_t i = 0; i < params_.size(); ++i) {
    const float* p = params_[i].second.value().data();
    float* a = average_[i].data();
    const int64_t n = average_[i].numel();
#pragma omp parallel for if (n > (1 << 16)) schedule(static)
    for (int64_t j = 0; j < n; ++j) a[j] = keep * a[j] + take * p[j];
  }
  ++updates_;
}

std::vector<NamedTensor> WeightSmoothing::tensors() const {
  std::vector<NamedTensor> out;
  for (size_t i = 0; i < params_.size(); ++i)
    out.push_back({"ema." + params_[i].first, average_[i].clone()});
  return out;
}

void WeightSmoothing::restore(const std::vector<NamedTensor>& tensors, int64_t updates,
                              const std::string& source) {
  for (size_t i = 0; i < params_.size(); ++i) {
    const std::string name = "ema." + params_[i].first;
    const NamedTensor* found = find_named_tensor(tensors, name);
    NMT_CHECK(found != nullptr, source, ": the exponential average of ", params_[i].first,
              " is missing (was the checkpoint written without --exponential-smoothing?)");
    NMT_CHECK(found->value.shape() == average_[i].shape(), source, ": ", name, " has shape ",
              found->value.shape().to_string(), " but the model needs ",
              average_[i].shape().to_string());
    average_[i].copy_from(found->value);
  }
  updates_ = updates;
}

void WeightSmoothing::swap_into_parameters() {
  for (size_t i = 0; i < params_.size(); ++i) {
    Var param = params_[i].second;
    float* p = param.mutable_value().data();
    std::swap_ranges(p, p + average_[i].numel(), average_[i].data());
  }
}

}  // namespace nmt
