// `nmt-bench toy --arch rnn|transformer [--attention ...] [--minutes M]`: how
// fast a small translator learns the reverse task of data/toy_tasks.h (source
// reversed and mapped to other words, 3-9 words of a dozen), measured in wall
// time, as issues #5 and #6 ask ("98% exact match on held-out data within 5
// minutes on 2 cores").
//
// Training uses the real pieces: make_translator and the trainer's update
// (train/update_step.h: the fused loss, global-norm clipping, Adam) at a
// warmup + inverse-square-root schedule (--schedule and --clip 0 give the
// plainer recipes for comparison). Each
// update draws a fresh batch of training-split pairs; every --eval-every
// seconds the held-out split (never trained on) is decoded greedily and scored
// by exact match of whole sentences. One JSON line per evaluation, then a
// final line with the best and last scores and the first time (wall and CPU
// seconds, updates) the target was reached, or null. Elapsed time counts
// everything, evaluations included; cpu_s is the process CPU time (all
// threads), which says how much of the machine the run really had.
//
// On a shared machine run it with OMP_WAIT_POLICY=passive: the steps of these
// small models are short parallel regions, and threads spinning at their
// barriers while the other thread waits for a core made 2 threads about 8x
// slower than passive waiting on a loaded 2-core machine (60 against 462
// updates in 30 s).
#include <chrono>
#include <cmath>
#include <ctime>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/threads.h"
#include "bench_json.h"
#include "bench_precision.h"
#include "commands.h"
#include "common/app.h"
#include "data/special_ids.h"
#include "data/toy_tasks.h"
#include "models/translator.h"
#include "train/lr_schedule.h"
#include "train/optimizer.h"
#include "train/toy_batches.h"
#include "train/update_step.h"

namespace nmt::bench {
namespace {

struct ToyBenchConfig {
  std::string arch = "rnn";
  std::string attention = "additive";
  double minutes = 5.0;
  int64_t max_updates = 0;                // 0: until the time runs out
  int batch = 64;                         // pairs per update
  float lr = 0.0f;                        // 0: the model's default (see default_lr)
  std::string schedule = "inverse-sqrt";  // train/lr_schedule.h
  int warmup = 100;                       // updates of linear warmup
  double clip = 1.0;                      // global gradient norm limit (0 = none)
  int64_t dim = 0;                        // 0: the model's default size (see toy_model)
  double eval_every = 10.0;               // seconds of wall time between evaluations
  int heldout = 500;                      // held-out pairs scored
  double target = 0.98;
  bool stop_at_target = false;
  uint64_t seed = 1;
  std::string precision = "fp32";  // bench_precision.h
};

// Small models sized for the task: RNN embeddings 32, bi-LSTM 32 per
// direction, decoder 64 (dot attention needs decoder = 2 x encoder); a
// Transformer of D 64, 2 heads, 2 + 2 layers, FFN 256. No dropout: the data
// is endless, nothing to overfit.
ModelConfig toy_model(const ToyBenchConfig& cfg, int64_t vocab) {
  ModelConfig c;
  c.arch = parse_arch(cfg.arch);
  c.src_vocab = c.tgt_vocab = vocab;
  c.dropout = 0.0f;
  if (c.arch == Arch::Rnn) {
    c.attention = parse_attention(cfg.attention);
    c.dim = cfg.dim > 0 ? cfg.dim : 32;
    c.enc_hidden = c.dim;
    c.dec_hidden = 2 * c.dim;
  } else {
    c.dim = cfg.dim > 0 ? cfg.dim : 64;
    c.heads = 2;
    c.enc_layers = c.dec_layers = 2;
    c.ffn = 4 * c.dim;
  }
  return c;
}

float default_lr(const ModelConfig& c) {
  return c.arch == Arch::Rnn ? 3e-3f : 2e-3f;
}

class Clock {
 public:
  double wall_s() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  }
  double cpu_s() const { return static_cast<double>(std::clock() - cpu_start_) / CLOCKS_PER_SEC; }

