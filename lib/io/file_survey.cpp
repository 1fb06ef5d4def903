#include "io/file_survey.h"

#include <sys/stat.h>

#include <cstdio>
#include <cstring>
#include <fstream>
#include <functional>
#include <sstream>

#include "base/error.h"
#include "io/checksum.h"
#include "io/framed_file.h"
#include "io/payload.h"

namespace nmt {
namespace {

std::string read_all(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode))
    throw Error(path + ": is a directory, not a file");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(path + ": cannot open: " + std::strerror(errno));
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (in.bad()) throw Error(path + ": cannot read: " + std::strerror(errno));
  return bytes.str();
}

uint64_t get_le(const std::string& b, size_t at, int n) {
  uint64_t v = 0;
  for (int i = n - 1; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(b[at + i]);
  return v;
}

bool starts_with(const std::string& bytes, const char* prefix, size_t n) {
  return bytes.size() >= n && std::memcmp(bytes.data(), prefix, n) == 0;
}

// A guess at what a foreign file is, from its first bytes.
std::string foreign_kind(const std::string& b) {
  if (b.empty()) return "an empty file";
  if (starts_with(b, "\x1f\x8b", 2)) return "a gzip file";
  if (starts_with(b, "PK\x03\x04", 4))
    return "a zip archive (a PyTorch .pt, a NumPy .npz as Marian writes, ...)";
  if (starts_with(b, "\x93NUMPY", 6)) return "a NumPy .npy array";
  if (starts_with(b, "\x89PNG", 4)) return "a PNG image";
  if (starts_with(b, "GGUF", 4)) return "a GGUF model (llama.cpp)";
  if (starts_with(b,
                  "\x7f"
                  "ELF",
                  4))
    return "an ELF executable";
  if (starts_with(b, "\x80", 1) && b.size() > 1 && b[1] >= 2 && b[1] <= 5)
    return "a Python pickle (a fairseq or PyTorch checkpoint?)";
  size_t printable = 0, n = std::min<size_t>(b.size(), 512);
  for (size_t i = 0; i < n; ++i) {
    const auto c = static_cast<unsigned char>(b[i]);
    if (c >= 0x20 || c == '\n' || c == '\r' || c == '\t') ++printable;
  }
  if (printable == n) return "a text file";
  char hex[40];
  std::snprintf(hex, sizeof hex, "%02x %02x %02x %02x", static_cast<unsigned char>(b[0]),
                b.size() > 1 ? static_cast<unsigned char>(b[1]) : 0,
                b.size() > 2 ? static_cast<unsigned char>(b[2]) : 0,
                b.size() > 3 ? static_cast<unsigned char>(b[3]) : 0);
  return std::string("an unknown format (first bytes ") + hex + ")";
}

void add(FileSurvey& s, const std::string& name, const std::string& status, bool ok) {
  s.parts.push_back({name, status, ok});
  if (!ok && s.problem.empty()) s.problem = name + ": " + status;
}

// The envelope: magic, version, payload length, checksum. False when the
// payload cannot be read at all.
bool survey_envelope(FileSurvey& s, const std::string& b, uint32_t current_version) {
  s.version = static_cast<uint32_t>(get_le(b, 8, 4));
  s.payload_declared = get_le(b, 12, 8);
  s.crc_stored = static_cast<uint32_t>(get_le(b, 20, 4));
  s.payload_present = b.size() - kFramedHeaderBytes;
  if (s.version == 0 || s.version > current_version) {
    add(s, "header",
        "format version " + std::to_string(s.version) +
            (s.version == 0 ? " does not exist (damaged header)"
                            : " is newer than this nmt reads (" + std::to_string(current_version) +
                                  "): upgrade nmt"),
        false);
    return false;
  }
  add(s, "header", "ok (format version " + std::to_string(s.version) + ")", true);
  if (s.payload_present < s.payload_declared) {
    add(s, "payload length",
        "truncated: " + std::to_string(s.payload_present) + " of " +
            std::to_string(s.payload_declared) + " bytes present",
        false);
  } else if (s.payload_present > s.payload_declared) {
    add(s, "payload length",
        std::to_string(s.payload_present - s.payload_declared) +
            " unexpected bytes after the payload",
        false);
  } else {
    add(s, "payload length", "ok (" + std::to_string(s.payload_declared) + " bytes)", true);
  }
  const uint64_t n = std::min(s.payload_present, s.payload_declared);
  s.crc_computed = crc32(b.data() + kFramedHeaderBytes, static_cast<size_t>(n));
  char crc[80];
  std::snprintf(crc, sizeof crc, "stored %08x, computed %08x", s.crc_stored, s.crc_computed);
  const bool crc_ok = s.crc_stored == s.crc_computed && n == s.payload_declared;
  add(s, "checksum", crc_ok ? std::string("ok (") + crc + ")" : std::string("mismatch: ") + crc,
      crc_ok);
  return true;
}

using Section = std::pair<const char*, std::function<void(PayloadReader&)>>;

// Reads the payload section by section; each section is ok or names what broke it.
void survey_sections(FileSurvey& s, const std::string& b, const std::vector<Section>& sections) {
  const uint64_t n = std::min(s.payload_present, s.payload_declared);
  PayloadReader in(b.data() + kFramedHeaderBytes, static_cast<size_t>(n));
  for (const auto& [name, read] : sections) {
    try {
      read(in);
      add(s, name, "ok", true);
    } catch (const std::exception& e) {
      add(s, name, e.what(), false);
      return;  // the sections after it cannot be located
    }
  }
}

// A tensor list read one tensor at a time, so a break names the last good one.
void read_tensor_list(PayloadReader& in, const char* what) {
  const uint64_t n = in.u64();
  std::string last = "(none)";
  for (uint64_t i = 0; i < n; ++i) {
    try {
      last = in.tensor().name;
    } catch (const std::exception& e) {
      throw Error(std::string(what) + " " + std::to_string(i + 1) + " of " + std::to_string(n) +
                  " unreadable after '" + last + "': " + e.what());
    }
  }
}

void survey_model(FileSurvey& s, const std::string& b) {
  survey_sections(s, b,
                  {{"config", [](PayloadReader& in) { in.string("config text"); }},
                   {"source SentencePiece model",
                    [](PayloadReader& in) { in.string("source SentencePiece model"); }},
                   {"target SentencePiece model",
                    [](PayloadReader& in) { in.string("target SentencePiece model"); }},
                   {"metadata", [](PayloadReader& in) { in.string_map("metadata"); }},
                   {"parameters", [](PayloadReader& in) { read_tensor_list(in, "tensor"); }}});
}

void survey_checkpoint(FileSurvey& s, const std::string& b) {
  survey_sections(
      s, b,
      {{"training config", [](PayloadReader& in) { in.string("training config text"); }},
       {"counters", [](PayloadReader& in) { in.i64_map("counters"); }},
       {"RNG states", [](PayloadReader& in) { in.u64_map("RNG states"); }},
       {"data position", [](PayloadReader& in) { in.i64_vector("data position"); }},
       {"tensors", [](PayloadReader& in) { read_tensor_list(in, "tensor"); }},
       {"extra", [](PayloadReader& in) { in.string_map("extra"); }}});
}

}  // namespace

