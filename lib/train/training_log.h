// The training curves of one run, beside the model: MODEL.log.jsonl, one JSON
// object per progress line and per validation, and MODEL.curves.html, the
// self-contained page that charts them (viz/curves_page.h), rewritten at
// every validation and save so a browser shows the run so far (it reloads
// itself every minute). `nmt-curves` draws the same page for several runs.
//
// Lines (numbers as %.6g; a non-finite number is null):
//   {"event":"train","update":100,"epoch":1,"time_s":12.5,"loss":6.12,"ppl":455.2,
//    "lr":1.25e-05,"grad_norm":1.2,"tokens_per_s":2400}
//   {"event":"valid","update":1000,"time_s":130.2,"loss":4.1,"ppl":60.3,"bleu":12.34,
//    "chrf":40.1,"best":true}
// time_s is training time, resumed runs included. A run that resumes from a
// checkpoint keeps the lines up to the checkpoint's update and drops later
// ones (written after that save by the run that was stopped), so the file
// reads as one uninterrupted run; a fresh run starts a new file.
// Not here: the numbers (the loop), the page's drawing (lib/viz).
#pragma once

#include <cstdint>
#include <string>

#include "train/progress.h"
#include "train/validation.h"

namespace nmt {

std::string training_log_path(const std::string& model_path);  // MODEL.log.jsonl
std::string curves_page_path(const std::string& model_path);   // MODEL.curves.html

// The JSON lines (without the newline).
std::string progress_json(const ProgressLine& line);
std::string validation_json(int64_t update, double time_s, const ValidationResult& result,
                            bool best);

class TrainingLog {
 public:
  // Starts the log of a run: a new file when resumed_update is 0, otherwise
  // the existing lines up to that update. Throws nmt::Error naming the file.
  TrainingLog(const std::string& model_path, int64_t resumed_update);

  void progress(const ProgressLine& line) { append(progress_json(line)); }
  void validation(int64_t update, double time_s, const ValidationResult& result, bool best) {
    append(validation_json(update, time_s, result, best));
  }
  // Rewrites MODEL.curves.html (atomically) from the lines so far.
  void write_page() const;

 private:
  void append(const std::string& line);

  std::string model_path_, path_;
};

}  // namespace nmt
