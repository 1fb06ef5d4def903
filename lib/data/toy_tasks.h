// Synthetic translation tasks with a known answer, for checking that a model
// learns (tests, `nmt-bench toy`). "reverse": a source of 3-9 words drawn from
// a dozen words is translated into the reversed sequence written in other words
// (source word w -> target word map(w), a fixed permutation with no fixed
// point), so target word j aligns with source word n-1-j and the model must
// both attend to the right place and translate what it finds there.
//
// Training and held-out data never share a source sentence: every sentence
// belongs to one split by a hash of its words (about one in eight is held out),
// and each generator draws only sentences of its own split.
// Word ids start after the special ids (data/special_ids.h); pairs carry no
// BOS/EOS. Not here: batching into model inputs, scoring (callers do it).
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace nmt {

struct ToyPair {
  std::vector<int32_t> src, tgt;  // without BOS/EOS
};

struct ToyTask {
  int words = 12;  // vocabulary of each side, excluding specials
  int min_length = 3;
  int max_length = 9;

  int64_t vocab() const;                   // special ids + words
  int32_t target_word(int32_t src) const;  // the translation of one source word id
};

enum class ToySplit { Train, Heldout };

// The split a source sentence belongs to (a hash of its ids).
ToySplit toy_split_of(const std::vector<int32_t>& src);

// `count` reverse pairs of one split, lengths uniform in [min, max], words
// uniform, drawn from `seed` (sentences of the other split are redrawn).
std::vector<ToyPair> reverse_pairs(const ToyTask& task, size_t count, uint64_t seed,
                                   ToySplit split = ToySplit::Train);

}  // namespace nmt
