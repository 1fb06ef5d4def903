// The SentencePiece wrapper (data/sentencepiece_model.h) and corpus encoding
// (data/encoded_corpus.h): reproducible training, fixed special ids, loading
// from bytes and files, round trips, unknown characters, token limits, speed.
#include <unistd.h>
#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "base/error.h"
#include "base/rng.h"
#include "data/corpus_reader.h"
#include "data/encoded_corpus.h"
#include "data/sentencepiece_model.h"
#include "data/special_ids.h"

namespace fs = std::filesystem;
using namespace nmt;

namespace {

const char* const kWords[] = {"the",    "house", "river", "green", "walked", "quickly", "under",
                              "bridge", "a",     "old",   "man",   "sings",  "songs",   "of",
                              "night",  "and",   "day",   "light", "stone",  "water",   "over"};

// Seeded synthetic sentences: enough structure for subwords, no files needed.
std::vector<std::string> make_sentences(size_t n, uint64_t seed) {
  Rng rng(seed);
  std::vector<std::string> out;
  for (size_t i = 0; i < n; ++i) {
    std::string s;
    const size_t words = 3 + rng.below(12);
    for (size_t w = 0; w < words; ++w) {
      if (w) s += ' ';
      s += kWords[rng.below(sizeof kWords / sizeof kWords[0])];
    }
    out.push_back(s);
  }
  return out;
}

SubwordOptions small_options(uint64_t seed = 1) {
  SubwordOptions options;
  options.vocab_size = 120;
  options.character_coverage = 1.0f;
  options.max_sentences = 400;
  options.seed = seed;
  return options;
}

const SentencePieceModel& shared_model() {
  static const SentencePieceModel model =
      SentencePieceModel::train(make_sentences(1000, 3), small_options());
  return model;
}

std::string temp_path(const std::string& name) {
  return (fs::temp_directory_path() / ("nmt_test_spm_" + std::to_string(::getpid()) + name))
      .string();
}

}  // namespace

TEST_CASE("training twice with the same seed gives byte-identical models") {
  const auto lines = make_sentences(1000, 11);
  for (SubwordType type : {SubwordType::Unigram, SubwordType::Bpe}) {
    SubwordOptions options = small_options(5);
    options.type = type;
    const std::string a = SentencePieceModel::train(lines, options).serialized();
    const std::string b = SentencePieceModel::train(lines, options).serialized();
    REQUIRE(!a.empty());
    REQUIRE(a == b);
  }
}

TEST_CASE("a different seed samples different lines and trains a different model") {
  const auto lines = make_sentences(1000, 11);
  REQUIRE(sample_lines(lines, 400, 5) == sample_lines(lines, 400, 5));
  REQUIRE(sample_lines(lines, 400, 5) != sample_lines(lines, 400, 6));
  REQUIRE(sample_lines(lines, 400, 5).size() == 400);
  REQUIRE(sample_lines(lines, 5000, 5) == lines);  // fewer lines than the cap: all, in order
  const std::string a = SentencePieceModel::train(lines, small_options(5)).serialized();
  const std::string b = SentencePieceModel::train(lines, small_options(6)).serialized();
  REQUIRE(a != b);
}

TEST_CASE("special ids are fixed: pad 0, unk 1, bos 2, eos 3") {
  const SentencePieceModel& model = shared_model();
  REQUIRE(model.id_to_piece(kPadId) == "<pad>");
  REQUIRE(model.id_to_piece(kUnkId) == "<unk>");
  REQUIRE(model.id_to_piece(kBosId) == "<s>");
  REQUIRE(model.id_to_piece(kEosId) == "</s>");
  REQUIRE(model.vocab_size() > kNumSpecialIds);
  REQUIRE(model.vocab_size() <= 120);
  REQUIRE(model.piece_to_id("no-such-piece-xyz") == kUnkId);
}

TEST_CASE("encode and decode round-trip normal text and ids match pieces") {
  const SentencePieceModel& model = shared_model();
  for (const std::string& text : {std::string("the old man walked over the bridge"),
                                  std::string("water and light"), std::string("riverstone")}) {
    std::vector<int> ids = model.encode(text);
    std::vector<std::string> pieces = model.encode_pieces(text);
    REQUIRE(ids.size() == pieces.size());
    for (size_t i = 0; i < ids.size(); ++i) {
      REQUIRE(ids[i] >= kNumSpecialIds);
      REQUIRE(model.id_to_piece(ids[i]) == pieces[i]);
    }
    REQUIRE(model.decode(ids) == text);
  }
  // Special ids decode to nothing, so BOS/EOS around a hypothesis are harmless.
  std::vector<int> ids = model.encode("green day");
  ids.insert(ids.begin(), kBosId);
  ids.push_back(kEosId);
  REQUIRE(model.decode(ids) == "green day");
  REQUIRE(model.encode("").empty());
  REQUIRE_THROWS_AS(model.decode({model.vocab_size()}), Error);
  REQUIRE_THROWS_AS(model.decode({-1}), Error);
}

