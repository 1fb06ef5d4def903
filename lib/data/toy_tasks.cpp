#include "data/toy_tasks.h"

#include "base/error.h"
#include "base/rng.h"
#include "data/special_ids.h"

namespace nmt {

int64_t ToyTask::vocab() const {
  return kNumSpecialIds + words;
}

// w -> 5w + 7 (mod words): a permutation when words is prime to 5, and with no
// fixed point for a dozen words (4w + 7 is odd, never a multiple of 12).
int32_t ToyTask::target_word(int32_t src) const {
  const int32_t w = src - kNumSpecialIds;
  return kNumSpecialIds + (5 * w + 7) % words;
}

ToySplit toy_split_of(const std::vector<int32_t>& src) {
  uint64_t h = 0xCBF29CE484222325ull;  // FNV-1a over the ids, then a final mix
  for (int32_t id : src) h = (h ^ static_cast<uint32_t>(id)) * 0x100000001B3ull;
  h ^= h >> 29;
  return h % 8 == 0 ? ToySplit::Heldout : ToySplit::Train;
}

std::vector<ToyPair> reverse_pairs(const ToyTask& task, size_t count, uint64_t seed,
                                   ToySplit split) {
  NMT_CHECK(task.words > 1 && task.words % 5 != 0 && task.min_length >= 1 &&
                task.min_length <= task.max_length,
            "toy task: bad sizes (", task.words, " words, lengths ", task.min_length, "-",
            task.max_length, ")");
  Rng rng(seed);
  std::vector<ToyPair> pairs(count);
  for (ToyPair& p : pairs) {
    do {
      const int length =
          task.min_length + static_cast<int>(rng.below(task.max_length - task.min_length + 1));
      p.src.clear();
      for (int i = 0; i < length; ++i)
        p.src.push_back(kNumSpecialIds + static_cast<int32_t>(rng.below(task.words)));
    } while (toy_split_of(p.src) != split);
    p.tgt.assign(p.src.rbegin(), p.src.rend());
    for (int32_t& w : p.tgt) w = task.target_word(w);
  }
  return pairs;
}

}  // namespace nmt
