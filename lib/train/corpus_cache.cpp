#include "train/corpus_cache.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstddef>
#include <cstdio>
#include <cstring>
#include <memory>
#include <sstream>
#include <vector>

#include "base/error.h"
#include "io/atomic_file.h"
#include "io/checksum.h"

namespace nmt {
namespace {

constexpr char kMagic[8] = {'N', 'M', 'T', '-', 'C', 'O', 'R', 'P'};
constexpr uint32_t kVersion = 1;
constexpr uint32_t kByteOrder = 0x01020304;
constexpr size_t kChunk = size_t{8} << 20;  // bytes checked between two releases of pages

struct Header {
  char magic[8];
  uint32_t version, byte_order;
  uint64_t pairs, src_tokens, tgt_tokens, skipped, meta_bytes, file_bytes;
  uint32_t body_crc, header_crc;
};
static_assert(sizeof(Header) == 72, "the header is 72 bytes");

enum Meta { kInputs, kSpmTraining, kReport, kSrcSpm, kTgtSpm, kMetaCount };

struct Mapping {
  const uint8_t* data = nullptr;
  size_t size = 0;
  ~Mapping() {
    if (data) ::munmap(const_cast<uint8_t*>(data), size);
  }
};

std::string hex32(uint32_t v) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%08x", v);
  return buf;
}

std::string file_digest(const std::string& path) {
  std::unique_ptr<FILE, int (*)(FILE*)> f(std::fopen(path.c_str(), "rb"), std::fclose);
  NMT_CHECK(f, path, ": cannot read: ", std::strerror(errno));
  std::vector<char> buf(size_t{4} << 20);
  uint32_t crc = 0;
  size_t bytes = 0, n = 0;
  while ((n = std::fread(buf.data(), 1, buf.size(), f.get())) > 0) {
    crc = crc32(buf.data(), n, crc);
    bytes += n;
  }
  NMT_CHECK(!std::ferror(f.get()), path, ": cannot read: ", std::strerror(errno));
  return std::to_string(bytes) + " bytes, crc32 " + hex32(crc);
}

std::string serialized_or_empty(const SubwordModels& pieces, bool target) {
  if (target) return pieces.joint() ? std::string() : pieces.tgt->serialized();
  return pieces.src->serialized();
}

// The first line of `now` that `before` does not have, for a log line.
std::string first_change(const std::string& before, const std::string& now) {
  std::istringstream b(before), n(now);
  std::string lb, ln;
  while (true) {
    const bool more_b = static_cast<bool>(std::getline(b, lb));
    const bool more_n = static_cast<bool>(std::getline(n, ln));
    if (!more_b && !more_n) return "?";
    if (lb != ln) return more_n ? ln.substr(0, ln.find(" = ")) : lb.substr(0, lb.find(" = "));
  }
}

// Release of the whole pages inside [p, p + n) of a read-only file mapping:
// they stay in the page cache, but stop counting in this process's resident set.
void release_pages(const void* p, size_t n) {
  const uintptr_t page = static_cast<uintptr_t>(::sysconf(_SC_PAGESIZE));
  const uintptr_t begin = reinterpret_cast<uintptr_t>(p);
  const uintptr_t from = (begin + page - 1) / page * page, to = (begin + n) / page * page;
  if (to > from) ::madvise(reinterpret_cast<void*>(from), to - from, MADV_DONTNEED);
}

void release(const Mapping& m, size_t begin, size_t end) {
  release_pages(m.data + begin, end - begin);
}

// CRC of [begin, end), chunk by chunk, each released once read; check() sees
// every chunk (aligned to 4 bytes when begin is).
template <typename Check>
uint32_t crc_released(const Mapping& m, size_t begin, size_t end, uint32_t crc, Check check) {
  for (size_t at = begin; at < end; at += kChunk) {
    const size_t stop = std::min(end, at + kChunk);
    crc = crc32(m.data + at, stop - at, crc);
    check(m.data + at, stop - at);
    release(m, at, stop);
  }
  return crc;
}

bool offsets_ok(const uint64_t* offsets, uint64_t pairs, uint64_t tokens) {
  if (offsets[0] != 0 || offsets[pairs] != tokens) return false;
  for (uint64_t i = 0; i < pairs; ++i)
    if (offsets[i + 1] < offsets[i]) return false;
  return true;
}

bool ids_below(const uint8_t* p, size_t n, int32_t limit) {
  const int32_t* ids = reinterpret_cast<const int32_t*>(p);
  bool ok = true;
  for (size_t i = 0; i < n / 4; ++i) ok &= ids[i] >= 0 && ids[i] < limit;
  return ok;
}

CacheLookup damaged(std::string reason) {
  CacheLookup r;
  r.state = CacheState::Damaged;
  r.reason = std::move(reason);
  return r;
}

CacheLookup stale(std::string reason) {
  CacheLookup r;
  r.state = CacheState::Stale;
  r.reason = std::move(reason);
  return r;
}

std::shared_ptr<Mapping> map_file(const std::string& path, bool* missing) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0 && errno == ENOENT) {
    *missing = true;
    return nullptr;
  }
  NMT_CHECK(fd >= 0, path, ": cannot open the corpus cache: ", std::strerror(errno));
  auto m = std::make_shared<Mapping>();
  struct stat st {};
  const bool regular = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
  if (regular && st.st_size > 0) {
    void* p = ::mmap(nullptr, static_cast<size_t>(st.st_size), PROT_READ, MAP_SHARED, fd, 0);
    if (p != MAP_FAILED) {
      m->data = static_cast<const uint8_t*>(p);
      m->size = static_cast<size_t>(st.st_size);
    }
  }
  const int err = errno;
  ::close(fd);
  NMT_CHECK(regular, path, ": not a regular file; --corpus-cache names a file nmt-train writes");
  NMT_CHECK(st.st_size == 0 || m->data, path,
            ": cannot map the corpus cache: ", std::strerror(err));
  return m;
}

