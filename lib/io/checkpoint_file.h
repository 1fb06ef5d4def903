// The training checkpoint, kept beside the model (MODEL.nmt.ckpt) so that
// `nmt-train --resume` continues where it stopped: optimizer moments as named
// tensors, step counters, RNG states, the data reader's position, the training
// config text, and a string map for anything else. Same envelope as the model
// file with magic "NMTCHKPT" (docs/FORMATS.md); writes are atomic.
// Not here: what the counters and tensors mean (lib/train decides the names),
// the model parameters themselves (model_file.h), unless the trainer chooses
// to store them here as named tensors too.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "io/named_tensor.h"

namespace nmt {

constexpr char kCheckpointMagic[] = "NMTCHKPT";  // 8 bytes on disk, no terminator
constexpr uint32_t kCheckpointFormatVersion = 1;

struct Checkpoint {
  // Set by load_checkpoint to the version read; save always writes the current one.
  uint32_t format_version = kCheckpointFormatVersion;
  std::string train_config;                    // TrainConfig as key = value text
  std::map<std::string, int64_t> counters;     // "step", "epoch", "tokens", ...
  std::map<std::string, uint64_t> rng_states;  // name -> Rng::state()
  std::vector<int64_t> data_position;          // the data reader's own encoding
  std::vector<NamedTensor> tensors;            // optimizer moments, e.g. "adam.m.<param>"
  std::map<std::string, std::string> extra;    // anything else
};

// "MODEL.nmt" -> "MODEL.nmt.ckpt".
std::string checkpoint_path_for(const std::string& model_path);

// Writes atomically; throws nmt::Error naming path.
void save_checkpoint(const std::string& path, const Checkpoint& checkpoint);

// Reads and verifies; throws nmt::Error with one line naming path.
Checkpoint load_checkpoint(const std::string& path);

// The exact bytes save writes, and their inverse, for tests and for callers
// that keep files in memory. decode throws like load, naming `name`.
std::string encode_checkpoint(const Checkpoint& checkpoint);
Checkpoint decode_checkpoint(const std::string& bytes, const std::string& name = "<memory>");

}  // namespace nmt
