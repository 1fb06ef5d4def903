#include "data/sentencepiece_model.h"

#include <sentencepiece_processor.h>
#include <sentencepiece_trainer.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <unordered_map>

#include "base/error.h"
#include "base/rng.h"
#include "data/special_ids.h"
#include "data/text_lines.h"

namespace nmt {
namespace {

// Feeds lines from memory to the trainer, so training needs no temporary files.
class LineIterator : public sentencepiece::SentenceIterator {
 public:
  explicit LineIterator(const std::vector<std::string>& lines) : lines_(lines) {}
  bool done() const override { return index_ >= lines_.size(); }
  void Next() override { ++index_; }
  const std::string& value() const override { return lines_[index_]; }
  sentencepiece::util::Status status() const override { return {}; }

 private:
  const std::vector<std::string>& lines_;
  size_t index_ = 0;
};

std::unordered_map<std::string, std::string> trainer_args(const SubwordOptions& options) {
  return {
      {"model_type", options.type == SubwordType::Bpe ? "bpe" : "unigram"},
      {"vocab_size", std::to_string(options.vocab_size)},
      {"character_coverage", std::to_string(options.character_coverage)},
      {"hard_vocab_limit", options.hard_vocab_limit ? "true" : "false"},
      {"num_threads", std::to_string(std::max(1, options.num_threads))},
      {"pad_id", std::to_string(kPadId)},
      {"unk_id", std::to_string(kUnkId)},
      {"bos_id", std::to_string(kBosId)},
      {"eos_id", std::to_string(kEosId)},
      // We sample ourselves (seeded); SentencePiece must take every line it is
      // given, in order, or two runs could differ.
      {"input_sentence_size", "0"},
      {"shuffle_input_sentence", "false"},
      {"minloglevel", "2"},  // its INFO/WARNING lines would flood stderr
  };
}

// SentencePiece's message without its internals: the source position and the
// failed condition (`./src/trainer_interface.cc(580) [a <= b] `), and with
// its option names spelled as nmt's flags.
std::string user_message(const std::string& message) {
  std::string text = message;
  const size_t paren = text.find(") ");
  if (paren != std::string::npos && text.find(".cc(") < paren) {
    text = text.substr(paren + 2);
    if (!text.empty() && text[0] == '[') {  // the condition, brackets nested
      int depth = 0;
      size_t i = 0;
      for (; i < text.size(); ++i) {
        depth += text[i] == '[' ? 1 : text[i] == ']' ? -1 : 0;
        if (depth == 0) break;
      }
      text = i + 1 < text.size() ? text.substr(i + 1) : "";
      text.erase(0, text.find_first_not_of(' '));
    }
  }
  const std::pair<std::string, std::string> renames[] = {
      {" with --character_coverage option", ""},
      {"required_chars", "the characters the text needs"},
      {"vocab_size", "--vocab-size"},
      {"character_coverage", "--character-coverage"}};
  for (const auto& [from, to] : renames)
    for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
      text.replace(at, from.size(), to);
  return text;
}

// Why a model did not load, for the user: a file that is not a model leaves
// nothing once the internals are gone.
std::string load_failure(const sentencepiece::util::Status& status) {
  const std::string reason = user_message(status.message());
  return "cannot load SentencePiece model: " +
         (reason.empty() ? "not a SentencePiece model" : reason);
}

}  // namespace

std::vector<std::string> sample_lines(const std::vector<std::string>& lines, size_t max_lines,
                                      uint64_t seed) {
  if (lines.size() <= max_lines) return lines;
  // Partial Fisher-Yates over indices: the first max_lines are a uniform sample.
  std::vector<size_t> index(lines.size());
  for (size_t i = 0; i < index.size(); ++i) index[i] = i;
  Rng rng(seed);
  for (size_t i = 0; i < max_lines; ++i) {
    std::swap(index[i], index[i + rng.below(index.size() - i)]);
  }
  index.resize(max_lines);
  std::sort(index.begin(), index.end());
  std::vector<std::string> sample;
  sample.reserve(max_lines);
  for (size_t i : index) sample.push_back(lines[i]);
  return sample;
}

SentencePieceModel::SentencePieceModel(
    std::unique_ptr<sentencepiece::SentencePieceProcessor> processor, std::string serialized)
    : processor_(std::move(processor)), serialized_(std::move(serialized)) {}
SentencePieceModel::SentencePieceModel(SentencePieceModel&&) noexcept = default;
SentencePieceModel& SentencePieceModel::operator=(SentencePieceModel&&) noexcept = default;
SentencePieceModel::~SentencePieceModel() = default;

SentencePieceModel SentencePieceModel::train(const std::vector<std::string>& lines,
                                             const SubwordOptions& options) {
  NMT_CHECK(options.vocab_size > kNumSpecialIds, "SentencePiece: vocab size ", options.vocab_size,
            " must be larger than the ", kNumSpecialIds, " special ids");
  NMT_CHECK(options.max_sentences > 0, "SentencePiece: max sentences must be positive");
  std::vector<std::string> sample = sample_lines(lines, options.max_sentences, options.seed);
  // Callers normally pass checked corpora; checking again is cheap and names
  // the bad line instead of leaving it to SentencePiece's internals.
  for (size_t i = 0; i < sample.size(); ++i) {
    LineCheck check = check_line(sample[i]);
    NMT_CHECK(check.problem != LineProblem::InvalidUtf8 && check.problem != LineProblem::NulByte,
              "SentencePiece training text, sampled line ", i + 1, ": ", describe_problem(check));
  }
  LineIterator iterator(sample);
  std::string bytes;
  auto status =
      sentencepiece::SentencePieceTrainer::Train(trainer_args(options), &iterator, &bytes);
  NMT_CHECK(status.ok(), "SentencePiece training failed: ", user_message(status.message()));
  return from_serialized(bytes);
}

SentencePieceModel SentencePieceModel::from_file(const std::string& path) {
  // Read here rather than by SentencePiece: its own messages are "Error #2"
  // for a missing file and a bare C++ library exception for a directory.
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec))
    throw Error(path + ": is a directory, not a SentencePiece model");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(path + ": cannot open: " + std::strerror(errno));
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) throw Error(path + ": cannot read: " + std::strerror(errno));
  try {
    return from_serialized(bytes);
  } catch (const Error& e) {
    throw Error(path + ": " + e.what());
  }
}

