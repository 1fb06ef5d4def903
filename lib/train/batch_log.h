// The batches of a run as JSON lines (nmt-train --log-batches FILE), so that
// another toolkit can replay exactly the same updates
// (scripts/replay_rnn_torch.py does, to compare an RNN with
// PyTorch's). One line per update:
//   {"update":12,"src":[[5,87,3],...],"tgt":[[9,4],...]}
// the pairs' token ids as the encoded corpus holds them (no BOS, EOS or
// padding), in the order of the update's global batch. The file holds the
// updates of this invocation only (a resumed run starts it again).
// Not here: which pairs a batch holds (data/batcher.h).
#pragma once

#include <cstddef>
#include <cstdint>
#include <fstream>
#include <string>
#include <vector>

#include "data/encoded_corpus.h"

namespace nmt {

class BatchLog {
 public:
  // Creates or truncates the file; throws nmt::Error naming it.
  explicit BatchLog(const std::string& path);
  // Throws nmt::Error naming the file when it cannot be written.
  void write(int64_t update, const EncodedCorpus& corpus, const std::vector<size_t>& rows);

 private:
  std::string path_;
  std::ofstream out_;
};

}  // namespace nmt
