// Text output of a command-line tool: standard output, or a file that appears
// (atomically, atomic_file.h) only when complete. Writing to standard output
// checks for errors at every flush, so a full disk behind stdout cannot end in
// exit 0 with output missing.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "io/atomic_file.h"

namespace nmt {

class TextOutput {
 public:
  // "" or "-" writes to standard output; any other path is written
  // atomically, after removing the temporaries that killed earlier writers
  // of it left (remove_stale_temp_files). Throws nmt::Error naming the path
  // if its temporary file cannot be made.
  explicit TextOutput(const std::string& path);

  void write(std::string_view text);
  // Standard output: flushes it, and throws nmt::Error if any write failed.
  // A file: nothing (its bytes appear at commit()).
  void flush();
  // A file: renames it into place (throws on failure). Without commit() the
  // file is left as it was. Standard output: flush().
  void commit();

 private:
  std::unique_ptr<AtomicFileWriter> file_;
};

}  // namespace nmt
