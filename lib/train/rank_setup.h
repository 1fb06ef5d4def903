// How the ranks of a job (mpirun, docs/DISTRIBUTED.md) start one training
// together: they check that they run the same configuration and version, load
// the same data (SentencePiece trained once, by rank 0, and sent to the
// others) and start from the same corpus and parameters. With one process each
// check passes at once and the data is loaded as it always was.
// Not here: the communication primitives and the gradient sum (distributed.h),
// the loop (trainer.cpp).
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "autograd/var.h"
#include "dist/communicator.h"
#include "models/model_config.h"
#include "train/train_config.h"
#include "train/training_data.h"

namespace nmt {

// Fails on every rank (train/distributed.h agree_on) when a rank's options or
// nmt version differ from rank 0's, naming the first option that differs.
void check_same_configuration(Communicator& comm, const TrainConfig& config,
                              const ModelConfig& model);

// The training data on every rank. Without a corpus cache every rank reads and
// encodes its corpus; when SentencePiece must be trained (no saved models, no
// --spm) and there are several ranks, rank 0 trains it and sends it to the
// others: training it N times would cost N times and need not give the same
// pieces. With the cache (train/corpus_cache.h), rank 0 builds or checks it
// first, then the first rank of each other host with rank 0's tokenizers, then
// the other ranks map the file their host's first rank left.
TrainingData load_data_on_every_rank(Communicator& comm, const TrainConfig& config,
                                     const SubwordModels* saved_pieces, std::ostream& log);

// The ranks must train the same model on the same data from the same point:
// compares the encoded corpus's digest and, at `update`, the parameters'.
void check_same_job(Communicator& comm, const EncodedCorpus& train, int64_t update,
                    const std::vector<std::pair<std::string, Var>>& params);

}  // namespace nmt
