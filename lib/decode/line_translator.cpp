#include "decode/line_translator.h"

#include <algorithm>
#include <numeric>

#include "autograd/var.h"
#include "base/error.h"
#include "data/special_ids.h"

namespace nmt {

LineTranslator::LineTranslator(Translator& model, const SentencePieceModel& src_pieces,
                               const SentencePieceModel& tgt_pieces,
                               const TranslateOptions& options)
    : model_(model), src_pieces_(src_pieces), tgt_pieces_(tgt_pieces), options_(options) {
  NMT_CHECK(options.batch_size >= 1, "batch size must be at least 1, got ", options.batch_size);
  NMT_CHECK(options.max_input_tokens >= 1, "max input tokens must be at least 1");
}

std::vector<LineTranslation> LineTranslator::translate(const std::vector<std::string>& sentences) {
  std::vector<LineTranslation> results(sentences.size());
  std::vector<size_t> order;  // non-empty sentences, shortest first
  for (size_t i = 0; i < sentences.size(); ++i) {
    results[i].source_ids = src_pieces_.encode(sentences[i]);
    if (static_cast<int64_t>(results[i].source_ids.size()) > options_.max_input_tokens) {
      results[i].source_ids.resize(options_.max_input_tokens);
      results[i].truncated = true;
    }
    if (!results[i].source_ids.empty()) order.push_back(i);
  }
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return results[a].source_ids.size() < results[b].source_ids.size();
  });
  NoGradGuard no_grad;
  for (size_t begin = 0; begin < order.size(); begin += options_.batch_size)
    translate_batch(order, begin, std::min(order.size(), begin + options_.batch_size), results);
  return results;
}

void LineTranslator::translate_batch(const std::vector<size_t>& order, size_t begin, size_t end,
                                     std::vector<LineTranslation>& results) {
  TokenBatch src;
  src.rows = static_cast<int64_t>(end - begin);
  for (size_t i = begin; i < end; ++i)
    src.length = std::max<int64_t>(src.length, results[order[i]].source_ids.size() + 1);
  src.ids.assign(src.rows * src.length, kPadId);
  for (size_t i = begin; i < end; ++i) {
    const std::vector<int>& ids = results[order[i]].source_ids;
    int32_t* row = src.ids.data() + (i - begin) * src.length;
    std::copy(ids.begin(), ids.end(), row);
    row[ids.size()] = kEosId;  // sources end with EOS, as in training
    src.lengths.push_back(static_cast<int32_t>(ids.size() + 1));
  }
  SpecialIds special;
  special.pad = kPadId;
  special.unk = kUnkId;
  special.bos = kBosId;
  special.eos = kEosId;
  std::vector<std::vector<Hypothesis>> found = beam_search(model_, src, options_.search, special);
  for (size_t i = begin; i < end; ++i) {
    LineTranslation& out = results[order[i]];
    out.hypotheses = std::move(found[i - begin]);
    for (const Hypothesis& h : out.hypotheses)
      out.texts.push_back(tgt_pieces_.decode(std::vector<int>(h.tokens.begin(), h.tokens.end())));
  }
}

}  // namespace nmt
