// SIGINT and SIGTERM during training: the first one asks the loop to save and
// stop at the end of the current update (nmt-train then exits 128 + N: 130
// for SIGINT, 143 for SIGTERM); a second one removes the temporary files of
// a save in progress and exits at once with the same code (the last saved
// files are complete, since every write is atomic).
#pragma once

namespace nmt {

void install_stop_handlers();
bool stop_requested();
// The signal that asked to stop (SIGINT, SIGTERM), or 0.
int stop_signal_number();
// For tests: act as if a signal had arrived (or clear it).
void set_stop_requested(bool on);

}  // namespace nmt
