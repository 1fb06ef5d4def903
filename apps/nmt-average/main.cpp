// nmt-average: average the parameters of model files of one architecture and
// vocabulary into one model (checkpoint averaging, as fairseq's
// average_checkpoints.py). Inputs are model files, e.g. the MODEL.upd<N>
// snapshots of `nmt-train --keep-last K`, or `--last K MODEL` for the newest
// K of them.
#include <iostream>

#include "common/app.h"
#include "models/model_average.h"
#include "train/model_snapshots.h"

int main(int argc, char** argv) {
  CLI::App cli{"nmt-average: average model files of the same architecture and vocabulary"};
  nmt::app::last_value_wins(cli);
  nmt::app::CommonFlags common;
  nmt::app::add_common_flags(cli, common);
  std::string output, last_of;
  int last = 0;
  std::vector<std::string> inputs;
  cli.add_option("-o,--output", output, "The averaged model to write (atomically)")->required();
  cli.add_option("--last", last, "Average the newest K snapshots MODEL.upd<N> of --model")
      ->check(CLI::PositiveNumber);
  cli.add_option("--model", last_of, "With --last: the model whose snapshots to average");
  cli.add_option("inputs", inputs, "Model files to average");
  return nmt::app::run("nmt-average", cli, common, argc, argv, [&] {
    if (last > 0) {
      NMT_CHECK(!last_of.empty() && inputs.empty(),
                "--last K takes the snapshots of --model MODEL, not a list of files");
      const auto snapshots = nmt::list_snapshots(last_of);
      NMT_CHECK(!snapshots.empty(), last_of, ": no snapshots ", last_of,
                ".upd<N> (train with --keep-last K)");
      for (size_t i = snapshots.size() > static_cast<size_t>(last) ? snapshots.size() - last : 0;
           i < snapshots.size(); ++i)
        inputs.push_back(snapshots[i].second);
    }
    NMT_CHECK(!inputs.empty(), "give the model files to average (or --last K --model MODEL)");
    nmt::average_model_paths(inputs, output);
    std::cerr << "[average] " << inputs.size() << " model(s) -> " << output << "\n";
    return 0;
  });
}
