#include "eval/corpus.h"

#include <set>

#include "base/error.h"
#include "eval/text.h"

namespace nmt::eval {
namespace {

std::string nrefs_of(const std::vector<std::vector<std::string>>& refs) {
  std::set<size_t> counts;
  for (const auto& segment : refs) counts.insert(segment.size());
  if (counts.size() == 1) return std::to_string(*counts.begin());
  return counts.empty() ? "0" : "var";
}

}  // namespace

Corpus make_corpus(const std::vector<std::string>& hyps,
                   const std::vector<std::vector<std::string>>& ref_streams,
                   const std::string& hyp_name, const std::vector<std::string>& ref_names) {
  NMT_CHECK(!ref_streams.empty(), "no reference given");
  NMT_CHECK(ref_names.size() == ref_streams.size(), "internal: ", ref_streams.size(),
            " reference streams but ", ref_names.size(), " names");
  for (size_t k = 0; k < ref_streams.size(); ++k) {
    NMT_CHECK(ref_streams[k].size() == hyps.size(), "line counts differ: ", hyp_name, " has ",
              hyps.size(), " lines but ", ref_names[k], " has ", ref_streams[k].size());
  }
  NMT_CHECK(!hyps.empty(), hyp_name, ": no lines to score");

  Corpus corpus;
  corpus.hyps.reserve(hyps.size());
  corpus.refs.resize(hyps.size());
  for (size_t i = 0; i < hyps.size(); ++i) {
    corpus.hyps.emplace_back(rstrip_whitespace(hyps[i]));
    for (const auto& stream : ref_streams) {
      std::string_view ref = rstrip_whitespace(stream[i]);
      if (!ref.empty()) corpus.refs[i].emplace_back(ref);
    }
    if (corpus.refs[i].empty()) {
      // sacreBLEU 2.x stops here too ("Empty or `None` reference sentence found").
      if (ref_names.size() == 1)
        throw Error(detail::concat(ref_names[0], ":", i + 1, ": empty reference line"));
      throw Error(detail::concat("line ", i + 1, " is empty in every reference file"));
    }
  }
  corpus.nrefs = nrefs_of(corpus.refs);
  return corpus;
}

}  // namespace nmt::eval
