#include "train/training_data.h"

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <functional>
#include <memory>

#include "base/error.h"
#include "io/atomic_file.h"
#include "io/model_file.h"
#include "train/corpus_cache.h"
#include "train/progress.h"

namespace nmt {
namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

std::string megabytes(size_t bytes) {
  if (bytes < (1 << 20)) return std::to_string((bytes + 512) >> 10) + " kB";
  return std::to_string((bytes + (1 << 19)) >> 20) + " MB";
}

bool is_nmt_model_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  char magic[sizeof(kModelMagic) - 1] = {};
  in.read(magic, sizeof magic);
  return in && std::memcmp(magic, kModelMagic, sizeof magic) == 0;
}

// --spm names a SentencePiece .model, or an nmt model whose joint vocabulary
// the new run shares (so that the two can be ensembled).
SubwordModels load_spm(const TrainConfig& config, std::ostream& log) {
  std::shared_ptr<const SentencePieceModel> model;
  if (is_nmt_model_file(config.spm_path)) {
    const ModelFile file = load_model_file(config.spm_path);
    NMT_CHECK(
        file.spm_target.empty(), config.spm_path,
        ": has one SentencePiece model per side; --spm needs a model with a joint vocabulary");
    model = std::make_shared<const SentencePieceModel>(
        SentencePieceModel::from_serialized(file.spm_source));
    log << "[data] SentencePiece model of " << config.spm_path << ": ";
  } else {
    model =
        std::make_shared<const SentencePieceModel>(SentencePieceModel::from_file(config.spm_path));
    log << "[data] SentencePiece model " << config.spm_path << ": ";
  }
  log << model->vocab_size() << " pieces\n";
  return {model, model};
}

SubwordOptions subword_options(const TrainConfig& config) {
  SubwordOptions options;
  options.type = config.spm_type;
  options.vocab_size = config.vocab_size;
  options.character_coverage = config.character_coverage;
  options.max_sentences = config.spm_sample;
  options.seed = config.seed;
  return options;
}

// Everything SentencePiece training depends on besides the corpus text.
std::string spm_training_text(const TrainConfig& config) {
  const SubwordOptions o = subword_options(config);
  char coverage[40];
  std::snprintf(coverage, sizeof coverage, "%a", static_cast<double>(o.character_coverage));
  return std::string(o.type == SubwordType::Bpe ? "bpe" : "unigram") + ", vocabulary " +
         std::to_string(o.vocab_size) + (config.joint_vocab ? ", joint" : ", separate") +
         ", coverage " + coverage + ", sample " + std::to_string(o.max_sentences) + ", seed " +
         std::to_string(o.seed) + ", threads " + std::to_string(o.num_threads);
}

SubwordModels train_pieces(const TrainConfig& config, const ParallelCorpus& corpus,
                           std::ostream& log) {
  const auto start = Clock::now();
  log << "[data] training a " << (config.joint_vocab ? "joint" : "separate") << " "
      << (config.spm_type == SubwordType::Bpe ? "bpe" : "unigram")
      << " SentencePiece model (vocabulary up to " << config.vocab_size << ", sample of at most "
      << config.spm_sample << " lines per side)\n";
  SubwordModels pieces =
      train_subword_models(corpus.src, corpus.tgt, subword_options(config), config.joint_vocab);
  log << "[data] SentencePiece: " << pieces.src->vocab_size() << " source / "
      << pieces.tgt->vocab_size() << " target pieces in " << static_cast<int>(seconds_since(start))
      << " s\n";
  return pieces;
}

