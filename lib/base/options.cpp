#include "base/options.h"

#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <sstream>

namespace nmt {
namespace {

// Numbers print in full, never as 1e+308 digits' worth of a bound.
std::string bound_text(double v) {
  if (std::isinf(v)) return v < 0 ? "-inf" : "inf";
  return format_real(v);
}

}  // namespace

int64_t parse_int_option(const std::string& name, const std::string& text, int64_t lo, int64_t hi) {
  int64_t value = 0;
  const char* end = text.data() + text.size();
  const auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (ec != std::errc() || ptr != end || text.empty() || value < lo || value > hi) {
    std::string range;
    if (hi == std::numeric_limits<int64_t>::max())
      range = lo == 0 ? " that is not negative" : " of at least " + std::to_string(lo);
    else
      range = " from " + std::to_string(lo) + " to " + std::to_string(hi);
    throw OptionError(name + " must be an integer" + range + ", not '" + text + "'");
  }
  return value;
}

uint64_t parse_uint_option(const std::string& name, const std::string& text) {
  uint64_t value = 0;
  const char* end = text.data() + text.size();
  const auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (ec != std::errc() || ptr != end || text.empty())
    throw OptionError(name + " must be an integer from 0 to " +
                      std::to_string(std::numeric_limits<uint64_t>::max()) + ", not '" + text +
                      "'");
  return value;
}

double parse_real_option(const std::string& name, const std::string& text, const Bounds& b) {
  char* end = nullptr;
  errno = 0;
  const double value = text.empty() ? NAN : std::strtod(text.c_str(), &end);
  const bool parsed = !text.empty() && end == text.c_str() + text.size() && std::isfinite(value);
  const bool in_range = parsed && (b.lo_open ? value > b.lo : value >= b.lo) &&
                        (b.hi_open ? value < b.hi : value <= b.hi);
  if (!in_range)
    throw OptionError(name + " must be a finite number in " + bounds_text(b) + ", not '" + text +
                      "'");
  return value;
}

bool parse_bool_option(const std::string& name, const std::string& text) {
  if (text == "true" || text == "1") return true;
  if (text == "false" || text == "0") return false;
  throw OptionError(name + " must be true or false, not '" + text + "'");
}

std::string format_real(double value) {
  char buf[64];
  if (std::fabs(value) < 1e15 && value == std::floor(value)) {  // 2700, not 2.7e+03
    std::snprintf(buf, sizeof buf, "%.0f", value);
    return buf;
  }
  for (int precision = 1; precision <= 17; ++precision) {
    std::snprintf(buf, sizeof buf, "%.*g", precision, value);
    if (std::strtod(buf, nullptr) == value) break;
  }
  return buf;
}

std::string format_real(float value) {
  char buf[64];
  if (std::fabs(value) < 1e15f && value == std::floor(value)) return format_real(double{value});
  for (int precision = 1; precision <= 9; ++precision) {
    std::snprintf(buf, sizeof buf, "%.*g", precision, static_cast<double>(value));
    if (std::strtof(buf, nullptr) == value) break;
  }
  return buf;
}

std::string bounds_text(const Bounds& b) {
  return (b.lo_open || std::isinf(b.lo) ? "(" : "[") + bound_text(b.lo) + ", " + bound_text(b.hi) +
         (b.hi_open || std::isinf(b.hi) ? ")" : "]");
}

std::string choices_text(const std::vector<std::string>& names) {
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += i + 1 == names.size() ? " or " : ", ";
    out += names[i];
  }
  return out;
}

std::vector<std::pair<std::string, std::string>> config_lines(const std::string& text,
                                                              const std::string& what,
                                                              bool strict) {
  std::vector<std::pair<std::string, std::string>> lines;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    const size_t eq = line.find(" = ");
    if (eq == std::string::npos) {
      if (strict) throw Error(what + ": malformed line '" + line + "'");
      continue;
    }
    lines.emplace_back(line.substr(0, eq), line.substr(eq + 3));
  }
  return lines;
}

std::vector<std::string> text_differences(const std::string& before, const std::string& after) {
  const auto a = config_lines(before, "", false), b = config_lines(after, "", false);
  std::vector<std::string> out;
  for (const auto& [key, value] : b) {
    std::string old = "(unset)";
    for (const auto& [k, v] : a)
      if (k == key) old = v;
    if (old != value) out.push_back(key + ": " + old + " -> " + value);
  }
  return out;
}

}  // namespace nmt
