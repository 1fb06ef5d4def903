// Everything training reads before the first update: the checked corpora, the
// SentencePiece model(s) (trained on a seeded sample, loaded from --spm, or
// taken from a checkpoint on resume), and the encoded training and dev pairs.
// The training pairs come from the corpus cache (corpus_cache.h, MODEL.corpus
// by default) when it matches the corpus, the options and the tokenizers;
// otherwise the text is read, encoded (with progress on stderr) and, when this
// process builds the cache, written to it and mapped back, so training holds
// no text and no second copy of the ids.
// Not here: batching (data/batcher.h), the loop (trainer.h), which rank builds
// the cache (rank_setup.cpp).
#pragma once

#include <ostream>
#include <string>

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

// What this process does with the corpus cache: nothing (encode in memory),
// use it and (re)build it when it does not match, or only use it (another
// rank builds it; a cache that does not match is not replaced: this process
// encodes in memory).
enum class CorpusCacheRole { None, Build, Read };

// The cache file of this configuration: --corpus-cache, MODEL.corpus when that
// is empty, "" when it is "none".
std::string corpus_cache_path(const TrainConfig& config);

// Reads and checks the corpora (errors name file and line) and prepares the
// tokenizers: `existing` (resume) wins, then config.spm_path, else training.
// Progress goes to log.
TrainingData prepare_training_data(const TrainConfig& config, const SubwordModels* existing,
                                   std::ostream& log,
                                   CorpusCacheRole cache = CorpusCacheRole::None);

// The tokenizers from their serialized models as a checkpoint stores them (an
// empty tgt: one joint model for both sides).
SubwordModels pieces_from_serialized(const std::string& src, const std::string& tgt);

}  // namespace nmt