// A bar redrawn in place on a terminal; elsewhere (a log file, a pipe) a line
// every 10 s, like training's progress lines.
std::function<void(size_t, size_t)> encode_progress(std::ostream& log) {
  const bool terminal = ::isatty(STDERR_FILENO) == 1;
  const auto start = Clock::now();
  auto last = std::make_shared<Clock::time_point>(start);
  return [&log, terminal, start, last](size_t done, size_t total) {
    const bool end = done >= total;
    if (!terminal && (end || Clock::now() - *last < std::chrono::seconds(10))) return;
    *last = Clock::now();
    const double seconds = seconds_since(start);
    const int percent = total ? static_cast<int>(100.0 * done / total) : 100;
    std::string bar;
    if (terminal)
      bar = " [" + std::string(percent / 4, '#') + std::string(25 - percent / 4, '.') + "]";
    log << (terminal ? "\r" : "") << "[data] encoding" << bar << " " << percent << "% "
        << format_count(static_cast<double>(done)) << " of "
        << format_count(static_cast<double>(total)) << " pairs, "
        << format_count(seconds > 0 ? done / seconds : 0) << " pairs/s"
        << (terminal && !end ? "" : "\n") << std::flush;
  };
}

ParallelCorpus read_valid(const TrainConfig& config) {
  CorpusOptions valid_options;  // keep every dev pair we can: no length limit
  ParallelCorpus valid = read_parallel_corpus(config.valid_src, config.valid_tgt, valid_options);
  if (config.valid_max_sentences > 0 &&
      valid.size() > static_cast<size_t>(config.valid_max_sentences)) {
    const size_t n = static_cast<size_t>(config.valid_max_sentences);
    valid.src.resize(n);
    valid.tgt.resize(n);
    valid.line_numbers.resize(n);
  }
  return valid;
}

void log_skipped(const TrainConfig& config, const EncodedCorpus& corpus, std::ostream& log) {
  if (corpus.skipped_too_long > 0)
    log << "[data] skipped " << corpus.skipped_too_long << " training pairs over "
        << config.max_tokens << " tokens\n";
}

// The corpus cache of one start: its path and key, and what this process may do.
struct CacheUse {
  std::string path;
  CorpusCacheKey key;
  CorpusCacheRole role = CorpusCacheRole::None;
  std::string note;  // why the cache is not used, for the log
  bool on() const { return role != CorpusCacheRole::None; }
};

// True when data.train and data.pieces now come from a usable cache.
bool take_cache(const TrainConfig& config, const SubwordModels* given, CacheUse& cache,
                TrainingData& data, std::ostream& log) {
  const auto start = Clock::now();
  try {
    cache.key.inputs =
        corpus_inputs_digest(config.train_src, config.train_tgt,
                             "max_line_bytes = " + std::to_string(config.max_line_bytes) +
                                 "\nmax_tokens = " + std::to_string(config.max_tokens) +
                                 "\nstrict = " + (config.strict_data ? "true" : "false") + "\n");
  } catch (const Error&) {
    cache.role = CorpusCacheRole::None;  // the reader reports the file's problem
    return false;
  }
  cache.key.spm_training = given ? "" : spm_training_text(config);
  CacheLookup found = open_corpus_cache(cache.path, cache.key, given);
  if (found.state != CacheState::Usable) {
    // Logged once the text has been read: a bad corpus is one error line.
    cache.note = "[data] corpus cache " + cache.path + ": " +
                 (found.state == CacheState::Missing ? "not built yet" : found.reason) + "; " +
                 (cache.role == CorpusCacheRole::Build ? "encoding the corpus into it"
                                                       : "encoding in memory");
    return false;
  }
  data.train = found.cached.corpus;
  data.pieces = found.cached.pieces;
  log << "[data] " << config.train_src << " / " << config.train_tgt << ": " << found.cached.report
      << "\n";
  log << "[data] corpus cache " << cache.path << ": reused, " << data.train.size() << " pairs ("
      << megabytes(found.cached.file_bytes) << ", checked in "
      << static_cast<int>(seconds_since(start) * 10) / 10.0 << " s)\n";
  log_skipped(config, data.train, log);
  return true;
}

