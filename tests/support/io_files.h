// Shared by the tests of lib/io (test_model_file, test_file_damage,
// test_atomic_write): small model and checkpoint files with values a lossy
// format would not keep, byte-level reading and writing, and the error a load
// or decode ends in.
#pragma once

#include <catch2/catch.hpp>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <limits>
#include <string>
#include <vector>

#include "base/error.h"
#include "base/rng.h"
#include "io/checkpoint_file.h"
#include "io/framed_file.h"
#include "io/model_file.h"

namespace nmt_test {

using namespace nmt;

inline std::string read_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

inline void write_bytes(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  REQUIRE(out.good());
}

inline int count_temp_files(const std::filesystem::path& dir) {
  int n = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir))
    if (entry.path().filename().string().find(".tmp.") != std::string::npos) ++n;
  return n;
}

inline Tensor random_tensor(const Shape& shape, Rng& rng) {
  Tensor t = Tensor::empty(shape);
  for (int64_t i = 0; i < t.numel(); ++i) t.at(i) = rng.normal();
  return t;
}

inline ModelFile small_model() {
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

inline Checkpoint small_checkpoint() {
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

inline void require_same_tensors(const std::vector<NamedTensor>& a,
                                 const std::vector<NamedTensor>& b) {
  REQUIRE(a.size() == b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    CHECK(a[i].name == b[i].name);
    REQUIRE(a[i].value.shape() == b[i].value.shape());
    CHECK(std::memcmp(a[i].value.data(), b[i].value.data(),
                      static_cast<size_t>(a[i].value.numel()) * sizeof(float)) == 0);
  }
}

inline std::string load_error(const std::string& path) {
  try {
    load_model_file(path);
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

inline std::string decode_error(const std::string& bytes) {
  try {
    decode_model_file(bytes, "M");
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

// A version 1 model file around a hand-written payload.
inline std::string framed_model(const std::string& payload) {
  std::string bytes = framed_placeholder() + payload;
  seal_framed(bytes, FileKind{kModelMagic, "model", 1});
  return bytes;
}

inline void write_model_payload(const std::string& path, const std::string& payload) {
  write_bytes(path, framed_model(payload));
}

}  // namespace nmt_test
