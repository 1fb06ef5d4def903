#include "decode/translate_stream.h"

#include <poll.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <streambuf>

#include "base/error.h"

namespace nmt {

std::string format_translations(const std::vector<LineTranslation>& results, size_t first_index,
                                const StreamOptions& options, const HypothesisSuffix& suffix) {
  auto after = [&](const LineTranslation& r, size_t k) { return suffix ? suffix(r, k) : ""; };
  std::ostringstream out;
  out.precision(6);
  for (size_t i = 0; i < results.size(); ++i) {
    const LineTranslation& r = results[i];
    if (options.n_best > 1) {
      for (size_t k = 0; k < r.texts.size(); ++k)
        out << first_index + i << " ||| " << r.texts[k] << " ||| " << r.hypotheses[k].score
            << after(r, k) << "\n";
      if (r.texts.empty()) out << first_index + i << " |||  ||| 0" << after(r, 0) << "\n";
      continue;
    }
    out << (r.texts.empty() ? std::string() : r.texts[0]);
    if (options.scores) out << " ||| " << (r.hypotheses.empty() ? 0.0f : r.hypotheses[0].score);
    out << after(r, 0) << "\n";
  }
  return out.str();
}

// A file descriptor read with read(2), so that idle() can ask poll(2) whether
// more input is waiting; remembers why reading stopped.
class StreamInput::FdBuffer : public std::streambuf {
 public:
  explicit FdBuffer(int fd) : fd_(fd) {}
  bool idle() {
    if (gptr() < egptr()) return false;
    pollfd input{fd_, POLLIN, 0};
    return ::poll(&input, 1, 0) == 0;
  }
  int read_error() const { return error_; }

 protected:
  int_type underflow() override {
    if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
    ssize_t n;
    do n = ::read(fd_, buffer_, sizeof buffer_);
    while (n < 0 && errno == EINTR);
    if (n < 0) error_ = errno;
    if (n <= 0) return traits_type::eof();
    setg(buffer_, buffer_, buffer_ + n);
    return traits_type::to_int_type(*gptr());
  }

 private:
  int fd_;
  char buffer_[1 << 16];
  int error_ = 0;
};

StreamInput::StreamInput(const std::string& path) {
  if (path.empty() || path == "-") {
    fd_buffer_ = std::make_unique<FdBuffer>(STDIN_FILENO);
    stream_ = std::make_unique<std::istream>(fd_buffer_.get());
    reader_ = std::make_unique<InputReader>(*stream_, "<stdin>");
    return;
  }
  // std::ifstream opens a directory and then reads nothing: say so instead.
  std::error_code error;
  NMT_CHECK(!std::filesystem::is_directory(path, error), path, ": cannot read: is a directory");
  auto file = std::make_unique<std::ifstream>(path, std::ios::binary);
  NMT_CHECK(file->good(), path, ": cannot open for reading");
  stream_ = std::move(file);
  reader_ = std::make_unique<InputReader>(*stream_, path);
}

StreamInput::StreamInput(int fd, std::string name)
    : fd_buffer_(std::make_unique<FdBuffer>(fd)),
      stream_(std::make_unique<std::istream>(fd_buffer_.get())),
      reader_(std::make_unique<InputReader>(*stream_, std::move(name))) {}

StreamInput::~StreamInput() = default;

bool StreamInput::idle() {
  return fd_buffer_ && fd_buffer_->idle();
}

void StreamInput::check() const {
  if (fd_buffer_ && fd_buffer_->read_error() != 0)
    throw Error(reader_->name() + ": cannot read: " + std::strerror(fd_buffer_->read_error()));
}

namespace {

// The next chunk of lines: up to chunk_lines, fewer when the input is idle;
// `more` turns false at the end of the input. Unreadable lines are reported,
// counted and kept as empty lines.
std::vector<std::string> read_chunk(StreamInput& input, const StreamOptions& options,
                                    std::ostream& log, bool& more, size_t& bad_lines) {
  std::vector<std::string> lines;
  const size_t chunk = std::max<size_t>(options.chunk_lines, 1);
  InputLine line;
  while (lines.size() < chunk && !(!lines.empty() && input.idle()) &&
         (more = input.reader().next(line))) {
    if (!line.valid()) {
      log << options.log_prefix << input.reader().problem_message(line) << "; left untranslated\n";
      ++bad_lines;
      line.text.clear();
    }
    lines.push_back(std::move(line.text));
  }
  return lines;
}

}  // namespace

StreamResult translate_stream(LineTranslator& translator, StreamInput& input,
                              const std::function<void(const std::string&)>& write,
                              const StreamOptions& options, std::ostream& log,
                              const HypothesisSuffix& suffix) {
  StreamResult result;
  const auto start = std::chrono::steady_clock::now();
  bool more = true;
  while (more) {
    const std::vector<std::string> lines = read_chunk(input, options, log, more, result.bad_lines);
    if (lines.empty()) break;
    const std::vector<LineTranslation> translations = translator.translate(lines);
    for (size_t i = 0; i < translations.size(); ++i)
      if (translations[i].truncated)
        log << options.log_prefix << input.reader().name() << ":" << result.lines + i + 1
            << ": longer than " << translator.options().max_input_tokens
            << " tokens; only the start was translated\n";
    write(format_translations(translations, result.lines, options, suffix));
    result.lines += lines.size();
    if (options.progress) {
      const double s =
          std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      char text[96];
      std::snprintf(text, sizeof text, "\r[translate] %zu lines, %.1f lines/s", result.lines,
                    s > 0 ? result.lines / s : 0.0);
      log << text << std::flush;
    }
  }
  if (options.progress && result.lines > 0) log << "\n";
  input.check();
  if (result.bad_lines > 0)
    log << options.log_prefix << result.bad_lines
        << " input line(s) could not be read; see above\n";
  return result;
}

}  // namespace nmt
