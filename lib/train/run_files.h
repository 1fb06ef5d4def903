// The files a training run writes beside --model M (M, M.last, M.ckpt, the
// curves; trainer.h lists them), checked before any work: M must be a regular
// file training can replace, in a directory where it can write, and
// half-written files that a killed earlier save left are removed.
// Not here: what the files hold (training_run_state.cpp, io/), the lock
// (io/file_lock.h).
#pragma once

#include <string>

namespace nmt {

bool file_exists(const std::string& path);

// The model path must name a file training can replace: not a device
// (/dev/full would take the saves, and MODEL.ckpt would appear in /dev), a
// directory or a FIFO, nor "-" (a model is no stream). Throws nmt::Error.
void check_model_path(const std::string& model_path);

// Fails before hours of training, not at the first save: creates (and, unfinished,
// removes) the temporary file a save would write, so the error names the path
// and the system's reason.
void check_model_directory(const std::string& model_path);

// Removes the temporaries of an interrupted save of any of the run's files
// (the complete files are intact); returns how many.
int remove_stale_run_files(const std::string& model_path);

}  // namespace nmt