// Reads the five metadata strings; false when they do not fit.
bool read_meta(const uint8_t* p, size_t bytes, std::vector<std::string>& out) {
  size_t at = 0;
  for (int i = 0; i < kMetaCount; ++i) {
    uint64_t n = 0;
    if (bytes - at < 8) return false;
    std::memcpy(&n, p + at, 8);
    at += 8;
    if (n > bytes - at) return false;
    out.emplace_back(reinterpret_cast<const char*>(p + at), n);
    at += n;
  }
  return true;
}

CacheLookup check_body(const std::shared_ptr<Mapping>& m, const Header& h,
                       const std::vector<std::string>& meta, const SubwordModels* given);

}  // namespace

uint32_t corpus_digest(const EncodedCorpus& corpus) {
  const EncodedArrays& a = corpus.arrays();
  if (a.pairs == 0) return 0;
  const std::pair<const void*, size_t> parts[] = {{a.src_offsets, 8 * (a.pairs + 1)},
                                                  {a.tgt_offsets, 8 * (a.pairs + 1)},
                                                  {a.src_ids, 4 * corpus.src_tokens()},
                                                  {a.tgt_ids, 4 * corpus.tgt_tokens()}};
  uint32_t crc = 0;
  for (const auto& [data, n] : parts) {
    const uint8_t* p = static_cast<const uint8_t*>(data);
    for (size_t at = 0; at < n; at += kChunk) {
      const size_t step = std::min(kChunk, n - at);
      crc = crc32(p + at, step, crc);
      if (corpus.mapped()) release_pages(p + at, step);
    }
  }
  return crc;
}

std::string corpus_inputs_digest(const std::string& src_path, const std::string& tgt_path,
                                 const std::string& options) {
  return "format = " + std::to_string(kVersion) + "\nsrc = " + file_digest(src_path) +
         "\ntgt = " + file_digest(tgt_path) + "\n" + options;
}

CacheLookup open_corpus_cache(const std::string& path, const CorpusCacheKey& key,
                              const SubwordModels* given) {
  bool missing = false;
  const std::shared_ptr<Mapping> m = map_file(path, &missing);
  if (missing) return {};
  const size_t size = m->size;
  if (size == 0) return damaged("empty");
  const size_t magic_seen = std::min(size, sizeof kMagic);
  NMT_CHECK(std::memcmp(m->data, kMagic, magic_seen) == 0, path,
            ": not an nmt corpus cache (no NMT-CORP header); remove it or give another "
            "--corpus-cache");
  if (size < sizeof(Header)) return damaged("truncated (" + std::to_string(size) + " bytes)");
  Header h;
  std::memcpy(&h, m->data, sizeof h);
  if (crc32(&h, offsetof(Header, header_crc)) != h.header_crc) return damaged("damaged header");
  if (h.version != kVersion || h.byte_order != kByteOrder)
    return stale("written by another format version or byte order");
  const uint64_t fb = h.file_bytes;  // what the writer wrote; checked against size below
  const bool sane = fb < (uint64_t{1} << 56) && h.meta_bytes <= fb && h.meta_bytes % 8 == 0 &&
                    h.pairs <= fb / 24 && h.src_tokens <= fb / 4 && h.tgt_tokens <= fb / 4;
  const uint64_t expected = sane ? sizeof(Header) + h.meta_bytes + 8 * (3 * h.pairs + 2) +
                                       4 * (h.src_tokens + h.tgt_tokens)
                                 : 0;
  if (!sane || h.file_bytes != expected) return damaged("damaged header (sizes do not add up)");
  if (size != h.file_bytes)
    return damaged("truncated (" + std::to_string(size) + " of " + std::to_string(h.file_bytes) +
                   " bytes)");
  std::vector<std::string> meta;
  if (!read_meta(m->data + sizeof(Header), h.meta_bytes, meta)) return damaged("damaged metadata");
  if (meta[kInputs] != key.inputs)
    return stale(first_change(meta[kInputs], key.inputs) + " changed");
  if (given) {
    if (meta[kSrcSpm] != serialized_or_empty(*given, false) ||
        meta[kTgtSpm] != serialized_or_empty(*given, true))
      return stale("another SentencePiece model");
  } else if (key.spm_training.empty() || meta[kSpmTraining] != key.spm_training) {
    return stale("other SentencePiece training options");
  }
  CacheLookup r = check_body(m, h, meta, given);
  r.cached.file_bytes = size;
  return r;
}

