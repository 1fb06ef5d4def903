// libFuzzer target: reading text (lib/data text_lines, corpus_reader; lib/eval
// read_lines). Built with -DNMT_FUZZ=ON (tests/fuzz/README.md).
// The input's first byte picks the options (byte limit, strict mode); the rest
// is split at the first 0xFE 0xFE into a source and a target file, which are
// written to a private temporary directory and read as a parallel corpus. The
// whole rest is also streamed through InputReader and the eval reader. Errors
// must be nmt::Error with a one-line message; the checks below must hold for
// whatever is accepted.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "base/error.h"
#include "data/corpus_reader.h"
#include "data/text_lines.h"
#include "eval/text.h"

namespace {

const std::string& temp_dir() {
  static const std::string dir = [] {
    char pattern[] = "/tmp/nmt-fuzz-corpus-XXXXXX";
    const char* made = mkdtemp(pattern);
    if (!made) std::abort();
    return std::string(made);
  }();
  return dir;
}

std::string write_file(const std::string& name, const std::string& bytes) {
  const std::string path = temp_dir() + "/" + name;
  std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
  return path;
}

void require_one_line(const nmt::Error& e) {
  if (std::string(e.what()).find('\n') != std::string::npos) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  nmt::CorpusOptions options;
  options.max_line_bytes = (data[0] & 0x7f) % 64;  // 0: no limit
  options.strict = data[0] & 0x80;
  const std::string text(reinterpret_cast<const char*>(data + 1), size - 1);
  const size_t split = text.find("\xfe\xfe");
  const std::string src = text.substr(0, split);
  const std::string tgt = split == std::string::npos ? src : text.substr(split + 2);

  try {
    nmt::ParallelCorpus corpus =
        nmt::read_parallel_corpus(write_file("src", src), write_file("tgt", tgt), options);
    if (corpus.src.size() != corpus.tgt.size() || corpus.src.size() != corpus.line_numbers.size() ||
        corpus.size() == 0 || corpus.report.kept_pairs != corpus.size())
      std::abort();
    for (const std::string& line : corpus.src)
      if (!nmt::check_line(line, options.max_line_bytes).ok()) std::abort();
  } catch (const nmt::Error& e) {
    require_one_line(e);
  }

  std::istringstream stream(text);
  nmt::InputReader reader(stream, "<fuzz>", options.max_line_bytes);
  nmt::InputLine line;
  size_t previous = 0;
  while (reader.next(line)) {
    if (line.line_number != previous + 1) std::abort();
    previous = line.line_number;
    if (!line.valid() && reader.problem_message(line).find('\n') != std::string::npos) std::abort();
  }

  try {
    std::istringstream eval_stream(text);
    nmt::eval::read_lines(eval_stream, "<fuzz>");
  } catch (const nmt::Error& e) {
    require_one_line(e);
  }
  return 0;
}