TEST_CASE("characters never seen in training map to unk") {
  const SentencePieceModel& model = shared_model();
  std::vector<int> ids = model.encode("the \xE4\xB8\xAD house");  // a CJK character
  REQUIRE(std::count(ids.begin(), ids.end(), kUnkId) == 1);
  REQUIRE(model.encode("\xE2\x98\x83").back() == kUnkId);    // a snowman
  REQUIRE(model.decode(ids) == "the  \xE2\x81\x87  house");  // unk decodes to " U+2047 "
}

TEST_CASE("a model loads from its serialized bytes and from a file") {
  const SentencePieceModel& model = shared_model();
  const std::string text = "a man sings songs of the night";
  SentencePieceModel copy = SentencePieceModel::from_serialized(model.serialized());
  REQUIRE(copy.encode(text) == model.encode(text));
  REQUIRE(copy.serialized() == model.serialized());

  const std::string path = temp_path(".model");
  std::ofstream(path, std::ios::binary) << model.serialized();
  SentencePieceModel loaded = SentencePieceModel::from_file(path);
  fs::remove(path);
  REQUIRE(loaded.encode(text) == model.encode(text));

  REQUIRE_THROWS_AS(SentencePieceModel::from_serialized("not a model"), Error);
  REQUIRE_THROWS_AS(SentencePieceModel::from_file(temp_path(".missing")), Error);
}

TEST_CASE("training errors are nmt::Error, not crashes") {
  SubwordOptions options = small_options();
  options.vocab_size = 3;
  REQUIRE_THROWS_AS(SentencePieceModel::train(make_sentences(50, 1), options), Error);
  REQUIRE_THROWS_AS(SentencePieceModel::train({}, small_options()), Error);
  REQUIRE_THROWS_AS(SentencePieceModel::train({"ok", "bad \xFF"}, small_options()), Error);
}

TEST_CASE("joint models share one vocabulary, separate models do not") {
  auto src = make_sentences(300, 1);
  std::vector<std::string> tgt;
  for (const auto& s : src) tgt.push_back("\xC3\xBC" + s);  // a target-only letter
  SubwordOptions options = small_options();
  SubwordModels joint = train_subword_models(src, tgt, options, true);
  REQUIRE(joint.joint());
  SubwordModels separate = train_subword_models(src, tgt, options, false);
  REQUIRE_FALSE(separate.joint());
  // The target-only letter is known to the joint and target models only.
  const std::vector<int> on_src = separate.src->encode("\xC3\xBC");
  REQUIRE(std::count(on_src.begin(), on_src.end(), kUnkId) == 1);
  const std::vector<int> on_tgt = separate.tgt->encode("\xC3\xBC");
  REQUIRE(std::count(on_tgt.begin(), on_tgt.end(), kUnkId) == 0);
  const std::vector<int> on_joint = joint.src->encode("\xC3\xBC");
  REQUIRE(std::count(on_joint.begin(), on_joint.end(), kUnkId) == 0);
}

TEST_CASE("encode_parallel skips or rejects pairs over the token limit") {
  const SentencePieceModel& model = shared_model();
  ParallelCorpus corpus;
  corpus.src_path = "c.en";
  corpus.tgt_path = "c.de";
  corpus.src = {"the man", "the old man walked over the bridge and sings songs", "light"};
  corpus.tgt = {"water", "stone", "the night"};
  corpus.line_numbers = {1, 4, 9};
  EncodeOptions options;
  options.max_tokens = 6;
  REQUIRE(model.encode(corpus.src[1]).size() > 6);
  EncodedCorpus encoded = encode_parallel(corpus, model, model, options);
  REQUIRE(encoded.size() == 2);
  REQUIRE(encoded.skipped_too_long == 1);
  REQUIRE(encoded.line_number(0) == 1);
  REQUIRE(encoded.line_number(1) == 9);
  REQUIRE(encoded.tgt(1) == model.encode("the night"));

  options.strict = true;
  try {
    encode_parallel(corpus, model, model, options);
    FAIL("strict mode accepted a long line");
  } catch (const Error& e) {
    REQUIRE(std::string(e.what()).find("c.en:4: line has") == 0);
  }
}

TEST_CASE("reading and encoding 30,000 pairs takes well under a few seconds") {
  const auto src = make_sentences(30000, 21);
  const auto tgt = make_sentences(30000, 22);
  const std::string src_path = temp_path(".src"), tgt_path = temp_path(".tgt");
  {
    std::ofstream s(src_path, std::ios::binary), t(tgt_path, std::ios::binary);
    for (size_t i = 0; i < src.size(); ++i) s << src[i] << '\n', t << tgt[i] << '\n';
  }
  const SentencePieceModel& model = shared_model();
  const auto start = std::chrono::steady_clock::now();
  const std::clock_t cpu_start = std::clock();
  ParallelCorpus corpus = read_parallel_corpus(src_path, tgt_path);
  EncodedCorpus encoded = encode_parallel(corpus, model, model);
  const double cpu_seconds = static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC;
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  fs::remove(src_path);
  fs::remove(tgt_path);
  WARN("read + encode 30000 pairs: " << seconds << " s wall, " << cpu_seconds << " s CPU");
  REQUIRE(encoded.size() == 30000);
  REQUIRE(encoded.src(123) == model.encode(src[123]));
  // CPU time (all threads), so a machine busy with other jobs does not fail the test.
  REQUIRE(cpu_seconds < 3.0);
}