SentencePieceModel SentencePieceModel::from_serialized(const std::string& bytes) {
  auto processor = std::make_unique<sentencepiece::SentencePieceProcessor>();
  auto status = processor->LoadFromSerializedProto(bytes);
  if (!status.ok()) throw Error(load_failure(status));
  NMT_CHECK(processor->pad_id() == kPadId && processor->unk_id() == kUnkId &&
                processor->bos_id() == kBosId && processor->eos_id() == kEosId,
            "SentencePiece model has special ids pad=", processor->pad_id(),
            " unk=", processor->unk_id(), " bos=", processor->bos_id(),
            " eos=", processor->eos_id(), "; nmt needs pad=0 unk=1 bos=2 eos=3");
  return SentencePieceModel(std::move(processor), bytes);
}

int SentencePieceModel::vocab_size() const {
  return processor_->GetPieceSize();
}

std::vector<int> SentencePieceModel::encode(std::string_view text) const {
  std::vector<int> ids;
  auto status = processor_->Encode(text, &ids);
  NMT_CHECK(status.ok(), "SentencePiece encode failed: ", status.message());
  return ids;
}

std::vector<std::string> SentencePieceModel::encode_pieces(std::string_view text) const {
  std::vector<std::string> pieces;
  auto status = processor_->Encode(text, &pieces);
  NMT_CHECK(status.ok(), "SentencePiece encode failed: ", status.message());
  return pieces;
}

std::string SentencePieceModel::decode(const std::vector<int>& ids) const {
  const int size = vocab_size();
  for (int id : ids) NMT_CHECK(id >= 0 && id < size, "decode: id ", id, " outside [0, ", size, ")");
  std::string text;
  auto status = processor_->Decode(ids, &text);
  NMT_CHECK(status.ok(), "SentencePiece decode failed: ", status.message());
  return text;
}

std::string SentencePieceModel::id_to_piece(int id) const {
  NMT_CHECK(id >= 0 && id < vocab_size(), "id ", id, " outside [0, ", vocab_size(), ")");
  return processor_->IdToPiece(id);
}

int SentencePieceModel::piece_to_id(std::string_view piece) const {
  return processor_->PieceToId(piece);
}

SubwordModels train_subword_models(const std::vector<std::string>& src_lines,
                                   const std::vector<std::string>& tgt_lines,
                                   const SubwordOptions& options, bool joint) {
  SubwordModels models;
  if (joint) {
    std::vector<std::string> both(src_lines);
    both.insert(both.end(), tgt_lines.begin(), tgt_lines.end());
    models.src = std::make_shared<SentencePieceModel>(SentencePieceModel::train(both, options));
    models.tgt = models.src;
  } else {
    models.src =
        std::make_shared<SentencePieceModel>(SentencePieceModel::train(src_lines, options));
    models.tgt =
        std::make_shared<SentencePieceModel>(SentencePieceModel::train(tgt_lines, options));
  }
  return models;
}

}  // namespace nmt
