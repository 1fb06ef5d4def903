#include "train/run_files.h"

#include <sys/stat.h>

#include <fstream>

#include "base/error.h"
#include "io/atomic_file.h"
#include "io/checkpoint_file.h"
#include "train/training_log.h"

namespace nmt {

bool file_exists(const std::string& path) {
  return std::ifstream(path).good();
}

void check_model_path(const std::string& model_path) {
  NMT_CHECK(model_path != "-", "--model -: a model is a file, not standard output ",
            "(training writes MODEL, MODEL.ckpt and MODEL.lock)");
  struct stat target {};
  if (::stat(model_path.c_str(), &target) != 0) return;
  NMT_CHECK(S_ISREG(target.st_mode), model_path, ": not a regular file",
            S_ISDIR(target.st_mode) ? " (a directory)" : "",
            "; --model names the file training writes, with MODEL.ckpt beside it");
}

void check_model_directory(const std::string& model_path) {
  AtomicFileWriter probe(model_path);
}

int remove_stale_run_files(const std::string& model_path) {
  const std::string& m = model_path;
  int removed = 0;
  for (const std::string& path :
       {m, m + ".last", checkpoint_path_for(m), training_log_path(m), curves_page_path(m)})
    removed += remove_stale_temp_files(path);
  return removed;
}

}  // namespace nmt
