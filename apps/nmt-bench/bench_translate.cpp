// `nmt-bench translate --arch transformer|rnn [--beam K]`: decoding speed of
// an untrained reference model (bench_models.h) through decode/beam_search.h,
// as scripts/torch_reference/bench.py measures PyTorch: 200 random sources of
// 30 words + EOS, batches of 32, exactly 30 output tokens per sentence
// (SearchConfig::fixed_length, EOS banned), beam 1 = greedy. One warm-up
// batch, then the whole set `--repeat` times; the median time gives
// sentences/s and output tokens/s.
// --precision int8 runs the weight products in int8 (tensor/qgemm.h);
// --shortlist restricts each batch's output layer to a synthetic shortlist
// (the model is untrained, so no corpus can give a real one): the 200 lowest
// target ids plus 2 pseudo-random ids per source id, about 1,900 of the 8,000
// ids for a batch of 32 random sentences (the mean is in the JSON line).
#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include "autograd/var.h"
#include "base/error.h"
#include "base/rng.h"
#include "base/threads.h"
#include "bench_json.h"
#include "bench_models.h"
#include "commands.h"
#include "common/app.h"
#include "common/options_cli.h"
#include "data/special_ids.h"
#include "decode/beam_search.h"
#include "decode/decode_options.h"
#include "models/output_shortlist.h"
#include "models/quantize_model.h"
#include "models/translator.h"

namespace nmt::bench {
namespace {

struct TranslateBenchConfig {
  std::string arch = "transformer";
  int sentences = 200;
  int repeat = 3;
  bool quick = false;
  uint64_t seed = 1;
  Precision precision = Precision::Fp32;
  SearchConfig search;  // --beam
  bool shortlist = false;
};

constexpr int64_t kSourceWords = 30, kOutputTokens = 30, kBatch = 32;

// Sentences of kSourceWords random words (+ EOS), kBatch to a batch.
std::vector<TokenBatch> source_batches(int sentences, Rng& rng) {
  std::vector<TokenBatch> batches;
  for (int first = 0; first < sentences; first += kBatch) {
    std::vector<std::vector<int32_t>> rows(std::min<int64_t>(kBatch, sentences - first));
    for (std::vector<int32_t>& row : rows)
      for (int64_t i = 0; i < kSourceWords; ++i)
        row.push_back(kNumSpecialIds +
                      static_cast<int32_t>(rng.below(kBenchVocab - kNumSpecialIds)));
    batches.push_back(pad_rows(all_rows(rows), kNoToken, kEosId));
  }
  return batches;
}

// The synthetic shortlist described at the top.
ShortlistTable synthetic_shortlist(uint64_t seed) {
  ShortlistTable table;
  for (int32_t id = kNumSpecialIds; id < kNumSpecialIds + 200; ++id) table.frequent.push_back(id);
  Rng rng(seed + 7);
  table.by_source.resize(kBenchVocab);
  for (auto& ids : table.by_source)
    for (int k = 0; k < 2; ++k)
      ids.push_back(kNumSpecialIds + static_cast<int32_t>(rng.below(kBenchVocab - kNumSpecialIds)));
  return table;
}

// One pass of beam search over every batch; adds the shortlist sizes used.
void translate_all(Translator& model, const std::vector<TokenBatch>& batches,
                   const SearchConfig& search, const ShortlistTable* shortlist, double* ids_used) {
  for (const TokenBatch& b : batches) {
    if (shortlist) {
      const std::vector<int32_t> ids = shortlist_ids(*shortlist, b.ids);
      if (ids_used) *ids_used += static_cast<double>(ids.size());
      model.set_output_shortlist(ids);
    }
    beam_search(model, b, search);
  }
  model.set_output_shortlist({});
}

int run_translate_bench(const TranslateBenchConfig& cfg) {
  const int sentences = cfg.quick ? 64 : cfg.sentences, repeat = cfg.quick ? 1 : cfg.repeat;
  std::unique_ptr<Translator> model = make_translator(reference_model(cfg.arch), cfg.seed);
  model->eval();
  set_precision(*model, cfg.precision, /*decode_only=*/true);  // as nmt-translate
  const ShortlistTable table = cfg.shortlist ? synthetic_shortlist(cfg.seed) : ShortlistTable();
  const ShortlistTable* shortlist = cfg.shortlist ? &table : nullptr;
  Rng rng(cfg.seed);
  const std::vector<TokenBatch> batches = source_batches(sentences, rng);
  SearchConfig search;
  search.beam = cfg.search.beam;
  search.n_best = 1;
  search.fixed_length = kOutputTokens;

  NoGradGuard no_grad;
  if (shortlist) model->set_output_shortlist(shortlist_ids(*shortlist, batches[0].ids));
  const auto first = beam_search(*model, batches[0], search);  // warm-up
  model->set_output_shortlist({});
  NMT_CHECK(first.at(0).at(0).tokens.size() == static_cast<size_t>(kOutputTokens),
            "translate bench: expected ", kOutputTokens, " output tokens, got ",
            first.at(0).at(0).tokens.size());
  std::vector<double> times;
  double ids_used = 0;
  for (int i = 0; i < repeat; ++i) {
    const auto start = std::chrono::steady_clock::now();
    translate_all(*model, batches, search, shortlist, i == 0 ? &ids_used : nullptr);
    times.push_back(
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  }
  const double seconds = median(times);
  JsonLine()
      .add("bench", "translate")
      .add("arch", cfg.arch)
      .add("mode", search.beam == 1 ? "greedy" : "beam")
      .add("beam", search.beam)
      .add("threads", num_threads())
      .add("precision", to_string(cfg.precision))
      .add("shortlist", cfg.shortlist ? ids_used / static_cast<double>(batches.size()) : 0.0, 1)
      .add("sent_per_s", sentences / seconds, 2)
      .add("tokens_per_s", sentences * kOutputTokens / seconds, 1)
      .add("sentences", sentences)
      .add("peak_rss_mb", peak_rss_mb(), 1)
      .print();
  return 0;
}

}  // namespace

Command add_translate_command(CLI::App& cli) {
  auto config = std::make_shared<TranslateBenchConfig>();
  config->search.beam = 1;
  auto options = std::make_shared<nmt::app::OptionFlags>();  // the rows nmt-translate has too
  CLI::App* sub = cli.add_subcommand("translate", "Decoding speed of the reference model");
  sub->add_option("--arch", config->arch, "Model family")
      ->check(CLI::IsMember({"transformer", "rnn"}));
  options->add(*sub,
               OptionTable<TranslateBenchConfig>{lift(option_with_flag(search_options(), "--beam"),
                                                      &TranslateBenchConfig::search)},
               *config);
  sub->add_option("--sentences", config->sentences, "Source sentences")->check(nmt::app::kPositive);
  options->add(*sub,
               OptionTable<TranslateBenchConfig>{precision_option(
                   &TranslateBenchConfig::precision, "Weight products in fp32 or int8")},
               *config);
  sub->add_flag("--shortlist", config->shortlist,
                "Output layer over a synthetic vocabulary shortlist per batch");
  sub->add_option("--repeat", config->repeat, "Timed passes over the set (median reported)")
      ->check(nmt::app::kPositive);
  sub->add_flag("--quick", config->quick, "64 sentences, one pass (a smoke test)");
  sub->add_option("--seed", config->seed, "Seed of the data and the model");
  return {sub, [config, options] {
            options->apply();
            return run_translate_bench(*config);
          }};
}

}  // namespace nmt::bench
