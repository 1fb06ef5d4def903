#include "train/stop_signal.h"

#include <csignal>
#include <unistd.h>

namespace nmt {
namespace {

volatile std::sig_atomic_t g_stop = 0;

void on_signal(int signal) {
  if (g_stop) _exit(128 + signal);  // second signal: leave now
  g_stop = 1;
}

}  // namespace

void install_stop_handlers() {
  struct sigaction action {};
  action.sa_handler = on_signal;
  sigemptyset(&action.sa_mask);
  sigaction(SIGINT, &action, nullptr);
  sigaction(SIGTERM, &action, nullptr);
}

bool stop_requested() { return g_stop != 0; }
void set_stop_requested(bool on) { g_stop = on ? 1 : 0; }

}  // namespace nmt
