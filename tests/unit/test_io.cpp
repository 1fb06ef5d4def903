// lib/io: the model and checkpoint files and atomic writes. Round trips must be
// bit-exact; every damaged, foreign, newer, truncated or hostile file must end
// in one nmt::Error naming the file (never a crash or a huge allocation); a
// failed write must leave the previous file intact and no temporary behind.
#include <sys/resource.h>
#include <unistd.h>

#include <sys/stat.h>
#include <catch2/catch.hpp>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <limits>

#include "base/error.h"
#include "base/rng.h"
#include "io/atomic_file.h"
#include "io/checkpoint_file.h"
#include "io/checksum.h"
#include "io/framed_file.h"
#include "io/model_file.h"
#include "io/payload.h"
#include "support/temp_dir.h"

namespace fs = std::filesystem;
using namespace nmt;

namespace {

std::string read_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

void write_bytes(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  REQUIRE(out.good());
}

int count_temp_files(const fs::path& dir) {
  int n = 0;
  for (const auto& entry : fs::directory_iterator(dir))
    if (entry.path().filename().string().find(".tmp.") != std::string::npos) ++n;
  return n;
}

Tensor random_tensor(const Shape& shape, Rng& rng) {
  Tensor t = Tensor::empty(shape);
  for (int64_t i = 0; i < t.numel(); ++i) t.at(i) = rng.normal();
  return t;
}

ModelFile small_model() {
  Rng rng(7);
  ModelFile m;
  m.config_text = "arch = transformer\ndim = 8\nheads = 2\n";
  m.spm_source = std::string("spm\0source\xff\x01", 13);
  m.spm_target = "spm target bytes";
  m.metadata = {{"seed", "7"}, {"updates", "1200"}, {"best_score", "31.4"}, {"metric", "bleu"}};
  m.parameters.push_back({"encoder.embed", random_tensor({5, 8}, rng)});
  m.parameters.push_back({"decoder.layers.0.wq", random_tensor({2, 3, 4}, rng)});
  m.parameters.push_back({"scalar", random_tensor(Shape(), rng)});
  m.parameters.push_back({"empty", Tensor::zeros({0, 3})});
  // Values that a text or lossy format would not keep.
  Tensor odd = Tensor::from_vector(
      {5}, {-0.0f, std::numeric_limits<float>::infinity(), std::numeric_limits<float>::quiet_NaN(),
            std::numeric_limits<float>::denorm_min(), 1e-38f});
  m.parameters.push_back({"odd.values", odd});
  return m;
}

Checkpoint small_checkpoint() {
  Rng rng(11);
  Checkpoint c;
  c.train_config = "lr = 0.0005\nwarmup = 4000\n";
  c.counters = {{"step", 1234}, {"epoch", 3}, {"negative", -5}};
  c.rng_states = {{"dropout", 0xFFFFFFFFFFFFFFFFull}, {"shuffle", rng.state()}};
  c.data_position = {3, 17, -1};
  c.tensors.push_back({"adam.m.w", random_tensor({4, 6}, rng)});
  c.tensors.push_back({"adam.v.w", random_tensor({4, 6}, rng)});
  c.extra = {{"note", "hello\nworld"}};
  return c;
}

void require_same_tensors(const std::vector<NamedTensor>& a, const std::vector<NamedTensor>& b) {
  REQUIRE(a.size() == b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    CHECK(a[i].name == b[i].name);
    REQUIRE(a[i].value.shape() == b[i].value.shape());
    CHECK(std::memcmp(a[i].value.data(), b[i].value.data(),
                      static_cast<size_t>(a[i].value.numel()) * sizeof(float)) == 0);
  }
}

std::string load_error(const std::string& path) {
  try {
    load_model_file(path);
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

std::string decode_error(const std::string& bytes) {
  try {
    decode_model_file(bytes, "M");
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

// A model file with a valid header around an arbitrary payload.
// A version 1 model file around a hand-written payload.
std::string framed_model(const std::string& payload) {
  std::string bytes = framed_placeholder() + payload;
  seal_framed(bytes, FileKind{kModelMagic, "model", 1});
  return bytes;
}

void write_model_payload(const std::string& path, const std::string& payload) {
  write_bytes(path, framed_model(payload));
}

}  // namespace

TEST_CASE("crc32 matches zlib's CRC-32", "[io]") {
  CHECK(crc32("123456789", 9) == 0xCBF43926u);  // the standard check value
  CHECK(crc32("", 0) == 0u);
  std::string text = "The quick brown fox jumps over the lazy dog, again and again.";
  CHECK(crc32(text.data(), 43) == 0x414FA339u);  // zlib.crc32(b"The quick ... dog")
  for (size_t cut = 0; cut <= text.size(); ++cut)
    CHECK(crc32(text.data() + cut, text.size() - cut, crc32(text.data(), cut)) ==
          crc32(text.data(), text.size()));
}

TEST_CASE("model file round trip is bit-exact", "[io]") {
  TempDir dir;
  ModelFile m = small_model();
  save_model_file(dir.file("m.nmt"), m);
  ModelFile back = load_model_file(dir.file("m.nmt"));
  CHECK(back.format_version == 1u);  // float32 only, no shortlist: still version 1
  CHECK(back.config_text == m.config_text);
  CHECK(back.spm_source == m.spm_source);
  CHECK(back.spm_target == m.spm_target);
  CHECK(back.metadata == m.metadata);
  require_same_tensors(back.parameters, m.parameters);
  // Saving what was loaded gives the same bytes.
  save_model_file(dir.file("again.nmt"), back);
  CHECK(read_bytes(dir.file("again.nmt")) == read_bytes(dir.file("m.nmt")));
  CHECK(count_temp_files(dir.path) == 0);
}

TEST_CASE("a version 2 model file keeps int8 tensors and the shortlist", "[io]") {
  TempDir dir;
  ModelFile m = small_model();
  Rng rng(3);
  const Tensor w = random_tensor({6, 4}, rng);
  m.quantized.push_back(quantize_tensor({"dec.out.weight", w}, 1));
  m.quantized.push_back(quantize_tensor({"tgt_embed.weight", w}, 0));
  m.shortlist.frequent = {3, 1, 2};
  m.shortlist.by_source = {{}, {4, 5}, {7}};
  save_model_file(dir.file("q.nmt"), m);
  const ModelFile back = load_model_file(dir.file("q.nmt"));
  CHECK(back.format_version == 2u);
  REQUIRE(back.quantized.size() == 2);
  for (size_t i = 0; i < 2; ++i) {
    CHECK(back.quantized[i].name == m.quantized[i].name);
    CHECK(back.quantized[i].axis == m.quantized[i].axis);
    CHECK(back.quantized[i].values == m.quantized[i].values);
    CHECK(back.quantized[i].scales == m.quantized[i].scales);
    // Dequantized within half a step of each output unit's scale.
    const Tensor d = dequantize_tensor(back.quantized[i]).value;
    for (int64_t r = 0; r < 6; ++r)
      for (int64_t c = 0; c < 4; ++c)
        CHECK(std::abs(d.data()[r * 4 + c] - w.data()[r * 4 + c]) <=
              0.5f * back.quantized[i].scales[i == 0 ? c : r] * 1.0001f);
  }
  CHECK(back.shortlist.frequent == m.shortlist.frequent);
  CHECK(back.shortlist.by_source == m.shortlist.by_source);
  require_same_tensors(back.parameters, m.parameters);
  // A name stored both ways is refused.
  m.quantized[0].name = "encoder.embed";
  save_model_file(dir.file("bad.nmt"), m);
  CHECK_THROWS_WITH(load_model_file(dir.file("bad.nmt")),
                    Catch::Contains("'encoder.embed' is stored both as float32 and as int8"));
}

TEST_CASE("a shared SentencePiece model serves both sides", "[io]") {
  TempDir dir;
  ModelFile m = small_model();
  m.spm_target.clear();
  save_model_file(dir.file("m.nmt"), m);
  ModelFile back = load_model_file(dir.file("m.nmt"));
  CHECK(back.spm_target.empty());
  CHECK(back.target_spm() == m.spm_source);
}

TEST_CASE("checkpoint round trip is bit-exact", "[io]") {
  TempDir dir;
  Checkpoint c = small_checkpoint();
  std::string path = checkpoint_path_for(dir.file("m.nmt"));
  CHECK(path == dir.file("m.nmt.ckpt"));
  save_checkpoint(path, c);
  Checkpoint back = load_checkpoint(path);
  CHECK(back.format_version == kCheckpointFormatVersion);
  CHECK(back.train_config == c.train_config);
  CHECK(back.counters == c.counters);
  CHECK(back.rng_states == c.rng_states);
  CHECK(back.data_position == c.data_position);
  CHECK(back.extra == c.extra);
  require_same_tensors(back.tensors, c.tensors);
}

TEST_CASE("checkpoint damage gives the checkpoint's messages", "[io]") {
  const std::string good = encode_checkpoint(small_checkpoint());
  CHECK_THROWS_WITH(decode_checkpoint(good.substr(0, good.size() - 1), "C"),
                    "C: truncated: expected " + std::to_string(good.size() - 24) +
                        " bytes of payload, found " + std::to_string(good.size() - 25));
  std::string bad = good;
  bad[8] = 2;
  CHECK_THROWS_WITH(
      decode_checkpoint(bad, "C"),
      "C: checkpoint format version 2 is newer than this nmt supports (1); upgrade nmt");
  bad = good;
  bad[40] ^= 1;
  CHECK_THROWS_WITH(decode_checkpoint(bad, "C"), "C: corrupted (checksum mismatch)");
  CHECK(decode_checkpoint(good).counters == small_checkpoint().counters);
}

TEST_CASE("a foreign file is refused", "[io]") {
  TempDir dir;
  std::string path = dir.file("foreign.nmt");
  write_bytes(path, "this is a plain text file, long enough to hold a header\n");
  CHECK(load_error(path) == path + ": not an nmt model file");
  write_bytes(path, "NX");  // shorter than the magic and not a prefix of it
  CHECK(load_error(path) == path + ": not an nmt model file");

  // A checkpoint given as a model, and the other way round, say what they are.
  save_checkpoint(path, small_checkpoint());
  CHECK(load_error(path) ==
        path + ": not an nmt model file (its magic is NMTCHKPT, expected NMTMODEL)");
  save_model_file(path, small_model());
  CHECK_THROWS_WITH(load_checkpoint(path), Catch::Contains("not an nmt checkpoint file"));
}

TEST_CASE("a newer format version is refused with advice", "[io]") {
  TempDir dir;
  std::string path = dir.file("m.nmt");
  save_model_file(path, small_model());
  std::string bytes = read_bytes(path);
  bytes[8] = 7;  // version field, little-endian uint32 at offset 8
  write_bytes(path, bytes);
  CHECK(load_error(path) ==
        path + ": model format version 7 is newer than this nmt supports (2); upgrade nmt");
  bytes[8] = 0;
  write_bytes(path, bytes);
  CHECK_THAT(load_error(path), Catch::Contains("format version 0 does not exist"));
}

TEST_CASE("a file truncated at any offset gives a clean error", "[io]") {
  TempDir dir;
  std::string path = dir.file("m.nmt");
  save_model_file(path, small_model());
  const std::string bytes = read_bytes(path);
  const size_t payload = bytes.size() - kFramedHeaderBytes;
  // Every offset in memory, every 37th also through the file system.
  for (size_t n = 0; n < bytes.size(); ++n) {
    std::string cut = bytes.substr(0, n);
    std::string expected;
    if (n == 0)
      expected = ": empty file, not an nmt model file";
    else if (n < kFramedHeaderBytes)
      expected = ": truncated: expected a 24-byte header, found " + std::to_string(n) + " bytes";
    else
      expected = ": truncated: expected " + std::to_string(payload) + " bytes of payload, found " +
                 std::to_string(n - kFramedHeaderBytes);
    INFO("truncated to " << n << " bytes");
    CHECK(decode_error(cut) == "M" + expected);
    if (n % 37 == 0) {
      write_bytes(path, cut);
      CHECK(load_error(path) == path + expected);
    }
  }
}

TEST_CASE("a flipped bit anywhere gives a clean error", "[io]") {
  TempDir dir;
  std::string path = dir.file("m.nmt");
  save_model_file(path, small_model());
  const std::string good = read_bytes(path);
  for (size_t i = 0; i < good.size(); ++i) {
    std::string bad = good;
    bad[i] = static_cast<char>(bad[i] ^ (1 << (i % 8)));
    std::string message = decode_error(bad);
    INFO("bit flipped in byte " << i);
    REQUIRE_FALSE(message.empty());
    CHECK(message.rfind("M: ", 0) == 0);
    // Past the magic and version, every flip is caught by length or checksum.
    if (i >= 20) CHECK(message == "M: corrupted (checksum mismatch)");
  }
  std::string bad = good;
  bad[good.size() / 2] ^= 0x10;
  write_bytes(path, bad);
  CHECK(load_error(path) == path + ": corrupted (checksum mismatch)");
}

TEST_CASE("the header is laid out as docs/FORMATS.md says", "[io]") {
  ModelFile m = small_model();
  const std::string bytes = encode_model_file(m);
  REQUIRE(bytes.size() > kFramedHeaderBytes);
  auto le = [&](size_t at, int n) {
    uint64_t v = 0;
    for (int i = 0; i < n; ++i) v |= uint64_t{static_cast<unsigned char>(bytes[at + i])} << (8 * i);
    return v;
  };
  CHECK(bytes.substr(0, 8) == "NMTMODEL");
  CHECK(le(8, 4) == 1);
  CHECK(le(12, 8) == bytes.size() - 24);
  CHECK(le(20, 4) == crc32(bytes.data() + 24, bytes.size() - 24));
  // The payload opens with the config text as uint64 length + bytes.
  CHECK(le(24, 8) == m.config_text.size());
  CHECK(bytes.substr(32, m.config_text.size()) == m.config_text);
  CHECK(encode_checkpoint(small_checkpoint()).substr(0, 8) == "NMTCHKPT");
}

TEST_CASE("bytes after the payload are refused", "[io]") {
  TempDir dir;
  std::string path = dir.file("m.nmt");
  save_model_file(path, small_model());
  write_bytes(path, read_bytes(path) + "xyz");
  CHECK(load_error(path) == path + ": corrupted: 3 unexpected bytes after the payload");
}

TEST_CASE("missing file, empty file and directory give one-line errors", "[io]") {
  TempDir dir;
  std::string missing = dir.file("missing.nmt");
  CHECK(load_error(missing) == missing + ": cannot open: No such file or directory");
  std::string empty = dir.file("empty.nmt");
  write_bytes(empty, "");
  CHECK(load_error(empty) == empty + ": empty file, not an nmt model file");
  CHECK(load_error(dir.path.string()) ==
        dir.path.string() + ": is a directory, not an nmt model file");
  CHECK_THROWS_WITH(load_checkpoint(missing), missing + ": cannot open: No such file or directory");
}

TEST_CASE("a hostile payload with a valid checksum cannot crash or over-allocate", "[io]") {
  TempDir dir;
  std::string path = dir.file("hostile.nmt");

  SECTION("a string claiming 2^62 bytes") {
    std::string payload;
    PayloadWriter(payload).u64(uint64_t{1} << 62);
    write_model_payload(path, payload);
    CHECK_THAT(load_error(path), Catch::StartsWith(path + ": corrupted payload: config text"));
  }
  SECTION("values that do not match the shape") {
    std::string payload;
    {
      PayloadWriter out(payload);
      for (int i = 0; i < 3; ++i) out.string("");
      out.string_map({});
      out.u64(1);  // one tensor
      out.string("w");
      out.u32(2);  // rank 2
      out.i64(3);
      out.i64(4);
      out.u64(11);  // 11 values for [3, 4]
      for (int i = 0; i < 11; ++i) out.u32(0);
    }
    write_model_payload(path, payload);
    CHECK(load_error(path) ==
          path + ": corrupted payload: tensor 'w' has 11 values but shape [3, 4]");
  }
  SECTION("dimensions whose product overflows") {
    std::string payload;
    {
      PayloadWriter out(payload);
      for (int i = 0; i < 3; ++i) out.string("");
      out.string_map({});
      out.u64(1);
      out.string("w");
      out.u32(4);
      for (int i = 0; i < 4; ++i) out.i64(int64_t{1} << 40);
      out.u64(0);
    }
    write_model_payload(path, payload);
    CHECK_THAT(load_error(path), Catch::Contains("has 0 values but shape"));
  }
  SECTION("rank beyond 4 and duplicate names") {
    std::string payload;
    {
      PayloadWriter out(payload);
      for (int i = 0; i < 3; ++i) out.string("");
      out.string_map({});
      out.u64(2);
      for (int k = 0; k < 2; ++k) {
        out.string("same");
        out.u32(1);
        out.i64(1);
        out.u64(1);
        out.u32(0);
      }
    }
    write_model_payload(path, payload);
    CHECK(load_error(path) == path + ": duplicate parameter name 'same'");
    payload[payload.size() - 24] = 9;  // the second tensor's rank field
    write_model_payload(path, payload);
    CHECK(load_error(path) == path + ": corrupted payload: tensor 'same' has rank 9");
  }
  SECTION("random damage behind a recomputed checksum") {
    std::string good;
    {
      PayloadWriter out(good);
      ModelFile m = small_model();
      out.string(m.config_text);
      out.string(m.spm_source);
      out.string(m.spm_target);
      out.string_map(m.metadata);
      out.tensors(m.parameters);
    }
    REQUIRE(decode_error(framed_model(good)).empty());  // the hand-written payload is a valid model
    Rng rng(3);
    int refused = 0;
    for (int trial = 0; trial < 2000; ++trial) {
      std::string bad = good;
      for (int k = 0; k < 3; ++k) bad[rng.below(bad.size())] = static_cast<char>(rng.next_u64());
      if (trial % 4 == 0) bad.resize(rng.below(bad.size()));
      std::string message = decode_error(framed_model(bad));
      if (!message.empty()) {
        CHECK(message.rfind("M: ", 0) == 0);
        ++refused;
      }
    }
    CHECK(refused > 0);
  }
}

TEST_CASE("saving refuses duplicate or empty parameter names", "[io]") {
  TempDir dir;
  std::string path = dir.file("m.nmt");
  ModelFile m = small_model();
  m.parameters.push_back(m.parameters.front());
  CHECK_THROWS_WITH(save_model_file(path, m),
                    path + ": cannot save model: duplicate parameter name 'encoder.embed'");
  m.parameters.back().name = "";
  CHECK_THROWS_WITH(save_model_file(path, m), Catch::Contains("parameter with an empty name"));
  CHECK_FALSE(fs::exists(path));
  CHECK(count_temp_files(dir.path) == 0);
}

TEST_CASE("atomic write creates and replaces files, leaving no temporary", "[io][atomic]") {
  TempDir dir;
  std::string path = dir.file("out.txt");
  write_file_atomic(path, "first");
  CHECK(read_bytes(path) == "first");
  write_file_atomic(path, std::string("second\0with nul", 15));
  CHECK(read_bytes(path) == std::string("second\0with nul", 15));
  CHECK(count_temp_files(dir.path) == 0);

  // Abandoned before commit: the temporary goes, the file stays.
  {
    AtomicFileWriter out(path);
    out.write("never seen");
    CHECK(fs::exists(out.temp_path()));
    CHECK(fs::path(out.temp_path()).parent_path() == dir.path);
  }
  CHECK(read_bytes(path) == std::string("second\0with nul", 15));
  CHECK(count_temp_files(dir.path) == 0);
}

TEST_CASE("atomic write to a relative path in the working directory", "[io][atomic]") {
  TempDir dir;
  fs::path saved = fs::current_path();
  fs::current_path(dir.path);
  write_file_atomic("relative.txt", "here");
  fs::current_path(saved);
  CHECK(read_bytes(dir.file("relative.txt")) == "here");
  CHECK(count_temp_files(dir.path) == 0);
}

// Root ignores file permissions, so these failures are made in ways that hold
// for root too: a missing directory, a file used as a directory, a directory
// as the target, /proc, and a full "disk" through RLIMIT_FSIZE.
TEST_CASE("atomic write failures leave the old file and no temporary", "[io][atomic]") {
  TempDir dir;
  std::string old_file = dir.file("old.txt");
  write_file_atomic(old_file, "old contents");

  std::string missing_dir = dir.file("no/such/dir/m.nmt");
  CHECK_THROWS_WITH(write_file_atomic(missing_dir, "x"),
                    Catch::StartsWith(missing_dir + ": cannot create temporary file") &&
                        Catch::EndsWith("No such file or directory"));

  std::string under_file = old_file + "/m.nmt";
  CHECK_THROWS_WITH(write_file_atomic(under_file, "x"), Catch::EndsWith("Not a directory"));
  CHECK(read_bytes(old_file) == "old contents");

  fs::create_directory(dir.file("a_dir"));
  CHECK_THROWS_WITH(write_file_atomic(dir.file("a_dir"), "x"),
                    dir.file("a_dir") + ": cannot write: is a directory");
  CHECK(fs::is_directory(dir.file("a_dir")));

  CHECK_THROWS_AS(write_file_atomic("/proc/nmt_test_io_cannot_exist.nmt", "x"), Error);
  CHECK(count_temp_files(dir.path) == 0);
}

TEST_CASE("a full disk during a model save keeps the previous model", "[io][atomic]") {
  TempDir dir;
  std::string path = dir.file("m.nmt");
  ModelFile old_model = small_model();
  save_model_file(path, old_model);
  const std::string old_bytes = read_bytes(path);

  ModelFile big = small_model();
  Rng rng(5);
  big.parameters.push_back({"big", random_tensor({64, 256}, rng)});  // 64 KB

  // Files may not grow past 16 KB: write() fails with EFBIG as on a full disk.
  struct rlimit saved {};
  REQUIRE(::getrlimit(RLIMIT_FSIZE, &saved) == 0);
  auto old_handler = std::signal(SIGXFSZ, SIG_IGN);
  struct rlimit small = saved;
  small.rlim_cur = 16 * 1024;
  REQUIRE(::setrlimit(RLIMIT_FSIZE, &small) == 0);
  std::string message;
  try {
    save_model_file(path, big);
  } catch (const Error& e) {
    message = e.what();
  }
  ::setrlimit(RLIMIT_FSIZE, &saved);
  std::signal(SIGXFSZ, old_handler);

  CHECK(message == path + ": cannot write: File too large");
  CHECK(read_bytes(path) == old_bytes);
  CHECK(count_temp_files(dir.path) == 0);
  require_same_tensors(load_model_file(path).parameters, old_model.parameters);
}

TEST_CASE("a model of a few MB saves and loads quickly", "[io]") {
  TempDir dir;
  std::string path = dir.file("big.nmt");
  Rng rng(9);
  ModelFile m = small_model();
  m.parameters.push_back({"embed", random_tensor({1000, 512}, rng)});   // 2 MB
  m.parameters.push_back({"ffn", random_tensor({2, 512, 1024}, rng)});  // 4 MB
  auto start = std::chrono::steady_clock::now();
  save_model_file(path, m);
  ModelFile back = load_model_file(path);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  require_same_tensors(back.parameters, m.parameters);
  CHECK(fs::file_size(path) > 6'000'000u);
  WARN("6 MB model: save + load in " << seconds << " s");
  CHECK(seconds < 5.0);  // generous: a shared 2-core machine; typically well under 0.5 s
}

TEST_CASE("atomic writes into a device write through instead of replacing it", "[io]") {
  struct stat before {};
  REQUIRE(::stat("/dev/null", &before) == 0);
  REQUIRE(S_ISCHR(before.st_mode));
  nmt::write_file_atomic("/dev/null", "bytes that must vanish");
  struct stat after {};
  REQUIRE(::stat("/dev/null", &after) == 0);
  CHECK(S_ISCHR(after.st_mode));  // still the device, not a regular file
}
