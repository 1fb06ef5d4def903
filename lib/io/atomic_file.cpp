#include "io/atomic_file.h"

#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <utility>

#include "base/error.h"

namespace nmt {
namespace {

std::string directory_of(const std::string& path) {
  size_t slash = path.find_last_of('/');
  if (slash == std::string::npos) return ".";
  if (slash == 0) return "/";
  return path.substr(0, slash);
}

// Unique among threads of this process; the pid makes it unique among
// processes writing into the same directory.
std::string temp_name_for(const std::string& path) {
  static std::atomic<unsigned> counter{0};
  return path + ".tmp." + std::to_string(::getpid()) + "." + std::to_string(counter++);
}

// Makes the rename itself durable. Some file systems cannot fsync a
// directory (EINVAL); the data is already safe then, so that is not an error.
int sync_directory(const std::string& dir) {
  int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return errno;
  int err = ::fsync(fd) == 0 || errno == EINVAL ? 0 : errno;
  ::close(fd);
  return err;
}

// The pid in NAME when NAME is PREFIX<pid>.<n>, else 0.
pid_t temp_file_pid(const std::string& name, const std::string& prefix) {
  if (name.compare(0, prefix.size(), prefix) != 0) return 0;
  const size_t dot = name.find('.', prefix.size());
  if (dot == std::string::npos || dot == prefix.size() || dot + 1 == name.size()) return 0;
  const std::string pid = name.substr(prefix.size(), dot - prefix.size());
  const std::string n = name.substr(dot + 1);
  const auto digits = [](const std::string& s) {
    return s.find_first_not_of("0123456789") == std::string::npos;
  };
  if (!digits(pid) || !digits(n) || pid.size() > 9) return 0;
  return static_cast<pid_t>(std::stol(pid));
}

// Live temporaries, readable by a signal handler: each slot points at the
// temp_path_ of a writer (whose string is not changed while it is listed).
constexpr int kLiveSlots = 64;
std::atomic<const char*> g_live_temps[kLiveSlots];

int list_temp(const char* path) {
  return remove_on_signal(path);
}

void unlist_temp(int& slot) {
  keep_on_signal(slot);
  slot = -1;
}

void on_fatal_signal(int signal) {
  remove_live_temp_files();
  struct sigaction fallback {};
  fallback.sa_handler = SIG_DFL;
  sigemptyset(&fallback.sa_mask);
  ::sigaction(signal, &fallback, nullptr);
  ::raise(signal);  // pending until this handler returns, then the default action
}

}  // namespace

int remove_on_signal(const char* path) noexcept {
  for (int i = 0; i < kLiveSlots; ++i) {
    const char* empty = nullptr;
    if (g_live_temps[i].compare_exchange_strong(empty, path)) return i;
  }
  return -1;
}

void keep_on_signal(int slot) noexcept {
  if (slot >= 0 && slot < kLiveSlots) g_live_temps[slot].store(nullptr);
}

void remove_live_temp_files() noexcept {
  for (int i = 0; i < kLiveSlots; ++i)
    if (const char* path = g_live_temps[i].load()) ::unlink(path);
}

void install_temp_file_cleanup() {
  for (int signal : {SIGINT, SIGTERM, SIGHUP, SIGPIPE}) {
    struct sigaction current {};
    if (::sigaction(signal, nullptr, &current) != 0 || current.sa_handler == SIG_IGN) continue;
    struct sigaction action {};
    action.sa_handler = on_fatal_signal;
    sigemptyset(&action.sa_mask);
    ::sigaction(signal, &action, nullptr);
  }
}

AtomicFileWriter::AtomicFileWriter(std::string path) : path_(std::move(path)) {
  NMT_CHECK(!path_.empty(), "cannot write a file with an empty name");
  NMT_CHECK(path_.back() != '/', path_, ": cannot write: is a directory name");
  struct stat target {};
  bool exists = ::stat(path_.c_str(), &target) == 0;
  NMT_CHECK(!(exists && S_ISDIR(target.st_mode)), path_, ": cannot write: is a directory");
  if (exists && !S_ISREG(target.st_mode)) {
    // A device or pipe (/dev/null, /dev/stdout, a FIFO) is written through:
    // renaming over it would replace the device node with a regular file.
    direct_ = true;
    fd_ = ::open(path_.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd_ < 0) throw Error(path_ + ": cannot open for writing: " + std::strerror(errno));
    return;
  }
  temp_path_ = temp_name_for(path_);
  // Listed before it exists, so a signal cannot fall between the two.
  slot_ = list_temp(temp_path_.c_str());
  fd_ = ::open(temp_path_.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
  if (fd_ < 0) {
    unlist_temp(slot_);
    throw Error(path_ + ": cannot create temporary file " + temp_path_ + ": " +
                std::strerror(errno));
  }
  // Keep the permissions of the file being replaced (open applied the umask).
  if (exists && ::fchmod(fd_, target.st_mode & 07777) != 0) fail("cannot set permissions", errno);
}

AtomicFileWriter::~AtomicFileWriter() {
  if (!committed_) discard();
}

void AtomicFileWriter::discard() noexcept {
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
  if (!temp_path_.empty()) ::unlink(temp_path_.c_str());
  unlist_temp(slot_);
  temp_path_.clear();
}

void AtomicFileWriter::fail(const std::string& what, int err) {
  discard();
  throw Error(path_ + ": " + what + ": " + std::strerror(err));
}

void AtomicFileWriter::write(const void* data, size_t n) {
  NMT_CHECK(fd_ >= 0 && !committed_, path_, ": write after commit or failure");
  const char* p = static_cast<const char*>(data);
  while (n > 0) {
    ssize_t done = ::write(fd_, p, n);
    if (done < 0 && errno == EINTR) continue;
    // A write of 0 bytes makes no progress: report it as a full disk.
    if (done <= 0) fail("cannot write", done < 0 ? errno : ENOSPC);
    p += done;
    n -= static_cast<size_t>(done);
  }
}

void AtomicFileWriter::commit() {
  NMT_CHECK(fd_ >= 0 && !committed_, path_, ": commit after commit or failure");
  if (direct_) {
    const int fd = fd_;
    fd_ = -1;
    committed_ = true;
    if (::close(fd) != 0) throw Error(path_ + ": cannot write (close): " + std::strerror(errno));
    return;
  }
  // Delayed allocation can report a full disk only here, so both results count.
  if (::fsync(fd_) != 0) fail("cannot write (fsync)", errno);
  int fd = fd_;
  fd_ = -1;
  if (::close(fd) != 0) fail("cannot write (close)", errno);
  if (::rename(temp_path_.c_str(), path_.c_str()) != 0) fail("cannot replace the file", errno);
  committed_ = true;
  unlist_temp(slot_);
  temp_path_.clear();
  int err = sync_directory(directory_of(path_));
  if (err != 0)
    throw Error(path_ + ": written, but syncing its directory failed: " + std::strerror(err));
}

void write_file_atomic(const std::string& path, std::string_view bytes) {
  AtomicFileWriter out(path);
  out.write(bytes);
  out.commit();
}

int remove_stale_temp_files(const std::string& path) {
  const std::string dir = directory_of(path);
  const size_t slash = path.find_last_of('/');
  const std::string prefix = (slash == std::string::npos ? path : path.substr(slash + 1)) + ".tmp.";
  DIR* listing = ::opendir(dir.c_str());
  if (listing == nullptr) return 0;
  int removed = 0;
  while (const dirent* entry = ::readdir(listing)) {
    const std::string name = entry->d_name;
    const pid_t pid = temp_file_pid(name, prefix);
    if (pid <= 0 || pid == ::getpid()) continue;
    // ESRCH: no such process. EPERM means it exists (another user's).
    if (::kill(pid, 0) == 0 || errno != ESRCH) continue;
    if (::unlink((dir + "/" + name).c_str()) == 0) ++removed;
  }
  ::closedir(listing);
  return removed;
}

}  // namespace nmt
