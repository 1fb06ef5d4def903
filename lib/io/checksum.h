// CRC-32 as in zlib, gzip and PNG (IEEE polynomial, reflected, initial and final
// value 0xFFFFFFFF), so a file's checksum can be checked with any zlib
// (python3 -c 'import zlib; print(zlib.crc32(data))'). Guards the model and
// checkpoint payloads against truncation and bit rot; it is no defence against
// someone who edits a file on purpose (the loaders' size checks are).
// The work is zlib's crc32 (the system's, already a dependency of libpng), fed
// in pieces of at most 1 GB because its length argument is 32-bit.
#pragma once

#include <cstddef>
#include <cstdint>

namespace nmt {

// CRC-32 of n bytes. Chainable: crc32(b, nb, crc32(a, na)) == crc32 of a then b.
uint32_t crc32(const void* data, size_t n, uint32_t previous = 0);

}  // namespace nmt
