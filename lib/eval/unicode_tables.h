// Internal to lib/eval: the Unicode data behind text.h's Python-compatible
// lowercasing and whitespace splitting (generated from Python 3.11, see
// unicode_tables.cpp). Not a general Unicode library.
#pragma once

#include <cstddef>
#include <cstdint>

namespace nmt::eval::detail {

struct LowerRun {
  char32_t first;
  char32_t last;
  int32_t stride;
  int32_t delta;
};

extern const LowerRun kLowerRuns[];  // sorted by first
extern const size_t kLowerRunCount;
extern const char32_t kPythonSpaces[];  // sorted
extern const size_t kPythonSpaceCount;

}  // namespace nmt::eval::detail
