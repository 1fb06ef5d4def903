#include "train/trainer.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <optional>
#include <sstream>

#include <sys/stat.h>
#include <unistd.h>

#include <csignal>

#include "autograd/ops.h"
#include "base/error.h"
#include "base/version.h"
#include "data/batcher.h"
#include "dist/communicator.h"
#include "io/atomic_file.h"
#include "io/checkpoint_file.h"
#include "io/checksum.h"
#include "io/file_lock.h"
#include "models/saved_model.h"
#include "tensor/bf16.h"
#include "tensor/buffer_pool.h"
#include "tensor/gemm.h"
#include "train/corpus_cache.h"
#include "train/distributed.h"
#include "train/model_snapshots.h"
#include "train/optimizer.h"
#include "train/progress.h"
#include "train/stop_signal.h"
#include "train/training_data.h"
#include "train/training_log.h"
#include "train/update_step.h"
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

// The model path must name a file training can replace: not a device
// (/dev/full would take the saves, and MODEL.ckpt would appear in /dev), a
// directory or a FIFO, nor "-" (a model is no stream).
void check_model_path(const std::string& model_path) {
  NMT_CHECK(model_path != "-", "--model -: a model is a file, not standard output ",
            "(training writes MODEL, MODEL.ckpt and MODEL.lock)");
  struct stat target {};
  if (::stat(model_path.c_str(), &target) != 0) return;
  NMT_CHECK(S_ISREG(target.st_mode), model_path, ": not a regular file",
            S_ISDIR(target.st_mode) ? " (a directory)" : "",
            "; --model names the file training writes, with MODEL.ckpt beside it");
}

std::string exact_double(double v) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%a", v);  // hexadecimal: round-trips exactly
  return buf;
}

SubwordModels pieces_from(const std::string& src, const std::string& tgt) {
  SubwordModels pieces;
  pieces.src = std::make_shared<const SentencePieceModel>(SentencePieceModel::from_serialized(src));
  pieces.tgt =
      tgt.empty()
          ? pieces.src
          : std::make_shared<const SentencePieceModel>(SentencePieceModel::from_serialized(tgt));
  return pieces;
}

// One training run from start or checkpoint to a stopping condition.
class TrainingRun {
 public:
  TrainingRun(const ModelConfig& model_config, const TrainConfig& config, const TrainStart& start,
              Communicator& comm, std::ostream& log);
  TrainSummary run();

 private:
  void remove_stale_temporaries();
  void load_data(const SubwordModels* saved_pieces);
  void load_cached_data(const SubwordModels* saved_pieces);
  int first_rank_on_host();
  void check_same_job();
  void restore(const Checkpoint& checkpoint);
  void restore_smoothing(const Checkpoint& checkpoint);
  void save_model(const std::string& path);
  void restore_position(const Checkpoint& checkpoint);
  size_t global_batch_tokens() const;
  void train_step(const std::vector<size_t>& rows);
  bool time_is_up() const;
  void report_progress();
  bool run_validation();  // true when training should stop early
  void save_state();
  std::map<std::string, std::string> metadata() const;
  double elapsed() const;
  double remaining() const;
  int64_t completed_epochs() const;

  ModelConfig model_config_;
  TrainConfig config_;
  Communicator& comm_;
  std::ostream& log_;
  TrainingData data_;
  std::unique_ptr<Translator> model_;
  std::unique_ptr<Adam> adam_;
  std::unique_ptr<WeightSmoothing> smoothing_;  // null unless --exponential-smoothing
  std::unique_ptr<TrainingLog> curves_;  // MODEL.log.jsonl and MODEL.curves.html (rank 0 alone)
  std::unique_ptr<Batcher> batcher_;
  LrSchedule schedule_;
  std::unique_ptr<GradientSum> gradient_sum_;
  bool stop_agreed_ = false, time_up_agreed_ = false;  // by all ranks, at the last update

  int64_t update_ = 0;
  double best_score_ = 0;
  int64_t best_update_ = 0;
  int bad_validations_ = 0;
  double elapsed_before_ = 0;  // seconds trained by earlier runs of a resumed training
  Clock::time_point started_ = Clock::now();

