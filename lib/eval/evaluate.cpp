#include "eval/evaluate.h"

#include <algorithm>
#include <functional>

#include "base/error.h"
#include "base/options.h"
#include "eval/bleu.h"
#include "eval/by_length.h"
#include "eval/chrf.h"
#include "eval/corpus.h"
#include "eval/output.h"
#include "eval/report.h"
#include "eval/text.h"

namespace nmt::eval {
namespace {

struct Plan {
  bool bleu = false;
  bool chrf = false;
  BleuOptions bleu_options;
  ChrfOptions chrf_options;
  OutputFormat format = OutputFormat::json;
};

void check_metrics(const EvalConfig& config, Plan& plan) {
  NMT_CHECK(!config.metrics.empty(), "no metric given (--metrics bleu chrf)");
  for (const std::string& metric : config.metrics) {
    if (metric == "bleu") {
      plan.bleu = true;
    } else if (metric == "chrf") {
      plan.chrf = true;
    } else {
      throw Error("unknown metric '" + metric + "' (choose bleu, chrf or both: -m bleu chrf)");
    }
  }
}

Plan plan_from(const EvalConfig& config) {
  Plan plan;
  NMT_CHECK(!config.ref_paths.empty(), "no reference file given (REF ... or --ref REF)");
  NMT_CHECK(config.hyp_paths.size() <= 1,
            "several hypothesis files (sacreBLEU's multi-system mode) are not supported: "
            "score one system at a time");
  NMT_CHECK(config.num_refs >= 1, "--num-refs must be at least 1");
  NMT_CHECK(config.num_refs == 1 || config.ref_paths.size() == 1,
            "--num-refs reads several tab-separated references from ONE reference file");
  check_metrics(config, plan);
  plan.bleu_options.tokenizer = parse_tokenizer(config.tokenize);
  plan.bleu_options.lowercase = config.lowercase;
  plan.bleu_options.effective_order = config.sentence;
  plan.bleu_options.smooth = parse_bleu_smooth(config.smooth_method);
  plan.bleu_options.smooth_value = config.smooth_value;
  NMT_CHECK(config.chrf_word_order == 0,
            "chrF++ (--chrf-word-order above 0) is not supported; only chrF");
  NMT_CHECK(config.chrf_char_order >= 1 && config.chrf_char_order <= 100,
            "--chrf-char-order must be between 1 and 100");
  NMT_CHECK(config.chrf_beta >= 0 && config.chrf_beta <= 100,
            "--chrf-beta must be between 0 and 100");
  plan.chrf_options.char_order = config.chrf_char_order;
  plan.chrf_options.beta = config.chrf_beta;
  plan.chrf_options.lowercase = config.chrf_lowercase;
  plan.chrf_options.whitespace = config.chrf_whitespace;
  plan.chrf_options.eps_smoothing = config.chrf_eps_smoothing;
  plan.format = parse_output_format(config.format);
  NMT_CHECK(config.width >= 0 && config.width <= 17, "--width must be between 0 and 17");
  NMT_CHECK(!config.by_length || !config.src_path.empty(),
            "--by-length needs the source file (--src SRC) to measure sentence lengths");
  NMT_CHECK(!(config.by_length && config.sentence),
            "--by-length reports corpus BLEU per bucket; it cannot be combined with --sentence");
  NMT_CHECK(!(config.sentence && plan.bleu && plan.chrf),
            "--sentence-level takes one metric (-m bleu or -m chrf)");
  return plan;
}

// Everything plan_from checks is the command line, not the data, so each of
// its errors is a usage error (exit 2), like a bad flag value CLI11 finds.
Plan check_config(const EvalConfig& config) {
  try {
    return plan_from(config);
  } catch (const OptionError&) {
    throw;
  } catch (const Error& e) {
    throw OptionError(e.what());
  }
}

// One stream of lines per reference; with --num-refs N, the columns of one file.
using LinesOf = std::function<std::vector<std::string>(const std::string&)>;

std::vector<std::vector<std::string>> read_references(const EvalConfig& config,
                                                      const LinesOf& lines_of,
                                                      std::vector<std::string>& names) {
  std::vector<std::vector<std::string>> streams;
  names = config.ref_paths;
  for (const std::string& path : config.ref_paths) streams.push_back(lines_of(path));
  if (config.num_refs == 1) return streams;
  const std::string path = config.ref_paths[0];
  std::vector<std::vector<std::string>> columns(static_cast<size_t>(config.num_refs));
  for (size_t line = 0; line < streams[0].size(); ++line) {
    const std::string& text = streams[0][line];
    size_t start = 0;
    for (int k = 0; k < config.num_refs; ++k) {
      const size_t tab = k + 1 < config.num_refs ? text.find('\t', start) : std::string::npos;
      if (k + 1 < config.num_refs && tab == std::string::npos) {
        throw Error(path + ":" + std::to_string(line + 1) + ": expected " +
                    std::to_string(config.num_refs) + " tab-separated references, found " +
                    std::to_string(k + 1));
      }
      columns[static_cast<size_t>(k)].push_back(text.substr(start, tab - start));
      start = tab + 1;
    }
  }
  names.clear();
  for (int k = 0; k < config.num_refs; ++k)
    names.push_back(path + " (reference " + std::to_string(k + 1) + ")");
  return columns;
}

std::string print_one(const MetricScore& m, const EvalConfig& config, OutputFormat format) {
  if (config.score_only) return score_only_text(m, config.width);
  if (format == OutputFormat::json) return score_json(m, config.width);
  return score_text(m, config.width, config.short_signature);
}

// sacreBLEU's --sentence-level: a text line per segment (never JSON); nmt's
// full format gives JSON lines.
std::string score_sentences(const Corpus& corpus, const Plan& plan, const EvalConfig& config) {
  std::vector<std::string> lines;
  MetricScore m;
  if (plan.bleu) {
    m.name = "BLEU";
    m.signature = bleu_signature(corpus.nrefs, plan.bleu_options);
    for (const BleuStats& stats : bleu_corpus_stats(corpus, plan.bleu_options)) {
      const BleuScore score = bleu_from_stats(stats, plan.bleu_options);
      m.score = score.score;
      m.verbose = bleu_verbose(score);
      lines.push_back(plan.format == OutputFormat::full
                          ? sentence_bleu_json(lines.size() + 1, score, m.signature.text())
                          : print_one(m, config, OutputFormat::text));
    }
  } else {
    m.name = chrf_name(plan.chrf_options);
    m.signature = chrf_signature(corpus.nrefs, plan.chrf_options);
    for (const ChrfStats& stats : chrf_corpus_stats(corpus, plan.chrf_options)) {
      m.score = chrf_from_stats(stats, plan.chrf_options);
      lines.push_back(
          plan.format == OutputFormat::full
              ? sentence_chrf_json(lines.size() + 1, m.score, plan.chrf_options, m.signature.text())
              : print_one(m, config, OutputFormat::text));
    }
  }
  std::string out;
  for (const std::string& line : lines) out += line.back() == '\n' ? line : line + "\n";
  return out;
}

}  // namespace

std::string run_eval(const EvalConfig& config, std::istream& hyp_stream) {
  const Plan plan = check_config(config);
  const bool from_stream = config.hyp_paths.empty() || config.hyp_paths[0] == "-";
  // "-" is the given stream (standard input) for any one file.
  size_t from_stdin = std::count(config.ref_paths.begin(), config.ref_paths.end(), "-");
  from_stdin += from_stream + (config.by_length && config.src_path == "-");
  NMT_CHECK(from_stdin <= 1, "only one file can be standard input (-); the hypotheses are read ",
            "from it unless -i names a file");
  const LinesOf lines_of = [&hyp_stream](const std::string& path) {
    return path == "-" ? read_lines(hyp_stream, "<stdin>") : read_lines_file(path);
  };
  const std::string hyp_name = from_stream ? "<stdin>" : config.hyp_paths[0];
  std::vector<std::string> ref_names;
  const std::vector<std::vector<std::string>> ref_streams =
      read_references(config, lines_of, ref_names);
  std::vector<std::string> sources;
  if (config.by_length) sources = lines_of(config.src_path);
  const std::vector<std::string> hyps = lines_of(from_stream ? "-" : hyp_name);

  const Corpus corpus = make_corpus(hyps, ref_streams, hyp_name, ref_names);
  if (config.sentence) return score_sentences(corpus, plan, config);

  CorpusReport report;
  if (plan.bleu || config.by_length) {
    const std::vector<BleuStats> stats = bleu_corpus_stats(corpus, plan.bleu_options);
    BleuStats sum;
    for (const BleuStats& s : stats) sum += s;
    if (plan.bleu) {
      report.has_bleu = true;
      report.bleu = bleu_from_stats(sum, plan.bleu_options);
      report.bleu_signature = bleu_signature(corpus.nrefs, plan.bleu_options).text();
    }
    if (config.by_length) report.by_length = bleu_by_length(sources, stats, config.src_path);
  }
  if (plan.chrf) {
    report.has_chrf = true;
    report.chrf_options = plan.chrf_options;
    report.chrf = corpus_chrf(corpus, plan.chrf_options);
    report.chrf_signature = chrf_signature(corpus.nrefs, plan.chrf_options).text();
  }
  if (plan.format == OutputFormat::full) return report_json(report);

  // As sacreBLEU does for its --detail table, a table turns JSON into text.
  const OutputFormat format = config.by_length ? OutputFormat::text : plan.format;
  std::vector<std::string> results;  // sacreBLEU's order: BLEU, then chrF
  if (plan.bleu) {
    const MetricScore m{"BLEU", report.bleu.score, bleu_signature(corpus.nrefs, plan.bleu_options),
                        bleu_verbose(report.bleu)};
    results.push_back(print_one(m, config, format));
  }
  if (plan.chrf) {
    const MetricScore m{chrf_name(plan.chrf_options), report.chrf,
                        chrf_signature(corpus.nrefs, plan.chrf_options), ""};
    results.push_back(print_one(m, config, format));
  }
  std::string out = results.empty() ? std::string() : join_results(results, format);
  if (!report.by_length.empty()) out += by_length_text(report.by_length);
  return out;
}

std::vector<std::string> sacrebleu_long_names(const std::vector<std::string>& args) {
  static const std::pair<const char*, const char*> kNames[] = {
      {"-tok", "--tokenize"},    {"-lc", "--lowercase"},       {"-sl", "--sentence-level"},
      {"-nr", "--num-refs"},     {"-cc", "--chrf-char-order"}, {"-cw", "--chrf-word-order"},
      {"-sv", "--smooth-value"}, {"-sh", "--short"},           {"-nc", "--no-color"},
      {"-ci", "--confidence"},   {"-ol", "--origlang"},        {"-pbs", "--paired-bs"},
      {"-par", "--paired-ar"},
  };
  std::vector<std::string> out = args;
  for (size_t i = 1; i < out.size(); ++i) {
    for (const auto& [from, to] : kNames)
      if (out[i] == from) out[i] = to;
  }
  return out;
}

}  // namespace nmt::eval
