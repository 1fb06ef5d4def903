// nmt-curves: draw the training curves of one or more runs (their
// MODEL.log.jsonl files from nmt-train) as one self-contained HTML page, to
// compare them. The page is the one nmt-train keeps as MODEL.curves.html.
#include <fstream>
#include <iostream>
#include <sstream>

#include "common/app.h"
#include "io/atomic_file.h"
#include "viz/curves_page.h"

namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  NMT_CHECK(in.good(), path, ": cannot open for reading");
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// "runs/big.nmt.log.jsonl" -> "runs/big.nmt" for the legend.
std::string run_name(const std::string& path) {
  const std::string suffix = ".log.jsonl";
  if (path.size() > suffix.size() &&
      path.compare(path.size() - suffix.size(), suffix.size(), suffix) == 0)
    return path.substr(0, path.size() - suffix.size());
  return path;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App cli{"nmt-curves: training curves of nmt-train runs as one HTML page"};
  nmt::app::last_value_wins(cli);
  nmt::app::CommonFlags common;
  nmt::app::add_common_flags(cli, common);
  std::string output;
  std::vector<std::string> logs;
  nmt::viz::CurvesPageOptions options;
  options.title = "Training curves";
  cli.add_option("-o,--output", output, "The HTML page to write (atomically)")->required();
  cli.add_option("--title", options.title, "Heading of the page");
  cli.add_option("logs", logs, "MODEL.log.jsonl files written by nmt-train")->required();
  return nmt::app::run("nmt-curves", cli, common, argc, argv, [&] {
    std::vector<nmt::viz::CurveRun> runs;
    for (const std::string& path : logs) runs.push_back({run_name(path), read_file(path)});
    nmt::write_file_atomic(output, nmt::viz::training_curves_html(runs, options));
    return 0;
  });
}
