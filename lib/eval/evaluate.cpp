#include "eval/evaluate.h"

#include <algorithm>

#include "base/error.h"
#include "eval/bleu.h"
#include "eval/by_length.h"
#include "eval/chrf.h"
#include "eval/corpus.h"
#include "eval/report.h"
#include "eval/text.h"

namespace nmt::eval {
namespace {

struct Plan {
  bool bleu = false;
  bool chrf = false;
  BleuOptions bleu_options;
  ChrfOptions chrf_options;
};

Plan check_config(const EvalConfig& config) {
  Plan plan;
  NMT_CHECK(!config.ref_paths.empty(), "no reference file given (--ref)");
  NMT_CHECK(!config.metrics.empty(), "no metric given (--metric bleu,chrf)");
  for (const std::string& metric : config.metrics) {
    if (metric == "bleu") {
      plan.bleu = true;
    } else if (metric == "chrf") {
      plan.chrf = true;
    } else {
      throw Error("unknown metric '" + metric + "' (choose bleu, chrf or both: bleu,chrf)");
    }
  }
  plan.bleu_options.tokenizer = parse_tokenizer(config.tokenize);
  plan.bleu_options.lowercase = config.lowercase;
  plan.bleu_options.effective_order = config.sentence;
  plan.chrf_options.lowercase = config.lowercase;
  NMT_CHECK(!config.by_length || !config.src_path.empty(),
            "--by-length needs the source file (--src SRC) to measure sentence lengths");
  NMT_CHECK(!(config.by_length && config.sentence),
            "--by-length reports corpus BLEU per bucket; it cannot be combined with --sentence");
  NMT_CHECK(!(config.sentence && plan.bleu && plan.chrf),
            "--sentence takes one metric (--metric bleu or --metric chrf)");
  return plan;
}

std::string score_sentences(const Corpus& corpus, const Plan& plan, bool json) {
  std::string out;
  if (plan.bleu) {
    const std::string signature = bleu_signature(corpus.nrefs, plan.bleu_options);
    const std::vector<BleuStats> stats = bleu_corpus_stats(corpus, plan.bleu_options);
    for (size_t i = 0; i < stats.size(); ++i) {
      const BleuScore score = bleu_from_stats(stats[i], true);
      out += json ? sentence_bleu_json(i + 1, score, signature) : format_bleu(score) + "\n";
    }
    if (!json) out += "BLEU signature: " + signature + "\n";
  } else {
    const std::string signature = chrf_signature(corpus.nrefs, plan.chrf_options);
    const std::vector<ChrfStats> stats = chrf_corpus_stats(corpus, plan.chrf_options);
    for (size_t i = 0; i < stats.size(); ++i) {
      const double score = chrf_from_stats(stats[i], plan.chrf_options);
      out += json ? sentence_chrf_json(i + 1, score, plan.chrf_options, signature)
                  : format_chrf(score, plan.chrf_options) + "\n";
    }
    if (!json) {
      out += "chrF" + std::to_string(plan.chrf_options.beta) + " signature: " + signature + "\n";
    }
  }
  return out;
}

}  // namespace

std::string run_eval(const EvalConfig& config, std::istream& hyp_stream) {
  const Plan plan = check_config(config);
  // "-" is the given stream (standard input) for any one file.
  size_t from_stdin = std::count(config.ref_paths.begin(), config.ref_paths.end(), "-");
  from_stdin += (config.hyp_path == "-") + (config.by_length && config.src_path == "-");
  NMT_CHECK(from_stdin <= 1, "only one file can be standard input (-); the hypotheses are read ",
            "from it unless --hyp names a file");
  const auto lines_of = [&hyp_stream](const std::string& path) {
    return path == "-" ? read_lines(hyp_stream, "<stdin>") : read_lines_file(path);
  };
  const std::string hyp_name = config.hyp_path == "-" ? "<stdin>" : config.hyp_path;
  std::vector<std::vector<std::string>> ref_streams;
  for (const std::string& path : config.ref_paths) ref_streams.push_back(lines_of(path));
  std::vector<std::string> sources;
  if (config.by_length) sources = lines_of(config.src_path);
  const std::vector<std::string> hyps = lines_of(config.hyp_path);

  const Corpus corpus = make_corpus(hyps, ref_streams, hyp_name, config.ref_paths);
  if (config.sentence) return score_sentences(corpus, plan, config.json);

  CorpusReport report;
  if (plan.bleu || config.by_length) {
    const std::vector<BleuStats> stats = bleu_corpus_stats(corpus, plan.bleu_options);
    BleuStats sum;
    for (const BleuStats& s : stats) sum += s;
    if (plan.bleu) {
      report.has_bleu = true;
      report.bleu = bleu_from_stats(sum, false);
      report.bleu_signature = bleu_signature(corpus.nrefs, plan.bleu_options);
    }
    if (config.by_length) report.by_length = bleu_by_length(sources, stats, config.src_path);
  }
  if (plan.chrf) {
    report.has_chrf = true;
    report.chrf_options = plan.chrf_options;
    report.chrf = corpus_chrf(corpus, plan.chrf_options);
    report.chrf_signature = chrf_signature(corpus.nrefs, plan.chrf_options);
  }
  return config.json ? report_json(report) : report_text(report);
}

}  // namespace nmt::eval
