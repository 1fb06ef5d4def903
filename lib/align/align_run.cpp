#include "align/align_run.h"

#include <cstdio>
#include <filesystem>

#include "align/align_heads.h"
#include "align/align_outputs.h"
#include "align/attention_extract.h"
#include "base/error.h"
#include "data/text_lines.h"
#include "eval/aer.h"
#include "eval/text.h"
#include "io/atomic_file.h"
#include "models/saved_model.h"
#include "viz/heatmap_png.h"
#include "viz/heatmap_svg.h"

namespace nmt {
namespace {

// Lines of a file; invalid UTF-8 or a NUL byte is an error naming the line.
std::vector<std::string> read_text(const std::string& path) {
  std::vector<std::string> lines = read_lines(path);
  for (size_t i = 0; i < lines.size(); ++i) {
    const LineCheck check = check_line(lines[i]);
    NMT_CHECK(check.ok() || check.problem == LineProblem::Empty, path, ":", i + 1, ": ",
              describe_problem(check));
  }
  return lines;
}

void keep_first(std::vector<std::string>& lines, size_t n) {
  if (n > 0 && lines.size() > n) lines.resize(n);
}

void check_flags(const AlignConfig& c, bool best) {
  NMT_CHECK(c.format == "svg" || c.format == "png" || c.format == "html", "bad --format '",
            c.format, "' (want svg, png or html)");
  NMT_CHECK(!best || !c.gold.empty(), "--head best needs a gold alignment (--gold)");
  NMT_CHECK(!c.per_sentence || !c.gold.empty(), "--per-sentence needs --gold");
  NMT_CHECK(c.aer_json.empty() || !c.gold.empty(), "--aer-json needs --gold");
}

struct Inputs {
  std::vector<std::string> src, tgt, gold_lines;
};

// Reads the text files and checks their line counts before the model runs.
Inputs read_inputs(const AlignConfig& c) {
  Inputs in;
  in.src = read_text(c.src);
  if (!c.tgt.empty()) {
    in.tgt = read_text(c.tgt);
    NMT_CHECK(in.src.size() == in.tgt.size(), c.src, " has ", in.src.size(), " lines but ", c.tgt,
              " has ", in.tgt.size());
  }
  if (!c.gold.empty()) {
    in.gold_lines = eval::read_lines_file(c.gold);
    NMT_CHECK(in.gold_lines.size() == in.src.size(), c.gold, " has ", in.gold_lines.size(),
              " lines but there are ", in.src.size(), " sentences");
  }
  keep_first(in.src, c.max_sentences);
  keep_first(in.tgt, c.max_sentences);
  keep_first(in.gold_lines, c.max_sentences);
  return in;
}

std::vector<eval::GoldAlignment> read_gold(const AlignConfig& c, const Inputs& in,
                                           const std::vector<PairAttention>& pairs) {
  std::vector<eval::SentenceLength> lengths;
  for (const PairAttention& p : pairs)
    lengths.push_back(
        eval::SentenceLength{static_cast<int>(viz::words_of_pieces(p.src_pieces).size()),
                             static_cast<int>(viz::words_of_pieces(p.tgt_pieces).size())});
  return eval::read_gold(
      in.gold_lines, c.gold_one_based ? eval::IndexBase::one_based : eval::IndexBase::zero_based,
      c.gold, lengths);
}

std::string aer_lines(const eval::AerReport& report, bool per_sentence) {
  std::string text = eval::aer_text(report);
  if (!per_sentence) return text;
  char line[160];
  for (size_t i = 0; i < report.sentences.size(); ++i) {
    const eval::AerCounts& s = report.sentences[i];
    std::snprintf(line, sizeof line, "sentence %zu: AER = %.2f  precision = %.2f  recall = %.2f\n",
                  i + 1, s.aer(), s.precision(), s.recall());
    text += line;
  }
  return text;
}

std::string pharaoh_text(const std::vector<eval::Alignment>& links) {
  std::string text;
  for (const eval::Alignment& l : links) text += eval::format_pharaoh(l) + "\n";
  return text;
}

std::string soft_text(const std::vector<PairAttention>& pairs,
                      const std::vector<eval::Alignment>& links) {
  std::string text;
  for (size_t i = 0; i < pairs.size(); ++i)
    text += soft_json_line(i + 1, pairs[i], links[i]) + "\n";
  return text;
}

struct Run {
  const AlignConfig& config;
  std::vector<PairAttention> pairs;
  std::vector<eval::GoldAlignment> gold;
  HeadChoice choice;
  viz::AlignSpec spec;
  std::vector<eval::Alignment> links;

