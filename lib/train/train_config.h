// TrainConfig: every training option that is not the architecture (that is
// ModelConfig). Its options are declared once in train_options()
// (lib/base/options.h): the table gives nmt-train's flags, the key = value
// text stored in the checkpoint, and the list of options changed on a resume.
// Not here: the loop itself (trainer.h).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "base/options.h"
#include "data/sentencepiece_model.h"
#include "tensor/bf16.h"
#include "train/lr_schedule.h"

namespace nmt {

// What picks the best model and drives early stopping.
enum class ValidMetric { Bleu, Chrf, Loss };
std::string to_string(ValidMetric metric);  // "bleu" | "chrf" | "loss"

struct TrainConfig {
  // data
  std::string train_src, train_tgt;
  std::string valid_src, valid_tgt;  // optional; both or neither
  std::string model_path;            // the model to write (best, or last without validation)
  size_t max_line_bytes = 4096;      // longer pairs are skipped (or an error with strict_data)
  size_t max_tokens = 256;           // subword tokens per side; longer pairs are skipped
  bool strict_data = false;
  std::string corpus_cache;  // encoded corpus file; "" = MODEL.corpus, "none" = off

  // vocabulary (SentencePiece); spm_path set means: use that model for both sides
  std::string spm_path;
  int vocab_size = 8000;
  bool joint_vocab = true;
  SubwordType spm_type = SubwordType::Unigram;
  float character_coverage = 1.0f;
  size_t spm_sample = 100000;  // lines of each side SentencePiece trains on

  // optimisation
  float lr = 5e-4f;
  int64_t warmup = 4000;
  LrScheduleKind schedule = LrScheduleKind::InverseSqrt;
  float label_smoothing = 0.1f;
  float clip_norm = 1.0f;  // 0 = off
  float weight_decay = 0.0f;
  int64_t batch_tokens = 4096;  // per rank and per accumulated batch
  int64_t update_freq = 1;      // batches summed into one update (gradient accumulation)
  // > 0: validate and save an average of the weights (weight_smoothing.h)
  double exponential_smoothing = 0;
  // Of the weight products in training steps (update_step.h); resolved at the
  // start of a run (tensor/bf16.h choose_precision). A resume may change it:
  // weights and Adam state are float32 under either, so the checkpoint is the same.
  TrainPrecision precision = TrainPrecision::Fp32;

  // stopping and reporting
  int64_t max_updates = 0;  // 0 = no limit (for each of these three)
  int64_t max_epochs = 0;
  double max_time_s = 0;
  int64_t valid_every = 1000;
  int64_t valid_max_sentences = 0;  // 0 = the whole dev set
  ValidMetric valid_metric = ValidMetric::Bleu;
  int early_stopping = 0;  // validations without improvement before stopping; 0 = never
  int64_t save_every = 1000;
  int keep_last = 0;  // > 0: also keep the model of each of the last K saves (M.upd<N>)
  int64_t log_every = 100;
  std::string log_batches;  // "" = off; else the JSON lines of train/batch_log.h
  uint64_t seed = 1;

  bool has_validation() const { return !valid_src.empty(); }
  // key = value lines in the order of train_options(); from_text reads them
  // back (also a checkpoint of an older version: absent keys keep defaults).
  std::string to_text() const;
  static TrainConfig from_text(const std::string& text);
  void validate() const;  // checks that involve several options; throws nmt::Error naming them
  // Legal but probably unintended combinations, one sentence each.
  std::vector<std::string> warnings() const;
};

// Every TrainConfig option, declared once (see lib/base/options.h).
const OptionTable<TrainConfig>& train_options();

// Options whose values differ: "lr: 0.0005 -> 0.001". fixed_only: only those a
// checkpoint cannot continue with (the vocabulary).
std::vector<std::string> changed_options(const TrainConfig& before, const TrainConfig& after,
                                         bool fixed_only);

// The value of --exponential-smoothing as given: "" (the bare flag) or "true"
// -> 1e-4, Marian's implicit value; "false" -> 0 (off); else a number.
// Throws nmt::Error on anything else.
double parse_exponential_smoothing(const std::string& text);

// "90", "90s", "45m", "2h" -> seconds; throws nmt::Error on anything else.
double parse_duration(const std::string& text);

}  // namespace nmt
