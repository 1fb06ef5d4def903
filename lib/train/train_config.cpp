#include "train/train_config.h"

#include <cmath>
#include <map>
#include <sstream>

#include "base/error.h"

namespace nmt {
namespace {

std::map<std::string, std::string> parse_pairs(const std::string& text) {
  std::map<std::string, std::string> pairs;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    const size_t eq = line.find(" = ");
    if (eq == std::string::npos) continue;
    pairs[line.substr(0, eq)] = line.substr(eq + 3);
  }
  return pairs;
}

template <typename T>
void read_value(const std::map<std::string, std::string>& pairs, const std::string& key, T& out) {
  auto it = pairs.find(key);
  if (it == pairs.end()) return;
  std::istringstream in(it->second);
  if constexpr (std::is_same_v<T, std::string>) {
    out = it->second;
  } else {
    T value{};
    in >> value;
    NMT_CHECK(!in.fail() && in.eof(), "train config: bad value '", it->second, "' for ", key);
    out = value;
  }
}

}  // namespace

std::string TrainConfig::to_text() const {
  std::ostringstream out;
  out.precision(9);
  out << "train_src = " << train_src << "\ntrain_tgt = " << train_tgt
      << "\nvalid_src = " << valid_src << "\nvalid_tgt = " << valid_tgt
      << "\nmodel_path = " << model_path << "\nmax_line_bytes = " << max_line_bytes
      << "\nmax_tokens = " << max_tokens << "\nstrict_data = " << strict_data
      << "\nspm_path = " << spm_path << "\nvocab_size = " << vocab_size
      << "\njoint_vocab = " << joint_vocab << "\nspm_type = " << spm_type
      << "\ncharacter_coverage = " << character_coverage << "\nspm_sample = " << spm_sample
      << "\nlr = " << lr << "\nwarmup = " << warmup
      << "\nschedule = " << lr_schedule_kind_name(schedule)
      << "\nlabel_smoothing = " << label_smoothing << "\nclip_norm = " << clip_norm
      << "\nweight_decay = " << weight_decay << "\nbatch_tokens = " << batch_tokens
      << "\nupdate_freq = " << update_freq << "\nexponential_smoothing = " << exponential_smoothing
      << "\nmax_updates = " << max_updates << "\nmax_epochs = " << max_epochs
      << "\nmax_time_s = " << max_time_s << "\nvalid_every = " << valid_every
      << "\nvalid_max_sentences = " << valid_max_sentences << "\nvalid_metric = " << valid_metric
      << "\nearly_stopping = " << early_stopping << "\nsave_every = " << save_every << "\nkeep_last = " << keep_last
      << "\nlog_every = " << log_every << "\nseed = " << seed << "\n";
  return out.str();
}

TrainConfig TrainConfig::from_text(const std::string& text) {
  const auto pairs = parse_pairs(text);
  TrainConfig c;
  read_value(pairs, "train_src", c.train_src);
  read_value(pairs, "train_tgt", c.train_tgt);
  read_value(pairs, "valid_src", c.valid_src);
  read_value(pairs, "valid_tgt", c.valid_tgt);
  read_value(pairs, "model_path", c.model_path);
  read_value(pairs, "max_line_bytes", c.max_line_bytes);
  read_value(pairs, "max_tokens", c.max_tokens);
  read_value(pairs, "strict_data", c.strict_data);
  read_value(pairs, "spm_path", c.spm_path);
  read_value(pairs, "vocab_size", c.vocab_size);
  read_value(pairs, "joint_vocab", c.joint_vocab);
  read_value(pairs, "spm_type", c.spm_type);
  read_value(pairs, "character_coverage", c.character_coverage);
  read_value(pairs, "spm_sample", c.spm_sample);
  read_value(pairs, "lr", c.lr);
  read_value(pairs, "warmup", c.warmup);
  std::string schedule = lr_schedule_kind_name(c.schedule);
  read_value(pairs, "schedule", schedule);
  c.schedule = parse_lr_schedule_kind(schedule);
  read_value(pairs, "label_smoothing", c.label_smoothing);
  read_value(pairs, "clip_norm", c.clip_norm);
  read_value(pairs, "weight_decay", c.weight_decay);
  read_value(pairs, "batch_tokens", c.batch_tokens);
  read_value(pairs, "exponential_smoothing", c.exponential_smoothing);
  read_value(pairs, "update_freq", c.update_freq);
  read_value(pairs, "max_updates", c.max_updates);
  read_value(pairs, "max_epochs", c.max_epochs);
  read_value(pairs, "max_time_s", c.max_time_s);
  read_value(pairs, "valid_every", c.valid_every);
  read_value(pairs, "valid_max_sentences", c.valid_max_sentences);
  read_value(pairs, "valid_metric", c.valid_metric);
  read_value(pairs, "early_stopping", c.early_stopping);
  read_value(pairs, "save_every", c.save_every);
  read_value(pairs, "keep_last", c.keep_last);
  read_value(pairs, "log_every", c.log_every);
  read_value(pairs, "seed", c.seed);
  return c;
}