  const eval::GoldAlignment* gold_of(size_t i) const { return gold.empty() ? nullptr : &gold[i]; }
  std::string title(size_t i) const {
    return "sentence " + std::to_string(i + 1) + ": " + head_choice_name(choice) + ", " +
           viz::align_spec_name(spec);
  }
};

void write_pictures(const Run& run) {
  const AlignConfig& c = run.config;
  std::filesystem::create_directories(c.heatmap_dir);  // throws naming the path on failure
  if (c.format == "html") {
    viz::AttentionReport report;
    report.title = c.model;
    report.links_source = viz::align_spec_name(run.spec) + ", " + head_choice_name(run.choice);
    report.layer = run.choice.layer;
    report.head = run.choice.head;
    for (size_t i = 0; i < run.pairs.size(); ++i)
      report.sentences.push_back(sentence_attention(run.pairs[i], run.links[i], run.gold_of(i)));
    write_file_atomic(c.heatmap_dir + "/report.html", viz::report_html(report));
    return;
  }
  for (size_t i = 0; i < run.pairs.size(); ++i) {
    const viz::Heatmap map = sentence_heatmap(run.pairs[i], run.choice, run.spec, run.links[i],
                                              run.gold_of(i), run.title(i));
    char name[32];
    std::snprintf(name, sizeof name, "/sent-%04zu.", i + 1);
    const std::string bytes = c.format == "svg" ? viz::heatmap_svg(map) : viz::heatmap_png(map);
    viz::write_file(c.heatmap_dir + name + c.format, bytes);
  }
}

void write_reports(const Run& run, std::ostream& report) {
  const AlignConfig& c = run.config;
  if (!run.gold.empty()) {
    const eval::AerReport aer = eval::score_alignments(run.links, run.gold, c.gold);
    report << aer_lines(aer, c.per_sentence);
    if (!c.aer_json.empty()) write_file_atomic(c.aer_json, eval::aer_json(aer, c.per_sentence));
  }
  if (c.stats || !c.stats_json.empty()) {
    viz::HeadStatsTable table;
    for (const PairAttention& p : run.pairs) add_head_stats(table, p);
    if (c.stats) report << table.text();
    if (!c.stats_json.empty()) write_file_atomic(c.stats_json, table.json());
  }
  if (c.show)
    for (size_t i = 0; i < run.pairs.size(); ++i)
      report << viz::terminal_heatmap(sentence_heatmap(run.pairs[i], run.choice, run.spec,
                                                       run.links[i], run.gold_of(i), run.title(i)),
                                      c.colours);
}

}  // namespace

void run_align(const AlignConfig& c, std::ostream& out, std::ostream& info) {
  bool best = false;
  HeadChoice wanted{c.layer, parse_head(c.head, &best)};
  Run run{c, {}, {}, {}, viz::parse_align_spec(c.method), {}};
  check_flags(c, best);
  const Inputs in = read_inputs(c);
  SavedModel model = load_saved_model(c.model);
  require_attention(model.config, c.model);
  const AttentionShape shape = attention_shape(model.config);
  run.choice = resolve_head(wanted, shape);

  ExtractOptions extract;
  extract.batch_size = c.batch_size;
  extract.self_attention = !c.soft.empty() || c.stats || !c.stats_json.empty() ||
                           (!c.heatmap_dir.empty() && c.format == "html");
  run.pairs = c.tgt.empty()
                  ? search_attention(*model.translator, model.pieces, in.src, c.search, extract)
                  : forced_attention(*model.translator, model.pieces, in.src, in.tgt, extract);
  if (!c.gold.empty()) run.gold = read_gold(c, in, run.pairs);

  std::ostream& report = c.pharaoh.empty() ? info : out;
  if (best) {
    const std::vector<HeadScore> scores = score_heads(run.pairs, run.gold, c.gold, shape, run.spec,
                                                      c.layer < 0 ? -1 : run.choice.layer);
    report << head_scores_text(scores, run.spec);
    run.choice = scores[best_head(scores)].choice;
  }
  run.links = align_pairs(run.pairs, run.choice, run.spec);
  if (c.pharaoh.empty())
    out << pharaoh_text(run.links) << std::flush;
  else
    write_file_atomic(c.pharaoh, pharaoh_text(run.links));
  if (!c.soft.empty()) write_file_atomic(c.soft, soft_text(run.pairs, run.links));
  if (!c.heatmap_dir.empty()) write_pictures(run);
  write_reports(run, report);
}

}  // namespace nmt