// Writes the cache and maps it back in place of the in-memory ids. A cache
// that cannot be written is not fatal: training goes on from memory.
void write_cache(CacheUse& cache, const std::string& report, TrainingData& data,
                 std::ostream& log) {
  const auto start = Clock::now();
  try {
    remove_stale_temp_files(cache.path);
    const size_t bytes = write_corpus_cache(cache.path, cache.key, data.pieces, report, data.train);
    CacheLookup back = open_corpus_cache(cache.path, cache.key, &data.pieces);
    if (back.state != CacheState::Usable) {
      log << "[data] corpus cache " << cache.path << " was replaced by another process ("
          << back.reason << "); training from memory\n";
      return;
    }
    data.train = back.cached.corpus;
    log << "[data] corpus cache " << cache.path << ": written (" << megabytes(bytes) << ") in "
        << static_cast<int>(seconds_since(start) * 10) / 10.0 << " s\n";
  } catch (const Error& e) {
    log << "[data] warning: corpus cache not written (" << e.what() << "); training from memory\n";
  }
}

// Reads the text (and the dev set before SentencePiece trains, so its
// problems are reported at once, not minutes later), trains or takes the
// tokenizers, encodes every pair.
void encode_text(const TrainConfig& config, const SubwordModels* given, CacheUse& cache,
                 TrainingData& data, std::ostream& log) {
  CorpusOptions read_options;
  read_options.max_line_bytes = config.max_line_bytes;
  read_options.strict = config.strict_data;
  const ParallelCorpus train =
      read_parallel_corpus(config.train_src, config.train_tgt, read_options);
  const std::string report = train.report.summary(config.max_line_bytes);
  log << "[data] " << config.train_src << " / " << config.train_tgt << ": " << report << "\n";
  if (config.has_validation()) data.valid_text = read_valid(config);
  if (!cache.note.empty()) log << cache.note << "\n";
  data.pieces = given ? *given : train_pieces(config, train, log);
  EncodeOptions encode_options;
  encode_options.max_tokens = config.max_tokens;
  encode_options.strict = config.strict_data;
  encode_options.progress = encode_progress(log);
  const auto start = Clock::now();
  data.train = encode_parallel(train, *data.pieces.src, *data.pieces.tgt, encode_options);
  const double seconds = seconds_since(start);
  log << "[data] encoded " << train.size() << " pairs in " << static_cast<int>(seconds * 10) / 10.0
      << " s (" << format_count(seconds > 0 ? train.size() / seconds : 0) << " pairs/s)\n";
  log_skipped(config, data.train, log);
  if (cache.role == CorpusCacheRole::Build) write_cache(cache, report, data, log);
}

}  // namespace

std::string corpus_cache_path(const TrainConfig& config) {
  if (config.corpus_cache == "none") return "";
  return config.corpus_cache.empty() ? config.model_path + ".corpus" : config.corpus_cache;
}

TrainingData prepare_training_data(const TrainConfig& config, const SubwordModels* existing,
                                   std::ostream& log, CorpusCacheRole role) {
  TrainingData data;
  SubwordModels from_file;
  const SubwordModels* given = existing;
  if (!given && !config.spm_path.empty()) {
    from_file = load_spm(config, log);
    given = &from_file;
  }
  CacheUse cache;
  cache.path = corpus_cache_path(config);
  cache.role = cache.path.empty() ? CorpusCacheRole::None : role;
  if (!cache.on() || !take_cache(config, given, cache, data, log))
    encode_text(config, given, cache, data, log);
  else if (config.has_validation())
    data.valid_text = read_valid(config);
  if (config.has_validation()) {
    data.valid = encode_parallel(data.valid_text, *data.pieces.src, *data.pieces.tgt, {});
    log << "[data] dev: " << data.valid_text.size() << " pairs\n";
  }
  return data;
}

SubwordModels pieces_from_serialized(const std::string& src, const std::string& tgt) {
  SubwordModels pieces;
  pieces.src = std::make_shared<const SentencePieceModel>(SentencePieceModel::from_serialized(src));
  pieces.tgt =
      tgt.empty()
          ? pieces.src
          : std::make_shared<const SentencePieceModel>(SentencePieceModel::from_serialized(tgt));
  return pieces;
}

}  // namespace nmt
