// lib/io: the model and checkpoint files. Round trips must be bit-exact, the
// header laid out as docs/FORMATS.md says, and saving what cannot be loaded
// back refused. Damaged files: test_file_damage.cpp; atomic writes:
// test_atomic_write.cpp.
#include <catch2/catch.hpp>
#include <chrono>
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

TEST_CASE("a version 3 model file keeps int8 tensors and the shortlist", "[io]") {
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
  CHECK(back.format_version == 3u);  // every id fits 16 bits
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

// A shortlist of `ids` ids, all `id`.
ModelFile with_shortlist(int32_t id, size_t ids) {
  ModelFile m = small_model();
  m.shortlist.frequent = {0, 1};
  m.shortlist.by_source = {std::vector<int32_t>(ids, id), {}, {2}};
  return m;
}

TEST_CASE("shortlist ids are stored in 16 bits when they fit, else 32", "[io]") {
  for (int32_t top : {65535, 65536}) {
    const ModelFile m = with_shortlist(top, 1000);
    const ModelFile back = decode_model_file(encode_model_file(m));
    CHECK(back.format_version == (top == 65535 ? 3u : 2u));
    CHECK(back.shortlist.frequent == m.shortlist.frequent);
    CHECK(back.shortlist.by_source == m.shortlist.by_source);
  }
  // 2 bytes per id less than 32-bit storage: 1,003 ids, 2,006 bytes.
  CHECK(encode_model_file(with_shortlist(65536, 1000)).size() -
            encode_model_file(with_shortlist(65535, 1000)).size() ==
        2006);
}

TEST_CASE("a version 2 file (32-bit shortlist ids, older nmt) still loads", "[io]") {
  // Written field by field as nmt-quantize wrote version 2 before version 3
  // existed (docs/FORMATS.md), not through encode_model_file.
  ModelFile m = small_model();
  Rng rng(5);
  const QuantizedTensor q = quantize_tensor({"dec.out.weight", random_tensor({3, 2}, rng)}, 1);
  std::string bytes = framed_placeholder();
  {
    PayloadWriter out(bytes);
    out.string(m.config_text);
    out.string(m.spm_source);
    out.string(m.spm_target);
    out.string_map(m.metadata);
    out.tensors(m.parameters);
    out.u64(1);
    out.string(q.name);
    out.i64(q.rows);
    out.i64(q.cols);
    out.u32(1);
    out.i8_vector(q.values);
    out.f32_vector(q.scales);
    out.i32_vector({3, 9});
    out.u64(2);
    out.i32_vector({4, 5, 6});
    out.i32_vector({});
  }
  seal_framed(bytes, FileKind{kModelMagic, "model", 2});
  TempDir dir;
  write_bytes(dir.file("v2.nmt"), bytes);
  const ModelFile back = load_model_file(dir.file("v2.nmt"));
  CHECK(back.format_version == 2u);
  CHECK(back.shortlist.frequent == std::vector<int32_t>{3, 9});
  CHECK(back.shortlist.by_source == std::vector<std::vector<int32_t>>{{4, 5, 6}, {}});
  REQUIRE(back.quantized.size() == 1);
  CHECK(back.quantized[0].values == q.values);
  require_same_tensors(back.parameters, m.parameters);
  // Saved again, it becomes version 3 with the same content.
  const ModelFile again = decode_model_file(encode_model_file(back));
  CHECK(again.format_version == 3u);
  CHECK(again.shortlist.by_source == back.shortlist.by_source);
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
