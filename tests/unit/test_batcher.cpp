// Padding (data/batch.h) and token-budget batching (data/batcher.h): exact
// layout, every pair once per epoch, the budget held, bucketing that cuts
// padding, seeded order, and a saved position that resumes with exactly the
// same batches.
#include <catch2/catch.hpp>

#include <algorithm>
#include <vector>

#include "base/error.h"
#include "base/rng.h"
#include "data/batcher.h"
#include "data/special_ids.h"

using namespace nmt;

namespace {

// Pairs of random lengths (1..max_len) with ids >= 4 that encode the pair number.
// Pair long_pair (if any) gets a target of 300 ids.
EncodedCorpus random_corpus(size_t n, size_t max_len, uint64_t seed,
                            size_t long_pair = static_cast<size_t>(-1)) {
  Rng rng(seed);
  EncodedCorpusBuilder c;
  for (size_t i = 0; i < n; ++i) {
    std::vector<int> s(1 + rng.below(max_len)), t(1 + rng.below(max_len));
    for (int& id : s) id = kNumSpecialIds + static_cast<int>(i % 1000);
    for (int& id : t) id = kNumSpecialIds + static_cast<int>(rng.below(50));
    if (i == long_pair) t.assign(300, 9);
    c.add(s, t, i + 1);
  }
  return c.finish();
}

bool same_batch(const Batch& a, const Batch& b) {
  auto same = [](const TokenBatch& x, const TokenBatch& y) {
    return x.rows == y.rows && x.length == y.length && x.ids == y.ids && x.lengths == y.lengths;
  };
  return a.indices == b.indices && same(a.src, b.src) && same(a.tgt_in, b.tgt_in) &&
         same(a.tgt_out, b.tgt_out);
}

}  // namespace

TEST_CASE("make_batch pads with 0, adds BOS/EOS and counts lengths and tokens") {
  std::vector<std::vector<int>> src = {{10, 11, 12}, {20}};
  std::vector<std::vector<int>> tgt = {{30}, {40, 41, 42, 43}};
  Batch b = make_batch(src, tgt, {1, 0});
  REQUIRE(b.src.rows == 2);
  REQUIRE(b.src.length == 4);     // 3 ids + EOS
  REQUIRE(b.tgt_in.length == 5);  // 4 ids + BOS / EOS
  REQUIRE(b.tgt_out.length == 5);
  REQUIRE(b.src.ids == std::vector<int>{20, kEosId, 0, 0, 10, 11, 12, kEosId});
  REQUIRE(b.tgt_in.ids == std::vector<int>{kBosId, 40, 41, 42, 43, kBosId, 30, 0, 0, 0});
  REQUIRE(b.tgt_out.ids == std::vector<int>{40, 41, 42, 43, kEosId, 30, kEosId, 0, 0, 0});
  REQUIRE(b.src.lengths == std::vector<int>{2, 4});
  REQUIRE(b.tgt_in.lengths == std::vector<int>{5, 2});
  REQUIRE(b.tgt_out.lengths == std::vector<int>{5, 2});
  REQUIRE(b.src.tokens() == 6);
  REQUIRE(b.tgt_out.tokens() == 7);
  REQUIRE(b.indices == std::vector<size_t>{1, 0});

  Batch source_only = make_batch(src, {}, {0, 1}, false);
  REQUIRE(source_only.src.ids == std::vector<int>{10, 11, 12, 20, 0, 0});
  REQUIRE(source_only.tgt_in.rows == 0);
  REQUIRE(source_only.tgt_in.ids.empty());
  REQUIRE(source_only.tgt_out.ids.empty());
  REQUIRE_THROWS_AS(make_batch(src, tgt, {2}), Error);
  REQUIRE_THROWS_AS(make_batch(src, tgt, {}), Error);
}

TEST_CASE("pad_rows puts BOS and EOS only where asked and pads to the longest row") {
  const std::vector<std::vector<int>> rows = {{7, 8}, {}, {9}};
  const TokenBatch plain = pad_rows(all_rows(rows), kNoToken, kNoToken);
  REQUIRE(plain.rows == 3);
  REQUIRE(plain.length == 2);
  REQUIRE(plain.ids == std::vector<int>{7, 8, 0, 0, 9, 0});
  REQUIRE(plain.lengths == std::vector<int>{2, 0, 1});
  const TokenBatch both = pad_rows(all_rows(rows), kBosId, kEosId);
  REQUIRE(both.length == 4);
  REQUIRE(both.ids ==
          std::vector<int>{kBosId, 7, 8, kEosId, kBosId, kEosId, 0, 0, kBosId, 9, kEosId, 0});
  REQUIRE(both.lengths == std::vector<int>{4, 2, 3});
  REQUIRE(both.tokens() == 9);
  const TokenBatch none = pad_rows({}, kNoToken, kEosId);
  REQUIRE(none.rows == 0);
  REQUIRE(none.ids.empty());
  // A target list that does not match the sources is refused.
  REQUIRE_THROWS_AS(make_batch(all_rows(rows), IdRows{rows[0]}), Error);
}

