// lib/io: every damaged, foreign, newer, truncated or hostile model or
// checkpoint file must end in one nmt::Error naming the file, never a crash
// or a huge allocation.
#include <catch2/catch.hpp>
#include <filesystem>

#include "base/error.h"
#include "base/rng.h"
#include "io/checkpoint_file.h"
#include "io/checksum.h"
#include "io/framed_file.h"
#include "io/model_file.h"
#include "io/payload.h"
#include "support/io_files.h"
#include "support/temp_dir.h"

namespace fs = std::filesystem;
using namespace nmt;
using namespace nmt_test;

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
        path + ": model format version 7 is newer than this nmt supports (3); upgrade nmt");
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
