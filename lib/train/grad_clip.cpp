#include "train/grad_clip.h"

#include <algorithm>
#include <cmath>

namespace nmt {

namespace {

constexpr int64_t kBlock = 1 << 14;  // elements summed by one work item

struct Block {
  const float* data;
  int64_t size;
};

// Every gradient cut into fixed blocks: the partition depends only on the
// shapes, never on the thread count, which keeps the sum's order fixed.
std::vector<Block> grad_blocks(const std::vector<std::pair<std::string, Var>>& params) {
  std::vector<Block> blocks;
  for (const auto& [name, var] : params) {
    if (!var.defined() || !var.grad().defined()) continue;
    const float* g = var.grad().data();
    const int64_t n = var.grad().numel();
    for (int64_t b = 0; b < n; b += kBlock) blocks.push_back({g + b, std::min(kBlock, n - b)});
  }
  return blocks;
}

// Eight independent partial sums, added in a fixed order at the end: the
// compiler may vectorise across them without reassociating anything, so the
// result is still fixed by the data alone.
double sum_of_squares(const float* x, int64_t n) {
  constexpr int kLanes = 8;
  double lane[kLanes] = {};
  int64_t i = 0;
  for (; i + kLanes <= n; i += kLanes) {
    for (int j = 0; j < kLanes; ++j) lane[j] += static_cast<double>(x[i + j]) * x[i + j];
  }
  for (; i < n; ++i) lane[0] += static_cast<double>(x[i]) * x[i];
  double s = 0.0;
  for (double l : lane) s += l;
  return s;
}

}  // namespace

double grad_global_norm(const std::vector<std::pair<std::string, Var>>& params) {
  const std::vector<Block> blocks = grad_blocks(params);
  const int64_t count = static_cast<int64_t>(blocks.size());
  std::vector<double> partial(blocks.size());
#pragma omp parallel for schedule(static) if (count > 4)
  for (int64_t b = 0; b < count; ++b) partial[b] = sum_of_squares(blocks[b].data, blocks[b].size);
  double total = 0.0;
  for (double s : partial) total += s;
  return std::sqrt(total);
}

double clip_grad_norm(const std::vector<std::pair<std::string, Var>>& params, double max_norm) {
  const double norm = grad_global_norm(params);
  if (!(max_norm > 0.0) || !std::isfinite(norm) || norm <= max_norm) return norm;
  const float factor = static_cast<float>(max_norm / norm);
  for (const auto& [name, var] : params) {
    if (!var.defined() || !var.grad().defined()) continue;
    Var handle = var;  // a copy shares the node, so this scales the real gradient
    float* g = handle.mutable_grad().data();
    const int64_t n = var.grad().numel();
#pragma omp parallel for simd schedule(static) if (n >= (1 << 16))
    for (int64_t i = 0; i < n; ++i) g[i] *= factor;
  }
  return norm;
}

}  // namespace nmt
