// The SentencePiece tokenizer behind a small value-like wrapper: train a model
// from lines in memory (reproducibly: our own seeded sample, SentencePiece's
// shuffling off, one thread), load it from a file or from the serialized bytes
// that the nmt model file embeds, encode text to ids or pieces, decode ids.
// Every model uses the reserved ids of special_ids.h (pad 0, unk 1, bos 2, eos 3).
// Does not add BOS/EOS when encoding: batches do that (batcher.h).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace sentencepiece {
class SentencePieceProcessor;
}

namespace nmt {

enum class SubwordType { Unigram, Bpe };

struct SubwordOptions {
  SubwordType type = SubwordType::Unigram;
  int vocab_size = 8000;               // including the 4 special ids
  float character_coverage = 0.9995f;  // 1.0 for small alphabets, 0.9995 for CJK
  size_t max_sentences = 1000000;      // train on a seeded sample of at most this many lines
  uint64_t seed = 1;                   // of that sample
  // false: vocab_size is an upper bound, so a small corpus still trains (SentencePiece
  // otherwise refuses a vocabulary larger than the text supports).
  bool hard_vocab_limit = false;
  int num_threads = 1;  // SentencePiece's own threads; 1 keeps training bit-reproducible
};

class SentencePieceModel {
 public:
  // Trains on (a sample of) lines. Throws nmt::Error with SentencePiece's message
  // when training fails (e.g. no text, vocab_size below the alphabet).
  static SentencePieceModel train(const std::vector<std::string>& lines,
                                  const SubwordOptions& options);
  static SentencePieceModel from_file(const std::string& path);
  static SentencePieceModel from_serialized(const std::string& bytes);

  SentencePieceModel(SentencePieceModel&&) noexcept;
  SentencePieceModel& operator=(SentencePieceModel&&) noexcept;
  ~SentencePieceModel();

  // The model proto bytes: what a .model file holds and what nmt embeds.
  const std::string& serialized() const { return serialized_; }
  int vocab_size() const;

  std::vector<int> encode(std::string_view text) const;
  std::vector<std::string> encode_pieces(std::string_view text) const;
  // Special ids (pad, bos, eos) are dropped; unk decodes to " ⁇ ". Throws on
  // an id outside [0, vocab_size).
  std::string decode(const std::vector<int>& ids) const;

  std::string id_to_piece(int id) const;
  // kUnkId for a piece not in the vocabulary.
  int piece_to_id(std::string_view piece) const;

 private:
  SentencePieceModel(std::unique_ptr<sentencepiece::SentencePieceProcessor> processor,
                     std::string serialized);

  std::unique_ptr<sentencepiece::SentencePieceProcessor> processor_;
  std::string serialized_;
};

// The seeded sample train() uses: all lines in order if there are at most
// max_lines, otherwise max_lines of them chosen uniformly, in corpus order.
std::vector<std::string> sample_lines(const std::vector<std::string>& lines, size_t max_lines,
                                      uint64_t seed);

// Source and target tokenizers. Joint: one model trained on both sides (src and
// tgt point to it), sharing one vocabulary; separate: one model per side.
struct SubwordModels {
  std::shared_ptr<const SentencePieceModel> src, tgt;
  bool joint() const { return src == tgt; }
};
SubwordModels train_subword_models(const std::vector<std::string>& src_lines,
                                   const std::vector<std::string>& tgt_lines,
                                   const SubwordOptions& options, bool joint);

}  // namespace nmt
