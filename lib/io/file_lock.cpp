#include "io/file_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <string>
#include <utility>

#include "base/error.h"
#include "io/atomic_file.h"

namespace nmt {
namespace {

// The pid text in an open lock file, or 0 when it is empty or not a number.
pid_t read_pid(int fd) {
  char text[32] = {};
  const ssize_t n = ::pread(fd, text, sizeof text - 1, 0);
  if (n <= 0) return 0;
  char* end = nullptr;
  const long pid = std::strtol(text, &end, 10);
  return end != text && pid > 0 ? static_cast<pid_t>(pid) : 0;
}

// The holder writes its pid just after taking the lock: give it a moment.
pid_t wait_for_pid(int fd) {
  for (int attempt = 0; attempt < 20; ++attempt) {
    if (const pid_t pid = read_pid(fd)) return pid;
    ::usleep(5000);
  }
  return 0;
}

bool same_file(int fd, const std::string& path) {
  struct stat open_file {
  }, named{};
  return ::fstat(fd, &open_file) == 0 && ::stat(path.c_str(), &named) == 0 &&
         open_file.st_dev == named.st_dev && open_file.st_ino == named.st_ino;
}

}  // namespace

std::string lock_path_for(const std::string& model_path) {
  return model_path + ".lock";
}

FileLock::FileLock(std::string lock_path, const std::string& busy_message)
    : path_(std::make_unique<std::string>(std::move(lock_path))) {
  const std::string& path = *path_;
  // A previous holder removes the file just before releasing it: a lock taken
  // on that unlinked file would not exclude anyone, so check and retry.
  for (int attempt = 0; attempt < 100; ++attempt) {
    const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0666);
    if (fd < 0) throw Error(path + ": cannot create the lock file: " + std::strerror(errno));
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
      const int err = errno;
      if (err == EWOULDBLOCK) {
        const pid_t pid = wait_for_pid(fd);
        ::close(fd);
        throw Error(busy_message +
                    (pid > 0 ? " by pid " + std::to_string(pid) : " by another process") +
                    " (lock file " + path + ")");
      }
      ::close(fd);
      if (err == EINTR) continue;
      throw Error(path + ": cannot lock: " + std::strerror(err));
    }
    if (!same_file(fd, path)) {
      ::close(fd);
      continue;
    }
    const std::string pid = std::to_string(::getpid()) + "\n";
    if (::ftruncate(fd, 0) != 0 ||
        ::pwrite(fd, pid.data(), pid.size(), 0) != static_cast<ssize_t>(pid.size())) {
      const int err = errno;
      ::unlink(path.c_str());
      ::close(fd);
      throw Error(path + ": cannot write the lock file: " + std::strerror(err));
    }
    fd_ = fd;
    slot_ = remove_on_signal(path.c_str());
    return;
  }
  throw Error(path + ": cannot lock: the lock file keeps being replaced");
}

FileLock FileLock::for_training(const std::string& model_path) {
  return FileLock(lock_path_for(model_path), model_path + " is being trained");
}

FileLock::FileLock(FileLock&& other) noexcept
    : path_(std::move(other.path_)),
      fd_(std::exchange(other.fd_, -1)),
      slot_(std::exchange(other.slot_, -1)) {}

FileLock::~FileLock() {
  if (fd_ < 0) return;
  keep_on_signal(slot_);
  ::unlink(path_->c_str());  // while still holding it: see the constructor
  ::close(fd_);
}

pid_t FileLock::holder(const std::string& lock_path) {
  const int fd = ::open(lock_path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return 0;
  pid_t pid = 0;
  if (::flock(fd, LOCK_SH | LOCK_NB) != 0 && errno == EWOULDBLOCK) pid = wait_for_pid(fd);
  ::close(fd);  // also drops the shared lock, if it was taken
  return pid;
}

}  // namespace nmt