  // Since the last progress line.
  double interval_loss_ = 0, interval_nll_ = 0, interval_norm_ = 0;
  int64_t interval_tokens_ = 0, interval_updates_ = 0;
  double interval_allreduce_s_ = 0;
  GemmPrecision precision_ = GemmPrecision::Fp32;  // of training steps (--precision, resolved)
  Clock::time_point interval_start_ = Clock::now();
};

TrainingRun::TrainingRun(const ModelConfig& model_config, const TrainConfig& config,
                         const TrainStart& start, Communicator& comm, std::ostream& log)
    : model_config_(model_config), config_(config), comm_(comm), log_(log) {
  const std::string ckpt_path = checkpoint_path_for(config_.model_path);
  if (start.overwrite && file_exists(config_.model_path))
    log_ << "[train] --overwrite: training a new model in place of " << config_.model_path << "\n";
  std::unique_ptr<Checkpoint> checkpoint;
  agree_on(comm_, [&] {
    config_.validate();
    model_config_.shared_vocab = config_.joint_vocab;  // known now: checked before any data work
    model_config_.validate_options();
    if (comm_.rank() == 0) {  // rank 0 alone writes the model files
      check_model_directory(config_.model_path);
      remove_stale_temporaries();
    }
    const bool have_checkpoint = !start.overwrite && file_exists(ckpt_path);
    NMT_CHECK(!start.resume || have_checkpoint, "--resume: no checkpoint ", ckpt_path);
    if (have_checkpoint) {
      checkpoint = std::make_unique<Checkpoint>(load_checkpoint(ckpt_path));
      log_ << "[train] resuming from " << ckpt_path << "\n";
    }
  });
  check_same_on_every_rank(comm_, "configuration", config_.to_text() + model_config_.to_text(),
                           [](const std::string& mine, const std::string& reference) {
                             const auto changes = text_differences(reference, mine);
                             return changes.empty() ? std::string("?")
                                                    : changes[0] + ", rank 0 -> here";
                           });
  check_same_on_every_rank(comm_, "nmt version", version_string());
  SubwordModels saved_pieces;
  if (checkpoint)
    saved_pieces = pieces_from(checkpoint->extra["spm_source"], checkpoint->extra["spm_target"]);
  load_data(checkpoint ? &saved_pieces : nullptr);
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
  schedule_ = {config_.schedule, config_.lr, config_.warmup};
  check_lr_schedule(schedule_);
  if (checkpoint) agree_on(comm_, [&] { restore(*checkpoint); });
  agree_on(comm_, [&] {
    if (comm_.rank() == 0) curves_ = std::make_unique<TrainingLog>(config_.model_path, update_);
  });
  check_same_job();

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
  const PrecisionChoice precision =
      choose_precision(config_.precision, cpu_bf16_support(), gemm_bf16_native());
  precision_ = precision.bf16 ? GemmPrecision::Bf16 : GemmPrecision::Fp32;
  check_same_on_every_rank(comm_, "precision", precision.bf16 ? "bf16" : "fp32");
  log_ << "[train] precision: " << describe(precision) << "\n";
  for (const std::string& warning : config_.warnings())
    log_ << "[train] warning: " << warning << "\n";
}

// One global batch is ranks x update_freq batches of --batch-tokens.
size_t TrainingRun::global_batch_tokens() const {
  return static_cast<size_t>(config_.batch_tokens * config_.update_freq * comm_.size());
}

