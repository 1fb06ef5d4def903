// Reading a parallel corpus (one source file, one target file, line i of each
// is a pair) with every check done up front, so a bad corpus fails before
// training starts with one line that says what is wrong and where:
//   - a missing, unreadable or empty file (file name);
//   - different line counts (both names, both counts);
//   - invalid UTF-8 or a NUL byte (file, 1-based line, byte offset in the line).
// Empty pairs (either side blank) and pairs over the byte limit are skipped and
// counted by default; with strict set they are errors naming file and line.
// Token-count limits need a tokenizer: see encode_parallel in encoded_corpus.h.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace nmt {

struct CorpusOptions {
  size_t max_line_bytes = 0;  // per side; 0 = no limit
  bool strict = false;        // empty or over-long lines are errors, not skipped
};

struct CorpusReport {
  size_t total_pairs = 0;  // lines in each file
  size_t kept_pairs = 0;
  size_t skipped_empty = 0;     // pairs with a blank source or target line
  size_t skipped_too_long = 0;  // pairs with a side over max_line_bytes
  // "kept 29990 of 30000 pairs (skipped 7 empty, 3 over 1000 bytes)"
  std::string summary(size_t max_line_bytes = 0) const;
};

struct ParallelCorpus {
  std::string src_path, tgt_path;
  std::vector<std::string> src, tgt;  // kept pairs, in file order
  std::vector<size_t> line_numbers;   // 1-based line of each kept pair in both files
  CorpusReport report;
  size_t size() const { return src.size(); }
};

// Throws nmt::Error (one line) on any of the problems listed above, and when
// no pair is left after skipping.
ParallelCorpus read_parallel_corpus(const std::string& src_path, const std::string& tgt_path,
                                    const CorpusOptions& options = {});

// The lines of one file with the same checks (monolingual text, e.g. for
// training a SentencePiece model): errors on encoding problems and on a
// missing or empty file; blank and over-long lines skipped (or errors if strict).
std::vector<std::string> read_checked_lines(const std::string& path,
                                            const CorpusOptions& options = {},
                                            CorpusReport* report = nullptr);

}  // namespace nmt
