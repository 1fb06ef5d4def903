#include "train/optimizer.h"

#include <immintrin.h>
#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

#include "base/error.h"
#include "io/checkpoint_file.h"

namespace nmt {

namespace {

// Per-update constants of one parameter, shared by every element.
struct AdamKernel {
  float beta1, one_minus_beta1;
  float beta2, one_minus_beta2;
  float l2;         // coupled weight decay (0 for AdamW)
  float keep;       // 1 - lr * weight_decay for AdamW, else 1
  float step_size;  // lr / (1 - beta1^t)
  float sqrt_bc2;   // sqrt(1 - beta2^t)
  float eps;
};

// y = sqrt(x), correctly rounded in every path. GCC will not vectorise
// std::sqrt without -fno-math-errno, and Eigen's fast vector sqrt differs in
// the last bit from its scalar one, which would make results depend on where
// a buffer sits; the intrinsics are exact, like the scalar tail. (maskz: the
// plain _mm512_sqrt_ps trips a false -Wmaybe-uninitialized in GCC 12.)
void sqrt_tile(const float* x, float* y, int64_t n) {
  int64_t i = 0;
#if defined(__AVX512F__)
  for (; i + 16 <= n; i += 16)
    _mm512_storeu_ps(y + i, _mm512_maskz_sqrt_ps(0xFFFF, _mm512_loadu_ps(x + i)));
#elif defined(__AVX__)
  for (; i + 8 <= n; i += 8) _mm256_storeu_ps(y + i, _mm256_sqrt_ps(_mm256_loadu_ps(x + i)));
#elif defined(__SSE2__)
  for (; i + 4 <= n; i += 4) _mm_storeu_ps(y + i, _mm_sqrt_ps(_mm_loadu_ps(x + i)));
#endif
  for (; i < n; ++i) y[i] = std::sqrt(x[i]);
}

// The fused update of elements [begin, end), walked in L1-sized tiles so p,
// g, m and v each cross memory once. Elements are independent, so any split
// over threads gives the same bits.
void adam_range(const AdamKernel& k, float* __restrict p, const float* __restrict g,
                float* __restrict m, float* __restrict v, int64_t begin, int64_t end) {
  constexpr int64_t kTile = 512;
  float root[kTile];
  for (int64_t b = begin; b < end; b += kTile) {
    const int64_t e = std::min(end, b + kTile);
    for (int64_t i = b; i < e; ++i) {
      const float grad = g[i] + k.l2 * p[i];
      m[i] = k.beta1 * m[i] + k.one_minus_beta1 * grad;
      v[i] = k.beta2 * v[i] + k.one_minus_beta2 * (grad * grad);
    }
    sqrt_tile(v + b, root, e - b);
    for (int64_t i = b; i < e; ++i) {
      p[i] = k.keep * p[i] - k.step_size * m[i] / (root[i - b] / k.sqrt_bc2 + k.eps);
    }
  }
}

constexpr int64_t kChunk = 1 << 14;        // elements per parallel work item
constexpr int64_t kParallelMin = 1 << 16;  // below this, threads cost more than they save

void check_config(const AdamConfig& c) {
  NMT_CHECK(c.beta1 >= 0.0f && c.beta1 < 1.0f, "Adam: beta1 must be in [0, 1), got ", c.beta1);
  NMT_CHECK(c.beta2 >= 0.0f && c.beta2 < 1.0f, "Adam: beta2 must be in [0, 1), got ", c.beta2);
  NMT_CHECK(c.eps > 0.0f, "Adam: eps must be positive, got ", c.eps);
  NMT_CHECK(c.weight_decay >= 0.0f, "Adam: weight decay must be >= 0, got ", c.weight_decay);
}

std::vector<int64_t> dims_of(const Shape& shape) {
  std::vector<int64_t> dims(shape.rank());
  for (int i = 0; i < shape.rank(); ++i) dims[i] = shape[i];
  return dims;
}

std::string dims_string(const std::vector<int64_t>& dims) {
  std::string s = "[";
  for (size_t i = 0; i < dims.size(); ++i) s += (i ? ", " : "") + std::to_string(dims[i]);
  return s + "]";
}

}  // namespace

Adam::Adam(NamedParams params, const AdamConfig& config)
    : params_(std::move(params)), config_(config), moments_(params_.size()) {
  check_config(config_);
  std::unordered_set<std::string> seen;
  for (const auto& [name, var] : params_) {
    NMT_CHECK(var.defined(), "Adam: parameter '", name, "' is undefined");
    NMT_CHECK(seen.insert(name).second, "Adam: parameter name '", name, "' appears twice");
  }
}

void Adam::step(float lr) {
  NMT_CHECK(std::isfinite(lr) && lr >= 0.0f, "Adam: learning rate must be finite and >= 0, got ",
            lr);
  ++step_;
  for (size_t i = 0; i < params_.size(); ++i) {
    Var& param = params_[i].second;
    if (!param.grad().defined()) continue;
    NMT_CHECK(param.grad().numel() == param.value().numel(), "Adam: parameter '", params_[i].first,
              "' has value ", param.shape().to_string(), " but grad ",
              param.grad().shape().to_string());
    update(param, moments_[i], lr);
  }
}

void Adam::update(Var& param, Moments& moments, float lr) {
  const int64_t n = param.value().numel();
  if (moments.m.empty()) {
    moments.m.assign(n, 0.0f);
    moments.v.assign(n, 0.0f);
  }
  ++moments.step;
  const double t = static_cast<double>(moments.step);
  const double bc1 = 1.0 - std::pow(static_cast<double>(config_.beta1), t);
  const double bc2 = 1.0 - std::pow(static_cast<double>(config_.beta2), t);
  const bool decoupled = config_.decay_mode == WeightDecay::Decoupled;
  AdamKernel k;
  k.beta1 = config_.beta1;
  k.one_minus_beta1 = 1.0f - config_.beta1;
  k.beta2 = config_.beta2;
  k.one_minus_beta2 = 1.0f - config_.beta2;
  k.l2 = decoupled ? 0.0f : config_.weight_decay;
  k.keep = decoupled ? 1.0f - lr * config_.weight_decay : 1.0f;
  k.step_size = static_cast<float>(lr / bc1);
  k.sqrt_bc2 = static_cast<float>(std::sqrt(bc2));
  k.eps = config_.eps;

  float* p = param.mutable_value().data();
  const float* g = param.grad().data();
  float* m = moments.m.data();
  float* v = moments.v.data();
  if (n < kParallelMin) {
    adam_range(k, p, g, m, v, 0, n);
    return;
  }
  const int64_t chunks = (n + kChunk - 1) / kChunk;
#pragma omp parallel for schedule(static)
  for (int64_t c = 0; c < chunks; ++c) {
    adam_range(k, p, g, m, v, c * kChunk, std::min(n, (c + 1) * kChunk));
  }
}

void Adam::zero_grad() {
  for (auto& [name, var] : params_) var.zero_grad();
}

AdamState Adam::export_state() const {
  AdamState state;
  state.step = step_;
  for (size_t i = 0; i < params_.size(); ++i) {
    const Moments& mo = moments_[i];
    if (mo.step == 0) continue;
    state.params.push_back(
        {params_[i].first, dims_of(params_[i].second.shape()), mo.step, mo.m, mo.v});
  }
  return state;
}

void Adam::import_state(const AdamState& state) {
  NMT_CHECK(state.step >= 0, "Adam state: negative step count ", state.step);
  std::unordered_map<std::string, size_t> index;
  for (size_t i = 0; i < params_.size(); ++i) index[params_[i].first] = i;
  std::vector<Moments> loaded(params_.size());
  for (const AdamParamState& ps : state.params) {
    auto found = index.find(ps.name);
    NMT_CHECK(found != index.end(), "Adam state: no parameter named '", ps.name, "'");
    const size_t i = found->second;
    const std::vector<int64_t> dims = dims_of(params_[i].second.shape());
    NMT_CHECK(ps.dims == dims, "Adam state: parameter '", ps.name, "' has shape ",
              dims_string(dims), " but the state has ", dims_string(ps.dims));
    const size_t n = static_cast<size_t>(params_[i].second.value().numel());
    NMT_CHECK(ps.m.size() == n && ps.v.size() == n && ps.step > 0, "Adam state: parameter '",
              ps.name, "' has ", ps.m.size(), "/", ps.v.size(), " moment values and step ", ps.step,
              ", expected ", n, " values and step > 0");
    NMT_CHECK(loaded[i].step == 0, "Adam state: parameter '", ps.name, "' appears twice");
    loaded[i] = {ps.step, ps.m, ps.v};
  }
  moments_ = std::move(loaded);
  step_ = state.step;
}

namespace {

const std::string kStepCounter = "adam.step";
const std::string kParamStepPrefix = "adam.step.";
const std::string kFirstPrefix = "adam.m.";
const std::string kSecondPrefix = "adam.v.";

Tensor moment_tensor(const std::vector<int64_t>& dims, const std::vector<float>& values) {
  Shape shape;
  for (int64_t d : dims) shape = shape.with_inserted(shape.rank(), d);
  return Tensor::from_vector(shape, values);
}

const Tensor& moment_of(const Checkpoint& checkpoint, const std::string& name) {
  const NamedTensor* found = find_named_tensor(checkpoint.tensors, name);
  NMT_CHECK(found != nullptr, "checkpoint: Adam state has no tensor '", name, "'");
  return found->value;
}

}  // namespace

void save_adam_state(const AdamState& state, Checkpoint& checkpoint) {
  checkpoint.counters[kStepCounter] = state.step;
  for (const AdamParamState& ps : state.params) {
    checkpoint.counters[kParamStepPrefix + ps.name] = ps.step;
    checkpoint.tensors.push_back({kFirstPrefix + ps.name, moment_tensor(ps.dims, ps.m)});
    checkpoint.tensors.push_back({kSecondPrefix + ps.name, moment_tensor(ps.dims, ps.v)});
  }
}

AdamState load_adam_state(const Checkpoint& checkpoint) {
  auto step = checkpoint.counters.find(kStepCounter);
  NMT_CHECK(step != checkpoint.counters.end(), "checkpoint: no Adam state (counter '", kStepCounter,
            "')");
  AdamState state;
  state.step = step->second;
  for (auto it = checkpoint.counters.lower_bound(kParamStepPrefix);
       it != checkpoint.counters.end() &&
       it->first.compare(0, kParamStepPrefix.size(), kParamStepPrefix) == 0;
       ++it) {
    AdamParamState ps;
    ps.name = it->first.substr(kParamStepPrefix.size());
    ps.step = it->second;
    const Tensor& m = moment_of(checkpoint, kFirstPrefix + ps.name);
    const Tensor& v = moment_of(checkpoint, kSecondPrefix + ps.name);
    NMT_CHECK(m.shape() == v.shape(), "checkpoint: Adam moments of '", ps.name, "' have shapes ",
              m.shape().to_string(), " and ", v.shape().to_string());
    ps.dims = dims_of(m.shape());
    ps.m = m.to_vector();
    ps.v = v.to_vector();
    state.params.push_back(std::move(ps));
  }
  // A moment without its counter would be silently dropped: refuse it.
  for (const NamedTensor& t : checkpoint.tensors) {
    for (const std::string& prefix : {kFirstPrefix, kSecondPrefix}) {
      if (t.name.compare(0, prefix.size(), prefix) != 0) continue;
      NMT_CHECK(checkpoint.counters.count(kParamStepPrefix + t.name.substr(prefix.size())),
                "checkpoint: Adam tensor '", t.name, "' has no counter '", kParamStepPrefix,
                t.name.substr(prefix.size()), "'");
    }
  }
  return state;
}

}  // namespace nmt
