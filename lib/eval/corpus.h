// The segments a metric scores, prepared the way sacreBLEU 2.x's command line
// prepares them: hypothesis and reference lines lose trailing whitespace,
// empty references are dropped per segment (the rest still count), and a
// segment left with no reference is an error. Also the version string our
// signatures carry. No metric here (bleu.h, chrf.h).
#pragma once

#include <string>
#include <vector>

namespace nmt::eval {

// The sacreBLEU release whose BLEU and chrF this library reproduces; it ends
// every signature ("version:2.4.3").
inline constexpr const char* kSacrebleuVersion = "2.4.3";

struct Corpus {
  std::vector<std::string> hyps;               // one per segment
  std::vector<std::vector<std::string>> refs;  // per segment: its non-empty references
  std::string nrefs;  // references per segment for the signature: "1", "2", ... or "var"
};

// Checks and prepares hypotheses and reference streams (one vector of lines per
// reference file). Names appear in errors: different line counts ("hyp.txt has
// 3 lines but ref.txt has 4"), no segments at all, a segment whose references
// are all empty ("ref.txt:5: empty reference line").
Corpus make_corpus(const std::vector<std::string>& hyps,
                   const std::vector<std::vector<std::string>>& ref_streams,
                   const std::string& hyp_name, const std::vector<std::string>& ref_names);

}  // namespace nmt::eval