FileSurvey survey_file(const std::string& path) {
  FileSurvey s;
  s.path = path;
  const std::string b = read_all(path);
  s.file_bytes = b.size();
  const bool model = starts_with(b, kModelMagic, 8), ckpt = starts_with(b, kCheckpointMagic, 8);
  if (!model && !ckpt) {
    const bool prefix = !b.empty() && b.size() < 8 &&
                        (std::memcmp(b.data(), kModelMagic, b.size()) == 0 ||
                         std::memcmp(b.data(), kCheckpointMagic, b.size()) == 0);
    s.foreign = prefix ? "an nmt file cut inside its magic number" : foreign_kind(b);
    s.problem = "not an nmt model or checkpoint: " + s.foreign;
    return s;
  }
  s.kind = model ? "model" : "checkpoint";
  if (b.size() < kFramedHeaderBytes) {
    add(s, "header",
        "truncated: " + std::to_string(b.size()) + " of " + std::to_string(kFramedHeaderBytes) +
            " bytes",
        false);
    return s;
  }
  if (!survey_envelope(s, b, model ? kModelFormatVersion : kCheckpointFormatVersion)) return s;
  model ? survey_model(s, b) : survey_checkpoint(s, b);
  const bool sections_ok = s.parts.back().ok;
  if (sections_ok && s.problem.rfind("checksum", 0) == 0)
    s.problem += " (every section reads: the damage is inside their bytes, e.g. a flipped bit)";
  if (!s.sound()) return s;
  try {  // sound so far: the loaders' full check, which also keeps the contents
    if (model)
      s.model = decode_model_file(b, path);
    else
      s.checkpoint = decode_checkpoint(b, path);
  } catch (const std::exception& e) {
    add(s, "contents", e.what(), false);
  }
  return s;
}

}  // namespace nmt
