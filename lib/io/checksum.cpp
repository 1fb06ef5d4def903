#include "io/checksum.h"

#include <zlib.h>

namespace nmt {

uint32_t crc32(const void* data, size_t n, uint32_t previous) {
  constexpr size_t kPiece = size_t{1} << 30;  // zlib's uInt length
  const auto* p = static_cast<const Bytef*>(data);
  uLong c = previous;
  while (n > 0) {
    const size_t len = n < kPiece ? n : kPiece;
    c = ::crc32(c, p, static_cast<uInt>(len));
    p += len;
    n -= len;
  }
  return static_cast<uint32_t>(c);
}

}  // namespace nmt
