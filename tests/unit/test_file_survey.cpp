// survey_file (io/file_survey.h): a sound file has every part ok and its
// contents; a file cut at any offset, a flipped bit, or a foreign file gets
// a one-line problem naming the part, and the parts before the damage read.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <fstream>
#include <string>

#include "io/file_survey.h"
#include "io/model_file.h"

using namespace nmt;

namespace {

struct TempPath {
  std::string path;
  TempPath() {
    char name[] = "/tmp/nmt_test_survey_XXXXXX";
    const int fd = ::mkstemp(name);
    REQUIRE(fd >= 0);
    ::close(fd);
    path = name;
  }
  ~TempPath() { std::remove(path.c_str()); }
  void write(const std::string& bytes) const {
    std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
  }
};

std::string sample_model_bytes() {
  ModelFile m;
  m.config_text = "arch = rnn\n";
  m.spm_source = std::string(300, 's');
  m.metadata = {{"updates", "5"}};
  m.parameters.push_back({"a", Tensor::zeros({4, 8})});
  m.parameters.push_back({"b", Tensor::zeros({8})});
  return encode_model_file(m);
}

const SurveyPart* part(const FileSurvey& s, const std::string& name) {
  for (const SurveyPart& p : s.parts)
    if (p.name == name) return &p;
  return nullptr;
}

}  // namespace

TEST_CASE("a sound model file is surveyed part by part", "[io][survey]") {
  TempPath f;
  f.write(sample_model_bytes());
  const FileSurvey s = survey_file(f.path);
  CHECK(s.sound());
  CHECK(s.kind == "model");
  REQUIRE(s.model.has_value());
  CHECK(s.model->parameters.size() == 2);
  CHECK(s.parts.size() == 8);
  for (const SurveyPart& p : s.parts) CHECK(p.ok);
}

TEST_CASE("a model cut anywhere names the part that breaks", "[io][survey]") {
  const std::string bytes = sample_model_bytes();
  TempPath f;
  for (size_t cut = 0; cut < bytes.size(); cut += 7) {
    f.write(bytes.substr(0, cut));
    const FileSurvey s = survey_file(f.path);
    INFO("cut at " << cut);
    CHECK_FALSE(s.sound());
    CHECK_FALSE(s.problem.empty());
    if (cut >= 8 && cut < 24)
      CHECK(s.problem == "header: truncated: " + std::to_string(cut) + " of 24 bytes");
    if (cut >= 24) {
      CHECK(s.problem.rfind("payload length: truncated:", 0) == 0);
      // Once the config is whole, the survey says so.
      if (cut >= 24 + 8 + 11 + 8) CHECK(part(s, "config")->ok);
    }
  }
}

TEST_CASE("a flipped bit is a checksum mismatch with readable sections", "[io][survey]") {
  std::string bytes = sample_model_bytes();
  bytes[bytes.size() - 3] ^= 0x10;  // inside the last tensor's values
  TempPath f;
  f.write(bytes);
  const FileSurvey s = survey_file(f.path);
  CHECK(s.problem.rfind("checksum: mismatch", 0) == 0);
  CHECK(s.problem.find("every section reads") != std::string::npos);
  CHECK(part(s, "parameters")->ok);
}

TEST_CASE("foreign files are named by their first bytes", "[io][survey]") {
  TempPath f;
  f.write(std::string("\x1f\x8b\x08\x00rest", 8));
  CHECK(survey_file(f.path).foreign == "a gzip file");
  f.write("PK\x03\x04....");
  CHECK(survey_file(f.path).foreign.rfind("a zip archive", 0) == 0);
  f.write("just text\n");
  CHECK(survey_file(f.path).problem == "not an nmt model or checkpoint: a text file");
  f.write("NMTMO");
  CHECK(survey_file(f.path).foreign == "an nmt file cut inside its magic number");
  CHECK_THROWS_WITH(survey_file("/nonexistent/x"),
                    "/nonexistent/x: cannot open: No such file or directory");
}
