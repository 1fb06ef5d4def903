// nmt-train: train a translator (and its SentencePiece model) on a parallel
// corpus. Flags -> ModelConfig + TrainConfig -> train_translator().
// Under mpirun every rank runs this same main (docs/DISTRIBUTED.md).
#include <iostream>

#include "common/app.h"
#include "dist/communicator.h"
#include "models/model_config.h"
#include "train/trainer.h"

namespace {

struct Flags {
  std::string arch = "transformer";
  std::string attention = "additive";
  int64_t enc_layers = -1;  // -1: the family's default (transformer 3, rnn 1)
  int64_t dec_layers = -1;
  bool separate_vocab = false;
  bool post_norm = false;
  bool no_input_feeding = false;
  std::string schedule = "inverse-sqrt";
  std::string max_time;
  std::string exponential_smoothing;  // "" when given bare (train_config.h)
  bool resume = false;
  bool overwrite = false;
  bool dump_config = false;
};

void add_flags(CLI::App& cli, Flags& f, nmt::ModelConfig& m, nmt::TrainConfig& t) {
  cli.add_option("--arch", f.arch, "Model family")->check(CLI::IsMember({"transformer", "rnn"}));
  cli.add_option("--attention", f.attention, "RNN attention")
      ->check(CLI::IsMember({"none", "additive", "dot", "general"}));
  cli.add_option("--train-src", t.train_src, "Training source text, one sentence per line")
      ->required();
  cli.add_option("--train-tgt", t.train_tgt, "Training target text, line-aligned")->required();
  cli.add_option("--valid-src", t.valid_src, "Dev source text");
  cli.add_option("--valid-tgt", t.valid_tgt, "Dev target text");
  cli.add_option("--model", t.model_path, "Model file to write (also MODEL.ckpt, MODEL.last)")
      ->required();
  cli.add_option("--vocab-size", t.vocab_size, "SentencePiece vocabulary size (upper bound)");
  cli.add_option("--spm", t.spm_path, "Use this SentencePiece .model for both sides");
  cli.add_flag("--separate-vocab", f.separate_vocab, "One SentencePiece model per side");
  cli.add_option("--spm-type", t.spm_type, "unigram or bpe");
  cli.add_option("--character-coverage", t.character_coverage, "SentencePiece character coverage");
  cli.add_option("--spm-sample", t.spm_sample, "Lines per side SentencePiece trains on")
      ->check(CLI::NonNegativeNumber);
  cli.add_option("--dim", m.dim, "Model width (Transformer d_model; RNN embedding size)");
  cli.add_option("--heads", m.heads, "Attention heads (Transformer)");
  cli.add_option("--enc-layers", f.enc_layers, "Encoder layers (default 3 transformer, 1 rnn)");
  cli.add_option("--dec-layers", f.dec_layers, "Decoder layers (default 3 transformer, 1 rnn)");
  cli.add_option("--ffn", m.ffn, "Feed-forward width (Transformer)");
  cli.add_option("--enc-hidden", m.enc_hidden, "LSTM size per direction of the encoder (RNN)");
  cli.add_option("--dec-hidden", m.dec_hidden, "LSTM size of the decoder (RNN)");
  cli.add_flag("--no-input-feeding", f.no_input_feeding, "RNN: do not feed a_{t-1} to step t");
  cli.add_flag("--post-norm", f.post_norm, "Transformer: layer norm after each block");
  cli.add_flag("--tied-embeddings", m.tied_embeddings, "Share embedding and output matrices");
  cli.add_option("--dropout", m.dropout, "Dropout probability");
  cli.add_option("--label-smoothing", t.label_smoothing, "Label smoothing");
  cli.add_option("--batch-tokens", t.batch_tokens,
                 "Tokens per batch, padding included (per rank under mpirun)");
  cli.add_option("--update-freq", t.update_freq,
                 "Batches per update (gradient accumulation); the global batch is "
                 "ranks x update-freq x batch-tokens");
  cli.add_option("--max-tokens", t.max_tokens, "Skip pairs with more subword tokens on a side")
      ->check(CLI::NonNegativeNumber);
  cli.add_option("--max-line-bytes", t.max_line_bytes, "Skip pairs with a longer line (bytes)")
      ->check(CLI::NonNegativeNumber);
  cli.add_flag("--strict", t.strict_data, "Empty and over-long lines are errors, not skipped");
  cli.add_option("--lr", t.lr, "Peak learning rate");
  cli.add_option("--warmup", t.warmup, "Warm-up updates");
  cli.add_option("--schedule", f.schedule, "inverse-sqrt, constant or warmup-constant");
  cli.add_option("--clip-norm", t.clip_norm, "Global gradient-norm clipping (0 = off)");
  cli.add_option("--weight-decay", t.weight_decay, "AdamW decoupled weight decay");
  cli.add_option("--exponential-smoothing", f.exponential_smoothing,
                 "Validate and save an exponential moving average of the weights with this "
                 "smoothing factor (bare: 1e-4; 0 = off)")
      ->expected(0, 1);
  cli.add_option("--max-updates", t.max_updates, "Stop after this many updates (0 = no limit)");
  cli.add_option("--max-epochs", t.max_epochs, "Stop after this many epochs (0 = no limit)");
  cli.add_option("--max-time", f.max_time, "Stop after this long: 90, 90s, 45m, 2h");
  cli.add_option("--valid-every", t.valid_every, "Validate every N updates");
  cli.add_option("--valid-max-sentences", t.valid_max_sentences, "Use only the first N dev pairs");
  cli.add_option("--valid-metric", t.valid_metric, "bleu, chrf or loss: picks the best model");
  cli.add_option("--early-stopping", t.early_stopping,
                 "Stop after N validations without improvement");
  cli.add_option("--save-every", t.save_every, "Checkpoint every N updates");
  cli.add_option("--keep-last", t.keep_last,
                 "Also keep the models of the last K saves as MODEL.upd<N> (for nmt-average)")
      ->check(CLI::NonNegativeNumber);
  cli.add_option("--log-every", t.log_every, "Progress line every N updates");
  cli.add_option("--seed", t.seed,
                 "Random seed (data order, initialisation, dropout, SentencePiece)")
      ->check(CLI::NonNegativeNumber);
  cli.add_flag("--resume", f.resume, "Continue from MODEL.ckpt (also automatic when it exists)");
  cli.add_flag("--overwrite", f.overwrite,
               "Train a new model even if MODEL (and MODEL.ckpt) exist, replacing them");
  cli.add_flag("--dump-config", f.dump_config, "Print the effective configuration and exit");
}

}  // namespace

