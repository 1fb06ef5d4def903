#include "train/train_config.h"

#include <cmath>
#include <limits>

#include "base/error.h"

namespace nmt {
namespace {

constexpr int64_t kBig = std::numeric_limits<int64_t>::max();

const std::vector<std::pair<ValidMetric, std::string>> kMetricNames = {
    {ValidMetric::Bleu, "bleu"}, {ValidMetric::Chrf, "chrf"}, {ValidMetric::Loss, "loss"}};
const std::vector<std::pair<SubwordType, std::string>> kSubwordNames = {
    {SubwordType::Unigram, "unigram"}, {SubwordType::Bpe, "bpe"}};
const std::vector<std::pair<TrainPrecision, std::string>> kPrecisionNames = {
    {TrainPrecision::Fp32, "fp32"}, {TrainPrecision::Bf16, "bf16"}, {TrainPrecision::Auto, "auto"}};

// --max-time takes 90, 90s, 45m or 2h; the text keeps seconds, which it reads too.
Option<TrainConfig> max_time_option() {
  Option<TrainConfig> o = real_option("max_time_s", "--max-time", &TrainConfig::max_time_s, {0},
                                      "Stop after this long: 90, 90s, 45m, 2h (0 = no limit)");
  o.type = "DURATION";
  o.set = [](TrainConfig& c, const std::string& text) {
    try {
      c.max_time_s = parse_duration(text);
    } catch (const Error& e) {
      throw OptionError(std::string("--max-time: ") + e.what());
    }
  };
  return o;
}

// --exponential-smoothing [F]: bare (or true) is Marian's 1e-4, false or 0 is off.
Option<TrainConfig> exponential_smoothing_option() {
  Option<TrainConfig> o = real_option(
      "exponential_smoothing", "--exponential-smoothing", &TrainConfig::exponential_smoothing,
      {0, 1, false, true},
      "Validate and save an exponential moving average of the weights with this smoothing "
      "factor (bare: 1e-4; 0 = off)");
  o.value_optional = true;
  o.set = [](TrainConfig& c, const std::string& text) {
    try {
      c.exponential_smoothing = parse_exponential_smoothing(text);
    } catch (const Error& e) {
      throw OptionError(e.what());
    }
  };
  return o;
}

OptionTable<TrainConfig> make_train_options() {
  using C = TrainConfig;
  const Bounds positive{0, std::numeric_limits<double>::infinity(), true, false};
  const Bounds not_negative{0};
  OptionTable<C> t = {
      text_option("train_src", "--train-src", &C::train_src,
                  "Training source text, one sentence per line", "FILE")
          .needed(),
      text_option("train_tgt", "--train-tgt", &C::train_tgt, "Training target text, line-aligned",
                  "FILE")
          .needed(),
      text_option("valid_src", "--valid-src", &C::valid_src, "Dev source text", "FILE"),
      text_option("valid_tgt", "--valid-tgt", &C::valid_tgt, "Dev target text", "FILE"),
      text_option("model_path", "--model", &C::model_path,
                  "Model file to write (also MODEL.ckpt, MODEL.last)", "FILE")
          .needed(),
      int_option("max_line_bytes", "--max-line-bytes", &C::max_line_bytes, 1, kBig,
                 "Skip pairs with a longer line (bytes)"),
      int_option("max_tokens", "--max-tokens", &C::max_tokens, 1, kBig,
                 "Skip pairs with more subword tokens on a side"),
      switch_option("strict_data", "--strict", &C::strict_data, false,
                    "Empty and over-long lines are errors, not skipped"),
      text_option("corpus_cache", "--corpus-cache", &C::corpus_cache,
                  "Encoded training corpus, memory-mapped and reused by later starts "
                  "(default MODEL.corpus; 'none': encode in memory at every start)",
                  "FILE"),
      text_option("spm_path", "--spm", &C::spm_path,
                  "Use this SentencePiece .model for both sides (or the joint vocabulary of an nmt "
                  "model, for a run to ensemble with it)",
                  "FILE")
          .fixed(),
      int_option("vocab_size", "--vocab-size", &C::vocab_size, 5, 1 << 24,
                 "SentencePiece vocabulary size (upper bound)")
          .fixed(),
      switch_option("joint_vocab", "--separate-vocab", &C::joint_vocab, true,
                    "One SentencePiece model per side")
          .fixed(),
      choice_option("spm_type", "--spm-type", &C::spm_type, kSubwordNames,
                    "SentencePiece model type")
          .fixed(),
      real_option("character_coverage", "--character-coverage", &C::character_coverage,
                  {0, 1, true, false}, "SentencePiece character coverage"),
      int_option("spm_sample", "--spm-sample", &C::spm_sample, 1, kBig,
                 "Lines per side SentencePiece trains on")
          .fixed(),
      real_option("lr", "--lr", &C::lr, positive, "Peak learning rate"),
      int_option("warmup", "--warmup", &C::warmup, 0, kBig, "Warm-up updates"),
      choice_option("schedule", "--schedule", &C::schedule, lr_schedule_kind_names(),
                    "Learning-rate schedule (constant: the peak from the first update, "
                    "--warmup ignored; warmup-constant: warm up, then hold; linear and cosine: "
                    "warm up, then decay to 0 at --max-updates)"),
      real_option("label_smoothing", "--label-smoothing", &C::label_smoothing, {0, 1, false, true},
                  "Label smoothing"),
      real_option("clip_norm", "--clip-norm", &C::clip_norm, not_negative,
                  "Global gradient-norm clipping (0 = off)"),
      real_option("weight_decay", "--weight-decay", &C::weight_decay, not_negative,
                  "AdamW decoupled weight decay"),
      int_option("batch_tokens", "--batch-tokens", &C::batch_tokens, 1, kBig,
                 "Tokens per batch, padding included (per rank under mpirun)"),
      int_option("update_freq", "--update-freq", &C::update_freq, 1, 1024,
                 "Batches per update (gradient accumulation); the global batch is "
                 "ranks x update-freq x batch-tokens"),
      exponential_smoothing_option(),
      choice_option("precision", "--precision", &C::precision, kPrecisionNames,
                    "Weight products in training: fp32, or bf16 mixed precision (bf16 operands, "
                    "float32 sums, weights and Adam state); auto: bf16 only where the CPU "
                    "multiplies bf16 natively"),
      int_option("max_updates", "--max-updates", &C::max_updates, 0, kBig,
                 "Stop after this many updates (0 = no limit)"),
      int_option("max_epochs", "--max-epochs", &C::max_epochs, 0, kBig,
                 "Stop after this many epochs (0 = no limit)"),
      max_time_option(),
      int_option("valid_every", "--valid-every", &C::valid_every, 1, kBig,
                 "Validate every N updates"),
      int_option("valid_max_sentences", "--valid-max-sentences", &C::valid_max_sentences, 0, kBig,
                 "Use only the first N dev pairs (0 = all)"),
      choice_option("valid_metric", "--valid-metric", &C::valid_metric, kMetricNames,
                    "Picks the best model and drives early stopping"),
      int_option("early_stopping", "--early-stopping", &C::early_stopping, 0, 1 << 30,
                 "Stop after N validations without improvement (0 = never)"),
      int_option("save_every", "--save-every", &C::save_every, 1, kBig,
                 "Checkpoint every N updates"),
      int_option("keep_last", "--keep-last", &C::keep_last, 0, 1 << 30,
                 "Also keep the models of the last K saves as MODEL.upd<N> (for nmt-average)"),
      int_option("log_every", "--log-every", &C::log_every, 1, kBig,
                 "Progress line every N updates"),
      text_option("log_batches", "--log-batches", &C::log_batches,
                  "Write each update's token ids to FILE as JSON lines, to replay the same "
                  "batches elsewhere (scripts/torch_reference/replay_rnn.py)",
                  "FILE"),
      uint_option("seed", "--seed", &C::seed,
                  "Random seed (data order, initialisation, dropout, SentencePiece)"),
  };
  return t;
}

}  // namespace

std::string to_string(ValidMetric metric) {
  for (const auto& [value, name] : kMetricNames)
    if (value == metric) return name;
  return "bleu";
}

const OptionTable<TrainConfig>& train_options() {
  static const OptionTable<TrainConfig> table = make_train_options();
  return table;
}

std::string TrainConfig::to_text() const {
  return options_to_text(train_options(), *this);
}

TrainConfig TrainConfig::from_text(const std::string& text) {
  TrainConfig c;
  options_from_text(train_options(), c, text, "train config", false);
  return c;
}

std::vector<std::string> changed_options(const TrainConfig& before, const TrainConfig& after,
                                         bool fixed_only) {
  return option_differences(train_options(), before, after, fixed_only);
}

void TrainConfig::validate() const {
  NMT_CHECK(!train_src.empty() && !train_tgt.empty(), "--train-src and --train-tgt are required");
  NMT_CHECK(!model_path.empty(), "--model is required");
  NMT_CHECK(log_batches != "-", "--log-batches needs a file name, not '-'");
  const std::pair<const char*, const std::string*> files[] = {
      {"--train-src", &train_src}, {"--train-tgt", &train_tgt}, {"--valid-src", &valid_src},
      {"--valid-tgt", &valid_tgt}, {"--spm", &spm_path},        {"--corpus-cache", &corpus_cache}};
  for (const auto& [flag, path] : files)
    NMT_CHECK(*path != "-", flag,
              " -: training reads its files more than once, so none can be standard input");
  for (const std::string* other : {&train_src, &train_tgt, &model_path, &valid_src, &valid_tgt})
    NMT_CHECK(corpus_cache.empty() || corpus_cache != *other, "--corpus-cache ", corpus_cache,
              " names another file of the training; give it a path of its own");
  NMT_CHECK(valid_src.empty() == valid_tgt.empty(),
            "--valid-src and --valid-tgt go together: give both or neither");
  NMT_CHECK(spm_path.empty() || joint_vocab,
            "--spm gives one model for both sides; it cannot be combined with --separate-vocab");
  check_options(train_options(), *this);
  check_lr_schedule(LrSchedule{schedule, lr, warmup, max_updates});  // after the ranges above
}

std::vector<std::string> TrainConfig::warnings() const {
  std::vector<std::string> out;
  if (schedule != LrScheduleKind::Constant && max_updates > 0 && warmup > max_updates)
    out.push_back("--warmup " + std::to_string(warmup) + " exceeds --max-updates " +
                  std::to_string(max_updates) + ": the learning rate never reaches --lr " +
                  format_real(lr));
  return out;
}

double parse_exponential_smoothing(const std::string& text) {
  if (text.empty() || text == "true") return 1e-4;
  if (text == "false") return 0;
  size_t used = 0;
  double value = -1;
  try {
    value = std::stod(text, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  NMT_CHECK(used == text.size() && value >= 0 && value < 1,
            "--exponential-smoothing must be a number in [0, 1) (0 = off), got '", text, "'");
  return value;
}

double parse_duration(const std::string& text) {
  size_t used = 0;
  double value = -1;
  try {
    value = std::stod(text, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  const std::string unit = text.substr(used);
  double scale = 0;
  if (unit.empty() || unit == "s")
    scale = 1;
  else if (unit == "m")
    scale = 60;
  else if (unit == "h")
    scale = 3600;
  NMT_CHECK(used > 0 && scale > 0 && value >= 0 && std::isfinite(value), "bad duration '", text,
            "' (expected a number of seconds, or a number with s, m or h)");
  return value * scale;
}

}  // namespace nmt
