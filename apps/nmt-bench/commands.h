// The subcommands of nmt-bench. Each lives in its own bench_<name>.cpp and
// registers itself with main.cpp through one add_<name>_command function; the
// returned run function is called after the common flags (--threads) are applied.
// Adding a benchmark: declare its add_ function here and call it in main.cpp.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>

namespace nmt {
class Communicator;  // dist/communicator.h
}

namespace nmt::bench {

struct Command {
  CLI::App* sub = nullptr;   // the CLI11 subcommand; sub->parsed() says it was chosen
  std::function<int()> run;  // runs the benchmark, returns the exit code
};

// `nmt-bench gemm`: the engine's GEMM beside plain Eigen and OpenBLAS.
Command add_gemm_command(CLI::App& cli);
// `nmt-bench train --arch transformer|rnn`: training tokens/s of the reference
// model; under mpirun, data-parallel over comm's ranks.
Command add_train_command(CLI::App& cli, Communicator& comm);
// `nmt-bench translate --arch transformer|rnn --beam K`: decoding speed.
Command add_translate_command(CLI::App& cli);
// `nmt-bench toy --arch rnn|transformer --minutes M`: time to learn the reverse task.
Command add_toy_command(CLI::App& cli);

}  // namespace nmt::bench
