// libFuzzer target: the model and checkpoint readers (lib/io) and the model
// config parser (lib/models). Built with -DNMT_FUZZ=ON (tests/fuzz/README.md).
// The input is read three ways: as a whole file (header, CRC, payload), as a
// payload sealed with a correct header and CRC (so mutations reach the payload
// reader instead of stopping at the checksum), and as a checkpoint payload.
// Any input may be refused with nmt::Error; anything else (a crash, a
// sanitizer report, another exception, a huge allocation) is a finding.
#include <cstddef>
#include <cstdint>
#include <string>

#include "base/error.h"
#include "io/checkpoint_file.h"
#include "io/framed_file.h"
#include "io/model_file.h"
#include "models/model_config.h"

namespace {

std::string sealed(const uint8_t* data, size_t size, const char* magic) {
  std::string bytes = nmt::framed_placeholder();
  bytes.append(reinterpret_cast<const char*>(data), size);
  nmt::seal_framed(bytes, nmt::FileKind{magic, "fuzz", 1});
  return bytes;
}

void read_model(const std::string& bytes) {
  try {
    nmt::ModelFile model = nmt::decode_model_file(bytes, "fuzz.nmt");
    nmt::ModelConfig config = nmt::ModelConfig::from_text(model.config_text);
    config.validate();
  } catch (const nmt::Error&) {
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  read_model(std::string(reinterpret_cast<const char*>(data), size));
  read_model(sealed(data, size, nmt::kModelMagic));
  try {
    nmt::decode_checkpoint(sealed(data, size, "NMTCHKPT"), "fuzz.ckpt");
  } catch (const nmt::Error&) {
  }
  try {  // the config text parser on its own
    nmt::ModelConfig::from_text(std::string(reinterpret_cast<const char*>(data), size)).validate();
  } catch (const nmt::Error&) {
  }
  return 0;
}
