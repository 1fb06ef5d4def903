#include "train/trainer.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "autograd/ops.h"
#include "base/error.h"
#include "base/version.h"
#include "data/batcher.h"
#include "io/atomic_file.h"
#include "io/checkpoint_file.h"
#include "models/saved_model.h"
#include "tensor/buffer_pool.h"
#include "train/grad_clip.h"
#include "train/model_snapshots.h"
#include "train/optimizer.h"
#include "train/progress.h"
#include "train/stop_signal.h"
#include "train/training_data.h"
#include "train/validation.h"
#include "train/weight_smoothing.h"

namespace nmt {
namespace {

using Clock = std::chrono::steady_clock;

bool file_exists(const std::string& path) {
  return std::ifstream(path).good();
}

// Fail before hours of training, not at the first save: the probe creates
// (and, unfinished, removes) the temporary file a save would write, so its
// error names the path and the system's reason.
void check_model_directory(const std::string& model_path) {
  AtomicFileWriter probe(model_path);
}

std::string exact_double(double v) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%a", v);  // hexadecimal: round-trips exactly
  return buf;
}

// One training run from start or checkpoint to a stopping condition.
class TrainingRun {
 public:
  TrainingRun(const ModelConfig& model_config, const TrainConfig& config, bool resume,
              std::ostream& log);
  TrainSummary run();

 private:
  void remove_stale_temporaries();
  void restore(const Checkpoint& checkpoint);
  void restore_smoothing(const Checkpoint& checkpoint);
  void save_model(const std::string& path);
  void train_step(const Batch& batch);
  void report_progress();
  bool run_validation();  // true when training should stop early
  void save_state();
  std::map<std::string, std::string> metadata() const;
  double elapsed() const;
  double remaining() const;
  int64_t completed_epochs() const;

  ModelConfig model_config_;
  TrainConfig config_;
  std::ostream& log_;
  TrainingData data_;
  std::unique_ptr<Translator> model_;
  std::unique_ptr<Adam> adam_;
  std::unique_ptr<WeightSmoothing> smoothing_;  // null unless --exponential-smoothing
  std::unique_ptr<Batcher> batcher_;
  LrSchedule schedule_;

  int64_t update_ = 0;
  double best_score_ = 0;
  int64_t best_update_ = 0;
  int bad_validations_ = 0;
  double elapsed_before_ = 0;  // seconds trained by earlier runs of a resumed training
  Clock::time_point started_ = Clock::now();

