#include "io/text_output.h"

#include <cerrno>
#include <cstring>
#include <iostream>

#include "base/error.h"

namespace nmt {

TextOutput::TextOutput(const std::string& path) {
  if (path.empty() || path == "-") return;
  remove_stale_temp_files(path);
  file_ = std::make_unique<AtomicFileWriter>(path);
}

void TextOutput::write(std::string_view text) {
  if (file_)
    file_->write(text);
  else
    std::cout << text;
}

void TextOutput::flush() {
  if (file_) return;
  errno = 0;
  std::cout.flush();
  if (!std::cout)
    throw Error(std::string("cannot write to standard output: ") +
                (errno != 0 ? std::strerror(errno) : "write failed"));
}

void TextOutput::commit() {
  if (file_)
    file_->commit();
  else
    flush();
}

}  // namespace nmt