// Without a corpus cache every rank reads and encodes its corpus; when
// SentencePiece must be trained, rank 0 trains it and sends it to the others
// (training it N times would cost N times and need not give the same pieces).
void TrainingRun::load_data(const SubwordModels* saved_pieces) {
  if (!corpus_cache_path(config_).empty()) {
    load_cached_data(saved_pieces);
    return;
  }
  const bool rank0_trains = comm_.size() > 1 && !saved_pieces && config_.spm_path.empty();
  if (!rank0_trains) {
    agree_on(comm_, [&] { data_ = prepare_training_data(config_, saved_pieces, log_); });
    return;
  }
  agree_on(comm_, [&] {
    if (comm_.rank() == 0) data_ = prepare_training_data(config_, nullptr, log_);
  });
  std::string src = comm_.rank() == 0 ? data_.pieces.src->serialized() : "";
  std::string tgt =
      comm_.rank() == 0 && !data_.pieces.joint() ? data_.pieces.tgt->serialized() : "";
  comm_.broadcast(src, 0);
  comm_.broadcast(tgt, 0);
  agree_on(comm_, [&] {
    if (comm_.rank() == 0) return;
    const SubwordModels pieces = pieces_from(src, tgt);
    data_ = prepare_training_data(config_, &pieces, log_);
  });
}

// With the corpus cache, rank 0 checks it (and builds it, with the
// tokenizers) while the others wait; then the lowest rank on each other host
// does the same with rank 0's tokenizers (the file is found valid when the
// hosts share it); then every other rank maps the file its host's first rank
// left. No two ranks of a host write it; two hosts sharing a directory may,
// and the atomic rename leaves one complete file either way.
void TrainingRun::load_cached_data(const SubwordModels* saved_pieces) {
  agree_on(comm_, [&] {
    if (comm_.rank() == 0)
      data_ = prepare_training_data(config_, saved_pieces, log_, CorpusCacheRole::Build);
  });
  if (comm_.size() == 1) return;
  std::string src = comm_.rank() == 0 ? data_.pieces.src->serialized() : "";
  std::string tgt =
      comm_.rank() == 0 && !data_.pieces.joint() ? data_.pieces.tgt->serialized() : "";
  comm_.broadcast(src, 0);
  comm_.broadcast(tgt, 0);
  const SubwordModels pieces = pieces_from(src, tgt);
  const bool host_first = first_rank_on_host() == comm_.rank();
  agree_on(comm_, [&] {
    if (comm_.rank() != 0 && host_first)
      data_ = prepare_training_data(config_, &pieces, log_, CorpusCacheRole::Build);
  });
  agree_on(comm_, [&] {
    if (!host_first) data_ = prepare_training_data(config_, &pieces, log_, CorpusCacheRole::Read);
  });
}

// The lowest rank whose host name is this rank's.
int TrainingRun::first_rank_on_host() {
  char name[256] = {};
  ::gethostname(name, sizeof name - 1);
  const std::vector<uint64_t> hosts = comm_.allgather(std::hash<std::string>()(name));
  for (size_t r = 0; r < hosts.size(); ++r)
    if (hosts[r] == hosts[static_cast<size_t>(comm_.rank())]) return static_cast<int>(r);
  return comm_.rank();
}

// The ranks must train the same model on the same data from the same point.
void TrainingRun::check_same_job() {
  const uint32_t corpus = comm_.size() > 1 ? corpus_digest(data_.train) : 0;
  check_same_on_every_rank(
      comm_, "training corpus",
      std::to_string(data_.train.size()) + " pairs, encoded digest " + std::to_string(corpus));
  check_same_on_every_rank(comm_, "starting point",
                           "update " + std::to_string(update_) + ", parameter digest " +
                               std::to_string(parameter_digest(adam_->params())));
}

// Half-written files of a killed earlier run (the complete ones are intact).
void TrainingRun::remove_stale_temporaries() {
  const std::string& m = config_.model_path;
  int removed = 0;
  for (const std::string& path :
       {m, m + ".last", checkpoint_path_for(m), training_log_path(m), curves_page_path(m)})
    removed += remove_stale_temp_files(path);
  if (removed > 0)
    log_ << "[train] removed " << removed
         << " unfinished temporary file(s) of an interrupted save\n";
}

