#include "train/training_log.h"

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>

#include "base/error.h"
#include "io/atomic_file.h"
#include "viz/curves_page.h"

namespace nmt {
namespace {

std::string number(double v) {
  if (!std::isfinite(v)) return "null";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.6g", v);
  return buf;
}

std::string read_all(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// The "update" of a line we wrote, or -1 for anything else (a cut line).
int64_t update_of(const std::string& line) {
  const char* key = "\"update\":";
  const size_t at = line.find(key);
  if (at == std::string::npos || line.empty() || line.back() != '}') return -1;
  return std::strtoll(line.c_str() + at + std::strlen(key), nullptr, 10);
}

}  // namespace

std::string training_log_path(const std::string& model_path) {
  return model_path + ".log.jsonl";
}

std::string curves_page_path(const std::string& model_path) {
  return model_path + ".curves.html";
}

std::string progress_json(const ProgressLine& p) {
  return "{\"event\":\"train\",\"update\":" + std::to_string(p.update) +
         ",\"epoch\":" + std::to_string(p.epoch) + ",\"time_s\":" + number(p.elapsed_s) +
         ",\"loss\":" + number(p.loss) + ",\"ppl\":" + number(std::exp(p.nll)) +
         ",\"lr\":" + number(p.lr) + ",\"grad_norm\":" + number(p.grad_norm) +
         ",\"tokens_per_s\":" + number(p.tokens_per_s) + "}";
}

std::string validation_json(int64_t update, double time_s, const ValidationResult& r, bool best) {
  return "{\"event\":\"valid\",\"update\":" + std::to_string(update) +
         ",\"time_s\":" + number(time_s) + ",\"loss\":" + number(r.loss) +
         ",\"ppl\":" + number(r.perplexity) + ",\"bleu\":" + number(r.bleu) +
         ",\"chrf\":" + number(r.chrf) + ",\"best\":" + (best ? "true" : "false") + "}";
}

TrainingLog::TrainingLog(const std::string& model_path, int64_t resumed_update)
    : model_path_(model_path), path_(training_log_path(model_path)) {
  std::string kept;
  if (resumed_update > 0) {
    std::istringstream in(read_all(path_));
    std::string line;
    while (std::getline(in, line)) {
      const int64_t update = update_of(line);
      if (update >= 0 && update <= resumed_update) kept += line + "\n";
    }
  }
  write_file_atomic(path_, kept);
}

void TrainingLog::append(const std::string& line) {
  std::ofstream out(path_, std::ios::app | std::ios::binary);
  out << line << '\n';
  out.flush();
  NMT_CHECK(out.good(), path_, ": cannot append to the training log: ", std::strerror(errno));
}

void TrainingLog::write_page() const {
  viz::CurvesPageOptions options;
  options.title = "Training curves: " + model_path_;
  options.refresh_seconds = 60;
  write_file_atomic(curves_page_path(model_path_),
                    viz::training_curves_html({{model_path_, read_all(path_)}}, options));
}

}  // namespace nmt