int main(int argc, char** argv) {
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
  add_flags(cli, flags, model, train);
  const int status = nmt::app::run(name, cli, common, argc, argv, [&] {
    if (flags.dump_config) {
      std::cout << cli.config_to_str(true, true);
      return 0;
    }
    model.arch = nmt::parse_arch(flags.arch);
    model.attention = nmt::parse_attention(flags.attention);
    model.pre_norm = !flags.post_norm;
    model.input_feeding = !flags.no_input_feeding;
    const bool rnn = model.arch == nmt::Arch::Rnn;
    const int64_t default_layers = rnn ? 1 : 3;
    (rnn ? model.rnn_enc_layers : model.enc_layers) =
        flags.enc_layers < 0 ? default_layers : flags.enc_layers;
    (rnn ? model.rnn_dec_layers : model.dec_layers) =
        flags.dec_layers < 0 ? default_layers : flags.dec_layers;
    train.joint_vocab = !flags.separate_vocab;
    train.schedule = nmt::parse_lr_schedule_kind(flags.schedule);
    if (cli.count("--exponential-smoothing") > 0)
      train.exponential_smoothing = nmt::parse_exponential_smoothing(flags.exponential_smoothing);
    if (!flags.max_time.empty()) train.max_time_s = nmt::parse_duration(flags.max_time);
    const nmt::TrainSummary summary = nmt::train_translator(
        model, train, {flags.resume, flags.overwrite}, std::cerr, world.get());
    // Stopped by SIGINT/SIGTERM: saved, but not finished; 128 + N as if the
    // signal had ended the process, so `nmt-train ... && next-step` stops.
    if (summary.stopped_by_signal) return 128 + summary.stop_signal;
    return 0;
  });
  // A failure the ranks did not agree on (one rank's save failed, a bad flag
  // on one rank) leaves the others waiting in a collective: end them all. A
  // stop by signal (130, 143) was agreed by all ranks at an update boundary.
  if (status == 1 && world->size() > 1 && !world->stopping_together()) world->abort(status);
  return status;
}
