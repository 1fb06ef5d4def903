// `nmt-bench train --arch transformer|rnn`: training throughput of the
// reference model (bench_models.h) on random token data, as
// scripts/torch_reference/bench.py measures PyTorch.
//
// Batches: random pairs, source and target lengths each uniform in [20, 40]
// words, ids uniform in [4, 8000); the source gets EOS, the decoder input is
// BOS + words and the output words + EOS; pairs are added while the target
// tokens (words + EOS) stay within 2,048, then padded to the longest.
// One step = zero_grad + forward + label-smoothed (0.1) cross-entropy +
// backward + Adam (lr 5e-4, betas 0.9/0.98, eps 1e-9), timed whole. Reported:
// the median over the measured steps of non-pad target tokens / step time,
// the median step time, and the useful GFLOP/s: the matmul FLOPs of the batch
// (models/flop_count.h: 2mnk per product over padded lengths, forward +
// backward = 3 x forward; docs/COMPARE_TORCH.md, "FLOP count") / step time.
// gflops_best and tgt_tokens_per_s_best are the fastest measured step's: the
// figure to set beside a best-of-N GEMM sample (`nmt-bench gemm` reports the
// best), as both are the least disturbed measurement on a shared machine.
// tgt_tokens_per_cpu_s divides by the process CPU time instead (all threads):
// with one thread on a loaded machine it is close to what an idle machine
// gives.
//
// Under `mpirun -np N` every rank trains on its own random batches (seeded by
// rank) of the same size, as data-parallel training does with --batch-tokens
// per rank; the gradients are summed with train/distributed.h's GradientSum
// before Adam. tgt_tokens_per_s is then global (all ranks' tokens / step
// time); allreduce_ms is the median time in the sum (including waiting for the
// slowest rank) and allreduce_share its part of the step. After the steps,
// allreduce_bus_gbit_s times bare allreduces of the gradient (all ranks in
// step): 2 (N-1)/N x bytes / time, the bus bandwidth of the ring model
// (docs/DISTRIBUTED.md). Rank 0 alone prints.
#include <algorithm>
#include <chrono>
#include <ctime>
#include <memory>
#include <string>
#include <vector>

#include "base/rng.h"
#include "base/threads.h"
#include "bench_json.h"
#include "bench_models.h"
#include "bench_precision.h"
#include "commands.h"
#include "common/app.h"
#include "data/special_ids.h"
#include "dist/communicator.h"
#include "models/flop_count.h"
#include "models/translator.h"
#include "tensor/buffer_pool.h"
#include "train/distributed.h"
#include "train/optimizer.h"
#include "train/update_step.h"

