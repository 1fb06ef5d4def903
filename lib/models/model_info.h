// `nmt-info FILE`: what a model or checkpoint is, for a person (text) or a
// script (JSON): family, sizes, attention, parameter count, vocabularies,
// training options and progress, file version; for a damaged or foreign file,
// what is wrong and which parts survive (io/file_survey.h).
// Not here: reading the bytes (io/), building a translator (saved_model.h).
#pragma once

#include <string>
#include <vector>

#include "io/file_survey.h"

namespace nmt {

// One line of the report: a key, its text, and the same value as a JSON literal.
struct InfoItem {
  std::string key;   // "parameters"
  std::string text;  // "1,234,567 in 40 tensors (4.7 MB as float32)"
  std::string json;  // {"count": 1234567, "tensors": 40, "bytes": 4938268}
};

struct FileInfo {
  std::vector<InfoItem> items;
  bool sound = true;    // false: damaged or foreign
  std::string problem;  // one line when not sound
};

// Throws nmt::Error only when the file cannot be read at all.
FileInfo describe_file(const std::string& path);

// "key:  text" lines, the keys aligned.
std::string info_text(const FileInfo& info);
// One JSON object (indent 2) and '\n'.
std::string info_json(const FileInfo& info);

}  // namespace nmt