TEST_CASE("an epoch holds every pair once and each batch stays within the budget") {
  EncodedCorpus corpus = random_corpus(3000, 60, 1);
  BatchOptions options;
  options.max_tokens = 500;
  options.pool_batches = 20;
  Batcher batcher(corpus, options);
  std::vector<int> seen(corpus.size(), 0);
  size_t real = 0, padded = 0;
  const size_t batches = batcher.batches_in_epoch();
  for (size_t k = 0; k < batches; ++k) {
    Batch b = batcher.next();
    const size_t B = b.src.rows, S = b.src.length, T = b.tgt_in.length;
    REQUIRE(B * T <= options.max_tokens);
    REQUIRE(B * S <= options.max_tokens);
    REQUIRE(b.src.ids.size() == B * S);
    REQUIRE(b.tgt_out.ids.size() == B * T);
    REQUIRE(b.indices.size() == B);
    for (size_t i : b.indices) ++seen[i];
    real += b.tgt_out.tokens();
    padded += B * T;
  }
  REQUIRE(std::all_of(seen.begin(), seen.end(), [](int n) { return n == 1; }));
  REQUIRE(batcher.epoch() == 0);
  batcher.next();
  REQUIRE(batcher.epoch() == 1);
  // Bucketing by target length keeps target padding small; batches of random
  // lengths 2..61 would nearly double the tokens.
  REQUIRE(static_cast<double>(padded) / real < 1.1);
}

TEST_CASE("a pair longer than the budget gets its own batch and max_sentences caps B") {
  EncodedCorpus corpus = random_corpus(200, 5, 2, 17);
  BatchOptions options;
  options.max_tokens = 100;
  options.max_sentences = 8;
  size_t max_b = 0;
  bool found_long = false;
  for (const Batch& b : make_all_batches(corpus, options)) {
    max_b = std::max<size_t>(max_b, b.src.rows);
    if (std::find(b.indices.begin(), b.indices.end(), 17) != b.indices.end()) {
      REQUIRE(b.src.rows == 1);
      REQUIRE(b.tgt_in.length == 301);
      found_long = true;
    }
  }
  REQUIRE(found_long);
  REQUIRE(max_b == 8);
}

TEST_CASE("batch order is seeded: same seed same batches, new epoch or seed a new order") {
  EncodedCorpus corpus = random_corpus(1000, 30, 3);
  BatchOptions options;
  options.max_tokens = 300;
  options.seed = 42;
  Batcher a(corpus, options), b(corpus, options);
  std::vector<std::vector<size_t>> epoch0, epoch1;
  const size_t n0 = a.batches_in_epoch();
  for (size_t k = 0; k < n0; ++k) {
    Batch x = a.next();
    REQUIRE(same_batch(x, b.next()));
    epoch0.push_back(x.indices);
  }
  epoch1.push_back(a.next().indices);  // starts epoch 1
  REQUIRE(a.epoch() == 1);
  while (epoch1.size() < a.batches_in_epoch()) epoch1.push_back(a.next().indices);
  REQUIRE(epoch0 != epoch1);
  options.seed = 43;
  Batcher c(corpus, options);
  REQUIRE(c.next().indices != epoch0[0]);
}

TEST_CASE("a saved position resumes with exactly the same batches") {
  EncodedCorpus corpus = random_corpus(800, 40, 4);
  BatchOptions options;
  options.max_tokens = 400;
  options.pool_batches = 10;
  options.seed = 9;
  Batcher original(corpus, options);
  const size_t per_epoch = original.batches_in_epoch();
  // Save at several points: start, mid-epoch, exactly at an epoch end, epoch 2.
  for (size_t stop : {size_t{0}, per_epoch / 2, per_epoch, 2 * per_epoch + 3}) {
    Batcher run(corpus, options);
    for (size_t k = 0; k < stop; ++k) run.next();
    const BatchPosition saved = run.position();
    Batcher resumed(corpus, options);
    resumed.restore(saved);
    REQUIRE(resumed.position().epoch == saved.epoch);
    for (int k = 0; k < 2 * static_cast<int>(per_epoch) + 5; ++k) {
      REQUIRE(same_batch(run.next(), resumed.next()));
    }
    REQUIRE(run.position().index == resumed.position().index);
    REQUIRE(run.position().rng_state == resumed.position().rng_state);
  }
}

TEST_CASE("a saved position that does not fit the corpus is refused") {
  EncodedCorpus corpus = random_corpus(100, 10, 5);
  Batcher batcher(corpus, BatchOptions{});
  BatchPosition bad = batcher.position();
  bad.index = batcher.batches_in_epoch() + 1;
  REQUIRE_THROWS_AS(batcher.restore(bad), Error);
  bad = batcher.position();
  bad.rng_state = 0;
  REQUIRE_THROWS_AS(batcher.restore(bad), Error);
  REQUIRE_THROWS_AS(Batcher(EncodedCorpus{}, BatchOptions{}), Error);
  BatchOptions zero;
  zero.max_tokens = 0;
  REQUIRE_THROWS_AS(Batcher(corpus, zero), Error);
}

TEST_CASE("without shuffling, batches come in length order and are the same each epoch") {
  EncodedCorpus corpus = random_corpus(500, 30, 6);
  BatchOptions options;
  options.max_tokens = 200;
  options.shuffle = false;
  std::vector<Batch> all = make_all_batches(corpus, options);
  Batcher batcher(corpus, options);
  REQUIRE(batcher.batches_in_epoch() == all.size());
  int64_t previous_len = 0;
  size_t pairs = 0;
  for (const Batch& b : all) {
    REQUIRE(b.tgt_in.length >= previous_len);
    previous_len = b.tgt_in.length;
    pairs += b.src.rows;
    REQUIRE(same_batch(b, batcher.next()));
  }
  REQUIRE(pairs == corpus.size());
  REQUIRE(same_batch(batcher.next(), all[0]));  // epoch 1 repeats epoch 0
}