void TrainConfig::validate() const {
  NMT_CHECK(!train_src.empty() && !train_tgt.empty(), "--train-src and --train-tgt are required");
  NMT_CHECK(!model_path.empty(), "--model is required");
  const std::pair<const char*, const std::string*> files[] = {{"--train-src", &train_src},
                                                              {"--train-tgt", &train_tgt},
                                                              {"--valid-src", &valid_src},
                                                              {"--valid-tgt", &valid_tgt},
                                                              {"--spm", &spm_path}};
  for (const auto& [flag, path] : files)
    NMT_CHECK(*path != "-", flag,
              " -: training reads its files more than once, so none can be standard input");
  NMT_CHECK(valid_src.empty() == valid_tgt.empty(),
            "--valid-src and --valid-tgt go together: give both or neither");
  NMT_CHECK(spm_path.empty() || joint_vocab,
            "--spm gives one model for both sides; it cannot be combined with --separate-vocab");
  NMT_CHECK(vocab_size > 4, "--vocab-size must be more than 4, got ", vocab_size);
  NMT_CHECK(spm_type == "unigram" || spm_type == "bpe", "--spm-type must be unigram or bpe, got ",
            spm_type);
  NMT_CHECK(character_coverage > 0 && character_coverage <= 1,
            "--character-coverage must be in (0, 1], got ", character_coverage);
  NMT_CHECK(lr > 0 && std::isfinite(lr), "--lr must be a positive finite number, got ", lr);
  NMT_CHECK(warmup >= 0, "--warmup must not be negative, got ", warmup);
  NMT_CHECK(label_smoothing >= 0 && label_smoothing < 1,
            "--label-smoothing must be in [0, 1), got ", label_smoothing);
  NMT_CHECK(clip_norm >= 0 && std::isfinite(clip_norm),
            "--clip-norm must be a finite number, not negative, got ", clip_norm);
  NMT_CHECK(weight_decay >= 0 && std::isfinite(weight_decay),
            "--weight-decay must be a finite number, not negative, got ", weight_decay);
  NMT_CHECK(batch_tokens > 0, "--batch-tokens must be positive, got ", batch_tokens);
  NMT_CHECK(update_freq > 0 && update_freq <= 1024, "--update-freq must be in 1..1024, got ",
            update_freq);
  NMT_CHECK(max_tokens > 0, "--max-tokens must be positive");
  NMT_CHECK(max_updates >= 0 && max_epochs >= 0 && max_time_s >= 0,
            "--max-updates, --max-epochs and --max-time must not be negative");
  NMT_CHECK(valid_every > 0 && save_every > 0 && log_every > 0,
            "--valid-every, --save-every and --log-every must be positive");
  NMT_CHECK(valid_metric == "bleu" || valid_metric == "chrf" || valid_metric == "loss",
            "--valid-metric must be bleu, chrf or loss, got ", valid_metric);
  NMT_CHECK(exponential_smoothing == 0 || (exponential_smoothing > 0 && exponential_smoothing < 1),
            "--exponential-smoothing must be in (0, 1) (0 = off), got ", exponential_smoothing);
  NMT_CHECK(keep_last >= 0, "--keep-last must not be negative, got ", keep_last);
  NMT_CHECK(early_stopping >= 0, "--early-stopping must not be negative");
  NMT_CHECK(valid_max_sentences >= 0, "--valid-max-sentences must not be negative, got ",
            valid_max_sentences);
}

std::vector<std::string> config_differences(const std::string& before, const std::string& after) {
  const auto a = parse_pairs(before), b = parse_pairs(after);
  std::vector<std::string> out;
  for (const auto& [key, value] : b) {
    auto it = a.find(key);
    const std::string old = it == a.end() ? "(unset)" : it->second;
    if (old != value) out.push_back(key + ": " + old + " -> " + value);
  }
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
  NMT_CHECK(used > 0 && scale > 0 && value >= 0, "bad duration '", text,
            "' (expected a number of seconds, or a number with s, m or h)");
  return value * scale;
}

}  // namespace nmt
