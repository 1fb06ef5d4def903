// What a file on disk is, part by part, even when it is damaged: the basis of
// `nmt-info`. A model or checkpoint file is checked the way the loaders check
// it (framed_file.h), but instead of stopping at the first problem the survey
// records each part (header, payload length, checksum, then each section of
// the payload, tensor by tensor) as sound or as what is wrong with it, so a
// user learns which part of a damaged file survives. A file that is neither
// is named by its first bytes (gzip, zip as in PyTorch or Marian .npz, text,
// ...). Not here: what the contents mean (models/model_info.h).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "io/checkpoint_file.h"
#include "io/model_file.h"

namespace nmt {

struct SurveyPart {
  std::string name;    // "header", "checksum", "parameters", ...
  std::string status;  // "ok", or what is wrong
  bool ok = true;
};

struct FileSurvey {
  std::string path;
  uint64_t file_bytes = 0;
  std::string kind;     // "model", "checkpoint", or "" for a foreign file
  std::string foreign;  // what a foreign file looks like ("a gzip file", ...)
  uint32_t version = 0;
  uint64_t payload_declared = 0;  // from the header
  uint64_t payload_present = 0;   // bytes after the header
  uint32_t crc_stored = 0, crc_computed = 0;
  std::vector<SurveyPart> parts;
  std::string problem;             // the first thing wrong, one line; empty: the file is sound
  std::optional<ModelFile> model;  // a sound model file
  std::optional<Checkpoint> checkpoint;  // a sound checkpoint

  bool sound() const { return problem.empty(); }
};

// Throws nmt::Error only when the file cannot be read at all (missing,
// unreadable, a directory); every problem of its contents is in the survey.
FileSurvey survey_file(const std::string& path);

}  // namespace nmt