namespace nmt::bench {
namespace {

struct TrainBenchConfig {
  std::string arch = "transformer";
  int steps = 10;
  int warmup = 3;
  bool quick = false;
  uint64_t seed = 1;
  std::string precision = "fp32";
};

constexpr int64_t kTargetBudget = 2048;
constexpr int kMinWords = 20, kMaxWords = 40;

// Random pairs of kMinWords..kMaxWords words each, up to kTargetBudget
// target tokens (words + EOS).
Batch random_batch(Rng& rng) {
  std::vector<std::vector<int32_t>> src, tgt;
  int64_t tokens = 0;
  auto words = [&](int n) {
    std::vector<int32_t> w(n);
    for (int32_t& id : w)
      id = kNumSpecialIds + static_cast<int32_t>(rng.below(kBenchVocab - kNumSpecialIds));
    return w;
  };
  while (true) {
    const int s = kMinWords + static_cast<int>(rng.below(kMaxWords - kMinWords + 1));
    const int t = kMinWords + static_cast<int>(rng.below(kMaxWords - kMinWords + 1));
    if (tokens + t + 1 > kTargetBudget) break;
    src.push_back(words(s));
    tgt.push_back(words(t));
    tokens += t + 1;
  }
  return make_batch(all_rows(src), all_rows(tgt));
}

// Median seconds of a bare allreduce of n floats, every rank starting together.
double bare_allreduce_seconds(Communicator& comm, size_t n) {
  std::vector<float> data(n, 1.0f);
  std::vector<double> times;
  for (int i = 0; i < 6; ++i) {
    double sync = 0;
    comm.allreduce_sum(&sync, 1);
    const auto start = std::chrono::steady_clock::now();
    comm.allreduce_sum(data.data(), n);
    double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    comm.allreduce_sum(&seconds, 1);  // the mean over ranks
    if (i > 0) times.push_back(seconds / comm.size());
  }
  return median(times);
}

int run_train_bench(const TrainBenchConfig& cfg, Communicator& comm) {
  const int warmup = cfg.quick ? 1 : cfg.warmup, steps = cfg.quick ? 3 : cfg.steps;
  const ModelConfig config = reference_model(cfg.arch);
  const PrecisionChoice precision = resolve_bench_precision(cfg.precision);
  std::unique_ptr<Translator> model = make_translator(config, cfg.seed);
  model->train();
  Adam adam(model->named_parameters(), AdamConfig{0.9f, 0.98f, 1e-9f});
  GradientSum gradient_sum(comm, adam.params());
  Rng rng(cfg.seed + 7919 * static_cast<uint64_t>(comm.rank()));
  std::vector<Batch> batches;
  for (int i = 0; i < warmup + steps; ++i) batches.push_back(random_batch(rng));

  std::vector<double> rates, cpu_rates, step_ms, gflops, allreduce_ms;
  double first_loss = 0.0, last_loss = 0.0;
  for (int i = 0; i < warmup + steps; ++i) {
    const Batch& b = batches[i];
    const auto start = std::chrono::steady_clock::now();
    const std::clock_t cpu_start = std::clock();
    // The trainer's update (train/update_step.h), without clipping.
    const BatchLoss loss = add_batch_gradients(*model, b, 0.1f, 0.0, gemm_precision_of(precision));
    const double flops = train_step_matmul_flops(config, b.src.rows, b.src.length, b.tgt_in.length);
    std::vector<double> global = {static_cast<double>(b.tgt_out.tokens()), flops};
    const double summed_before = gradient_sum.seconds();
    gradient_sum.sum(global);  // one process: leaves everything as it is
    const double allreduce_s = gradient_sum.seconds() - summed_before;
    apply_update(adam, 0.0, 5e-4f);
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const double cpu_seconds = static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC;
    (i == 0 ? first_loss : last_loss) = loss.mean;
    if (i < warmup) continue;
    rates.push_back(global[0] / seconds);
    cpu_rates.push_back(b.tgt_out.tokens() / cpu_seconds);
    step_ms.push_back(1e3 * seconds);
    allreduce_ms.push_back(1e3 * allreduce_s);
    gflops.push_back(global[1] / seconds / 1e9);
  }
  const size_t floats = gradient_sum.floats();
  const double bare_s = comm.size() > 1 ? bare_allreduce_seconds(comm, floats) : 0;
  const double ring_bytes = 2.0 * (comm.size() - 1) / comm.size() * floats * sizeof(float);
  if (comm.rank() != 0) return 0;
  const BufferPoolStats pool = buffer_pool_stats();
  JsonLine()
      .add("bench", "train")
      .add("arch", cfg.arch)
      .add("ranks", comm.size())
      .add("threads", num_threads())
      .add("precision", precision.bf16 ? "bf16" : "fp32")
      .add("precision_reason", precision.reason)
      .add("tgt_tokens_per_s", median(rates), 1)
      .add("peak_rss_mb", peak_rss_mb(), 1)
      .add("tgt_tokens_per_cpu_s", median(cpu_rates), 1)
      .add("step_ms", median(step_ms), 1)
      .add("gflops", median(gflops), 2)
      .add("gflops_best", *std::max_element(gflops.begin(), gflops.end()), 2)
      .add("tgt_tokens_per_s_best", *std::max_element(rates.begin(), rates.end()), 1)
      .add("allreduce_ms", median(allreduce_ms), 2)
      .add("allreduce_share", median(step_ms) > 0 ? median(allreduce_ms) / median(step_ms) : 0, 3)
      .add("gradient_mb", floats * sizeof(float) / 1048576.0, 1)
      .add("bare_allreduce_ms", 1e3 * bare_s, 2)
      .add("allreduce_bus_gbit_s", bare_s > 0 ? ring_bytes * 8 / bare_s / 1e9 : 0, 2)
      .add("pool_peak_mb", pool.peak_bytes_in_use / 1048576.0, 1)
      .add("pool_cached_mb", pool.bytes_cached / 1048576.0, 1)
      .add("steps", steps)
      .add("warmup", warmup)
      .add("first_loss", first_loss, 4)
      .add("last_loss", last_loss, 4)
      .print();
  return 0;
}

}  // namespace

Command add_train_command(CLI::App& cli, Communicator& comm) {
  auto config = std::make_shared<TrainBenchConfig>();
  CLI::App* sub = cli.add_subcommand("train", "Training throughput of the reference model");
  sub->add_option("--arch", config->arch, "Model family")
      ->check(CLI::IsMember({"transformer", "rnn"}));
  sub->add_option("--steps", config->steps, "Measured steps")->check(nmt::app::kPositive);
  sub->add_option("--warmup", config->warmup, "Unmeasured steps first")
      ->check(nmt::app::kNotNegative);
  sub->add_flag("--quick", config->quick, "1 warm-up + 3 steps (a smoke test)");
  sub->add_option("--seed", config->seed, "Seed of the data and the model");
  add_precision_option(sub, config->precision);
  return {sub, [config, &comm] { return run_train_bench(*config, comm); }};
}

}  // namespace nmt::bench
