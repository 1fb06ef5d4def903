// The training loop: token batches -> teacher-forced forward -> label-smoothed
// cross-entropy -> backward -> clipping -> Adam at the scheduled rate, with
// progress lines, validation, best/last model files, checkpoints and resume.
//
// Files for --model M:
//   M        the model to use: best by the validation metric (or the latest
//            when there is no dev set)
//   M.last   the latest parameters (only with a dev set)
//   M.ckpt   everything needed to continue: parameters, Adam moments,
//            counters, data position, configs and tokenizers (and the
//            exponential average of the weights with --exponential-smoothing,
//            which M, M.last and M.upd<N> then hold)
//   M.upd<N> with --keep-last K: the model of each of the last K saves
// Every file is written atomically, checkpoint first, so a kill at any moment
// leaves complete files. A resumed run reseeds dropout per update from the
// seed and the update number and restores the data position, so N + N
// updates equal 2N updates bit for bit (for a fixed thread count).
#pragma once

#include <memory>
#include <ostream>

#include "models/model_config.h"
#include "train/train_config.h"

namespace nmt {

struct TrainSummary {
  int64_t updates = 0;
  double best_score = 0;  // of the validation metric (0 without validation)
  bool stopped_by_signal = false;
  int stop_signal = 0;  // SIGINT or SIGTERM when stopped_by_signal
  bool early_stopped = false;
};

class Communicator;  // dist/communicator.h

struct TrainStart {
  bool resume = false;     // M.ckpt must exist (resuming is automatic when it does)
  bool overwrite = false;  // start afresh even if M (and M.ckpt) exist
};

// Trains (or resumes when M.ckpt exists, unless start.overwrite) and returns
// what happened. Before anything is written it refuses: an M that is not a
// regular file (/dev/full, a directory, "-"); an M that exists without M.ckpt
// (a finished model whose checkpoint was deleted) unless start.overwrite; an
// M that another process is training (the lock M.lock, io/file_lock.h, is
// held for the whole run, by rank 0). Throws nmt::Error on bad data, configs
// or files. With a communicator of several ranks (mpirun), trains
// data-parallel (train/distributed.h): every rank calls this with the same
// arguments; rank 0 alone writes the files and the log. nullptr: one process.
TrainSummary train_translator(const ModelConfig& model_config, const TrainConfig& config,
                              const TrainStart& start, std::ostream& log,
                              Communicator* comm = nullptr);

}  // namespace nmt
