#include "data/encoded_corpus.h"

#include <algorithm>

#include "base/error.h"

namespace nmt {
namespace {

// The owned arrays of a built corpus, shared by its copies.
struct OwnedArrays {
  std::vector<uint64_t> src_offsets, tgt_offsets, lines;
  std::vector<int32_t> src_ids, tgt_ids;
};

constexpr long kBlockPairs = 1 << 16;  // pairs encoded between two progress calls

}  // namespace

EncodedCorpus::EncodedCorpus(const EncodedArrays& arrays, std::shared_ptr<const void> keeper,
                             bool mapped)
    : a_(arrays), keeper_(std::move(keeper)), mapped_(mapped) {}

EncodedCorpusBuilder::EncodedCorpusBuilder() : src_offsets_{0}, tgt_offsets_{0} {}

void EncodedCorpusBuilder::add(const std::vector<int32_t>& src, const std::vector<int32_t>& tgt,
                               size_t line) {
  src_ids_.insert(src_ids_.end(), src.begin(), src.end());
  tgt_ids_.insert(tgt_ids_.end(), tgt.begin(), tgt.end());
  src_offsets_.push_back(src_ids_.size());
  tgt_offsets_.push_back(tgt_ids_.size());
  lines_.push_back(line);
}

EncodedCorpus EncodedCorpusBuilder::finish(size_t skipped_too_long) {
  auto owned = std::make_shared<OwnedArrays>();
  owned->src_offsets.swap(src_offsets_);
  owned->tgt_offsets.swap(tgt_offsets_);
  owned->lines.swap(lines_);
  owned->src_ids.swap(src_ids_);
  owned->tgt_ids.swap(tgt_ids_);
  src_offsets_ = {0};
  tgt_offsets_ = {0};
  EncodedArrays a;
  a.pairs = owned->lines.size();
  a.src_offsets = owned->src_offsets.data();
  a.tgt_offsets = owned->tgt_offsets.data();
  a.line_numbers = owned->lines.data();
  a.src_ids = owned->src_ids.data();
  a.tgt_ids = owned->tgt_ids.data();
  EncodedCorpus corpus(a, std::move(owned));
  corpus.skipped_too_long = skipped_too_long;
  return corpus;
}

EncodedCorpus encode_parallel(const ParallelCorpus& corpus, const SentencePieceModel& src_model,
                              const SentencePieceModel& tgt_model, const EncodeOptions& options) {
  const long n = static_cast<long>(corpus.size());
  EncodedCorpusBuilder out;
  size_t skipped = 0;
  for (long begin = 0; begin < n; begin += kBlockPairs) {
    const long end = std::min(n, begin + kBlockPairs);
    std::vector<std::vector<int>> src(end - begin), tgt(end - begin);
    // Exceptions must not leave an OpenMP region; SentencePiece errors are
    // collected per pair and the first (lowest index) rethrown after the loop.
    std::vector<std::string> errors(end - begin);
#pragma omp parallel for schedule(dynamic, 256)
    for (long i = begin; i < end; ++i) {
      try {
        src[i - begin] = src_model.encode(corpus.src[i]);
        tgt[i - begin] = tgt_model.encode(corpus.tgt[i]);
      } catch (const std::exception& e) {
        errors[i - begin] = e.what();
      }
    }
    for (long i = begin; i < end; ++i) {
      const std::vector<int>& s = src[i - begin];
      const std::vector<int>& t = tgt[i - begin];
      const size_t line = corpus.line_numbers.empty() ? i + 1 : corpus.line_numbers[i];
      NMT_CHECK(errors[i - begin].empty(), corpus.src_path, " / ", corpus.tgt_path, ":", line, ": ",
                errors[i - begin]);
      const size_t limit = options.max_tokens;
      if (limit > 0 && (s.size() > limit || t.size() > limit)) {
        const bool src_long = s.size() > limit;
        NMT_CHECK(!options.strict, src_long ? corpus.src_path : corpus.tgt_path, ":", line,
                  ": line has ", src_long ? s.size() : t.size(), " tokens, over the limit of ",
                  limit, " (strict mode)");
        ++skipped;
        continue;
      }
      out.add(s, t, line);
    }
    if (options.progress) options.progress(static_cast<size_t>(end), static_cast<size_t>(n));
  }
  NMT_CHECK(out.size() > 0, corpus.src_path, " / ", corpus.tgt_path, ": no pairs left: all ",
            skipped, " are over ", options.max_tokens, " tokens");
  return out.finish(skipped);
}

}  // namespace nmt
