// The reference models of the train and translate benchmarks (the contract
// of docs/COMPARE_TORCH.md, mirrored by scripts/torch_reference), and the
// small measurement helpers both benchmarks share.
//   transformer  V 8000 (separate source/target vocabularies, untied),
//                D 256, H 4, 3 + 3 layers, FFN 1024, dropout 0.1, pre-norm
//   rnn          embeddings 256, bi-LSTM encoder 256 per direction, LSTM
//                decoder 512, additive attention, input feeding, dropout 0.1
// Not here: batches, timing loops (bench_train.cpp, bench_translate.cpp).
#pragma once

#include <sys/resource.h>

#include <algorithm>
#include <string>
#include <vector>

#include "models/model_config.h"

namespace nmt::bench {

constexpr int64_t kBenchVocab = 8000;

inline ModelConfig reference_model(const std::string& arch) {
  ModelConfig c;
  c.arch = parse_arch(arch);
  c.src_vocab = c.tgt_vocab = kBenchVocab;
  c.dropout = 0.1f;
  c.dim = 256;
  if (c.arch == Arch::Transformer) {
    c.heads = 4;
    c.enc_layers = c.dec_layers = 3;
    c.ffn = 1024;
    c.pre_norm = true;
  } else {
    c.attention = AttentionType::Additive;
    c.enc_hidden = 256;
    c.dec_hidden = 512;
    c.input_feeding = true;
  }
  return c;
}

// Peak resident set of this process so far, in MB (ru_maxrss is KiB on Linux).
inline double peak_rss_mb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

inline double median(std::vector<double> values) {
  if (values.empty()) return 0.0;
  std::sort(values.begin(), values.end());
  const size_t n = values.size();
  return n % 2 ? values[n / 2] : 0.5 * (values[n / 2 - 1] + values[n / 2]);
}

}  // namespace nmt::bench
