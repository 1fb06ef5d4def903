// The reverse task of data/toy_tasks.h: what the issue asks of it (reversed
// and mapped to other words, 3-9 words of a dozen) and held-out sentences that
// training never sees.
#include <catch2/catch.hpp>
#include <set>

#include "data/special_ids.h"
#include "data/toy_tasks.h"

using namespace nmt;

TEST_CASE("reverse pairs are the source reversed and mapped to other words", "[toy]") {
  const ToyTask task;
  CHECK(task.vocab() == kNumSpecialIds + 12);
  std::set<int32_t> images;
  for (int32_t w = kNumSpecialIds; w < task.vocab(); ++w) {
    const int32_t m = task.target_word(w);
    CHECK(m != w);  // other words, not a copy
    CHECK(m >= kNumSpecialIds);
    CHECK(m < task.vocab());
    images.insert(m);
  }
  CHECK(images.size() == 12u);  // a permutation: every source word has its own translation

  std::set<size_t> lengths;
  for (const ToyPair& p : reverse_pairs(task, 2000, 3)) {
    REQUIRE(p.src.size() == p.tgt.size());
    lengths.insert(p.src.size());
    for (size_t j = 0; j < p.tgt.size(); ++j)
      REQUIRE(p.tgt[j] == task.target_word(p.src[p.src.size() - 1 - j]));
  }
  CHECK(lengths == std::set<size_t>{3, 4, 5, 6, 7, 8, 9});
}

TEST_CASE("held-out reverse pairs never occur in training data", "[toy]") {
  const ToyTask task;
  const std::vector<ToyPair> heldout = reverse_pairs(task, 500, 99, ToySplit::Heldout);
  std::set<std::vector<int32_t>> heldout_sources;
  for (const ToyPair& p : heldout) {
    REQUIRE(toy_split_of(p.src) == ToySplit::Heldout);
    heldout_sources.insert(p.src);
  }
  CHECK(heldout_sources.size() > 400u);  // mostly distinct sentences
  // 200,000 training pairs contain every short sentence of the training split
  // many times over, and not one held-out sentence.
  size_t short_ones = 0;
  for (const ToyPair& p : reverse_pairs(task, 200000, 7)) {
    REQUIRE(heldout_sources.count(p.src) == 0);
    short_ones += p.src.size() == 3;
  }
  CHECK(short_ones > 20000u);
  // The split is a fixed share of sentences, not an accident of the seeds.
  size_t held = 0;
  for (int32_t a = 0; a < 12; ++a)
    for (int32_t b = 0; b < 12; ++b)
      for (int32_t c = 0; c < 12; ++c)
        held += toy_split_of({kNumSpecialIds + a, kNumSpecialIds + b, kNumSpecialIds + c}) ==
                ToySplit::Heldout;
  CHECK(held > 1728 / 16);
  CHECK(held < 1728 / 4);
}
