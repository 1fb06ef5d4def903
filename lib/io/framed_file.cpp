#include "io/framed_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>

#include "base/error.h"
#include "io/checksum.h"

namespace nmt {
namespace {

constexpr size_t kMagicBytes = 8;

void put_le(char* out, uint64_t value, int bytes) {
  for (int i = 0; i < bytes; ++i) out[i] = static_cast<char>(value >> (8 * i));
}

uint64_t get_le(const char* in, int bytes) {
  uint64_t value = 0;
  for (int i = 0; i < bytes; ++i)
    value |= static_cast<uint64_t>(static_cast<unsigned char>(in[i])) << (8 * i);
  return value;
}

std::string printable(const char* bytes, size_t n) {
  std::string out;
  for (size_t i = 0; i < n; ++i)
    out += std::isprint(static_cast<unsigned char>(bytes[i])) ? bytes[i] : '?';
  return out;
}

struct Header {
  uint32_t version;
  uint64_t length;
  uint32_t crc;
};

// Checks the first `got` bytes of a file (got < 24 only if the file is shorter).
Header check_header(const std::string& name, const FileKind& kind, const char* header, size_t got) {
  std::string prefix = name + ": ";
  if (got == 0) throw Error(prefix + "empty file, not an nmt " + kind.noun + " file");
  if (std::memcmp(header, kind.magic, std::min(got, kMagicBytes)) != 0) {
    std::string message = prefix + "not an nmt " + kind.noun + " file";
    // Another nmt file kind (a checkpoint given as a model, say) deserves a hint.
    if (got >= kMagicBytes && std::memcmp(header, "NMT", 3) == 0)
      message +=
          " (its magic is " + printable(header, kMagicBytes) + ", expected " + kind.magic + ")";
    throw Error(message);
  }
  if (got < kFramedHeaderBytes)
    throw Error(prefix + "truncated: expected a " + std::to_string(kFramedHeaderBytes) +
                "-byte header, found " + std::to_string(got) + " bytes");
  Header h{static_cast<uint32_t>(get_le(header + 8, 4)), get_le(header + 12, 8),
           static_cast<uint32_t>(get_le(header + 20, 4))};
  if (h.version == 0)
    throw Error(prefix + "corrupted: " + kind.noun + " format version 0 does not exist");
  if (h.version > kind.current_version)
    throw Error(prefix + kind.noun + " format version " + std::to_string(h.version) +
                " is newer than this nmt supports (" + std::to_string(kind.current_version) +
                "); upgrade nmt");
  return h;
}

// Checks a payload of `found` bytes followed by `extra` more (or, with
// extra_known false, by at least one more if extra > 0).
void check_payload(const std::string& name, const Header& h, const char* payload, uint64_t found,
                   uint64_t extra, bool extra_known) {
  std::string prefix = name + ": ";
  if (found < h.length)
    throw Error(prefix + "truncated: expected " + std::to_string(h.length) +
                " bytes of payload, found " + std::to_string(found));
  if (extra > 0)
    throw Error(prefix + "corrupted: " + (extra_known ? std::to_string(extra) + " " : "") +
                "unexpected bytes after the payload");
  if (crc32(payload, static_cast<size_t>(h.length)) != h.crc)
    throw Error(prefix + "corrupted (checksum mismatch)");
}

class InputFile {
 public:
  explicit InputFile(const std::string& path) : path_(path) {
    fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd_ < 0) throw Error(path + ": cannot open: " + std::strerror(errno));
  }
  ~InputFile() { ::close(fd_); }
  InputFile(const InputFile&) = delete;
  InputFile& operator=(const InputFile&) = delete;

  struct stat status() const {
    struct stat st {};
    if (::fstat(fd_, &st) != 0) throw Error(path_ + ": cannot read: " + std::strerror(errno));
    return st;
  }

  // Reads up to n bytes, fewer only at the end of the file.
  size_t read(char* out, size_t n) {
    size_t total = 0;
    while (total < n) {
      ssize_t got = ::read(fd_, out + total, n - total);
      if (got < 0 && errno == EINTR) continue;
      if (got < 0) throw Error(path_ + ": cannot read: " + std::strerror(errno));
      if (got == 0) break;
      total += static_cast<size_t>(got);
    }
    return total;
  }

  // Appends up to n bytes to out in chunks, so that memory grows with the
  // bytes actually present, whatever length a header claims.
  void append(std::string& out, uint64_t n) {
    constexpr uint64_t kChunk = uint64_t{1} << 20;
    uint64_t end = out.size() + n;
    while (out.size() < end) {
      size_t old = out.size();
      size_t want = static_cast<size_t>(std::min(kChunk, end - old));
      out.resize(old + want);
      size_t got = read(&out[old], want);
      out.resize(old + got);
      if (got < want) break;
    }
  }

 private:
  std::string path_;
  int fd_ = -1;
};

}  // namespace

std::string framed_placeholder() {
  return std::string(kFramedHeaderBytes, '\0');
}

void seal_framed(std::string& bytes, const FileKind& kind) {
  NMT_CHECK(bytes.size() >= kFramedHeaderBytes, "seal_framed: no room for the header");
  uint64_t length = bytes.size() - kFramedHeaderBytes;
  std::memcpy(&bytes[0], kind.magic, kMagicBytes);
  put_le(&bytes[8], kind.current_version, 4);
  put_le(&bytes[12], length, 8);
  put_le(&bytes[20], crc32(bytes.data() + kFramedHeaderBytes, static_cast<size_t>(length)), 4);
}

uint32_t check_framed(const std::string& name, const FileKind& kind, const std::string& bytes) {
  size_t got = std::min(bytes.size(), kFramedHeaderBytes);
  Header h = check_header(name, kind, bytes.data(), got);
  uint64_t found = bytes.size() - kFramedHeaderBytes;
  uint64_t extra = found > h.length ? found - h.length : 0;
  check_payload(name, h, bytes.data() + kFramedHeaderBytes, found - extra, extra, true);
  return h.version;
}

FramedFile read_framed_file(const std::string& path, const FileKind& kind) {
  InputFile in(path);
  struct stat st = in.status();
  if (S_ISDIR(st.st_mode))
    throw Error(path + ": is a directory, not an nmt " + kind.noun + " file");

  FramedFile file;
  file.bytes.resize(kFramedHeaderBytes);
  size_t got = in.read(&file.bytes[0], kFramedHeaderBytes);
  Header h = check_header(path, kind, file.bytes.data(), got);

  bool regular = S_ISREG(st.st_mode);
  uint64_t on_disk = static_cast<uint64_t>(std::max<off_t>(st.st_size, 0));
  uint64_t available = on_disk > kFramedHeaderBytes ? on_disk - kFramedHeaderBytes : 0;
  file.bytes.reserve(kFramedHeaderBytes + (regular ? std::min(h.length, available) : 0));
  in.append(file.bytes, h.length);
  uint64_t found = file.bytes.size() - kFramedHeaderBytes;
  char probe;
  uint64_t extra = found == h.length ? in.read(&probe, 1) : 0;
  // For a regular file, the size tells how many bytes follow the payload.
  if (extra > 0 && regular && available > h.length) extra = available - h.length;
  check_payload(path, h, file.bytes.data() + kFramedHeaderBytes, found, extra, regular);
  file.version = h.version;
  return file;
}

}  // namespace nmt
