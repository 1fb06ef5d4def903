#include "train/training_data.h"

#include <chrono>

#include "base/error.h"

namespace nmt {
namespace {

SubwordModels make_pieces(const TrainConfig& config, const ParallelCorpus& corpus,
                          const SubwordModels* existing, std::ostream& log) {
  if (existing) return *existing;
  if (!config.spm_path.empty()) {
    auto model = std::make_shared<const SentencePieceModel>(SentencePieceModel::from_file(config.spm_path));
    log << "[data] SentencePiece model " << config.spm_path << ": " << model->vocab_size()
        << " pieces\n";
    return {model, model};
  }
  SubwordOptions options;
  options.type = config.spm_type;
  options.vocab_size = config.vocab_size;
  options.character_coverage = config.character_coverage;
  options.max_sentences = config.spm_sample;
  options.seed = config.seed;
  const auto start = std::chrono::steady_clock::now();
  log << "[data] training a " << (config.joint_vocab ? "joint" : "separate") << " "
      << (config.spm_type == SubwordType::Bpe ? "bpe" : "unigram") << " SentencePiece model (vocabulary up to " << config.vocab_size
      << ", sample of at most " << config.spm_sample << " lines per side)\n";
  SubwordModels pieces = train_subword_models(corpus.src, corpus.tgt, options, config.joint_vocab);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  log << "[data] SentencePiece: " << pieces.src->vocab_size() << " source / "
      << pieces.tgt->vocab_size() << " target pieces in " << static_cast<int>(seconds) << " s\n";
  return pieces;
}

}  // namespace

TrainingData prepare_training_data(const TrainConfig& config, const SubwordModels* existing,
                                   std::ostream& log) {
  CorpusOptions read_options;
  read_options.max_line_bytes = config.max_line_bytes;
  read_options.strict = config.strict_data;
  ParallelCorpus train = read_parallel_corpus(config.train_src, config.train_tgt, read_options);
  log << "[data] " << config.train_src << " / " << config.train_tgt << ": "
      << train.report.summary(config.max_line_bytes) << "\n";

  TrainingData data;
  // The dev set is read before SentencePiece trains, so its problems (a line
  // count that differs) are reported at once, not minutes later.
  if (config.has_validation()) {
    CorpusOptions valid_options;  // keep every dev pair we can: no length limit
    data.valid_text = read_parallel_corpus(config.valid_src, config.valid_tgt, valid_options);
    if (config.valid_max_sentences > 0 &&
        data.valid_text.size() > static_cast<size_t>(config.valid_max_sentences)) {
      const size_t n = static_cast<size_t>(config.valid_max_sentences);
      data.valid_text.src.resize(n);
      data.valid_text.tgt.resize(n);
      data.valid_text.line_numbers.resize(n);
    }
  }
  data.pieces = make_pieces(config, train, existing, log);
  EncodeOptions encode_options;
  encode_options.max_tokens = config.max_tokens;
  encode_options.strict = config.strict_data;
  data.train = encode_parallel(train, *data.pieces.src, *data.pieces.tgt, encode_options);
  if (data.train.skipped_too_long > 0)
    log << "[data] skipped " << data.train.skipped_too_long << " training pairs over "
        << config.max_tokens << " tokens\n";
  if (config.has_validation()) {
    data.valid = encode_parallel(data.valid_text, *data.pieces.src, *data.pieces.tgt, {});
    log << "[data] dev: " << data.valid_text.size() << " pairs\n";
  }
  return data;
}

}  // namespace nmt
