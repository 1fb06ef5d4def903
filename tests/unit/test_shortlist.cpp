// The vocabulary shortlist (models/output_shortlist.h): built from a corpus
// it never drops a reference id of the sentences it was built from, keeps the
// most co-occurring ids per source id and the most frequent ones; decoding
// through it gives the full model's log-probabilities renormalised over the
// kept ids, in float32 and int8.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <vector>

#include "autograd/var.h"
#include "base/rng.h"
#include "models/output_shortlist.h"
#include "models/quantize_model.h"
#include "models/translator.h"

using namespace nmt;

namespace {

// A noisy dictionary task: source id s mostly translates to 100 + s, plus
// random ids from a long tail, so per-source lists of 2 miss some references.
void make_corpus(std::vector<std::vector<int>>& src, std::vector<std::vector<int>>& tgt) {
  Rng rng(4);
  for (int i = 0; i < 400; ++i) {
    std::vector<int> s, t;
    const int len = 2 + static_cast<int>(rng.below(6));
    for (int k = 0; k < len; ++k) {
      const int w = 4 + static_cast<int>(rng.below(40));
      s.push_back(w);
      t.push_back(rng.below(5) == 0 ? 4 + static_cast<int>(rng.below(190)) : 100 + w);
    }
    src.push_back(s);
    tgt.push_back(t);
  }
}

}  // namespace

TEST_CASE("the shortlist never drops a reference id of its training sentences") {
  std::vector<std::vector<int>> src, tgt;
  make_corpus(src, tgt);
  for (int per_source : {1, 2, 50})
    for (int frequent : {0, 5}) {
      INFO("per_source " << per_source << " frequent " << frequent);
      const ShortlistTable table = build_shortlist(src, tgt, 50, 200, {per_source, frequent});
      CHECK(table.frequent.size() == static_cast<size_t>(frequent));
      int64_t missing = 0;
      for (size_t i = 0; i < src.size(); ++i) {
        const auto ids = shortlist_ids(table, std::vector<int32_t>(src[i].begin(), src[i].end()));
        for (int t : tgt[i]) missing += !std::binary_search(ids.begin(), ids.end(), t);
      }
      CHECK(missing == 0);
    }
}

TEST_CASE("the shortlist keeps the most co-occurring and the most frequent ids") {
  std::vector<std::vector<int>> src, tgt;
  make_corpus(src, tgt);
  const ShortlistTable table = build_shortlist(src, tgt, 50, 200, {1, 3});
  // Without the coverage fix-up the list of s would be {100 + s}; with it, it
  // holds at least that.
  for (int s = 4; s < 44; ++s)
    CHECK(std::binary_search(table.by_source[s].begin(), table.by_source[s].end(), 100 + s));
  // The union is small next to the vocabulary for a one-word source.
  const auto one = shortlist_ids(table, {7});
  CHECK(one.size() < 200 / 2);
  CHECK(std::binary_search(one.begin(), one.end(), 3));  // EOS always in
}

TEST_CASE("decoding through a shortlist renormalises the full distribution") {
  ModelConfig c;
  c.arch = Arch::Transformer;
  c.src_vocab = c.tgt_vocab = 60;
  c.dim = 32;
  c.heads = 4;
  c.enc_layers = c.dec_layers = 1;
  c.ffn = 64;
  c.dropout = 0.0f;
  for (bool int8 : {false, true}) {
    INFO("int8 " << int8);
    auto t = make_translator(c, 3);
    t->eval();
    set_precision(*t, int8 ? Precision::Int8 : Precision::Fp32);
    TokenBatch src;
    src.rows = 2, src.length = 4;
    src.ids = {5, 6, 7, 3, 8, 9, 3, 0};
    src.lengths = {4, 3};
    const std::vector<int32_t> keep = {3, 10, 11, 20, 33, 59};
    NoGradGuard no_grad;
    auto state = t->encode(src);
    const Tensor full = t->step(*state, {2, 2});
    t->set_output_shortlist(keep);
    auto state2 = t->encode(src);
    const Tensor short_lp = t->step(*state2, {2, 2});
    t->set_output_shortlist({});
    for (int64_t r = 0; r < 2; ++r) {
      double norm = 0;  // log-sum-exp of the full log-probs over the kept ids
      for (int32_t id : keep) norm += std::exp(double(full.data()[r * 60 + id]));
      for (int64_t v = 0; v < 60; ++v) {
        const float got = short_lp.data()[r * 60 + v];
        if (std::binary_search(keep.begin(), keep.end(), v))
          CHECK(std::abs(got - (full.data()[r * 60 + v] - std::log(norm))) < 1e-4);
        else
          CHECK(got == kExcluded);
      }
    }
  }
}
