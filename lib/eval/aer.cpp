#include "eval/aer.h"

#include <algorithm>
#include <cstdio>
#include <iterator>
#include <sstream>

#include "base/error.h"

namespace nmt::eval {
namespace {

size_t intersection_size(const Alignment& a, const Alignment& b) {
  std::vector<AlignmentLink> common;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(common));
  return common.size();
}

double percent(size_t numerator, size_t denominator) {
  return denominator == 0 ? 0.0 : 100.0 * static_cast<double>(numerator) / denominator;
}

std::string fixed2(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f", value);
  return buffer;
}

// Full double precision, as report_json does for BLEU.
std::string exact(double value) {
  char buffer[40];
  std::snprintf(buffer, sizeof buffer, "%.17g", value);
  return buffer;
}

void counts_json(std::ostream& out, const AerCounts& c) {
  out << "\"aer\":" << exact(c.aer()) << ",\"precision\":" << exact(c.precision())
      << ",\"recall\":" << exact(c.recall()) << ",\"hyp\":" << c.hyp << ",\"sure\":" << c.sure
      << ",\"possible\":" << c.possible << ",\"hyp_sure\":" << c.hyp_sure
      << ",\"hyp_possible\":" << c.hyp_possible;
}

}  // namespace

AerCounts& AerCounts::operator+=(const AerCounts& other) {
  hyp += other.hyp;
  sure += other.sure;
  possible += other.possible;
  hyp_sure += other.hyp_sure;
  hyp_possible += other.hyp_possible;
  return *this;
}

double AerCounts::aer() const {
  if (hyp + sure == 0) return 0.0;
  return 100.0 - percent(hyp_sure + hyp_possible, hyp + sure);
}
double AerCounts::precision() const {
  return percent(hyp_possible, hyp);
}
double AerCounts::recall() const {
  return percent(hyp_sure, sure);
}

AerCounts count_alignment(const Alignment& hyp, const GoldAlignment& gold) {
  Alignment a = hyp, s = gold.sure, p = gold.possible;
  normalize_alignment(a);
  normalize_alignment(s);
  // S is a subset of P even if a caller built the gold by hand without it.
  p.insert(p.end(), s.begin(), s.end());
  normalize_alignment(p);
  AerCounts counts;
  counts.hyp = a.size();
  counts.sure = s.size();
  counts.possible = p.size();
  counts.hyp_sure = intersection_size(a, s);
  counts.hyp_possible = intersection_size(a, p);
  return counts;
}

AerReport score_alignments(const std::vector<Alignment>& hyps,
                           const std::vector<GoldAlignment>& gold, const std::string& gold_name) {
  NMT_CHECK(hyps.size() == gold.size(), gold_name, " has ", gold.size(), " lines but there are ",
            hyps.size(), " sentences");
  AerReport report;
  for (size_t i = 0; i < hyps.size(); ++i) {
    report.sentences.push_back(count_alignment(hyps[i], gold[i]));
    report.total += report.sentences.back();
  }
  return report;
}

std::string aer_text(const AerReport& report) {
  const AerCounts& t = report.total;
  std::ostringstream out;
  out << "AER = " << fixed2(t.aer()) << "  precision = " << fixed2(t.precision())
      << "  recall = " << fixed2(t.recall()) << "  (sentences " << report.sentences.size()
      << ", links " << t.hyp << ", sure " << t.sure << ", possible " << t.possible << ")\n";
  return out.str();
}

std::string aer_json(const AerReport& report, bool per_sentence) {
  std::ostringstream out;
  out << '{';
  counts_json(out, report.total);
  out << ",\"sentences\":" << report.sentences.size();
  if (per_sentence) {
    out << ",\"per_sentence\":[";
    for (size_t i = 0; i < report.sentences.size(); ++i) {
      out << (i ? ",{" : "{");
      counts_json(out, report.sentences[i]);
      out << '}';
    }
    out << ']';
  }
  out << "}\n";
  return out.str();
}

}  // namespace nmt::eval
