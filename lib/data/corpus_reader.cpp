#include "data/corpus_reader.h"

#include "base/error.h"
#include "data/text_lines.h"

namespace nmt {
namespace {

std::vector<std::string> read_nonempty_file(const std::string& path) {
  std::vector<std::string> lines = read_lines(path);
  NMT_CHECK(!lines.empty(), path, ": file is empty");
  return lines;
}

// Encoding problems are always errors: they mean the wrong file or a broken
// conversion, and skipping them would hide it.
void check_encoding(const std::string& path, size_t line_number, const LineCheck& check) {
  bool bad = check.problem == LineProblem::InvalidUtf8 || check.problem == LineProblem::NulByte;
  NMT_CHECK(!bad, path, ":", line_number, ": ", describe_problem(check));
}

// Returns true to keep the line; counts or throws for skippable problems.
bool accept(const std::string& path, size_t line_number, const LineCheck& check,
            const CorpusOptions& options) {
  check_encoding(path, line_number, check);
  if (check.ok()) return true;
  NMT_CHECK(!options.strict, path, ":", line_number, ": ",
            describe_problem(check, options.max_line_bytes), " (strict mode)");
  return false;
}

void count_skip(CorpusReport& report, const LineCheck& a, const LineCheck& b) {
  if (a.problem == LineProblem::Empty || b.problem == LineProblem::Empty) {
    ++report.skipped_empty;
  } else {
    ++report.skipped_too_long;
  }
}

}  // namespace

std::string CorpusReport::summary(size_t max_line_bytes) const {
  std::string s = detail::concat("kept ", kept_pairs, " of ", total_pairs, " pairs");
  if (skipped_empty + skipped_too_long == 0) return s;
  s += detail::concat(" (skipped ", skipped_empty, " empty, ", skipped_too_long, " over ");
  s += max_line_bytes ? detail::concat(max_line_bytes, " bytes)") : std::string("the limit)");
  return s;
}

ParallelCorpus read_parallel_corpus(const std::string& src_path, const std::string& tgt_path,
                                    const CorpusOptions& options) {
  std::vector<std::string> src = read_nonempty_file(src_path);
  std::vector<std::string> tgt = read_nonempty_file(tgt_path);
  NMT_CHECK(src.size() == tgt.size(), "line counts differ: ", src_path, " has ", src.size(),
            " lines but ", tgt_path, " has ", tgt.size());

  ParallelCorpus corpus;
  corpus.src_path = src_path;
  corpus.tgt_path = tgt_path;
  corpus.report.total_pairs = src.size();
  for (size_t i = 0; i < src.size(); ++i) {
    LineCheck cs = check_line(src[i], options.max_line_bytes);
    LineCheck ct = check_line(tgt[i], options.max_line_bytes);
    // Both sides are checked before skipping, so bad bytes in the target of an
    // empty pair are still found.
    check_encoding(src_path, i + 1, cs);
    check_encoding(tgt_path, i + 1, ct);
    bool keep = accept(src_path, i + 1, cs, options);
    keep = accept(tgt_path, i + 1, ct, options) && keep;
    if (!keep) {
      count_skip(corpus.report, cs, ct);
      continue;
    }
    corpus.src.push_back(std::move(src[i]));
    corpus.tgt.push_back(std::move(tgt[i]));
    corpus.line_numbers.push_back(i + 1);
  }
  corpus.report.kept_pairs = corpus.src.size();
  NMT_CHECK(corpus.size() > 0, src_path, " / ", tgt_path,
            ": no usable pairs: ", corpus.report.summary(options.max_line_bytes));
  return corpus;
}

std::vector<std::string> read_checked_lines(const std::string& path, const CorpusOptions& options,
                                            CorpusReport* report) {
  std::vector<std::string> lines = read_nonempty_file(path);
  CorpusReport counts;
  counts.total_pairs = lines.size();
  std::vector<std::string> kept;
  kept.reserve(lines.size());
  for (size_t i = 0; i < lines.size(); ++i) {
    LineCheck check = check_line(lines[i], options.max_line_bytes);
    if (!accept(path, i + 1, check, options)) {
      count_skip(counts, check, check);
      continue;
    }
    kept.push_back(std::move(lines[i]));
  }
  counts.kept_pairs = kept.size();
  NMT_CHECK(!kept.empty(), path, ": no usable lines: ", counts.summary(options.max_line_bytes));
  if (report) *report = counts;
  return kept;
}

}  // namespace nmt
