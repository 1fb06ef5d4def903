// The training loop (trainer.h). TrainingRun (training_run.h) is the state of
// one run; this file sets it up, runs the updates, reports progress and
// validates; training_run_state.cpp saves and restores it.
#include "train/trainer.h"

#include <chrono>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <optional>

#include "base/error.h"
#include "io/file_lock.h"
#include "tensor/bf16.h"
#include "tensor/buffer_pool.h"
#include "tensor/gemm.h"
#include "train/progress.h"
#include "train/rank_setup.h"
#include "train/run_files.h"
#include "train/stop_signal.h"
#include "train/training_run.h"
#include "train/update_step.h"
#include "train/validation.h"

namespace nmt {

TrainingRun::TrainingRun(const ModelConfig& model_config, const TrainConfig& config,
                         const TrainStart& start, Communicator& comm, std::ostream& log)
    : model_config_(model_config), config_(config), comm_(comm), log_(log) {
  std::unique_ptr<Checkpoint> checkpoint;
  prepare(start, checkpoint);
  check_same_configuration(comm_, config_, model_config_);
  SubwordModels saved_pieces;
  if (checkpoint)
    saved_pieces =
        pieces_from_serialized(checkpoint->extra["spm_source"], checkpoint->extra["spm_target"]);
  data_ = load_data_on_every_rank(comm_, config_, checkpoint ? &saved_pieces : nullptr, log_);
  model_config_.src_vocab = data_.pieces.src->vocab_size();
  model_config_.tgt_vocab = data_.pieces.tgt->vocab_size();
  model_config_.shared_vocab = data_.pieces.joint();
  model_ = make_translator(model_config_, config_.seed);
  model_->train();
  AdamConfig adam_config;
  adam_config.weight_decay = config_.weight_decay;
  adam_ = std::make_unique<Adam>(model_->named_parameters(), adam_config);
  if (config_.exponential_smoothing > 0)
    smoothing_ = std::make_unique<WeightSmoothing>(adam_->params(), config_.exponential_smoothing);
  gradient_sum_ = std::make_unique<GradientSum>(comm_, adam_->params());
  BatchOptions batch_options;
  batch_options.max_tokens = global_batch_tokens();
  batch_options.seed = config_.seed;
  batcher_ = std::make_unique<Batcher>(data_.train, batch_options);
  schedule_ = {config_.schedule, config_.lr, config_.warmup, config_.max_updates};
  check_lr_schedule(schedule_);
  if (checkpoint) agree_on(comm_, [&] { restore(*checkpoint); });
  agree_on(comm_, [&] {
    if (comm_.rank() == 0) curves_ = std::make_unique<TrainingLog>(config_.model_path, update_);
    if (comm_.rank() == 0 && !config_.log_batches.empty())
      batch_log_ = std::make_unique<BatchLog>(config_.log_batches);
  });
  check_same_job(comm_, data_.train, update_, adam_->params());
  log_start();
  const PrecisionChoice precision =
      choose_precision(config_.precision, cpu_bf16_support(), gemm_bf16_native());
  precision_ = precision.bf16 ? GemmPrecision::Bf16 : GemmPrecision::Fp32;
  check_same_on_every_rank(comm_, "precision", precision.bf16 ? "bf16" : "fp32");
  log_ << "[train] precision: " << describe(precision) << "\n";
  for (const std::string& warning : config_.warnings())
    log_ << "[train] warning: " << warning << "\n";
}

// Before any data work, agreed by every rank: the options, the files rank 0
// will write (and the temporaries of a killed earlier save), the checkpoint.
void TrainingRun::prepare(const TrainStart& start, std::unique_ptr<Checkpoint>& checkpoint) {
  const std::string ckpt_path = checkpoint_path_for(config_.model_path);
  if (start.overwrite && file_exists(config_.model_path))
    log_ << "[train] --overwrite: training a new model in place of " << config_.model_path << "\n";
  agree_on(comm_, [&] {
    config_.validate();
    model_config_.shared_vocab = config_.joint_vocab;  // known now: checked before any data work
    model_config_.validate_options();
    if (comm_.rank() == 0) {  // rank 0 alone writes the model files
      check_model_directory(config_.model_path);
      if (const int removed = remove_stale_run_files(config_.model_path); removed > 0)
        log_ << "[train] removed " << removed
             << " unfinished temporary file(s) of an interrupted save\n";
    }
    const bool have_checkpoint = !start.overwrite && file_exists(ckpt_path);
    NMT_CHECK(!start.resume || have_checkpoint, "--resume: no checkpoint ", ckpt_path);
    if (have_checkpoint) {
      checkpoint = std::make_unique<Checkpoint>(load_checkpoint(ckpt_path));
      log_ << "[train] resuming from " << ckpt_path << "\n";
    }
  });
}

void TrainingRun::log_start() const {
  const double params = static_cast<double>(model_->parameter_count());
  log_ << "[train] " << to_string(model_config_.arch) << " model, " << format_count(params)
       << " parameters (" << static_cast<int>(params * 4 / 1e6) << " MB; with gradients and Adam "
       << "moments about " << static_cast<int>(params * 16 / 1e6) << " MB before activations)\n";
  log_ << "[train] " << data_.train.size() << " training pairs, " << batcher_->batches_in_epoch()
       << " batches per epoch of up to " << global_batch_tokens() << " tokens";
  if (comm_.size() > 1 || config_.update_freq > 1)
    log_ << " (" << comm_.size() << " rank(s) x update-freq " << config_.update_freq << " x "
         << config_.batch_tokens << ")";
  log_ << "\n";
}

// One global batch is ranks x update_freq batches of --batch-tokens.
size_t TrainingRun::global_batch_tokens() const {
  return static_cast<size_t>(config_.batch_tokens * config_.update_freq * comm_.size());
}

double TrainingRun::elapsed() const {
  return elapsed_before_ + std::chrono::duration<double>(Clock::now() - started_).count();
}

int64_t TrainingRun::completed_epochs() const {
  const BatchPosition p = batcher_->position();
  return static_cast<int64_t>(p.epoch) + (p.index >= batcher_->batches_in_epoch() ? 1 : 0);
}

double TrainingRun::remaining() const {
  double left = -1;
  auto consider = [&](double estimate) { left = left < 0 ? estimate : std::min(left, estimate); };
  const double per_update = update_ > 0 ? elapsed() / update_ : 0;
  if (config_.max_updates > 0) consider((config_.max_updates - update_) * per_update);
  if (config_.max_time_s > 0) consider(std::max(0.0, config_.max_time_s - elapsed()));
  if (config_.max_epochs > 0) {
    const BatchPosition p = batcher_->position();
    const double done = p.epoch + static_cast<double>(p.index) / batcher_->batches_in_epoch();
    if (done > 0) consider(elapsed() * (config_.max_epochs - done) / done);
  }
  return left;
}

bool TrainingRun::time_is_up() const {
  return config_.max_time_s > 0 && elapsed() >= config_.max_time_s;
}

// One update from one global batch: this rank's parts of it (distributed.h),
// each part's mean loss weighted by its share of the global target tokens, the
// gradients summed over the ranks, then the same Adam step on every rank.
void TrainingRun::train_step(const std::vector<size_t>& rows) {
  const size_t freq = static_cast<size_t>(config_.update_freq);
  const size_t parts = static_cast<size_t>(comm_.size()) * freq;
  const double global_tokens = static_cast<double>(target_tokens(batcher_->corpus(), rows));
  if (batch_log_) batch_log_->write(update_ + 1, batcher_->corpus(), rows);
  double loss_sum = 0, nll_sum = 0;
  for (size_t k = 0; k < freq; ++k) {
    const size_t part = static_cast<size_t>(comm_.rank()) * freq + k;
    const std::vector<size_t> mine = interleaved_part(rows, part, parts);
    if (mine.empty()) continue;  // a global batch of fewer pairs than parts
    // Dropout masks depend only on (seed, update, part): the same after a resume.
    model_->dropout_rng().reseed(config_.seed * 1000003ull + static_cast<uint64_t>(update_) +
                                 part * 0x9E3779B97F4A7C15ull);
    const BatchLoss loss = add_batch_gradients(*model_, batcher_->make_batch_of(mine),
                                               config_.label_smoothing, global_tokens, precision_);
    loss_sum += loss.sum;
    nll_sum += loss.sum_nll;
  }
  std::vector<double> shared = {loss_sum, nll_sum, stop_requested() ? 1.0 : 0.0,
                                time_is_up() ? 1.0 : 0.0};
  const double allreduce_before = gradient_sum_->seconds();
  gradient_sum_->sum(shared);
  interval_allreduce_s_ += gradient_sum_->seconds() - allreduce_before;
  stop_agreed_ = shared[2] > 0;
  time_up_agreed_ = shared[3] > 0;
  const double norm = apply_update(*adam_, config_.clip_norm, schedule_.lr(update_ + 1));
  if (std::isfinite(norm)) {
    if (smoothing_) smoothing_->update();
  } else {
    log_ << "[train] update " << update_ + 1 << ": non-finite gradient, update skipped\n";
  }
  ++update_;
  interval_loss_ += shared[0];
  interval_nll_ += shared[1];
  interval_tokens_ += static_cast<int64_t>(global_tokens);
  interval_norm_ += norm;
  ++interval_updates_;
}

void TrainingRun::report_progress() {
  const double seconds = std::chrono::duration<double>(Clock::now() - interval_start_).count();
  ProgressLine line;
  line.update = update_;
  line.epoch = static_cast<int64_t>(batcher_->position().epoch) + 1;
  line.loss = interval_tokens_ ? interval_loss_ / interval_tokens_ : 0;
  line.nll = interval_tokens_ ? interval_nll_ / interval_tokens_ : 0;
  line.tokens_per_s = seconds > 0 ? interval_tokens_ / seconds : 0;
  line.lr = schedule_.lr(std::max<int64_t>(update_, 1));
  line.grad_norm = interval_updates_ ? interval_norm_ / interval_updates_ : 0;
  line.elapsed_s = elapsed();
  line.remaining_s = remaining();
  line.ranks = comm_.size();
  line.allreduce_share = seconds > 0 ? interval_allreduce_s_ / seconds : 0;
  log_ << line.to_string() << std::endl;
  if (curves_) curves_->progress(line);
  interval_loss_ = interval_nll_ = interval_norm_ = interval_allreduce_s_ = 0;
  interval_tokens_ = interval_updates_ = 0;
  interval_start_ = Clock::now();
}

bool TrainingRun::run_validation() {
  ValidationResult r;
  {
    ScopedAverage averaged(smoothing_.get());
    r = validate(*model_, data_, config_.batch_tokens);
  }
  const double score = r.metric(config_.valid_metric);
  const bool first = best_update_ == 0;
  const bool improved = first || ValidationResult::better(config_.valid_metric, score, best_score_);
  if (improved) {
    best_score_ = score;
    best_update_ = update_;
    bad_validations_ = 0;
    save_model(config_.model_path);
  } else {
    ++bad_validations_;
  }
  char buf[256];
  std::snprintf(buf, sizeof buf,
                "[valid] update %lld | loss %.4f | ppl %.2f | BLEU %.2f | chrF %.2f | %.0f s | "
                "best %s %.4g at update %lld%s",
                static_cast<long long>(update_), r.loss, r.perplexity, r.bleu, r.chrf, r.seconds,
                to_string(config_.valid_metric).c_str(), best_score_,
                static_cast<long long>(best_update_), improved ? " (new best, saved)" : "");
  log_ << buf << std::endl;
  if (curves_) {
    curves_->validation(update_, elapsed(), r, improved);
    curves_->write_page();
  }
  return config_.early_stopping > 0 && bad_validations_ >= config_.early_stopping;
}

TrainSummary TrainingRun::run() {
  TrainSummary summary;
  install_stop_handlers();
  started_ = interval_start_ = Clock::now();
  int64_t last_saved = update_, last_validated = update_;
  const bool alone = comm_.size() == 1;  // else every stop is decided by all ranks together
  while (true) {
    if (alone ? stop_requested() : stop_agreed_) {
      summary.stopped_by_signal = true;
      const int signal = stop_signal_number() == SIGINT ? SIGINT : SIGTERM;
      log_ << "[train] stopped by " << (signal == SIGINT ? "SIGINT" : "SIGTERM")
           << ": saving; exit status " << 128 + signal << "\n";
      break;
    }
    if (config_.max_updates > 0 && update_ >= config_.max_updates) break;
    if (config_.max_epochs > 0 && completed_epochs() >= config_.max_epochs) break;
    if (alone ? time_is_up() : time_up_agreed_) break;
    train_step(batcher_->next_indices());
    if (update_ % config_.log_every == 0) report_progress();
    if (config_.has_validation() && update_ % config_.valid_every == 0) {
      check_same_parameters(comm_, adam_->params(), update_);
      double stop = comm_.rank() == 0 && run_validation() ? 1 : 0;
      last_validated = update_;
      comm_.allreduce_sum(&stop, 1);  // rank 0 validates; everyone stops with it
      if (stop > 0) {
        summary.early_stopped = true;
        log_ << "[train] no improvement in " << config_.early_stopping
             << " validations: stopping\n";
        break;
      }
    }
    if (update_ % config_.save_every == 0) {
      check_same_parameters(comm_, adam_->params(), update_);
      if (comm_.rank() == 0) save_state();
      last_saved = update_;
    }
  }
  check_same_parameters(comm_, adam_->params(), update_);
  // A run that reaches its own limit (updates, epochs, time) validates its
  // last update too, so the best model can be the one training ended on, not
  // one up to --valid-every updates older. A stop by signal saves at once and
  // validates only if nothing has been yet (so that MODEL exists).
  const bool ended_by_limit = !summary.stopped_by_signal && !summary.early_stopped;
  const bool validate_end = config_.has_validation() &&
                            (best_update_ == 0 || (ended_by_limit && update_ != last_validated));
  if (comm_.rank() == 0 &&
      (validate_end || update_ != last_saved || !file_exists(config_.model_path))) {
    if (validate_end) run_validation();
    save_state();
  }
  // A rank stopped by the others' agreement got no signal itself: SIGTERM.
  if (summary.stopped_by_signal)
    summary.stop_signal = stop_signal_number() != 0 ? stop_signal_number() : SIGTERM;
  summary.updates = update_;
  summary.best_score = best_score_;
  log_ << "[train] done after " << update_ << " updates in " << format_clock(elapsed())
       << "; peak tensor memory " << buffer_pool_stats().peak_bytes_in_use / (1 << 20) << " MB\n";
  return summary;
}

TrainSummary train_translator(const ModelConfig& model_config, const TrainConfig& config,
                              const TrainStart& start, std::ostream& log, Communicator* comm) {
  std::unique_ptr<Communicator> alone;
  if (!comm) {
    alone = make_local_communicator();
    comm = alone.get();
  }
  std::ostream discarded(nullptr);  // ranks other than 0 print only errors
  std::ostream& out = comm->rank() == 0 ? log : discarded;
  // Rank 0 alone writes the model files, so it alone takes the lock (held
  // until we return) and checks what the files would replace.
  std::optional<FileLock> lock;
  agree_on(*comm, [&] {
    NMT_CHECK(!(start.resume && start.overwrite), "--resume and --overwrite contradict each other");
    if (comm->rank() != 0) return;
    config.validate();
    check_model_path(config.model_path);
    check_model_directory(config.model_path);
    lock.emplace(FileLock::for_training(config.model_path));
    const std::string ckpt_path = checkpoint_path_for(config.model_path);
    NMT_CHECK(start.overwrite || file_exists(ckpt_path) || !file_exists(config.model_path),
              config.model_path, " exists and has no checkpoint to resume from (", ckpt_path,
              "): add --overwrite to replace it, or choose another --model");
  });
  TrainingRun run(model_config, config, start, *comm, out);
  return run.run();
}

}  // namespace nmt
