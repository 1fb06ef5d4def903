// lib/io/file_lock.h and the signal-time clean-up of io/atomic_file.h: a held
// lock refuses a second holder (another process or the same one) naming the
// pid; releasing it removes the lock file; a lock file left by a dead process
// is taken again; remove_live_temp_files() unlinks exactly the temporaries of
// live writers and the files listed with remove_on_signal.
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "base/error.h"
#include "io/atomic_file.h"
#include "io/file_lock.h"
#include "support/temp_dir.h"

namespace fs = std::filesystem;
using namespace nmt;

namespace {

std::string read_text(const std::string& path) {
  std::ifstream in(path);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace

TEST_CASE("a training lock refuses a second holder and names the pid", "[io][lock]") {
  TempDir dir;
  const std::string model = dir.file("m.nmt");
  {
    FileLock lock = FileLock::for_training(model);
    CHECK(lock.path() == model + ".lock");
    CHECK(read_text(model + ".lock") == std::to_string(::getpid()) + "\n");
    CHECK(FileLock::holder(lock_path_for(model)) == ::getpid());
    // A second lock, even in the same process, is refused.
    CHECK_THROWS_WITH(
        FileLock::for_training(model),
        Catch::Contains(model + " is being trained by pid " + std::to_string(::getpid())));
    // Moving keeps the lock.
    FileLock moved(std::move(lock));
    CHECK(FileLock::holder(lock_path_for(model)) == ::getpid());
  }
  CHECK_FALSE(fs::exists(model + ".lock"));
  CHECK(FileLock::holder(lock_path_for(model)) == 0);
}

TEST_CASE("a lock held by another process is refused; its file after death is reused",
          "[io][lock]") {
  TempDir dir;
  const std::string model = dir.file("m.nmt");
  int ready[2];
  REQUIRE(::pipe(ready) == 0);
  const pid_t child = ::fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    FileLock lock = FileLock::for_training(model);
    (void)!::write(ready[1], "x", 1);
    ::pause();  // killed below, without running any destructor
    ::_exit(0);
  }
  char byte = 0;
  REQUIRE(::read(ready[0], &byte, 1) == 1);
  CHECK(FileLock::holder(lock_path_for(model)) == child);
  CHECK_THROWS_WITH(FileLock::for_training(model),
                    Catch::Contains("is being trained by pid " + std::to_string(child)));
  ::kill(child, SIGKILL);
  ::waitpid(child, nullptr, 0);
  ::close(ready[0]);
  ::close(ready[1]);
  CHECK(fs::exists(model + ".lock"));  // SIGKILL leaves the file, but not the lock
  CHECK(FileLock::holder(lock_path_for(model)) == 0);
  FileLock again = FileLock::for_training(model);
  CHECK(read_text(model + ".lock") == std::to_string(::getpid()) + "\n");
}

TEST_CASE("a lock in a missing directory is an error naming the path", "[io][lock]") {
  TempDir dir;
  CHECK_THROWS_WITH(FileLock::for_training(dir.file("no/such/m.nmt")),
                    Catch::Contains("no/such/m.nmt.lock: cannot create the lock file"));
}

TEST_CASE("remove_live_temp_files unlinks live temporaries and listed files only", "[io][atomic]") {
  TempDir dir;
  write_file_atomic(dir.file("done.txt"), "kept");
  AtomicFileWriter open_writer(dir.file("out.txt"));
  open_writer.write("partial");
  const std::string temp = open_writer.temp_path();
  REQUIRE(fs::exists(temp));
  const std::string listed = dir.file("listed.lock");
  std::ofstream(listed) << "x";
  const int slot = remove_on_signal(listed.c_str());
  REQUIRE(slot >= 0);
  const std::string unlisted = dir.file("unlisted.lock");
  std::ofstream(unlisted) << "x";
  const int slot2 = remove_on_signal(unlisted.c_str());
  keep_on_signal(slot2);

  remove_live_temp_files();
  CHECK_FALSE(fs::exists(temp));
  CHECK_FALSE(fs::exists(listed));
  CHECK(fs::exists(unlisted));
  CHECK(read_text(dir.file("done.txt")) == "kept");
  keep_on_signal(slot);
}
