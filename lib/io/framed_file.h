// The envelope shared by the model and the checkpoint file: a fixed 24-byte
// header, then the payload, which is trusted only after its length and CRC-32
// have been checked. Layout (all integers little-endian), see docs/FORMATS.md:
//   offset  0  8 bytes  magic ("NMTMODEL", "NMTCHKPT")
//   offset  8  uint32   format version (1, 2, ...)
//   offset 12  uint64   payload length in bytes
//   offset 20  uint32   CRC-32 of the payload (io/checksum.h)
//   offset 24  payload  (model_file.cpp, checkpoint_file.cpp)
// Reading refuses, with one line naming the file: missing, unreadable, a
// directory, empty, a foreign magic, version 0 or newer than supported, a
// truncated header or payload, bytes after the payload, a CRC mismatch.
// Not here: what the payload means.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace nmt {

struct FileKind {
  const char* magic;         // exactly 8 characters
  const char* noun;          // "model", "checkpoint": used in messages
  uint32_t current_version;  // what this nmt writes and the newest it reads
};

constexpr size_t kFramedHeaderBytes = 24;

// Encoding in one buffer, without copying the payload: start with
// framed_placeholder() (24 zero bytes), append the payload, then
// seal_framed() fills in the header for kind.current_version.
std::string framed_placeholder();
void seal_framed(std::string& bytes, const FileKind& kind);

// Verifies a whole file held in memory and returns its format version
// (1 ... kind.current_version); the payload is then bytes[24, end). name is
// used in messages.
uint32_t check_framed(const std::string& name, const FileKind& kind, const std::string& bytes);

struct FramedFile {
  uint32_t version = 0;
  std::string bytes;  // the whole file; the verified payload is bytes[24, end)
};

// Reads and verifies a file. Memory grows with the bytes really present, and
// a foreign file is refused after reading its first 24 bytes.
FramedFile read_framed_file(const std::string& path, const FileKind& kind);

}  // namespace nmt
