#include "eval/report.h"

#include <cstdio>
#include <sstream>

namespace nmt::eval {
namespace {

// Shortest text that reads back as the same double.
std::string num(double x) {
  char buf[40];
  std::snprintf(buf, sizeof(buf), "%.17g", x);
  return buf;
}

// Signatures and labels hold no quotes or backslashes; escape them anyway.
std::string str(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

template <typename T, typename F>
std::string array(const T& values, F to_text) {
  std::string out = "[";
  for (size_t i = 0; i < values.size(); ++i) out += (i ? ", " : "") + to_text(values[i]);
  return out + "]";
}

std::string bleu_object(const BleuScore& s, const std::string& signature) {
  const auto int_text = [](int64_t v) { return std::to_string(v); };
  std::ostringstream out;
  out << "{\"name\": \"BLEU\", \"score\": " << num(s.score)
      << ", \"precisions\": " << array(s.precisions, num)
      << ", \"counts\": " << array(s.stats.correct, int_text)
      << ", \"totals\": " << array(s.stats.total, int_text) << ", \"bp\": " << num(s.bp)
      << ", \"ratio\": " << num(s.ratio) << ", \"hyp_len\": " << s.stats.hyp_len
      << ", \"ref_len\": " << s.stats.ref_len << ", \"signature\": " << str(signature) << "}";
  return out.str();
}

std::string chrf_object(double score, const ChrfOptions& options, const std::string& signature) {
  std::ostringstream out;
  out << "{\"name\": \"chrF" << options.beta << "\", \"score\": " << num(score)
      << ", \"beta\": " << options.beta << ", \"char_order\": " << options.char_order
      << ", \"word_order\": 0, \"signature\": " << str(signature) << "}";
  return out.str();
}

std::string bucket_object(const LengthBucket& b) {
  std::ostringstream out;
  out << "{\"bucket\": " << str(b.label) << ", \"min_words\": " << b.min_words
      << ", \"max_words\": "
      << (b.max_words < 0 ? std::string("null") : std::to_string(b.max_words))
      << ", \"sentences\": " << b.sentences
      << ", \"bleu\": " << (b.sentences ? num(b.bleu.score) : std::string("null"))
      << ", \"hyp_len\": " << b.bleu.stats.hyp_len << ", \"ref_len\": " << b.bleu.stats.ref_len
      << "}";
  return out.str();
}

}  // namespace

std::string by_length_text(const std::vector<LengthBucket>& buckets) {
  std::ostringstream out;
  out << "BLEU by source length (words):\n";
  char line[128];
  std::snprintf(line, sizeof(line), "%-8s %9s %7s\n", "length", "sentences", "BLEU");
  out << line;
  for (const LengthBucket& b : buckets) {
    if (b.sentences) {
      std::snprintf(line, sizeof(line), "%-8s %9zu %7.2f\n", b.label.c_str(), b.sentences,
                    b.bleu.score);
    } else {
      std::snprintf(line, sizeof(line), "%-8s %9zu %7s\n", b.label.c_str(), b.sentences, "-");
    }
    out << line;
  }
  return out.str();
}

std::string report_json(const CorpusReport& report) {
  std::string out = "{";
  std::string sep;
  if (report.has_bleu) {
    out += "\"bleu\": " + bleu_object(report.bleu, report.bleu_signature);
    sep = ", ";
  }
  if (report.has_chrf) {
    out +=
        sep + "\"chrf\": " + chrf_object(report.chrf, report.chrf_options, report.chrf_signature);
    sep = ", ";
  }
  if (!report.by_length.empty())
    out += sep + "\"by_length\": " + array(report.by_length, bucket_object);
  return out + "}\n";
}

std::string sentence_bleu_json(size_t line, const BleuScore& score, const std::string& signature) {
  return "{\"line\": " + std::to_string(line) + ", \"bleu\": " + bleu_object(score, signature) +
         "}\n";
}

std::string sentence_chrf_json(size_t line, double score, const ChrfOptions& options,
                               const std::string& signature) {
  return "{\"line\": " + std::to_string(line) +
         ", \"chrf\": " + chrf_object(score, options, signature) + "}\n";
}

}  // namespace nmt::eval
