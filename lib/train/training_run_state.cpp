// The parts of TrainingRun (training_run.h) that write and read its state:
// the checkpoint (everything a resume needs, bit for bit) and the model files.
#include "train/training_run.h"

#include <cstdio>
#include <cstdlib>

#include "base/error.h"
#include "base/version.h"
#include "io/model_file.h"
#include "models/saved_model.h"
#include "train/model_snapshots.h"

namespace nmt {
namespace {

std::string exact_double(double v) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%a", v);  // hexadecimal: round-trips exactly
  return buf;
}

}  // namespace

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

std::map<std::string, std::string> TrainingRun::metadata() const {
  return {
      {"seed", std::to_string(config_.seed)},        {"updates", std::to_string(update_)},
      {"metric", to_string(config_.valid_metric)},   {"best_score", std::to_string(best_score_)},
      {"best_update", std::to_string(best_update_)}, {"nmt_version", version_string()}};
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

}  // namespace nmt
