// What every nmt tool shares at its edge: the common flags (--threads,
// --version, --config) and the rule that a user error ends in one line on
// stderr and exit code 1, never a stack trace or an abort.
// Header-only so each app stays one small main.cpp; no translation logic here.
#pragma once

#include <CLI/CLI.hpp>
#include <cerrno>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <exception>
#include <functional>
#include <iostream>
#include <new>
#include <sstream>
#include <string>

#include "base/error.h"
#include "base/threads.h"
#include "base/version.h"
#include "io/atomic_file.h"
#include "tensor/gemm.h"

namespace nmt::app {

struct CommonFlags {
  int threads = 0;  // 0: all cores
};

inline std::string full_version() {
  return version_string() + ", gemm " + gemm_kernel_name(gemm_kernel());
}

// A flag given twice takes its last value, so a command line can be extended
// (and a --config file overridden) without editing it. Call before adding the
// app's own single-valued options.
inline void last_value_wins(CLI::App& cli) {
  cli.option_defaults()->multi_option_policy(CLI::MultiOptionPolicy::TakeLast);
}

// Adds --threads, --version and --config to a CLI11 app.
inline void add_common_flags(CLI::App& cli, CommonFlags& flags) {
  cli.add_option("--threads", flags.threads, "Threads for the one OpenMP pool (0 = all cores)")
      ->check(CLI::Range(0, 1024));
  cli.set_version_flag("--version", [] { return full_version(); });  // built only when asked
  cli.set_config("--config", "", "Read options from a config file (TOML/INI); flags override it");
  // A key the tool does not know (a typo, another tool's option, a line of
  // garbage) is an error: silently ignoring it would run with the default.
  cli.allow_config_extras(CLI::config_extras_mode::error);
}

// CLI::Range for floating-point flags, but refusing NaN (which passes every
// range check, as all comparisons with it are false) and infinities.
inline CLI::Validator finite_range(double min, double max) {
  std::ostringstream description;
  description << "FLOAT in [" << min << " - " << max << "]";
  return CLI::Validator(
      [min, max](std::string& text) {
        double value = 0;
        if (!CLI::detail::lexical_cast(text, value) || !std::isfinite(value) || value < min ||
            value > max) {
          std::ostringstream message;
          message << "Value " << text << " not a finite number in range " << min << " to " << max;
          return message.str();
        }
        return std::string();
      },
      description.str());
}

// The message as one line of bounded length: a message that quotes a huge
// input (a 10 MB flag value, a long line) keeps its start and its end.
inline std::string one_line(std::string message) {
  for (char& c : message)
    if (c == '\n' || c == '\r') c = ' ';
  constexpr size_t kMaxBytes = 600;
  if (message.size() > kMaxBytes)
    message = message.substr(0, kMaxBytes - 100) + " [...] " + message.substr(message.size() - 93);
  return message;
}

// Output that could not be written (a full disk, /dev/full, a closed pipe)
// must not end in exit 0: flushes stdout and throws if any write failed.
inline void check_stdout() {
  errno = 0;
  std::cout.flush();
  const bool failed = !std::cout || std::fflush(stdout) != 0 || std::ferror(stdout);
  if (failed)
    throw Error(std::string("cannot write to standard output: ") +
                (errno != 0 ? std::strerror(errno) : "write failed"));
}

// Parses argv and runs body; turns every failure into one line and exit 1.
// A signal that ends the tool removes its unfinished output files first
// (io/atomic_file.h install_temp_file_cleanup).
inline int run(const std::string& name, CLI::App& cli, CommonFlags& flags, int argc, char** argv,
               const std::function<int()>& body) {
  // A file-size limit (ulimit -f) must end in a write error naming the file,
  // like a full disk, not in a core-dumping signal: for every tool that writes.
  std::signal(SIGXFSZ, SIG_IGN);
  install_temp_file_cleanup();
  try {
    try {
      cli.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
      return cli.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
      return cli.exit(e);
    } catch (const CLI::CallForVersion& e) {
      return cli.exit(e);
    } catch (const CLI::ParseError& e) {
      std::cerr << name << ": " << one_line(e.what()) << " (see --help)\n";
      return 1;
    }
    set_num_threads(flags.threads);
    const int status = body();
    check_stdout();
    return status;
  } catch (const ErrorReportedElsewhere&) {
    // another rank of the job printed the one line
  } catch (const Error& e) {
    std::cerr << name << ": error: " << one_line(e.what()) << "\n";
  } catch (const std::bad_alloc&) {
    std::cerr << name << ": error: out of memory\n";
  } catch (const std::exception& e) {
    std::cerr << name << ": error: " << one_line(e.what()) << "\n";
  }
  return 1;
}

}  // namespace nmt::app
