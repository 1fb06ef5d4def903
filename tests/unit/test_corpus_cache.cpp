// The encoded corpus cache (train/corpus_cache.h): written and mapped back
// pair for pair, batched exactly as the in-memory corpus, found stale when the
// text, the options or the tokenizers change, and a truncated, damaged, forged
// or foreign file never crashes the reader.
#include "train/corpus_cache.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "base/error.h"
#include "base/rng.h"
#include "data/batcher.h"
#include "support/temp_dir.h"

using namespace nmt;

namespace {

const char* const kWords[] = {"the", "house", "river", "green", "walked", "under", "bridge",
                              "a",   "old",   "man",   "sings", "songs",  "night", "stone"};

std::vector<std::string> sentences(size_t n, uint64_t seed) {
  Rng rng(seed);
  std::vector<std::string> out;
  for (size_t i = 0; i < n; ++i) {
    std::string s;
    for (size_t w = 0, words = 2 + rng.below(10); w < words; ++w)
      s += (w ? " " : "") + std::string(kWords[rng.below(sizeof kWords / sizeof kWords[0])]);
    out.push_back(s);
  }
  return out;
}

void write_lines(const std::string& path, const std::vector<std::string>& lines) {
  std::ofstream out(path, std::ios::binary);
  for (const std::string& l : lines) out << l << '\n';
}

std::string read_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void write_bytes(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

const SubwordModels& pieces() {
  static const SubwordModels models = [] {
    SubwordOptions options;
    options.vocab_size = 60;
    options.character_coverage = 1.0f;
    auto m = std::make_shared<const SentencePieceModel>(
        SentencePieceModel::train(sentences(500, 1), options));
    return SubwordModels{m, m};
  }();
  return models;
}

// A corpus of 300 pairs on disk, encoded, and its cache key.
struct Fixture {
  TempDir dir;
  std::string src = dir.file("train.en"), tgt = dir.file("train.es"), cache = dir.file("m.corpus");
  EncodedCorpus encoded;
  CorpusCacheKey key;

  Fixture() {
    write_lines(src, sentences(300, 2));
    write_lines(tgt, sentences(300, 3));
    encode();
  }
  void encode() {
    ParallelCorpus text = read_parallel_corpus(src, tgt);
    encoded = encode_parallel(text, *pieces().src, *pieces().tgt);
    key.inputs = corpus_inputs_digest(src, tgt, "max_tokens = 0\n");
    key.spm_training = "unigram 60";
  }
  size_t write() { return write_corpus_cache(cache, key, pieces(), "kept 300 of 300", encoded); }
};

bool same_pairs(const EncodedCorpus& a, const EncodedCorpus& b) {
  if (a.size() != b.size() || a.skipped_too_long != b.skipped_too_long) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (!(a.src(i) == b.src(i).to_vector()) || !(a.tgt(i) == b.tgt(i).to_vector()) ||
        a.line_number(i) != b.line_number(i))
      return false;
  return true;
}

}  // namespace

TEST_CASE("a written cache maps back pair for pair and batches exactly as the corpus in memory") {
  Fixture f;
  const size_t bytes = f.write();
  REQUIRE(bytes == std::filesystem::file_size(f.cache));
  const CacheLookup found = open_corpus_cache(f.cache, f.key, nullptr);
  REQUIRE(found.state == CacheState::Usable);
  REQUIRE(found.cached.corpus.mapped());
  REQUIRE(found.cached.report == "kept 300 of 300");
  REQUIRE(same_pairs(found.cached.corpus, f.encoded));
  REQUIRE(found.cached.pieces.joint());
  REQUIRE(found.cached.pieces.src->serialized() == pieces().src->serialized());
  REQUIRE(corpus_digest(found.cached.corpus) == corpus_digest(f.encoded));

  BatchOptions options;
  options.max_tokens = 200;
  options.pool_batches = 3;
  Batcher in_memory(f.encoded, options), mapped(found.cached.corpus, options);
  REQUIRE(in_memory.batches_in_epoch() == mapped.batches_in_epoch());
  for (size_t k = 0; k < 2 * in_memory.batches_in_epoch(); ++k) {
    const Batch a = in_memory.next(), b = mapped.next();
    REQUIRE(a.indices == b.indices);
    REQUIRE(a.src.ids == b.src.ids);
    REQUIRE(a.tgt_in.ids == b.tgt_in.ids);
    REQUIRE(a.tgt_out.ids == b.tgt_out.ids);
  }
}

TEST_CASE("the cache is stale when the text, the options or the tokenizers change") {
  Fixture f;
  REQUIRE(open_corpus_cache(f.cache, f.key, nullptr).state == CacheState::Missing);
  f.write();
  // Given tokenizers must be the stored ones, byte for byte.
  REQUIRE(open_corpus_cache(f.cache, f.key, &pieces()).state == CacheState::Usable);
  SubwordOptions other_options;
  other_options.vocab_size = 50;
  auto other = std::make_shared<const SentencePieceModel>(
      SentencePieceModel::train(sentences(500, 9), other_options));
  const SubwordModels others{other, other};
  REQUIRE(open_corpus_cache(f.cache, f.key, &others).state == CacheState::Stale);
  // Trained tokenizers are reused only under the same training options.
  CorpusCacheKey retrained = f.key;
  retrained.spm_training = "unigram 61";
  REQUIRE(open_corpus_cache(f.cache, retrained, nullptr).state == CacheState::Stale);
  CorpusCacheKey other_limit = f.key;
  other_limit.inputs = corpus_inputs_digest(f.src, f.tgt, "max_tokens = 5\n");
  REQUIRE(open_corpus_cache(f.cache, other_limit, nullptr).state == CacheState::Stale);
  // One character of the target text.
  std::string text = read_bytes(f.tgt);
  text[3] = text[3] == 'a' ? 'b' : 'a';
  write_bytes(f.tgt, text);
  f.key.inputs = corpus_inputs_digest(f.src, f.tgt, "max_tokens = 0\n");
  const CacheLookup changed = open_corpus_cache(f.cache, f.key, nullptr);
  REQUIRE(changed.state == CacheState::Stale);
  REQUIRE(changed.reason == "tgt changed");
}

TEST_CASE("a truncated or damaged cache is reported for a rebuild, never read") {
  Fixture f;
  f.write();
  const std::string good = read_bytes(f.cache);
  for (size_t size : {size_t{0}, size_t{5}, size_t{8}, size_t{71}, size_t{72}, good.size() / 2,
                      good.size() - 1}) {
    INFO("truncated to " << size);
    write_bytes(f.cache, good.substr(0, size));
    const CacheLookup r = open_corpus_cache(f.cache, f.key, nullptr);
    REQUIRE(r.state == CacheState::Damaged);
  }
  // One flipped byte in the header, in the metadata, in the ids.
  for (size_t at : {size_t{20}, size_t{100}, good.size() - 3}) {
    INFO("byte " << at << " flipped");
    std::string bad = good;
    bad[at] = static_cast<char>(bad[at] ^ 0x40);
    write_bytes(f.cache, bad);
    const CacheState state = open_corpus_cache(f.cache, f.key, nullptr).state;
    REQUIRE((state == CacheState::Damaged || state == CacheState::Stale));
  }
  write_bytes(f.cache, good + "x");
  REQUIRE(open_corpus_cache(f.cache, f.key, nullptr).state == CacheState::Damaged);
}

TEST_CASE("a forged cache with valid checksums but ids outside the vocabulary is refused") {
  Fixture f;
  EncodedCorpusBuilder forged;
  forged.add({5, 6}, {7, 100000}, 1);
  f.encoded = forged.finish();
  f.write();
  const CacheLookup r = open_corpus_cache(f.cache, f.key, nullptr);
  REQUIRE(r.state == CacheState::Damaged);
  REQUIRE(r.reason == "token ids outside the vocabulary");
}

TEST_CASE("a file that is not a corpus cache is an error, not overwritten") {
  Fixture f;
  write_bytes(f.cache, "the house by the river\n");
  try {
    open_corpus_cache(f.cache, f.key, nullptr);
    FAIL("a foreign file was accepted");
  } catch (const Error& e) {
    REQUIRE(std::string(e.what()) == f.cache +
                                         ": not an nmt corpus cache (no NMT-CORP header); remove "
                                         "it or give another --corpus-cache");
  }
  REQUIRE(read_bytes(f.cache) == "the house by the river\n");
  REQUIRE_THROWS_AS(open_corpus_cache(f.dir.path.string(), f.key, nullptr), Error);
}

TEST_CASE("random damage to a cache (bytes, offsets, truncation) is reported, never a crash") {
  Fixture f;
  f.write();
  const std::string good = read_bytes(f.cache);
  Rng rng(7);
  for (int round = 0; round < 200; ++round) {
    std::string bad = good;
    const size_t flips = 1 + rng.below(4);
    for (size_t k = 0; k < flips; ++k)
      bad[rng.below(bad.size())] ^= static_cast<char>(1 + rng.below(255));
    if (round % 4 == 0) bad.resize(rng.below(bad.size()));
    write_bytes(f.cache, bad);
    INFO("round " << round);
    try {
      const CacheLookup r = open_corpus_cache(f.cache, f.key, nullptr);
      REQUIRE(r.state != CacheState::Usable);
      REQUIRE(!r.reason.empty());
    } catch (const Error& e) {  // a flipped magic: not a cache
      REQUIRE(std::string(e.what()).find("not an nmt corpus cache") != std::string::npos);
    }
  }
}
