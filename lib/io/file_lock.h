// An exclusive lock on a file path for the lifetime of an object, so that two
// processes never write the same files at once (two nmt-train runs on one
// --model: the second would resume from the first's live checkpoint and each
// would overwrite the other's saves).
//
// How: flock(2) on a lock file (PATH.lock for a model PATH) that holds the
// owner's pid as text. The kernel releases a flock when its process dies, by
// any means (SIGKILL, a crash), so a lock is never stale; a leftover lock
// file of a killed process is simply locked again by the next run. The lock
// file is removed when the lock is released, and by a signal that ends the
// process (io/atomic_file.h install_temp_file_cleanup).
//
// Usage (one process, or rank 0 of an MPI job, before any file is written):
//   nmt::FileLock lock = nmt::FileLock::for_training(model_path);  // throws if held
//   ... train, save ...
//   // released (and MODEL.lock removed) when `lock` goes out of scope
// Only one FileLock per path per process: flock locks belong to open file
// descriptions, so a second FileLock on the same path in the same process is
// refused like another process's would be.
// Not here: what the locked files hold. Locks work on local file systems; on
// NFS flock is emulated with POSIX locks (Linux >= 2.6.12), which also works.
#pragma once

#include <sys/types.h>

#include <memory>
#include <string>

namespace nmt {

class FileLock {
 public:
  // Takes the lock on LOCK_PATH (created if missing) without waiting. When
  // another process holds it, throws nmt::Error with
  // "<busy_message> by pid N" (N read from the file; "another process" if
  // unreadable). Other failures (read-only directory, ...) throw naming the path.
  FileLock(std::string lock_path, const std::string& busy_message);
  // The lock for training MODEL: MODEL.lock, refused with
  // "MODEL is being trained by pid N".
  static FileLock for_training(const std::string& model_path);

  ~FileLock();  // removes the lock file, then releases the lock
  FileLock(FileLock&& other) noexcept;
  FileLock& operator=(FileLock&&) = delete;
  FileLock(const FileLock&) = delete;
  FileLock& operator=(const FileLock&) = delete;

  const std::string& path() const { return *path_; }

  // The pid written in LOCK_PATH while some process holds its lock; 0 when
  // nobody does (or the holder has not written its pid yet).
  static pid_t holder(const std::string& lock_path);

 private:
  // On the heap: a signal handler reads its characters (slot_), so they must
  // not move when the FileLock does.
  std::unique_ptr<std::string> path_;
  int fd_ = -1;
  int slot_ = -1;  // io/atomic_file.h remove_on_signal
};

// MODEL.lock: the lock file FileLock::for_training uses.
std::string lock_path_for(const std::string& model_path);

}  // namespace nmt
