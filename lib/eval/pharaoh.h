// Word alignments in the Pharaoh format: one line per sentence, links
// "srcIdx-tgtIdx" separated by spaces, 0-based word indices. Gold files for
// AER add possible links ("i?j" or "ipj") beside sure ones ("i-j") and may be
// 1-based. Reading, checking and writing only; scoring is in aer.h.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace nmt::eval {

// (source word, target word), 0-based.
using AlignmentLink = std::pair<int, int>;
// Sorted by source then target word, no duplicates.
using Alignment = std::vector<AlignmentLink>;

// A gold sentence: sure links S and possible links P, with S a subset of P
// (a sure link is stored in both lists). Both sorted, no duplicates.
struct GoldAlignment {
  Alignment sure;
  Alignment possible;
};

enum class IndexBase { zero_based, one_based };

// Words per sentence, to check that links are in range. An empty list in
// read_* means "do not check".
struct SentenceLength {
  int src_words = 0;
  int tgt_words = 0;
};

// "0-0 1-2 ..." in sorted order, without a trailing newline.
std::string format_pharaoh(const Alignment& links);

// Sorts and removes duplicates in place.
void normalize_alignment(Alignment& links);

// One line of a hypothesis alignment: sure links only ("i-j"), 0-based.
// Errors name the file and 1-based line: "a.align:3: bad link '1-x'".
Alignment parse_pharaoh_line(std::string_view line, const std::string& name, size_t line_no);

// One line of a gold alignment ("i-j" sure, "i?j" or "ipj" possible). A
// link given as both sure and possible is sure.
GoldAlignment parse_gold_line(std::string_view line, IndexBase base, const std::string& name,
                              size_t line_no);

// Whole files as lines (eval/text.h read_lines_file). When lengths is not
// empty: the line count must equal lengths.size() ("gold.align has 3 lines
// but there are 4 sentences") and every link must be in range
// ("gold.align:2: link 5-1 out of range: the sentence has 4 source and 3
// target words"), the link quoted as written in the file.
std::vector<Alignment> read_pharaoh(const std::vector<std::string>& lines, const std::string& name,
                                    const std::vector<SentenceLength>& lengths = {});
std::vector<GoldAlignment> read_gold(const std::vector<std::string>& lines, IndexBase base,
                                     const std::string& name,
                                     const std::vector<SentenceLength>& lengths = {});
std::vector<GoldAlignment> read_gold_file(const std::string& path, IndexBase base,
                                          const std::vector<SentenceLength>& lengths = {});

}  // namespace nmt::eval
