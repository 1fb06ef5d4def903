#include "io/checkpoint_file.h"

#include "base/error.h"
#include "io/atomic_file.h"
#include "io/framed_file.h"
#include "io/payload.h"

namespace nmt {
namespace {

constexpr FileKind kCheckpointKind{kCheckpointMagic, "checkpoint", kCheckpointFormatVersion};

// Payload, version 1 (docs/FORMATS.md).
void write_payload_v1(PayloadWriter& out, const Checkpoint& ckpt) {
  out.string(ckpt.train_config);
  out.i64_map(ckpt.counters);
  out.u64_map(ckpt.rng_states);
  out.i64_vector(ckpt.data_position);
  out.tensors(ckpt.tensors);
  out.string_map(ckpt.extra);
}

Checkpoint read_payload_v1(PayloadReader& in) {
  Checkpoint ckpt;
  ckpt.train_config = in.string("training config text");
  ckpt.counters = in.i64_map("counters");
  ckpt.rng_states = in.u64_map("RNG states");
  ckpt.data_position = in.i64_vector("data position");
  ckpt.tensors = in.tensors();
  ckpt.extra = in.string_map("extra");
  check_named_tensors(ckpt.tensors, "tensor");
  return ckpt;
}

Checkpoint decode_payload(const std::string& name, uint32_t version, const std::string& bytes) {
  Checkpoint ckpt = read_payload(name, "checkpoint", bytes.data() + kFramedHeaderBytes,
                                 bytes.size() - kFramedHeaderBytes, read_payload_v1);
  ckpt.format_version = version;
  return ckpt;
}

}  // namespace

std::string checkpoint_path_for(const std::string& model_path) {
  return model_path + ".ckpt";
}

std::string encode_checkpoint(const Checkpoint& checkpoint) {
  check_named_tensors(checkpoint.tensors, "tensor");
  std::string bytes = framed_placeholder();
  {
    PayloadWriter out(bytes);
    write_payload_v1(out, checkpoint);
  }
  seal_framed(bytes, kCheckpointKind);
  return bytes;
}

Checkpoint decode_checkpoint(const std::string& bytes, const std::string& name) {
  uint32_t version = check_framed(name, kCheckpointKind, bytes);
  return decode_payload(name, version, bytes);
}

void save_checkpoint(const std::string& path, const Checkpoint& checkpoint) {
  std::string bytes;
  try {
    bytes = encode_checkpoint(checkpoint);
  } catch (const Error& e) {
    throw Error(path + ": cannot save checkpoint: " + e.what());
  }
  write_file_atomic(path, bytes);
}

Checkpoint load_checkpoint(const std::string& path) {
  FramedFile file = read_framed_file(path, kCheckpointKind);
  return decode_payload(path, file.version, file.bytes);
}

}  // namespace nmt
