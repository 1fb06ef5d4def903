// Everything training reads before the first update: the checked corpora, the
// SentencePiece model(s) (trained on a seeded sample, loaded from --spm, or
// taken from a checkpoint on resume), and the encoded training and dev pairs.
// Not here: batching (data/batcher.h), the loop (trainer.h).
#pragma once

#include <ostream>

#include "data/corpus_reader.h"
#include "data/encoded_corpus.h"
#include "data/sentencepiece_model.h"
#include "train/train_config.h"

namespace nmt {

struct TrainingData {
  SubwordModels pieces;
  EncodedCorpus train;
  ParallelCorpus valid_text;  // empty without validation
  EncodedCorpus valid;
};

// Reads and checks the corpora (errors name file and line) and prepares the
// tokenizers: `existing` (resume) wins, then config.spm_path, else training.
// Progress goes to log.
TrainingData prepare_training_data(const TrainConfig& config, const SubwordModels* existing,
                                   std::ostream& log);

}  // namespace nmt
