// Beam search (greedy is beam 1) over the Translator step interface, batched:
// every sentence of a batch and every beam of a sentence is one row of the
// decoder state, advanced together by one model step. Hypotheses are kept as
// back-pointers per step; finished sentences leave the state so later steps
// cost less. Knows nothing of the model family.
// Not here: reading text, SentencePiece, sorting batches (translate_lines.h).
#pragma once

#include <cstdint>
#include <vector>

#include "models/translator.h"

namespace nmt {

struct SearchConfig {
  int beam = 5;                  // 1 = greedy
  int n_best = 1;                // hypotheses returned per sentence (<= beam)
  float length_penalty = 0.6f;   // alpha in GNMT's ((5 + |y|) / 6)^alpha; 0 = raw log-prob
  float max_length_ratio = 2.0f; // output at most ratio * source length + 5 tokens
  int64_t fixed_length = 0;      // > 0: ignore EOS and emit exactly this many tokens (benchmarks)
  bool keep_attention = false;   // record cross-attention of every step of the results
};

struct Hypothesis {
  std::vector<int32_t> tokens;  // without BOS and EOS
  float log_prob = 0.0f;        // sum of token log-probs (EOS included when it was emitted)
  float score = 0.0f;           // log_prob / length penalty: what the beam ranks by
  // If kept: per output step (tokens plus EOS), per decoder layer, weights [H * S]
  // over the true source length S of this sentence.
  std::vector<std::vector<std::vector<float>>> attention;
};

// Special ids shared with lib/data's SentencePiece wrapper.
struct SpecialIds {
  int32_t pad = 0, unk = 1, bos = 2, eos = 3;
};

// Returns, for each source row, up to n_best hypotheses best first.
// Callers hold a NoGradGuard.
std::vector<std::vector<Hypothesis>> beam_search(StepModel& model, const TokenBatch& src,
                                                 const SearchConfig& config,
                                                 const SpecialIds& ids = SpecialIds());

// GNMT length penalty ((5 + length) / 6)^alpha.
float length_penalty(int64_t length, float alpha);

}  // namespace nmt
