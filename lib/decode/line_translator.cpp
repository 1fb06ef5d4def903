#include "decode/line_translator.h"

#include <algorithm>
#include <memory>
#include <numeric>
#include <string>
#include <string_view>

#include "autograd/var.h"
#include "base/error.h"
#include "data/special_ids.h"

namespace nmt {

LineTranslator::LineTranslator(StepModel& model, const SentencePieceModel& src_pieces,
                               const SentencePieceModel& tgt_pieces,
                               const TranslateOptions& options)
    : model_(model), src_pieces_(src_pieces), tgt_pieces_(tgt_pieces), options_(options) {
  NMT_CHECK(options.batch_size >= 1, "batch size must be at least 1, got ", options.batch_size);
  NMT_CHECK(options.max_input_tokens >= 1, "max input tokens must be at least 1");
}

namespace {

// A piece covers at most 16 characters (SentencePiece's default) of at most 4
// bytes, so the first max_tokens pieces of a line lie within max_tokens * 64
// bytes. Encoding only that much keeps a 10 MB line from costing seconds and
// gigabytes before it is cut anyway.
constexpr size_t kMaxBytesPerPiece = 64;

// The line up to the last whitespace before `limit` bytes (pieces never cross
// whitespace, so the pieces before the cut are the whole line's), or up to a
// character boundary if there is no whitespace. Returns the line when shorter.
std::string_view head_for_encoding(const std::string& line, size_t limit) {
  if (line.size() <= limit) return line;
  size_t cut = line.find_last_of(" \t", limit);
  if (cut == std::string::npos || cut == 0) {
    cut = limit;
    while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
  }
  return std::string_view(line).substr(0, cut);
}

}  // namespace

std::vector<LineTranslation> LineTranslator::translate(const std::vector<std::string>& sentences) {
  std::vector<LineTranslation> results(sentences.size());
  std::vector<size_t> order;  // non-empty sentences, shortest first
  const size_t byte_limit = static_cast<size_t>(options_.max_input_tokens) * kMaxBytesPerPiece;
  for (size_t i = 0; i < sentences.size(); ++i) {
    const std::string_view head = head_for_encoding(sentences[i], byte_limit);
    results[i].source_ids = src_pieces_.encode(head);
    if (head.size() < sentences[i].size()) results[i].truncated = true;
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
  IdRows rows;  // sources end with EOS, as in training
  for (size_t i = begin; i < end; ++i) rows.push_back(results[order[i]].source_ids);
  const TokenBatch src = pad_rows(rows, kNoToken, kEosId);
  SpecialIds special;
  special.pad = kPadId;
  special.unk = kUnkId;
  special.bos = kBosId;
  special.eos = kEosId;
  // The shortlist lives for this batch only, also when the search throws.
  struct ShortlistScope {
    StepModel& model;
    ~ShortlistScope() { model.set_output_shortlist({}); }
  };
  std::unique_ptr<ShortlistScope> scope;
  if (options_.shortlist) {
    model_.set_output_shortlist(shortlist_ids(*options_.shortlist, src.ids));
    scope = std::make_unique<ShortlistScope>(ShortlistScope{model_});
  }
  std::vector<std::vector<Hypothesis>> found = beam_search(model_, src, options_.search, special);
  for (size_t i = begin; i < end; ++i) {
    LineTranslation& out = results[order[i]];
    out.hypotheses = std::move(found[i - begin]);
    for (const Hypothesis& h : out.hypotheses)
      out.texts.push_back(tgt_pieces_.decode(std::vector<int>(h.tokens.begin(), h.tokens.end())));
  }
}

}  // namespace nmt
