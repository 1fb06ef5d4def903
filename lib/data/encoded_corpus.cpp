#include "data/encoded_corpus.h"

#include "base/error.h"

namespace nmt {

EncodedCorpus encode_parallel(const ParallelCorpus& corpus, const SentencePieceModel& src_model,
                              const SentencePieceModel& tgt_model, const EncodeOptions& options) {
  const long n = static_cast<long>(corpus.size());
  std::vector<std::vector<int>> src(n), tgt(n);
  // Exceptions must not leave an OpenMP region; SentencePiece errors are
  // collected per pair and the first (lowest index) rethrown after the loop.
  std::vector<std::string> errors(n);
#pragma omp parallel for schedule(dynamic, 256)
  for (long i = 0; i < n; ++i) {
    try {
      src[i] = src_model.encode(corpus.src[i]);
      tgt[i] = tgt_model.encode(corpus.tgt[i]);
    } catch (const std::exception& e) {
      errors[i] = e.what();
    }
  }

  EncodedCorpus out;
  for (long i = 0; i < n; ++i) {
    const size_t line = corpus.line_numbers.empty() ? i + 1 : corpus.line_numbers[i];
    NMT_CHECK(errors[i].empty(), corpus.src_path, " / ", corpus.tgt_path, ":", line, ": ",
              errors[i]);
    const size_t limit = options.max_tokens;
    if (limit > 0 && (src[i].size() > limit || tgt[i].size() > limit)) {
      const bool src_long = src[i].size() > limit;
      NMT_CHECK(!options.strict, src_long ? corpus.src_path : corpus.tgt_path, ":", line,
                ": line has ", src_long ? src[i].size() : tgt[i].size(),
                " tokens, over the limit of ", limit, " (strict mode)");
      ++out.skipped_too_long;
      continue;
    }
    out.src.push_back(std::move(src[i]));
    out.tgt.push_back(std::move(tgt[i]));
    out.line_numbers.push_back(line);
  }
  NMT_CHECK(out.size() > 0, corpus.src_path, " / ", corpus.tgt_path, ": no pairs left: all ",
            out.skipped_too_long, " are over ", options.max_tokens, " tokens");
  return out;
}

}  // namespace nmt
