#include "train/stop_signal.h"

#include <unistd.h>

#include <csignal>

#include "io/atomic_file.h"

namespace nmt {
namespace {

volatile std::sig_atomic_t g_stop = 0;  // the signal number, or 0

void on_signal(int signal) {
  if (g_stop) {  // second signal: leave now
    remove_live_temp_files();
    _exit(128 + signal);
  }
  g_stop = signal;
}

}  // namespace

void install_stop_handlers() {
  struct sigaction action {};
  action.sa_handler = on_signal;
  sigemptyset(&action.sa_mask);
  sigaction(SIGINT, &action, nullptr);
  sigaction(SIGTERM, &action, nullptr);
}

bool stop_requested() {
  return g_stop != 0;
}
int stop_signal_number() {
  return g_stop;
}
void set_stop_requested(bool on) {
  g_stop = on ? SIGTERM : 0;
}

}  // namespace nmt
