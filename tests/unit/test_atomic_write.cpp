// lib/io: atomic writes. A failed write must leave the previous file intact
// and no temporary behind; a device is written through, not replaced.
#include <sys/resource.h>
#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <csignal>
#include <filesystem>

#include "base/error.h"
#include "base/rng.h"
#include "io/atomic_file.h"
#include "io/model_file.h"
#include "support/io_files.h"
#include "support/temp_dir.h"

namespace fs = std::filesystem;
using namespace nmt;
using namespace nmt_test;

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

TEST_CASE("atomic writes into a device write through instead of replacing it", "[io]") {
  struct stat before {};
  REQUIRE(::stat("/dev/null", &before) == 0);
  REQUIRE(S_ISCHR(before.st_mode));
  nmt::write_file_atomic("/dev/null", "bytes that must vanish");
  struct stat after {};
  REQUIRE(::stat("/dev/null", &after) == 0);
  CHECK(S_ISCHR(after.st_mode));  // still the device, not a regular file
}
