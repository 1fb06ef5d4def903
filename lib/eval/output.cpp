#include "eval/output.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "base/error.h"

namespace nmt::eval {
namespace {

std::string fixed(double x, int width) {
  char buf[64];
  std::snprintf(buf, sizeof(buf), "%.*f", width, x);
  return buf;
}

// json.dumps of a string with ensure_ascii=False: quotes, backslashes and
// control characters escaped, everything else as is.
std::string json_string(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (u < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof(buf), "\\u%04x", u);
      out += buf;
    } else {
      out += c;
    }
  }
  return out + "\"";
}

}  // namespace

OutputFormat parse_output_format(const std::string& name) {
  if (name == "json") return OutputFormat::json;
  if (name == "text") return OutputFormat::text;
  if (name == "full") return OutputFormat::full;
  throw Error("unknown output format '" + name + "' (choose json, text or full)");
}

std::string python_float_repr(double x) {
  // The fewest significant digits that read back as x.
  char buf[64];
  for (int digits = 1; digits <= 17; ++digits) {
    std::snprintf(buf, sizeof(buf), "%.*e", digits - 1, x);
    if (std::strtod(buf, nullptr) == x) break;
  }
  std::string mantissa(buf, std::strchr(buf, 'e'));
  const int exponent = std::atoi(std::strchr(buf, 'e') + 1);
  const bool negative = mantissa[0] == '-';
  if (negative) mantissa.erase(0, 1);
  mantissa.erase(std::remove(mantissa.begin(), mantissa.end(), '.'), mantissa.end());
  std::string out;
  if (exponent < -4 || exponent >= 16) {  // Python's switch to scientific notation
    out = mantissa.substr(0, 1) + (mantissa.size() > 1 ? "." + mantissa.substr(1) : "");
    std::snprintf(buf, sizeof(buf), "e%c%02d", exponent < 0 ? '-' : '+', std::abs(exponent));
    out += buf;
  } else if (exponent < 0) {
    out = "0." + std::string(static_cast<size_t>(-exponent - 1), '0') + mantissa;
  } else {
    const size_t int_digits = static_cast<size_t>(exponent) + 1;
    if (mantissa.size() <= int_digits) {
      out = mantissa + std::string(int_digits - mantissa.size(), '0') + ".0";
    } else {
      out = mantissa.substr(0, int_digits) + "." + mantissa.substr(int_digits);
    }
  }
  return negative ? "-" + out : out;
}

std::string score_only_text(const MetricScore& m, int width) {
  return fixed(m.score, width);
}

std::string score_text(const MetricScore& m, int width, bool short_signature) {
  std::string out =
      m.name + "|" + m.signature.text(short_signature) + " = " + fixed(m.score, width);
  if (!m.verbose.empty()) out += " " + m.verbose;
  return out;
}

std::string score_json(const MetricScore& m, int width) {
  // The score is rounded to the printed width first, as sacreBLEU does.
  const double rounded = std::strtod(fixed(m.score, width).c_str(), nullptr);
  std::string out = "{\n \"name\": " + json_string(m.name) +
                    ",\n \"score\": " + python_float_repr(rounded) +
                    ",\n \"signature\": " + json_string(m.signature.text());
  if (!m.verbose.empty()) out += ",\n \"verbose_score\": " + json_string(m.verbose);
  for (const SignatureField& f : m.signature.fields)
    out += ",\n " + json_string(f.key) + ": " + json_string(f.value);
  return out + "\n}";
}

std::string join_results(const std::vector<std::string>& results, OutputFormat format) {
  if (results.size() == 1) return results[0] + "\n";
  std::string out;
  if (format == OutputFormat::json) {
    out = "[\n";
    for (size_t i = 0; i < results.size(); ++i) out += (i ? ",\n" : "") + results[i];
    return out + "\n]\n";
  }
  // Text: right-align what stands before " = " (score-only lines have none).
  size_t width = 0;
  for (const std::string& line : results) {
    const size_t eq = line.find('=');
    if (eq != std::string::npos) width = std::max(width, eq - 1);
  }
  for (const std::string& line : results) {
    const size_t eq = line.find('=');
    if (eq == std::string::npos) {
      out += line + "\n";
    } else {
      out += std::string(width - (eq - 1), ' ') + line + "\n";
    }
  }
  return out;
}

}  // namespace nmt::eval