  // Since the last progress line.
  double interval_loss_ = 0, interval_nll_ = 0, interval_norm_ = 0;
  int64_t interval_tokens_ = 0, interval_updates_ = 0;
  Clock::time_point interval_start_ = Clock::now();
};

TrainingRun::TrainingRun(const ModelConfig& model_config, const TrainConfig& config, bool resume,
                         std::ostream& log)
    : model_config_(model_config), config_(config), log_(log) {
  config_.validate();
  check_model_directory(config_.model_path);
  remove_stale_temporaries();
  const std::string ckpt_path = checkpoint_path_for(config_.model_path);
  const bool have_checkpoint = file_exists(ckpt_path);
  NMT_CHECK(!resume || have_checkpoint, "--resume: no checkpoint ", ckpt_path);
  std::unique_ptr<Checkpoint> checkpoint;
  SubwordModels saved_pieces;
  if (have_checkpoint) {
    checkpoint = std::make_unique<Checkpoint>(load_checkpoint(ckpt_path));
    log_ << "[train] resuming from " << ckpt_path << "\n";
    const std::string& src = checkpoint->extra["spm_source"];
    const std::string& tgt = checkpoint->extra["spm_target"];
    saved_pieces.src =
        std::make_shared<const SentencePieceModel>(SentencePieceModel::from_serialized(src));
    saved_pieces.tgt =
        tgt.empty()
            ? saved_pieces.src
            : std::make_shared<const SentencePieceModel>(SentencePieceModel::from_serialized(tgt));
  }
  data_ = prepare_training_data(config_, checkpoint ? &saved_pieces : nullptr, log_);
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
  BatchOptions batch_options;
  batch_options.max_tokens = static_cast<size_t>(config_.batch_tokens);
  batch_options.seed = config_.seed;
  batcher_ = std::make_unique<Batcher>(data_.train, batch_options);
  schedule_ = {config_.schedule, config_.lr, config_.warmup};
  check_lr_schedule(schedule_);
  if (checkpoint) restore(*checkpoint);

  const double params = static_cast<double>(model_->parameter_count());
  log_ << "[train] " << to_string(model_config_.arch) << " model, " << format_count(params)
       << " parameters (" << static_cast<int>(params * 4 / 1e6) << " MB; with gradients and Adam "
       << "moments about " << static_cast<int>(params * 16 / 1e6) << " MB before activations)\n";
  log_ << "[train] " << data_.train.size() << " training pairs, " << batcher_->batches_in_epoch()
       << " batches per epoch of up to " << config_.batch_tokens << " tokens\n";
}

// Half-written files of a killed earlier run (the complete ones are intact).
void TrainingRun::remove_stale_temporaries() {
  const std::string& m = config_.model_path;
  int removed = 0;
  for (const std::string& path : {m, m + ".last", checkpoint_path_for(m)})
    removed += remove_stale_temp_files(path);
  if (removed > 0)
    log_ << "[train] removed " << removed
         << " unfinished temporary file(s) of an interrupted save\n";
}

void TrainingRun::restore(const Checkpoint& ckpt) {
  const std::string saved_model =
      ckpt.extra.count("model_config") ? ckpt.extra.at("model_config") : "";
  const std::vector<std::string> model_changes =
      config_differences(saved_model, model_config_.to_text());
  if (!model_changes.empty())
    throw Error("cannot resume with a different model (" + model_changes[0] +
                "); use another --model or the saved options");
  for (const std::string& change : config_differences(ckpt.train_config, config_.to_text())) {
    NMT_CHECK(change.rfind("vocab_size", 0) != 0 && change.rfind("spm_", 0) != 0 &&
                  change.rfind("joint_vocab", 0) != 0,
              "cannot resume with a different vocabulary (", change, ")");
    log_ << "[train] option changed on resume: " << change << "\n";
  }
  const std::string source = checkpoint_path_for(config_.model_path);
  std::vector<NamedTensor> params;
  for (const NamedTensor& t : ckpt.tensors)
    if (t.name.rfind("param.", 0) == 0) params.push_back({t.name.substr(6), t.value});
  assign_parameters(*model_, params, source);
  adam_->import_state(load_adam_state(ckpt));
  restore_smoothing(ckpt);
  NMT_CHECK(ckpt.data_position.size() == 3, source, ": bad data position");
  batcher_->restore({static_cast<uint64_t>(ckpt.data_position[0]),
                     static_cast<uint64_t>(ckpt.data_position[1]),
                     static_cast<uint64_t>(ckpt.data_position[2])});
  update_ = ckpt.counters.at("update");
  best_update_ = ckpt.counters.at("best_update");
  bad_validations_ = static_cast<int>(ckpt.counters.at("bad_validations"));
  elapsed_before_ = ckpt.counters.at("elapsed_ms") / 1000.0;
  best_score_ = std::strtod(ckpt.extra.at("best_score").c_str(), nullptr);
  log_ << "[train] continuing after update " << update_ << "\n";
}

// The average continues where it stopped; a checkpoint written without one
// starts it from the parameters as they are.
void TrainingRun::restore_smoothing(const Checkpoint& ckpt) {
  if (!smoothing_) return;
  auto count = ckpt.counters.find("ema.updates");
  if (count == ckpt.counters.end()) {
    log_ << "[train] the checkpoint has no exponential average: it starts here\n";
    smoothing_ = std::make_unique<WeightSmoothing>(adam_->params(), config_.exponential_smoothing);
    return;
  }
  smoothing_->restore(ckpt.tensors, count->second, checkpoint_path_for(config_.model_path));
}

// A model file, holding the exponential average of the weights when it is on.
void TrainingRun::save_model(const std::string& path) {
  ScopedAverage averaged(smoothing_.get());
  save_model_file(path, make_model_file(*model_, data_.pieces, metadata()));
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

void TrainingRun::train_step(const Batch& batch) {
  // Dropout masks depend only on (seed, update): the same after a resume.
  model_->dropout_rng().reseed(config_.seed * 1000003ull + static_cast<uint64_t>(update_));
  // Output layer and loss fused: the [tokens x vocab] logits, the largest
  // tensor of a step, are made and consumed a block of rows at a time.
  CrossEntropyResult ce = model_->loss(batch, config_.label_smoothing);
  backward(ce.loss);
  const double norm = config_.clip_norm > 0 ? clip_grad_norm(adam_->params(), config_.clip_norm)
                                            : grad_global_norm(adam_->params());
  if (std::isfinite(norm)) {
    adam_->step(schedule_.lr(update_ + 1));
    if (smoothing_) smoothing_->update();
  } else
    log_ << "[train] update " << update_ + 1 << ": non-finite gradient, update skipped\n";
  adam_->zero_grad();
  ++update_;
  interval_loss_ += ce.loss.value().at(0) * ce.tokens;
  interval_nll_ += ce.sum_nll;
  interval_tokens_ += ce.tokens;
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
  log_ << line.to_string() << std::endl;
  interval_loss_ = interval_nll_ = interval_norm_ = 0;
  interval_tokens_ = interval_updates_ = 0;
  interval_start_ = Clock::now();
}

std::map<std::string, std::string> TrainingRun::metadata() const {
  return {{"seed", std::to_string(config_.seed)},
          {"updates", std::to_string(update_)},
          {"metric", config_.valid_metric},
          {"best_score", std::to_string(best_score_)},
          {"best_update", std::to_string(best_update_)},
          {"nmt_version", version_string()}};
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
                config_.valid_metric.c_str(), best_score_, static_cast<long long>(best_update_),
                improved ? " (new best, saved)" : "");
  log_ << buf << std::endl;
  return config_.early_stopping > 0 && bad_validations_ >= config_.early_stopping;
}

void TrainingRun::save_state() {
  Checkpoint ckpt;
  ckpt.train_config = config_.to_text();
  ckpt.extra["model_config"] = model_config_.to_text();
  ckpt.extra["spm_source"] = data_.pieces.src->serialized();
  ckpt.extra["spm_target"] = data_.pieces.joint() ? "" : data_.pieces.tgt->serialized();
  ckpt.extra["best_score"] = exact_double(best_score_);
  for (const NamedTensor& t : parameter_tensors(*model_))
    ckpt.tensors.push_back({"param." + t.name, t.value});
  save_adam_state(adam_->export_state(), ckpt);
  if (smoothing_) {
    for (NamedTensor& t : smoothing_->tensors()) ckpt.tensors.push_back(std::move(t));
    ckpt.counters["ema.updates"] = smoothing_->updates();
  }
  const BatchPosition p = batcher_->position();
  ckpt.data_position = {static_cast<int64_t>(p.epoch), static_cast<int64_t>(p.index),
                        static_cast<int64_t>(p.rng_state)};
  ckpt.counters["update"] = update_;  // beside Adam's own counters
  ckpt.counters["best_update"] = best_update_;
  ckpt.counters["bad_validations"] = bad_validations_;
  ckpt.counters["elapsed_ms"] = static_cast<int64_t>(elapsed() * 1000);
  save_checkpoint(checkpoint_path_for(config_.model_path), ckpt);
  const std::string latest =
      config_.has_validation() ? config_.model_path + ".last" : config_.model_path;
  save_model(latest);
  if (config_.keep_last > 0) {
    save_model(snapshot_path(config_.model_path, update_));
    prune_snapshots(config_.model_path, config_.keep_last);
  }
}

TrainSummary TrainingRun::run() {
  TrainSummary summary;
  install_stop_handlers();
  started_ = interval_start_ = Clock::now();
  int64_t last_saved = update_;
  while (true) {
    if (stop_requested()) {
      summary.stopped_by_signal = true;
      log_ << "[train] stop requested: saving\n";
      break;
    }
    if (config_.max_updates > 0 && update_ >= config_.max_updates) break;
    if (config_.max_epochs > 0 && completed_epochs() >= config_.max_epochs) break;
    if (config_.max_time_s > 0 && elapsed() >= config_.max_time_s) break;
    train_step(batcher_->next());
    if (update_ % config_.log_every == 0) report_progress();
    if (config_.has_validation() && update_ % config_.valid_every == 0 && run_validation()) {
      summary.early_stopped = true;
      log_ << "[train] no improvement in " << config_.early_stopping << " validations: stopping\n";
      break;
    }
    if (update_ % config_.save_every == 0) {
      save_state();
      last_saved = update_;
    }
  }
  if (update_ != last_saved || !file_exists(config_.model_path)) {
    if (config_.has_validation() && best_update_ == 0) run_validation();
    save_state();
  }
  summary.updates = update_;
  summary.best_score = best_score_;
  log_ << "[train] done after " << update_ << " updates in " << format_clock(elapsed())
       << "; peak tensor memory " << buffer_pool_stats().peak_bytes_in_use / (1 << 20) << " MB\n";
  return summary;
}

}  // namespace

TrainSummary train_translator(const ModelConfig& model_config, const TrainConfig& config,
                              bool resume, std::ostream& log) {
  TrainingRun run(model_config, config, resume, log);
  return run.run();
}

}  // namespace nmt
