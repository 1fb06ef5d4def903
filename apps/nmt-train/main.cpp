// nmt-train: train a translator (and its SentencePiece model) on a parallel
// corpus. Flags -> ModelConfig + TrainConfig -> train_translator(). The flags
// come from the option tables of lib/models/model_config.h and
// lib/train/train_config.h; only the layer counts and the actions are declared here.
// Under mpirun every rank runs this same main (docs/DISTRIBUTED.md).
#include <iostream>

#include "common/app.h"
#include "common/options_cli.h"
#include "dist/communicator.h"
#include "models/model_config.h"
#include "train/trainer.h"

namespace {

struct Flags {
  int64_t enc_layers = 0;  // 0: the family's default (ModelConfig::default_layers)
  int64_t dec_layers = 0;
  bool resume = false;
  bool overwrite = false;
  bool dump_config = false;
};

nmt::OptionTable<Flags> layer_options() {
  const std::string defaults = std::to_string(nmt::ModelConfig::kTransformerLayers) +
                               " (transformer), " + std::to_string(nmt::ModelConfig::kRnnLayers) +
                               " (rnn)";
  return {nmt::int_option<Flags>("", "--enc-layers", &Flags::enc_layers, 0, 1000,
                                 "Encoder layers (0 = the family's default)")
              .shown_as(defaults),
          nmt::int_option<Flags>("", "--dec-layers", &Flags::dec_layers, 0, 1000,
                                 "Decoder layers (0 = the family's default)")
              .shown_as(defaults)};
}

// Checks that need several options, before any data is read: a usage error.
void check_usage(nmt::ModelConfig model, const nmt::TrainConfig& train) {
  try {
    train.validate();
    model.shared_vocab = train.joint_vocab;
    model.validate_options();
  } catch (const nmt::Error& e) {
    throw nmt::OptionError(e.what());
  }
}

}  // namespace

int main(int argc, char** argv) {
  nmt::app::write_stderr_in_whole_lines();
  std::unique_ptr<nmt::Communicator> world = nmt::make_world_communicator(&argc, &argv);
  const std::string name =
      world->size() > 1 ? "nmt-train: rank " + std::to_string(world->rank()) : "nmt-train";
  CLI::App cli{"nmt-train: train a translator on a parallel corpus"};
  nmt::app::last_value_wins(cli);
  nmt::app::CommonFlags common;
  nmt::app::add_common_flags(cli, common);
  Flags flags;
  nmt::ModelConfig model;
  nmt::TrainConfig train;
  const nmt::OptionTable<Flags> layers = layer_options();
  nmt::app::OptionFlags options;
  options.add(cli, nmt::model_options(), model);
  options.add(cli, layers, flags);
  options.add(cli, nmt::train_options(), train);
  cli.add_flag("--resume", flags.resume,
               "Continue from MODEL.ckpt (also automatic when it exists)");
  cli.add_flag("--overwrite", flags.overwrite,
               "Train a new model in place of an existing MODEL (ignores and replaces MODEL.ckpt)");
  cli.add_flag("--dump-config", flags.dump_config,
               "Print every option as a file for --config, and exit");
  const int status = nmt::app::run(name, cli, common, argc, argv, [&] {
    options.apply();
    model.set_layers(flags.enc_layers, flags.dec_layers);
    flags.enc_layers = model.encoder_layers();  // what --dump-config shows
    flags.dec_layers = model.decoder_layers();
    check_usage(model, train);
    if (flags.dump_config) {
      std::cout << "threads = " << common.threads << "\n" << options.dump();
      return 0;
    }
    const nmt::TrainSummary summary = nmt::train_translator(
        model, train, {flags.resume, flags.overwrite}, std::cerr, world.get());
    // Stopped by SIGINT/SIGTERM: saved, but not finished; 128 + N as if the
    // signal had ended the process, so `nmt-train ... && next-step` stops.
    if (summary.stopped_by_signal) return 128 + summary.stop_signal;
    return 0;
  });
  // A failure the ranks did not agree on (one rank's save failed, a bad flag
  // on one rank) leaves the others waiting in a collective: end them all.
  if (status != 0 && world->size() > 1 && !world->stopping_together()) world->abort(status);
  return status;
}
