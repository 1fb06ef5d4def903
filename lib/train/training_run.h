// The state of one training run and the steps it is made of, shared by the
// files that implement it: trainer.cpp (set-up, the loop, one update,
// progress and validation) and training_run_state.cpp (what a checkpoint and
// a model file hold, and reading them back on resume).
// Internal to lib/train: other layers call train_translator (trainer.h).
#pragma once

#include <chrono>
#include <map>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "data/batcher.h"
#include "dist/communicator.h"
#include "io/checkpoint_file.h"
#include "models/model_config.h"
#include "models/translator.h"
#include "tensor/gemm.h"
#include "train/batch_log.h"
#include "train/distributed.h"
#include "train/lr_schedule.h"
#include "train/optimizer.h"
#include "train/train_config.h"
#include "train/trainer.h"
#include "train/training_data.h"
#include "train/training_log.h"
#include "train/weight_smoothing.h"

namespace nmt {

// One training run from start or checkpoint to a stopping condition.
class TrainingRun {
 public:
  using Clock = std::chrono::steady_clock;

  TrainingRun(const ModelConfig& model_config, const TrainConfig& config, const TrainStart& start,
              Communicator& comm, std::ostream& log);
  TrainSummary run();

 private:
  // trainer.cpp
  void prepare(const TrainStart& start, std::unique_ptr<Checkpoint>& checkpoint);
  void log_start() const;
  size_t global_batch_tokens() const;
  void train_step(const std::vector<size_t>& rows);
  bool time_is_up() const;
  void report_progress();
  bool run_validation();  // true when training should stop early
  double elapsed() const;
  double remaining() const;
  int64_t completed_epochs() const;

  // training_run_state.cpp
  void restore(const Checkpoint& checkpoint);
  void restore_smoothing(const Checkpoint& checkpoint);
  void restore_position(const Checkpoint& checkpoint);
  void save_model(const std::string& path);
  void save_state();
  std::map<std::string, std::string> metadata() const;

  ModelConfig model_config_;
  TrainConfig config_;
  Communicator& comm_;
  std::ostream& log_;
  TrainingData data_;
  std::unique_ptr<Translator> model_;
  std::unique_ptr<Adam> adam_;
  std::unique_ptr<WeightSmoothing> smoothing_;  // null unless --exponential-smoothing
  std::unique_ptr<TrainingLog> curves_;  // MODEL.log.jsonl and MODEL.curves.html (rank 0 alone)
  std::unique_ptr<BatchLog> batch_log_;  // --log-batches (rank 0 alone)
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

}  // namespace nmt