void TrainingRun::restore(const Checkpoint& ckpt) {
  const std::string source = checkpoint_path_for(config_.model_path);
  NMT_CHECK(ckpt.extra.count("model_config"), source, ": no model config");
  // Compared as values, so a checkpoint of an older version (which printed
  // 0.100000001 for 0.1, or 1 for true) shows no spurious changes.
  const std::vector<std::string> model_changes = option_differences(
      model_options(), ModelConfig::from_text(ckpt.extra.at("model_config")), model_config_);
  if (!model_changes.empty())
    throw Error("cannot resume with a different model (" + model_changes[0] +
                "); use another --model or the saved options");
  const TrainConfig saved = TrainConfig::from_text(ckpt.train_config);
  const std::vector<std::string> fixed = changed_options(saved, config_, true);
  NMT_CHECK(fixed.empty(), "cannot resume with a different vocabulary (",
            fixed.empty() ? "" : fixed[0], ")");
  for (const std::string& change : changed_options(saved, config_, false))
    log_ << "[train] option changed on resume: " << change << "\n";
  std::vector<NamedTensor> params;
  for (const NamedTensor& t : ckpt.tensors)
    if (t.name.rfind("param.", 0) == 0) params.push_back({t.name.substr(6), t.value});
  assign_parameters(*model_, params, source);
  adam_->import_state(load_adam_state(ckpt));
  restore_smoothing(ckpt);
  restore_position(ckpt);
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

// Same global batch (ranks x update_freq x batch_tokens) as the saved run: the
// same batches follow, bit for bit. Another global batch re-plans the epoch
// at the same fraction of it (the rest of that epoch may repeat or skip a few
// pairs); later epochs are drawn as usual.
void TrainingRun::restore_position(const Checkpoint& ckpt) {
  const std::string source = checkpoint_path_for(config_.model_path);
  NMT_CHECK(ckpt.data_position.size() == 3, source, ": bad data position");
  BatchPosition position{static_cast<uint64_t>(ckpt.data_position[0]),
                         static_cast<uint64_t>(ckpt.data_position[1]),
                         static_cast<uint64_t>(ckpt.data_position[2])};
  const auto saved = [&](const char* key, int64_t otherwise) {
    return ckpt.counters.count(key) ? ckpt.counters.at(key) : otherwise;
  };
  const int64_t saved_global = saved("global_batch_tokens", global_batch_tokens());
  if (saved_global != static_cast<int64_t>(global_batch_tokens())) {
    const int64_t saved_batches = std::max<int64_t>(1, saved("batches_in_epoch", 1));
    batcher_->restore({position.epoch, 0, position.rng_state});
    position.index = std::min<uint64_t>(
        batcher_->batches_in_epoch(),
        position.index * batcher_->batches_in_epoch() / static_cast<uint64_t>(saved_batches));
    log_ << "[train] the checkpoint's global batch was " << saved_global << " tokens ("
         << saved("ranks", 1) << " rank(s)), now " << global_batch_tokens() << " (" << comm_.size()
         << "): epoch " << position.epoch + 1 << " re-planned, continuing at batch "
         << position.index << " of " << batcher_->batches_in_epoch() << "\n";
  }
  batcher_->restore(position);
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

std::map<std::string, std::string> TrainingRun::metadata() const {
  return {
      {"seed", std::to_string(config_.seed)},        {"updates", std::to_string(update_)},
      {"metric", to_string(config_.valid_metric)},   {"best_score", std::to_string(best_score_)},
      {"best_update", std::to_string(best_update_)}, {"nmt_version", version_string()}};
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
  ckpt.counters["global_batch_tokens"] = static_cast<int64_t>(global_batch_tokens());
  ckpt.counters["batches_in_epoch"] = static_cast<int64_t>(batcher_->batches_in_epoch());
  ckpt.counters["ranks"] = comm_.size();
  save_checkpoint(checkpoint_path_for(config_.model_path), ckpt);
  const std::string latest =
      config_.has_validation() ? config_.model_path + ".last" : config_.model_path;
  save_model(latest);
  if (curves_) curves_->write_page();
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
  if (comm_.rank() == 0 && (update_ != last_saved || !file_exists(config_.model_path))) {
    if (config_.has_validation() && best_update_ == 0) run_validation();
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

}  // namespace

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
