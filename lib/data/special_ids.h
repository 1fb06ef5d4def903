// The four reserved ids every nmt vocabulary shares. SentencePiece models are
// trained with exactly these ids (sentencepiece_model.cpp sets pad_id, unk_id,
// bos_id and eos_id), so models, batches and search can rely on them without
// asking the tokenizer. Ids 4 and up are ordinary pieces.
#pragma once

namespace nmt {

constexpr int kPadId = 0;  // padding in batches; never predicted, masked out of the loss
constexpr int kUnkId = 1;  // any character the tokenizer does not know
constexpr int kBosId = 2;  // first target input of the decoder
constexpr int kEosId = 3;  // ends every source and every target sequence
constexpr int kNumSpecialIds = 4;

}  // namespace nmt
