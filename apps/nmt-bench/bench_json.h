// One JSON object per line, the output format of every nmt-bench subcommand:
// keys keep the order they were added in, so lines read well in a terminal and
// parse anywhere. Flat objects of strings and numbers only; no nesting, no parsing.
#pragma once

#include "base/error.h"
#include "base/json.h"

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>

namespace nmt::bench {

class JsonLine {
 public:
  JsonLine& add(const std::string& key, const std::string& value) {
    start_key(key);
    text_ += json_string(value);
    return *this;
  }
  JsonLine& add(const std::string& key, const char* value) { return add(key, std::string(value)); }
  JsonLine& add(const std::string& key, int64_t value) {
    start_key(key);
    text_ += std::to_string(value);
    return *this;
  }
  JsonLine& add(const std::string& key, int value) { return add(key, static_cast<int64_t>(value)); }
  // Fixed decimals: benchmark figures carry no more precision than noise allows.
  JsonLine& add(const std::string& key, double value, int decimals) {
    start_key(key);
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
    text_ += buf;
    return *this;
  }

  // A measurement that has no value (e.g. a target never reached).
  JsonLine& add_null(const std::string& key) {
    start_key(key);
    text_ += "null";
    return *this;
  }

  std::string str() const { return "{" + text_ + "}"; }
  // Writes the line to standard output and flushes, so a long run shows
  // progress as it goes. A failed write ends the benchmark at once, with the
  // reason: errno is only meaningful right after the flush that failed.
  void print() const {
    errno = 0;
    std::cout << str() << std::endl;
    if (!std::cout)
      throw Error(std::string("cannot write to standard output: ") +
                  (errno != 0 ? std::strerror(errno) : "write failed"));
  }

 private:
  void start_key(const std::string& key) {
    if (!text_.empty()) text_ += ",";
    text_ += json_string(key) + ":";
  }
  std::string text_;
};

}  // namespace nmt::bench
