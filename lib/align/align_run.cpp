#include "align/align_run.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <regex>
#include <set>

#include "align/align_heads.h"
#include "align/align_outputs.h"
#include "align/attention_extract.h"
#include "base/error.h"
#include "data/text_lines.h"
#include "eval/aer.h"
#include "eval/text.h"
#include "io/atomic_file.h"
#include "models/quantize_model.h"
#include "models/saved_model.h"
#include "viz/heatmap_png.h"
#include "viz/heatmap_svg.h"

namespace nmt {

const std::vector<std::pair<PictureFormat, std::string>>& picture_format_names() {
  static const std::vector<std::pair<PictureFormat, std::string>> names = {
      {PictureFormat::svg, "svg"}, {PictureFormat::png, "png"}, {PictureFormat::html, "html"}};
  return names;
}

std::string to_string(PictureFormat format) {
  for (const auto& [value, name] : picture_format_names())
    if (value == format) return name;
  return "?";
}

namespace {

bool is_stdio(const std::string& path) {
  return path == "-";
}

// Lines of a file ("-": standard input); invalid UTF-8 or a NUL byte is an
// error naming the line.
std::vector<std::string> read_text(const std::string& path) {
  if (is_stdio(path)) {
    std::vector<std::string> lines;
    InputReader reader(std::cin, "<stdin>");
    InputLine line;
    while (reader.next(line)) {
      NMT_CHECK(line.valid(), reader.problem_message(line));
      lines.push_back(std::move(line.text));
    }
    return lines;
  }
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

void check_flags(const AlignConfig& c) {
  const bool best = c.head.mode == HeadMode::best;
  NMT_CHECK(!best || !c.gold.empty(), "--head best needs a gold alignment (--gold)");
  NMT_CHECK(!c.per_sentence || !c.gold.empty(), "--per-sentence needs --gold");
  NMT_CHECK(c.aer_json.empty() || !c.gold.empty(), "--aer-json needs --gold");
  NMT_CHECK(c.decode.max_input_tokens >= 1, "--max-input-tokens must be at least 1");
  NMT_CHECK(is_stdio(c.src) + is_stdio(c.tgt) + is_stdio(c.gold) <= 1,
            "only one of --src, --tgt and --gold can read standard input (-)");
  const bool pharaoh_to_stdout = c.pharaoh.empty() || is_stdio(c.pharaoh);
  const int to_stdout =
      pharaoh_to_stdout + is_stdio(c.soft) + is_stdio(c.aer_json) + is_stdio(c.stats_json);
  NMT_CHECK(to_stdout <= 1, "only one output can go to standard output (-)",
            pharaoh_to_stdout ? ", and the Pharaoh links do unless --pharaoh names a file" : "");
}

// Attention memory grows with the square of a sentence's length. Over-long
// lines are refused, not cut: a cut line's links would no longer match its
// target or gold line. The byte test (a piece is at most 64 bytes) spares
// SentencePiece a megabyte line.
void check_lengths(const std::vector<std::string>& lines, const std::string& path,
                   const SentencePieceModel& pieces, int64_t max_tokens) {
  const std::string name = is_stdio(path) ? "<stdin>" : path;
  const size_t byte_limit = static_cast<size_t>(max_tokens) * 64;
  for (size_t i = 0; i < lines.size(); ++i) {
    const size_t tokens = lines[i].size() > byte_limit ? 0 : pieces.encode(lines[i]).size();
    NMT_CHECK(lines[i].size() <= byte_limit && static_cast<int64_t>(tokens) <= max_tokens, name,
              ":", i + 1, ": line too long to align (",
              tokens > 0 ? std::to_string(tokens) + " tokens"
                         : std::to_string(lines[i].size()) + " bytes",
              ", over --max-input-tokens ", max_tokens, "); shorten or drop it");
  }
}

// Outputs: "-" is standard output; files are replaced atomically.
void write_output(const std::string& path, const std::string& bytes, std::ostream& out) {
  if (is_stdio(path)) {
    errno = 0;
    out << bytes << std::flush;
    NMT_CHECK(out, "cannot write to standard output: ",
              errno != 0 ? std::strerror(errno) : "write failed");
    return;
  }
  write_file_atomic(path, bytes);
}

// Temporaries that a killed earlier run left beside our output files.
void remove_stale_outputs(const AlignConfig& c) {
  for (const std::string* path : {&c.pharaoh, &c.soft, &c.aer_json, &c.stats_json})
    if (!path->empty() && !is_stdio(*path)) remove_stale_temp_files(*path);
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
    in.gold_lines =
        is_stdio(c.gold) ? eval::read_lines(std::cin, "<stdin>") : eval::read_lines_file(c.gold);
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

// The names nmt-align gives pictures: sent-0001.svg ... and report.html.
bool is_picture_name(const std::string& name) {
  static const std::regex pattern(R"(sent-[0-9]{4,}\.(svg|png)|report\.html)");
  return std::regex_match(name, pattern);
}

// After this run's pictures are written, the directory must not also hold
// pictures of an earlier run (a longer one, another format): those are
// removed, as are temporaries of pictures whose writer was killed. Says on
// `info` what was written and what went.
void tidy_picture_dir(const std::string& dir, const std::vector<std::string>& written,
                      std::ostream& info) {
  const std::set<std::string> ours(written.begin(), written.end());
  std::vector<std::string> removed;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    const std::string name = entry.path().filename().string();
    const size_t tmp = name.find(".tmp.");
    if (tmp != std::string::npos && is_picture_name(name.substr(0, tmp))) {
      remove_stale_temp_files(dir + "/" + name.substr(0, tmp));
    } else if (is_picture_name(name) && !ours.count(name)) {
      std::error_code error;
      if (std::filesystem::remove(entry.path(), error)) removed.push_back(name);
    }
  }
  info << "nmt-align: wrote " << written.size() << " picture(s) to " << dir;
  if (!written.empty()) info << " (" << written.front();
  if (written.size() > 1) info << " to " << written.back();
  if (!written.empty()) info << ")";
  if (!removed.empty())
    info << "; removed " << removed.size() << " picture(s) of an earlier run, e.g. " << removed[0];
  info << "\n";
}

void write_pictures(const Run& run, std::ostream& info) {
  const AlignConfig& c = run.config;
  std::filesystem::create_directories(c.heatmap_dir);  // throws naming the path on failure
  std::vector<std::string> written;
  if (c.format == PictureFormat::html) {
    viz::AttentionReport report;
    report.title = c.model;
    report.links_source = viz::align_spec_name(run.spec) + ", " + head_choice_name(run.choice);
    report.layer = run.choice.layer;
    report.head = run.choice.head;
    for (size_t i = 0; i < run.pairs.size(); ++i)
      report.sentences.push_back(sentence_attention(run.pairs[i], run.links[i], run.gold_of(i)));
    write_file_atomic(c.heatmap_dir + "/report.html", viz::report_html(report));
    written.push_back("report.html");
  }
  for (size_t i = 0; i < run.pairs.size() && c.format != PictureFormat::html; ++i) {
    const viz::Heatmap map = sentence_heatmap(run.pairs[i], run.choice, run.spec, run.links[i],
                                              run.gold_of(i), run.title(i));
    char name[32];
    std::snprintf(name, sizeof name, "sent-%04zu.", i + 1);
    const std::string bytes =
        c.format == PictureFormat::svg ? viz::heatmap_svg(map) : viz::heatmap_png(map);
    written.push_back(name + to_string(c.format));
    write_file_atomic(c.heatmap_dir + "/" + written.back(), bytes);
  }
  tidy_picture_dir(c.heatmap_dir, written, info);
}

void write_reports(const Run& run, std::ostream& report, std::ostream& out) {
  const AlignConfig& c = run.config;
  if (!run.gold.empty()) {
    const eval::AerReport aer = eval::score_alignments(run.links, run.gold, c.gold);
    report << aer_lines(aer, c.per_sentence);
    if (!c.aer_json.empty()) write_output(c.aer_json, eval::aer_json(aer, c.per_sentence), out);
  }
  if (c.stats || !c.stats_json.empty()) {
    viz::HeadStatsTable table;
    for (const PairAttention& p : run.pairs) add_head_stats(table, p);
    if (c.stats) report << table.text();
    if (!c.stats_json.empty()) write_output(c.stats_json, table.json(), out);
  }
  if (c.show)
    for (size_t i = 0; i < run.pairs.size(); ++i)
      report << viz::terminal_heatmap(sentence_heatmap(run.pairs[i], run.choice, run.spec,
                                                       run.links[i], run.gold_of(i), run.title(i)),
                                      c.colours);
}

}  // namespace

void run_align(const AlignConfig& c, std::ostream& out, std::ostream& info) {
  const bool best = c.head.mode == HeadMode::best;
  const HeadChoice wanted{c.layer, c.head.mode == HeadMode::number ? c.head.number : -1};
  Run run{c, {}, {}, {}, c.method, {}};
  check_flags(c);
  remove_stale_outputs(c);
  const Inputs in = read_inputs(c);
  SavedModel model = load_saved_model(c.model);
  set_precision(*model.translator, c.precision);
  require_attention(model.config, c.model);
  check_lengths(in.src, c.src, *model.pieces.src, c.decode.max_input_tokens);
  if (!c.tgt.empty()) check_lengths(in.tgt, c.tgt, *model.pieces.tgt, c.decode.max_input_tokens);
  const AttentionShape shape = attention_shape(model.config);
  run.choice = resolve_head(wanted, shape);

  ExtractOptions extract;
  extract.batch_size = c.decode.batch_size;
  extract.self_attention = !c.soft.empty() || c.stats || !c.stats_json.empty() ||
                           (!c.heatmap_dir.empty() && c.format == PictureFormat::html);
  run.pairs =
      c.tgt.empty()
          ? search_attention(*model.translator, model.pieces, in.src, c.decode.search, extract)
          : forced_attention(*model.translator, model.pieces, in.src, in.tgt, extract);
  if (!c.gold.empty()) run.gold = read_gold(c, in, run.pairs);

  const bool stdout_taken = c.pharaoh.empty() || is_stdio(c.pharaoh) || is_stdio(c.soft) ||
                            is_stdio(c.aer_json) || is_stdio(c.stats_json);
  std::ostream& report = stdout_taken ? info : out;
  if (best) {
    const std::vector<HeadScore> scores = score_heads(run.pairs, run.gold, c.gold, shape, run.spec,
                                                      c.layer < 0 ? -1 : run.choice.layer);
    report << head_scores_text(scores, run.spec);
    run.choice = scores[best_head(scores)].choice;
  }
  run.links = align_pairs(run.pairs, run.choice, run.spec);
  write_output(c.pharaoh.empty() ? "-" : c.pharaoh, pharaoh_text(run.links), out);
  if (!c.soft.empty()) write_output(c.soft, soft_text(run.pairs, run.links), out);
  if (!c.heatmap_dir.empty()) write_pictures(run, info);
  write_reports(run, report, out);
}

}  // namespace nmt