 private:
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  std::clock_t cpu_start_ = std::clock();
};

struct Reached {
  double wall_s = 0, cpu_s = 0;
  int64_t updates = 0;
};

JsonLine line_start(const ToyBenchConfig& cfg, const ModelConfig& model) {
  JsonLine line;
  line.add("bench", "toy").add("arch", cfg.arch);
  if (model.arch == Arch::Rnn) line.add("attention", to_string(model.attention));
  return line.add("threads", num_threads())
      .add("precision", resolve_bench_precision(cfg.precision).bf16 ? "bf16" : "fp32");
}

// Where the run stands.
struct Progress {
  int64_t updates = 0;
  double loss = 0.0;              // of the last update
  double last = 0.0, best = 0.0;  // exact match of the last and the best evaluation
  std::optional<Reached> reached;
};

void print_final_line(const ToyBenchConfig& cfg, const ModelConfig& config, const Translator& model,
                      float peak_lr, const Clock& clock, const Progress& p) {
  JsonLine final = line_start(cfg, config);
  final.add("final", 1)
      .add("minutes", cfg.minutes, 2)
      .add("batch", cfg.batch)
      .add("lr", static_cast<double>(peak_lr), 4)
      .add("params", static_cast<int64_t>(model.parameter_count()))
      .add("elapsed_s", clock.wall_s(), 1)
      .add("cpu_s", clock.cpu_s(), 1)
      .add("updates", p.updates)
      .add("exact_match", p.last, 4)
      .add("best_exact_match", p.best, 4)
      .add("target", cfg.target, 2);
  if (p.reached) {
    final.add("time_to_target_s", p.reached->wall_s, 1)
        .add("cpu_s_to_target", p.reached->cpu_s, 1)
        .add("updates_to_target", p.reached->updates);
  } else {
    final.add_null("time_to_target_s").add_null("cpu_s_to_target").add_null("updates_to_target");
  }
  final.print();
}

int run_toy_bench(const ToyBenchConfig& cfg) {
  const ToyTask task;
  const ModelConfig config = toy_model(cfg, task.vocab());
  std::unique_ptr<Translator> model = make_translator(config, cfg.seed);
  model->train();
  Adam adam(model->named_parameters(), AdamConfig{0.9f, 0.98f, 1e-9f});
  const LrSchedule schedule{parse_lr_schedule_kind(cfg.schedule),
                            cfg.lr > 0 ? cfg.lr : default_lr(config), cfg.warmup};
  check_lr_schedule(schedule);  // the toy runs for minutes, so linear and cosine are refused
  const std::vector<ToyPair> heldout =
      reverse_pairs(task, cfg.heldout, cfg.seed + 1000, ToySplit::Heldout);
  const TokenBatch heldout_src = make_toy_batch(heldout).src;
  uint64_t batch_seed = cfg.seed * 1000003ull;
  const GemmPrecision precision = gemm_precision_of(resolve_bench_precision(cfg.precision));

  const Clock clock;
  const double budget_s = 60.0 * cfg.minutes;
  double next_eval_s = cfg.eval_every;
  Progress p;
  while (true) {
    const double now = clock.wall_s();
    const bool out_of_budget =
        now >= budget_s || (cfg.max_updates > 0 && p.updates >= cfg.max_updates);
    if (now >= next_eval_s || out_of_budget) {
      p.last = greedy_exact_match(*model, heldout, heldout_src);
      p.best = std::max(p.best, p.last);
      if (!p.reached && p.last >= cfg.target)
        p.reached = Reached{clock.wall_s(), clock.cpu_s(), p.updates};
      line_start(cfg, config)
          .add("elapsed_s", clock.wall_s(), 1)
          .add("cpu_s", clock.cpu_s(), 1)
          .add("updates", p.updates)
          .add("loss", p.loss, 4)
          .add("exact_match", p.last, 4)
          .print();
      next_eval_s = clock.wall_s() + cfg.eval_every;
      if (out_of_budget || (p.reached && cfg.stop_at_target)) break;
    }
    const Batch b = make_toy_batch(reverse_pairs(task, cfg.batch, batch_seed++));
    // The trainer's update: loss, backward, clipping, Adam (train/update_step.h).
    const StepOptions step{0.0f, cfg.clip, schedule.lr(++p.updates), precision};
    p.loss = train_step(*model, adam, b, step).loss.mean;
  }
  print_final_line(cfg, config, *model, schedule.peak_lr, clock, p);
  return 0;
}

}  // namespace

Command add_toy_command(CLI::App& cli) {
  auto config = std::make_shared<ToyBenchConfig>();
  CLI::App* sub =
      cli.add_subcommand("toy", "Time for a small model to learn the reverse task (exact match)");
  sub->add_option("--arch", config->arch, "Model family")
      ->check(CLI::IsMember({"transformer", "rnn"}));
  sub->add_option("--attention", config->attention, "RNN attention")
      ->check(CLI::IsMember({"none", "additive", "dot", "general"}));
  sub->add_option("--minutes", config->minutes, "Wall-time budget")->check(nmt::app::kPositive);
  sub->add_option("--max-updates", config->max_updates, "Stop after this many updates (0 = none)")
      ->check(nmt::app::kNotNegative);
  sub->add_option("--batch", config->batch, "Pairs per update")->check(nmt::app::kPositive);
  sub->add_option("--lr", config->lr, "Peak learning rate (0 = the model's default)")
      ->check(nmt::app::kNotNegative);
  sub->add_option("--schedule", config->schedule, "Learning-rate schedule")
      ->check(CLI::IsMember({"inverse-sqrt", "constant", "warmup-constant"}));
  sub->add_option("--warmup", config->warmup, "Warmup updates")->check(nmt::app::kNotNegative);
  sub->add_option("--clip", config->clip, "Global gradient norm limit (0 = none)")
      ->check(nmt::app::kNotNegative);
  sub->add_option("--dim", config->dim, "Model size (0 = default: RNN 32, Transformer 64)")
      ->check(nmt::app::kNotNegative);
  sub->add_option("--eval-every", config->eval_every, "Seconds between evaluations")
      ->check(nmt::app::kPositive);
  sub->add_option("--heldout", config->heldout, "Held-out pairs scored")
      ->check(nmt::app::kPositive);
  sub->add_option("--target", config->target, "Exact-match rate to time")
      ->check(CLI::Range(0.0, 1.0));
  sub->add_flag("--stop-at-target", config->stop_at_target, "Stop once the target is reached");
  sub->add_option("--seed", config->seed, "Seed of the data and the model");
  add_precision_option(sub, config->precision);
  return {sub, [config] { return run_toy_bench(*config); }};
}

}  // namespace nmt::bench
