// What every nmt tool shares at its edge: the common flags (--threads,
// --version, --config) and the rule that an error ends in one line on stderr,
// never a stack trace or an abort: exit code 2 for a usage error (an unknown
// flag, a bad value, a missing required flag), 1 for an error in the data.
// Header-only so each app stays one small main.cpp; no translation logic here.
#pragma once

#include <CLI/CLI.hpp>
#include <algorithm>
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
#include <thread>
#include <vector>

#include "base/error.h"
#include "base/options.h"
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

constexpr int kUsageError = 2;  // exit code of a usage error, as is conventional

// Adds --threads, --version and --config to a CLI11 app.
inline void add_common_flags(CLI::App& cli, CommonFlags& flags) {
  // --help shows the default of every option bound to a variable.
  cli.option_defaults()->always_capture_default();
  cli.add_option("--threads", flags.threads, "Threads for the one OpenMP pool (0 = all cores)")
      ->check(CLI::Range(0, 1024))
      ->option_text("INT [0]");
  cli.set_version_flag("--version", [] { return full_version(); });  // built only when asked
  cli.set_config("--config", "", "Read options from a config file (TOML/INI); flags override it")
      ->option_text("FILE");
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

// CLI::PositiveNumber and CLI::NonNegativeNumber, whose messages print the
// largest double in 309 digits: "--batch must be a positive number, not '-3'".
inline CLI::Validator sign_check(bool zero_allowed) {
  return CLI::Validator(
      [zero_allowed](std::string& text) {
        double value = 0;
        if (CLI::detail::lexical_cast(text, value) && std::isfinite(value) &&
            (zero_allowed ? value >= 0 : value > 0))
          return std::string();
        return std::string(zero_allowed ? "must be a number that is not negative, not '"
                                        : "must be a positive number, not '") +
               text + "'";
      },
      zero_allowed ? "NUMBER >= 0" : "NUMBER > 0");
}
inline const CLI::Validator kPositive = sign_check(false);
inline const CLI::Validator kNotNegative = sign_check(true);

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

// --help and --version print and end: their text must have been written too.
inline int exit_after_output(int status) {
  check_stdout();
  return status;
}

// Levenshtein distance, for "did you mean".
inline size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

// Every long flag of an app and its subcommands.
inline void collect_flags(const CLI::App& cli, std::vector<std::string>& out) {
  for (const CLI::Option* option : cli.get_options())
    for (const std::string& name : option->get_lnames()) out.push_back("--" + name);
  for (const CLI::App* sub : cli.get_subcommands([](const CLI::App*) { return true; }))
    collect_flags(*sub, out);
}

// "; did you mean --beam?" when one flag is near, else "".
inline std::string nearest_flag(const CLI::App& cli, const std::string& given) {
  std::string word = given.substr(0, given.find('='));
  if (word.rfind("--", 0) != 0) word = "--" + word.substr(word.find_first_not_of('-'));
  std::vector<std::string> flags;
  collect_flags(cli, flags);
  std::string best;
  size_t best_distance = std::max<size_t>(3, word.size() / 3) + 1;
  for (const std::string& flag : flags) {
    size_t d = edit_distance(word, flag);
    // A prefix or an extension of a flag (--beam-size, --max-len) counts as near.
    if (flag.rfind(word, 0) == 0 || word.rfind(flag + "-", 0) == 0) d = std::min<size_t>(d, 1);
    if (d < best_distance) best_distance = d, best = flag;
  }
  return best.empty() ? "" : "; did you mean " + best + "?";
}

// The names of an app's subcommands: "gemm, train or toy".
inline std::string subcommand_names(const CLI::App& cli) {
  std::vector<std::string> names;
  for (const CLI::App* sub : cli.get_subcommands([](const CLI::App*) { return true; }))
    names.push_back(sub->get_name());
  return choices_text(names);
}

// A CLI11 parse error as one line a user can act on.
inline std::string usage_message(const CLI::App& cli, const CLI::ParseError& e) {
  std::vector<std::string> extras = cli.remaining();
  for (const CLI::App* sub : cli.get_subcommands([](const CLI::App*) { return true; }))
    for (const std::string& arg : sub->remaining()) extras.push_back(arg);
  const bool has_commands = !cli.get_subcommands([](const CLI::App*) { return true; }).empty();
  const bool extra_error = dynamic_cast<const CLI::ExtrasError*>(&e) != nullptr;
  if ((extra_error || has_commands) && !extras.empty()) {
    const std::string& first = extras[0];
    if (first.size() > 1 && first[0] == '-')
      return "unknown option " + first.substr(0, first.find('=')) + nearest_flag(cli, first);
    if (has_commands)
      return "unknown command '" + first + "' (expected " + subcommand_names(cli) + ")";
    return "unexpected argument '" + first + "'";
  }
  const std::string message = e.what();
  const std::string unparsable = "INI was not able to parse ";
  if (message.rfind(unparsable, 0) == 0) {
    const std::string key = message.substr(unparsable.size());
    const CLI::Option* config = cli.get_config_ptr();
    const std::string file = config && config->count() ? config->as<std::string>() + ": " : "";
    std::string hint = nearest_flag(cli, key);  // a config file spells --lr as lr
    if (!hint.empty()) hint = "; did you mean " + hint.substr(hint.find("--") + 2);
    return file + "unknown option '" + key + "'" + hint;
  }
  if (dynamic_cast<const CLI::RequiredError*>(&e) && message == "A subcommand is required")
    return "a command is required: " + subcommand_names(cli);
  return message;
}

// mpirun merges the ranks' standard error as the bytes arrive, and std::cerr
// writes every << at once: a line of rank 0's could be cut in two by a line
// of rank 1's (a CI run saw "[data] corpus cache " + rank 1's error + the
// rest). Call first in main: each line then reaches stderr in one write.
// Lines ending in '\r' (progress) are flushed by their writers.
inline void write_stderr_in_whole_lines() {
  static char buffer[1 << 16];
  std::setvbuf(stderr, buffer, _IOLBF, sizeof buffer);
  std::cerr.unsetf(std::ios::unitbuf);
}

inline void warn_about_threads(const std::string& name, int threads) {
  const unsigned cores = std::thread::hardware_concurrency();
  if (cores > 0 && threads > static_cast<int>(cores))
    std::cerr << name << ": warning: --threads " << threads << " exceeds the " << cores
              << " cores of this machine; threads will wait for each other\n";
}

// Parses argv and runs body; turns every failure into one line: exit 2 for a
// usage error (CLI11's parse errors, an OptionError), 1 for any other.
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
      return exit_after_output(cli.exit(e));
    } catch (const CLI::CallForAllHelp& e) {
      return exit_after_output(cli.exit(e));
    } catch (const CLI::CallForVersion& e) {
      return exit_after_output(cli.exit(e));
    } catch (const CLI::ParseError& e) {
      std::cerr << name << ": " << one_line(usage_message(cli, e)) << " (see --help)\n";
      return kUsageError;
    }
    warn_about_threads(name, flags.threads);
    set_num_threads(flags.threads);
    const int status = body();
    check_stdout();
    return status;
  } catch (const ErrorReportedElsewhere&) {
    // another rank of the job printed the one line
  } catch (const OptionError& e) {
    std::cerr << name << ": " << one_line(e.what()) << " (see --help)\n";
    return kUsageError;
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
