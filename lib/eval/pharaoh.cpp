#include "eval/pharaoh.h"

#include <algorithm>
#include <sstream>

#include "base/error.h"
#include "eval/text.h"

namespace nmt::eval {
namespace {

struct ParsedLink {
  AlignmentLink link;
  bool sure = true;
  std::string_view text;  // as written, for messages
};

bool is_separator_space(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

std::vector<std::string_view> split_tokens(std::string_view line) {
  std::vector<std::string_view> tokens;
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && is_separator_space(line[i])) ++i;
    size_t start = i;
    while (i < line.size() && !is_separator_space(line[i])) ++i;
    if (i > start) tokens.push_back(line.substr(start, i - start));
  }
  return tokens;
}

// Digits only, at most 9 of them so the value fits an int.
bool parse_index(std::string_view text, int& value) {
  if (text.empty() || text.size() > 9) return false;
  value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
    value = value * 10 + (c - '0');
  }
  return true;
}

ParsedLink parse_link(std::string_view token, bool allow_possible, IndexBase base,
                      const std::string& name, size_t line_no) {
  const char* want = allow_possible ? "i-j, i?j or ipj" : "i-j";
  size_t sep = token.find_first_of(allow_possible ? "-?p" : "-");
  ParsedLink parsed;
  parsed.text = token;
  int src = 0, tgt = 0;
  NMT_CHECK(sep != std::string_view::npos && parse_index(token.substr(0, sep), src) &&
                parse_index(token.substr(sep + 1), tgt),
            name, ":", line_no, ": bad link '", token, "' (want ", want, ")");
  parsed.sure = token[sep] == '-';
  if (base == IndexBase::one_based) {
    NMT_CHECK(src > 0 && tgt > 0, name, ":", line_no, ": link '", token,
              "' has index 0 but the file is read as 1-based");
    --src;
    --tgt;
  }
  parsed.link = {src, tgt};
  return parsed;
}

std::vector<ParsedLink> parse_links(std::string_view line, bool allow_possible, IndexBase base,
                                    const std::string& name, size_t line_no) {
  std::vector<ParsedLink> links;
  for (std::string_view token : split_tokens(line))
    links.push_back(parse_link(token, allow_possible, base, name, line_no));
  return links;
}

void check_range(const std::vector<ParsedLink>& links, const SentenceLength& length,
                 const std::string& name, size_t line_no) {
  for (const ParsedLink& p : links) {
    NMT_CHECK(p.link.first < length.src_words && p.link.second < length.tgt_words, name, ":",
              line_no, ": link '", p.text, "' out of range: the sentence has ", length.src_words,
              " source and ", length.tgt_words, " target words");
  }
}

void check_line_count(size_t lines, const std::vector<SentenceLength>& lengths,
                      const std::string& name) {
  NMT_CHECK(lengths.empty() || lines == lengths.size(), name, " has ", lines,
            " lines but there are ", lengths.size(), " sentences");
}

}  // namespace

void normalize_alignment(Alignment& links) {
  std::sort(links.begin(), links.end());
  links.erase(std::unique(links.begin(), links.end()), links.end());
}

std::string format_pharaoh(const Alignment& links) {
  Alignment sorted = links;
  normalize_alignment(sorted);
  std::ostringstream out;
  for (size_t i = 0; i < sorted.size(); ++i)
    out << (i ? " " : "") << sorted[i].first << '-' << sorted[i].second;
  return out.str();
}

Alignment parse_pharaoh_line(std::string_view line, const std::string& name, size_t line_no) {
  Alignment links;
  for (const ParsedLink& p : parse_links(line, false, IndexBase::zero_based, name, line_no))
    links.push_back(p.link);
  normalize_alignment(links);
  return links;
}

GoldAlignment parse_gold_line(std::string_view line, IndexBase base, const std::string& name,
                              size_t line_no) {
  GoldAlignment gold;
  for (const ParsedLink& p : parse_links(line, true, base, name, line_no)) {
    if (p.sure) gold.sure.push_back(p.link);
    gold.possible.push_back(p.link);
  }
  normalize_alignment(gold.sure);
  normalize_alignment(gold.possible);
  return gold;
}

std::vector<Alignment> read_pharaoh(const std::vector<std::string>& lines, const std::string& name,
                                    const std::vector<SentenceLength>& lengths) {
  check_line_count(lines.size(), lengths, name);
  std::vector<Alignment> result;
  for (size_t i = 0; i < lines.size(); ++i) {
    std::vector<ParsedLink> links =
        parse_links(lines[i], false, IndexBase::zero_based, name, i + 1);
    if (!lengths.empty()) check_range(links, lengths[i], name, i + 1);
    Alignment alignment;
    for (const ParsedLink& p : links) alignment.push_back(p.link);
    normalize_alignment(alignment);
    result.push_back(std::move(alignment));
  }
  return result;
}

std::vector<GoldAlignment> read_gold(const std::vector<std::string>& lines, IndexBase base,
                                     const std::string& name,
                                     const std::vector<SentenceLength>& lengths) {
  check_line_count(lines.size(), lengths, name);
  std::vector<GoldAlignment> result;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!lengths.empty())
      check_range(parse_links(lines[i], true, base, name, i + 1), lengths[i], name, i + 1);
    result.push_back(parse_gold_line(lines[i], base, name, i + 1));
  }
  return result;
}

std::vector<GoldAlignment> read_gold_file(const std::string& path, IndexBase base,
                                          const std::vector<SentenceLength>& lengths) {
  return read_gold(read_lines_file(path), base, path, lengths);
}

}  // namespace nmt::eval
