// SIGINT and SIGTERM during training: the first one asks the loop to save and
// stop at the end of the current update; a second one exits at once (the last
// saved files are complete, since every write is atomic).
#pragma once

namespace nmt {

void install_stop_handlers();
bool stop_requested();
// For tests: act as if a signal had arrived (or clear it).
void set_stop_requested(bool on);

}  // namespace nmt
