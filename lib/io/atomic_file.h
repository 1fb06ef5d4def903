// Atomic file replacement: the bytes go to a temporary file in the target's
// directory (PATH.tmp.<pid>.<n>), which is fsync'ed, closed and renamed over
// PATH, and then the directory is fsync'ed. A crash, a kill or a full disk at
// any moment leaves either the previous file or the complete new one, never a
// mix. On failure the temporary file is removed, the previous file is left
// untouched, and nmt::Error names the path and the system's reason.
// Not here: what the bytes mean (model_file.h, checkpoint_file.h).
// A PATH that exists and is not a regular file (/dev/null, a FIFO) is written
// directly instead: renaming would replace the device node.
// A signal that ends the process (SIGINT, SIGTERM, SIGHUP, SIGPIPE) removes
// the temporaries of live writers when install_temp_file_cleanup() was called.
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
  int slot_ = -1;        // in the registry of live temporaries (-1: not listed)

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

// A signal handler's part: unlinks the temporary file of every live
// AtomicFileWriter of this process (and the other files listed with
// remove_on_signal), using only async-signal-safe calls (unlink on paths kept
// in a fixed-size table of atomic pointers). A file beyond the table's 64
// entries is simply not listed.
void remove_live_temp_files() noexcept;

// Lists PATH among the files remove_live_temp_files() removes (a lock file,
// a temporary). The string must stay unchanged until unlisted. Returns the
// slot to pass to keep_on_signal, or -1 if the table is full.
int remove_on_signal(const char* path) noexcept;
// Unlists it again; slot -1 is ignored.
void keep_on_signal(int slot) noexcept;

// For SIGINT, SIGTERM, SIGHUP and SIGPIPE, unless they are ignored (nohup,
// a background job): remove the live temporaries, then die of the same signal
// as without the handler (the shell reports 128 + N: 130 for SIGINT, 143 for
// SIGTERM). Every tool calls it at start-up (apps/common/app.h); nmt-train's
// stop handlers replace it for SIGINT and SIGTERM while training runs.
void install_temp_file_cleanup();

}  // namespace nmt