namespace {

CacheLookup check_body(const std::shared_ptr<Mapping>& m, const Header& h,
                       const std::vector<std::string>& meta, const SubwordModels* given) {
  CacheLookup r;
  try {
    if (given) {
      r.cached.pieces = *given;
    } else {
      r.cached.pieces.src = std::make_shared<const SentencePieceModel>(
          SentencePieceModel::from_serialized(meta[kSrcSpm]));
      r.cached.pieces.tgt = meta[kTgtSpm].empty()
                                ? r.cached.pieces.src
                                : std::make_shared<const SentencePieceModel>(
                                      SentencePieceModel::from_serialized(meta[kTgtSpm]));
    }
  } catch (const Error& e) {
    return damaged(std::string("damaged SentencePiece model: ") + e.what());
  }
  EncodedArrays a;
  a.pairs = h.pairs;
  const size_t arrays = sizeof(Header) + h.meta_bytes;
  a.src_offsets = reinterpret_cast<const uint64_t*>(m->data + arrays);
  a.tgt_offsets = a.src_offsets + h.pairs + 1;
  a.line_numbers = a.tgt_offsets + h.pairs + 1;
  a.src_ids = reinterpret_cast<const int32_t*>(a.line_numbers + h.pairs);
  a.tgt_ids = a.src_ids + h.src_tokens;
  if (!offsets_ok(a.src_offsets, h.pairs, h.src_tokens) ||
      !offsets_ok(a.tgt_offsets, h.pairs, h.tgt_tokens))
    return damaged("damaged offsets");
  const size_t src_at = reinterpret_cast<const uint8_t*>(a.src_ids) - m->data;
  const size_t tgt_at = reinterpret_cast<const uint8_t*>(a.tgt_ids) - m->data;
  bool ids_ok = true;
  const auto none = [](const uint8_t*, size_t) {};
  uint32_t crc = crc_released(*m, sizeof(Header), src_at, 0, none);
  const int32_t src_vocab = r.cached.pieces.src->vocab_size();
  const int32_t tgt_vocab = r.cached.pieces.tgt->vocab_size();
  crc = crc_released(*m, src_at, tgt_at, crc,
                     [&](const uint8_t* p, size_t n) { ids_ok &= ids_below(p, n, src_vocab); });
  crc = crc_released(*m, tgt_at, m->size, crc,
                     [&](const uint8_t* p, size_t n) { ids_ok &= ids_below(p, n, tgt_vocab); });
  if (crc != h.body_crc) return damaged("checksum mismatch");
  if (!ids_ok) return damaged("token ids outside the vocabulary");
  r.state = CacheState::Usable;
  r.cached.corpus = EncodedCorpus(a, m, true);
  r.cached.corpus.skipped_too_long = h.skipped;
  r.cached.report = meta[kReport];
  return r;
}

// The metadata block, padded to 8 bytes.
std::string meta_block(const CorpusCacheKey& key, const SubwordModels& pieces,
                       const std::string& report) {
  std::string out;
  for (const std::string& s :
       {key.inputs, key.spm_training, report, serialized_or_empty(pieces, false),
        serialized_or_empty(pieces, true)}) {
    const uint64_t n = s.size();
    out.append(reinterpret_cast<const char*>(&n), 8);
    out += s;
  }
  out.resize((out.size() + 7) / 8 * 8, '\0');
  return out;
}

}  // namespace

size_t write_corpus_cache(const std::string& path, const CorpusCacheKey& key,
                          const SubwordModels& pieces, const std::string& report,
                          const EncodedCorpus& corpus) {
  const EncodedArrays& a = corpus.arrays();
  const std::string meta = meta_block(key, pieces, report);
  const std::pair<const void*, size_t> parts[] = {
      {meta.data(), meta.size()},           {a.src_offsets, 8 * (a.pairs + 1)},
      {a.tgt_offsets, 8 * (a.pairs + 1)},   {a.line_numbers, 8 * a.pairs},
      {a.src_ids, 4 * corpus.src_tokens()}, {a.tgt_ids, 4 * corpus.tgt_tokens()}};
  Header h{};
  std::memcpy(h.magic, kMagic, sizeof kMagic);
  h.version = kVersion;
  h.byte_order = kByteOrder;
  h.pairs = a.pairs;
  h.src_tokens = corpus.src_tokens();
  h.tgt_tokens = corpus.tgt_tokens();
  h.skipped = corpus.skipped_too_long;
  h.meta_bytes = meta.size();
  h.file_bytes = sizeof(Header);
  for (const auto& [data, n] : parts) {
    h.body_crc = crc32(data, n, h.body_crc);
    h.file_bytes += n;
  }
  h.header_crc = crc32(&h, offsetof(Header, header_crc));
  AtomicFileWriter out(path);
  out.write(&h, sizeof h);
  for (const auto& [data, n] : parts) out.write(data, n);
  out.commit();
  return h.file_bytes;
}

}  // namespace nmt
