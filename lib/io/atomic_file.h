// Atomic file replacement: the bytes go to a temporary file in the target's
// directory (PATH.tmp.<pid>.<n>), which is fsync'ed, closed and renamed over
// PATH, and then the directory is fsync'ed. A crash, a kill or a full disk at
// any moment leaves either the previous file or the complete new one, never a
// mix. On failure the temporary file is removed, the previous file is left
// untouched, and nmt::Error names the path and the system's reason.
// Not here: what the bytes mean (model_file.h, checkpoint_file.h).
// A PATH that exists and is not a regular file (/dev/null, a FIFO) is written
// directly instead: renaming would replace the device node.
// Caveat: PATH itself is replaced; if it is a symlink, the link is replaced by
// a regular file rather than written through.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace nmt {

class AtomicFileWriter {
 public:
  // Creates the temporary file; throws nmt::Error if it cannot (missing or
  // read-only directory, a path component that is a file, ...).
  explicit AtomicFileWriter(std::string path);
  // Without commit(), the temporary file is removed and PATH is untouched.
  ~AtomicFileWriter();
  AtomicFileWriter(const AtomicFileWriter&) = delete;
  AtomicFileWriter& operator=(const AtomicFileWriter&) = delete;

  // Appends n bytes; every short or failed write throws (e.g. disk full).
  void write(const void* data, size_t n);
  void write(std::string_view bytes) { write(bytes.data(), bytes.size()); }
  // fsync, close, rename over PATH, fsync the directory. Throws on failure,
  // having removed the temporary file. Call at most once.
  void commit();

  const std::string& path() const { return path_; }
  const std::string& temp_path() const { return temp_path_; }

 private:
  [[noreturn]] void fail(const std::string& what, int err);
  void discard() noexcept;
  bool direct_ = false;  // writing straight into a device or pipe

  std::string path_;
  std::string temp_path_;
  int fd_ = -1;
  bool committed_ = false;
};

// One-shot form: PATH holds exactly these bytes afterwards, or is untouched.
void write_file_atomic(const std::string& path, std::string_view bytes);

// A process killed mid-write (SIGKILL, power loss) leaves its PATH.tmp.<pid>.<n>
// behind. Removes those of PATH whose process no longer exists (a live pid may
// be another writer, or a reused pid: left alone, harmless) and returns how
// many went. Errors are ignored: this is tidying, not correctness.
int remove_stale_temp_files(const std::string& path);

}  // namespace nmt
