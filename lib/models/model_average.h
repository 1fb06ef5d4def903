// Checkpoint averaging (fairseq's average_checkpoints.py): the elementwise
// mean of the parameters of several model files of one architecture and
// vocabulary, as one model file. Averaging the last few saves of a run gives
// a model that usually translates better than any one of them.
// The files must agree on the model config text, both SentencePiece models
// and every parameter's name and shape; the first disagreement is an
// nmt::Error naming both files. Sums are kept in double and divided once, so
// the result does not depend on the order of the files beyond rounding.
// Not here: which files to average (nmt-train --keep-last writes MODEL.upd<N>,
// train/model_snapshots.h), reading and writing (io/model_file.h).
#pragma once

#include <string>
#include <vector>

#include "io/model_file.h"

namespace nmt {

// Averages models already in memory; names[i] names models[i] in messages.
// The result carries the first model's config and vocabulary, the last one's
// metadata, and metadata "averaged_from" listing the names.
ModelFile average_model_files(const std::vector<ModelFile>& models,
                              const std::vector<std::string>& names);

// Loads the files one at a time (memory: one model plus the sums), averages
// them and writes `output` atomically. The first file must load as a float32
// model (config, tokenizers, parameters); the others must match it. Throws
// nmt::Error with one line.
void average_model_paths(const std::vector<std::string>& inputs, const std::string& output);

}  // namespace nmt
