// nmt-bench: throughput of the engine and the models, one JSON line per
// measurement on stdout. Each benchmark is a subcommand in its own file.
#include <vector>

#include "commands.h"
#include "common/app.h"
#include "dist/communicator.h"

int main(int argc, char** argv) {
  // Under mpirun `nmt-bench train` runs data-parallel; rank 0 prints.
  std::unique_ptr<nmt::Communicator> world = nmt::make_world_communicator(&argc, &argv);
  CLI::App cli{"nmt-bench: measure the engine and the models (JSON lines on stdout)"};
  nmt::app::CommonFlags flags;
  nmt::app::add_common_flags(cli, flags);
  cli.require_subcommand(1);
  cli.fallthrough();  // `nmt-bench gemm --threads 2` works as well as `nmt-bench --threads 2 gemm`

  std::vector<nmt::bench::Command> commands;
  commands.push_back(nmt::bench::add_gemm_command(cli));
  commands.push_back(nmt::bench::add_train_command(cli, *world));
  commands.push_back(nmt::bench::add_translate_command(cli));
  commands.push_back(nmt::bench::add_toy_command(cli));

  const int status = nmt::app::run("nmt-bench", cli, flags, argc, argv, [&] {
    for (const auto& command : commands)
      if (command.sub->parsed()) return command.run();
    return 1;  // unreachable: CLI11 requires one subcommand
  });
  if (status != 0 && world->size() > 1) world->abort(status);
  return status;
}
