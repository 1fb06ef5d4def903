#include "train/rank_setup.h"

#include <unistd.h>

#include <functional>

#include "base/options.h"
#include "base/version.h"
#include "train/corpus_cache.h"
#include "train/distributed.h"

namespace nmt {

void check_same_configuration(Communicator& comm, const TrainConfig& config,
                              const ModelConfig& model) {
  check_same_on_every_rank(comm, "configuration", config.to_text() + model.to_text(),
                           [](const std::string& mine, const std::string& reference) {
                             const auto changes = text_differences(reference, mine);
                             return changes.empty() ? std::string("?")
                                                    : changes[0] + ", rank 0 -> here";
                           });
  check_same_on_every_rank(comm, "nmt version", version_string());
}

namespace {

// The lowest rank whose host name is this rank's.
int first_rank_on_host(Communicator& comm) {
  char name[256] = {};
  ::gethostname(name, sizeof name - 1);
  const std::vector<uint64_t> hosts = comm.allgather(std::hash<std::string>()(name));
  for (size_t r = 0; r < hosts.size(); ++r)
    if (hosts[r] == hosts[static_cast<size_t>(comm.rank())]) return static_cast<int>(r);
  return comm.rank();
}

// With the corpus cache, rank 0 checks it (and builds it, with the
// tokenizers) while the others wait; then the lowest rank on each other host
// does the same with rank 0's tokenizers (the file is found valid when the
// hosts share it); then every other rank maps the file its host's first rank
// left. No two ranks of a host write it; two hosts sharing a directory may,
// and the atomic rename leaves one complete file either way.
TrainingData load_cached_data(Communicator& comm, const TrainConfig& config,
                              const SubwordModels* saved_pieces, std::ostream& log) {
  TrainingData data;
  agree_on(comm, [&] {
    if (comm.rank() == 0)
      data = prepare_training_data(config, saved_pieces, log, CorpusCacheRole::Build);
  });
  if (comm.size() == 1) return data;
  std::string src = comm.rank() == 0 ? data.pieces.src->serialized() : "";
  std::string tgt = comm.rank() == 0 && !data.pieces.joint() ? data.pieces.tgt->serialized() : "";
  comm.broadcast(src, 0);
  comm.broadcast(tgt, 0);
  const SubwordModels pieces = pieces_from_serialized(src, tgt);
  const bool host_first = first_rank_on_host(comm) == comm.rank();
  agree_on(comm, [&] {
    if (comm.rank() != 0 && host_first)
      data = prepare_training_data(config, &pieces, log, CorpusCacheRole::Build);
  });
  agree_on(comm, [&] {
    if (!host_first) data = prepare_training_data(config, &pieces, log, CorpusCacheRole::Read);
  });
  return data;
}

}  // namespace

// Without a corpus cache every rank reads and encodes its corpus; when
// SentencePiece must be trained, rank 0 trains it and sends it to the others.
TrainingData load_data_on_every_rank(Communicator& comm, const TrainConfig& config,
                                     const SubwordModels* saved_pieces, std::ostream& log) {
  if (!corpus_cache_path(config).empty()) return load_cached_data(comm, config, saved_pieces, log);
  TrainingData data;
  const bool rank0_trains = comm.size() > 1 && !saved_pieces && config.spm_path.empty();
  if (!rank0_trains) {
    agree_on(comm, [&] { data = prepare_training_data(config, saved_pieces, log); });
    return data;
  }
  agree_on(comm, [&] {
    if (comm.rank() == 0) data = prepare_training_data(config, nullptr, log);
  });
  std::string src = comm.rank() == 0 ? data.pieces.src->serialized() : "";
  std::string tgt = comm.rank() == 0 && !data.pieces.joint() ? data.pieces.tgt->serialized() : "";
  comm.broadcast(src, 0);
  comm.broadcast(tgt, 0);
  agree_on(comm, [&] {
    if (comm.rank() == 0) return;
    const SubwordModels pieces = pieces_from_serialized(src, tgt);
    data = prepare_training_data(config, &pieces, log);
  });
  return data;
}

void check_same_job(Communicator& comm, const EncodedCorpus& train, int64_t update,
                    const std::vector<std::pair<std::string, Var>>& params) {
  const uint32_t corpus = comm.size() > 1 ? corpus_digest(train) : 0;
  check_same_on_every_rank(
      comm, "training corpus",
      std::to_string(train.size()) + " pairs, encoded digest " + std::to_string(corpus));
  check_same_on_every_rank(comm, "starting point",
                           "update " + std::to_string(update) + ", parameter digest " +
                               std::to_string(parameter_digest(params)));
}

}  // namespace nmt
