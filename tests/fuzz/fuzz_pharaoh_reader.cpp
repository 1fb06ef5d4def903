// libFuzzer target: the Pharaoh and gold alignment readers (lib/eval/pharaoh.h).
// Built with -DNMT_FUZZ=ON (tests/fuzz/README.md).
// The first byte picks 0- or 1-based gold indices and the sentence lengths the
// links are checked against; the rest is the file's text. Whatever is accepted
// must be in range, sorted, and survive a format_pharaoh -> parse round trip.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>
#include <vector>

#include "base/error.h"
#include "eval/pharaoh.h"
#include "eval/text.h"

namespace {

void check_links(const nmt::eval::Alignment& links, const nmt::eval::SentenceLength& length) {
  for (size_t i = 0; i < links.size(); ++i) {
    if (links[i].first < 0 || links[i].second < 0) std::abort();
    if (length.src_words > 0 &&
        (links[i].first >= length.src_words || links[i].second >= length.tgt_words))
      std::abort();
    if (i > 0 && !(links[i - 1] < links[i])) std::abort();  // sorted, unique
  }
  const std::string text = nmt::eval::format_pharaoh(links);
  if (nmt::eval::parse_pharaoh_line(text, "<round trip>", 1) != links) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const auto base =
      data[0] & 1 ? nmt::eval::IndexBase::one_based : nmt::eval::IndexBase::zero_based;
  const int words = (data[0] >> 1) % 16;  // 0: do not check ranges
  std::vector<std::string> lines;
  try {
    std::istringstream in(std::string(reinterpret_cast<const char*>(data + 1), size - 1));
    lines = nmt::eval::read_lines(in, "<fuzz>");
  } catch (const nmt::Error&) {
    return 0;
  }
  std::vector<nmt::eval::SentenceLength> lengths;
  if (words > 0) lengths.assign(lines.size(), {words, words / 2 + 1});
  const nmt::eval::SentenceLength unchecked{};

  try {
    const auto alignments = nmt::eval::read_pharaoh(lines, "fuzz.align", lengths);
    if (alignments.size() != lines.size()) std::abort();
    for (size_t i = 0; i < alignments.size(); ++i)
      check_links(alignments[i], lengths.empty() ? unchecked : lengths[i]);
  } catch (const nmt::Error&) {
  }
  try {
    const auto gold = nmt::eval::read_gold(lines, base, "fuzz.gold", lengths);
    for (size_t i = 0; i < gold.size(); ++i) {
      check_links(gold[i].sure, lengths.empty() ? unchecked : lengths[i]);
      check_links(gold[i].possible, lengths.empty() ? unchecked : lengths[i]);
      for (const auto& link : gold[i].sure)  // S is a subset of P
        if (!std::binary_search(gold[i].possible.begin(), gold[i].possible.end(), link))
          std::abort();
    }
  } catch (const nmt::Error&) {
  }
  return 0;
}
