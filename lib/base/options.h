// Options declared once. Each configuration struct (ModelConfig, TrainConfig,
// the decoding options, ...) has one table of small descriptors: the key it
// has in config texts (model files, checkpoints), its command-line flag, its
// help, and how to read and print its value, with the range or the choices
// checked on reading. Everything else is derived from that table: the CLI11
// flags and the defaults --help shows (apps/common/options_cli.h), the
// --dump-config file, the key = value text stored in model files and
// checkpoints, and the list of options changed on a resume.
// Not here: CLI11 (apps only) or checks that involve several options (each
// config's validate()).
#pragma once

#include <cstdint>
#include <functional>
#include <limits>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "base/error.h"

namespace nmt {

// A value that the option's own rule refuses (out of range, not a number, not
// one of the choices). At the command line this is a usage error (exit 2); in a
// stored config text the reader turns it into a plain Error naming the file.
class OptionError : public Error {
 public:
  explicit OptionError(const std::string& message) : Error(message) {}
};

template <class C>
struct Option {
  std::string key;   // in config texts: "batch_tokens"
  std::string flag;  // on the command line: "--batch-tokens", "-m,--model"; empty: not a flag
  std::string help;
  std::string type;              // shown in --help: "INT", "FLOAT", "unigram|bpe"; "" = switch
  bool inverted = false;         // a switch that turns the field off (--post-norm)
  bool value_optional = false;   // the flag may come bare: set() then reads ""
  bool fixed_on_resume = false;  // a checkpoint cannot continue with another value
  bool required = false;         // the command line must give it
  std::string shown_default;     // what --help shows when not the value itself
  std::function<std::string(const C&)> get;         // the value as text
  std::function<void(C&, const std::string&)> set;  // throws OptionError

  bool is_switch() const { return type.empty(); }
  // The name used in messages: the (long) flag, or the key of a text-only option.
  std::string name() const {
    const size_t comma = flag.rfind(',');
    return flag.empty() ? key : flag.substr(comma == std::string::npos ? 0 : comma + 1);
  }
  Option& fixed() {
    fixed_on_resume = true;
    return *this;
  }
  Option& needed() {
    required = true;
    return *this;
  }
  Option& shown_as(std::string text) {
    shown_default = std::move(text);
    return *this;
  }
  // The same flag where a tool gives it another effect (nmt-align refuses the
  // lines nmt-translate cuts): its help there.
  Option& with_help(std::string text) {
    help = std::move(text);
    return *this;
  }
};

template <class C>
using OptionTable = std::vector<Option<C>>;

template <class C>
Option<C> make_option(std::string key, std::string flag, std::string help, std::string type) {
  Option<C> o;
  o.key = std::move(key);
  o.flag = std::move(flag);
  o.help = std::move(help);
  o.type = std::move(type);
  return o;
}

// A closed interval, or half-open where an end is excluded: [0, 1) is {0, 1, false, true}.
struct Bounds {
  double lo = -std::numeric_limits<double>::infinity();
  double hi = std::numeric_limits<double>::infinity();
  bool lo_open = false, hi_open = false;
};

// ---- reading and printing single values (throw OptionError naming `name`)
int64_t parse_int_option(const std::string& name, const std::string& text, int64_t lo, int64_t hi);
uint64_t parse_uint_option(const std::string& name, const std::string& text);
double parse_real_option(const std::string& name, const std::string& text, const Bounds& bounds);
bool parse_bool_option(const std::string& name, const std::string& text);
std::string format_real(double value);  // shortest text that reads back exactly
std::string format_real(float value);
std::string bounds_text(const Bounds& bounds);  // "[0, 1)"
// "unigram or bpe", "a, b or c"
std::string choices_text(const std::vector<std::string>& names);

// ---- the descriptor makers: a field of C, its key, its flag and its help
template <class C, class T>
Option<C> int_option(std::string key, std::string flag, T C::*field, int64_t lo, int64_t hi,
                     std::string help) {
  auto o = make_option<C>(std::move(key), std::move(flag), std::move(help), "INT");
  o.get = [field](const C& c) { return std::to_string(c.*field); };
  const std::string name = o.name();
  o.set = [field, name, lo, hi](C& c, const std::string& text) {
    c.*field = static_cast<T>(parse_int_option(name, text, lo, hi));
  };
  return o;
}

template <class C>
Option<C> uint_option(std::string key, std::string flag, uint64_t C::*field, std::string help) {
  auto o = make_option<C>(std::move(key), std::move(flag), std::move(help), "INT");
  o.get = [field](const C& c) { return std::to_string(c.*field); };
  const std::string name = o.name();
  o.set = [field, name](C& c, const std::string& text) {
    c.*field = parse_uint_option(name, text);
  };
  return o;
}

template <class C, class T>
Option<C> real_option(std::string key, std::string flag, T C::*field, Bounds bounds,
                      std::string help) {
  auto o = make_option<C>(std::move(key), std::move(flag), std::move(help), "FLOAT");
  o.get = [field](const C& c) { return format_real(c.*field); };
  const std::string name = o.name();
  o.set = [field, name, bounds](C& c, const std::string& text) {
    c.*field = static_cast<T>(parse_real_option(name, text, bounds));
  };
  return o;
}

template <class C>
Option<C> text_option(std::string key, std::string flag, std::string C::*field, std::string help,
                      std::string type = "TEXT") {
  auto o = make_option<C>(std::move(key), std::move(flag), std::move(help), std::move(type));
  o.get = [field](const C& c) { return c.*field; };
  o.set = [field](C& c, const std::string& text) { c.*field = text; };
  return o;
}

// A flag without a value. inverted: the flag turns the field off (--post-norm
// sets pre_norm = false); in texts the field keeps its own sense.
template <class C>
Option<C> switch_option(std::string key, std::string flag, bool C::*field, bool inverted,
                        std::string help) {
  auto o = make_option<C>(std::move(key), std::move(flag), std::move(help), "");
  o.get = [field](const C& c) { return c.*field ? "true" : "false"; };
  const std::string name = o.name();
  o.set = [field, name](C& c, const std::string& text) {
    c.*field = parse_bool_option(name, text);
  };
  o.inverted = inverted;
  return o;
}

// One of a fixed set of names, held as an enum.
template <class C, class E>
Option<C> choice_option(std::string key, std::string flag, E C::*field,
                        std::vector<std::pair<E, std::string>> names, std::string help) {
  std::vector<std::string> spellings;
  for (const auto& entry : names) spellings.push_back(entry.second);
  std::string type;
  for (const std::string& s : spellings) type += (type.empty() ? "" : "|") + s;
  auto o = make_option<C>(std::move(key), std::move(flag), std::move(help), type);
  o.get = [field, names](const C& c) {
    for (const auto& [value, spelling] : names)
      if (value == c.*field) return spelling;
    return std::string("?");
  };
  const std::string name = o.name();
  o.set = [field, names, spellings, name](C& c, const std::string& text) {
    for (const auto& [value, spelling] : names)
      if (spelling == text) {
        c.*field = value;
        return;
      }
    throw OptionError(name + " must be " + choices_text(spellings) + ", not '" + text + "'");
  };
  return o;
}

// The options of a part (Whole::*part) as options of the whole, so one command
// line can be made of several tables.
template <class Whole, class Part>
Option<Whole> lift(const Option<Part>& o, Part Whole::*part) {
  Option<Whole> w;
  w.key = o.key;
  w.flag = o.flag;
  w.help = o.help;
  w.type = o.type;
  w.inverted = o.inverted;
  w.value_optional = o.value_optional;
  w.fixed_on_resume = o.fixed_on_resume;
  w.required = o.required;
  w.shown_default = o.shown_default;
  w.get = [get = o.get, part](const Whole& c) { return get(c.*part); };
  w.set = [set = o.set, part](Whole& c, const std::string& text) { set(c.*part, text); };
  return w;
}

template <class Whole, class Part>
OptionTable<Whole> lift(const OptionTable<Part>& table, Part Whole::*part) {
  OptionTable<Whole> out;
  for (const Option<Part>& o : table) out.push_back(lift(o, part));
  return out;
}

// The row of table with this flag (its long name: "--model" finds
// "-m,--model"), for a tool that shares it. A flag the table lacks is a
// programming error (std::logic_error).
template <class C>
Option<C> option_with_flag(const OptionTable<C>& table, const std::string& flag) {
  for (const Option<C>& o : table)
    if (o.name() == flag) return o;
  throw std::logic_error("no option " + flag);
}

// ---- whole configs as key = value text
template <class C>
std::string options_to_text(const OptionTable<C>& table, const C& config) {
  std::string out;
  for (const Option<C>& o : table)
    if (!o.key.empty()) out += o.key + " = " + o.get(config) + "\n";
  return out;
}

// The key = value lines of a config text (blank lines and # comments skipped).
// strict: a line without " = " is an error; else such lines are skipped.
std::vector<std::pair<std::string, std::string>> config_lines(const std::string& text,
                                                              const std::string& what, bool strict);

// "key: a -> b" for each key whose value differs between two config texts
// (lines compared as text; a key only in `after` shows "(unset) -> b").
std::vector<std::string> text_differences(const std::string& before, const std::string& after);

// Reads a config text over `config` (keys absent keep their value). what names
// the text in errors ("model config"); strict: unknown keys are errors (else
// skipped, so a newer checkpoint with more keys still reads).
template <class C>
void options_from_text(const OptionTable<C>& table, C& config, const std::string& text,
                       const std::string& what, bool strict) {
  for (const auto& [key, value] : config_lines(text, what, strict)) {
    const Option<C>* found = nullptr;
    for (const Option<C>& o : table)
      if (o.key == key) found = &o;
    if (!found) {
      if (strict) throw Error(what + ": unknown key '" + key + "'");
      continue;
    }
    try {
      found->set(config, value);
    } catch (const OptionError& e) {
      throw Error(what + ": bad value '" + value + "' for " + key + " (" + e.what() + ")");
    }
  }
}

// Checks every option's own rule (range, choices) on a config made in code:
// each value is printed and read back. Throws OptionError naming the first bad one.
template <class C>
void check_options(const OptionTable<C>& table, const C& config) {
  C copy = config;
  for (const Option<C>& o : table) o.set(copy, o.get(config));
}

// "lr: 0.0005 -> 0.001" for each option whose value differs; with
// fixed_only, only the options a checkpoint cannot continue with.
template <class C>
std::vector<std::string> option_differences(const OptionTable<C>& table, const C& before,
                                            const C& after, bool fixed_only = false) {
  std::vector<std::string> out;
  for (const Option<C>& o : table) {
    if (o.key.empty() || (fixed_only && !o.fixed_on_resume)) continue;
    const std::string a = o.get(before), b = o.get(after);
    if (a != b)
      out.push_back(o.key + ": " + (a.empty() ? "\"\"" : a) + " -> " + (b.empty() ? "\"\"" : b));
  }
  return out;
}

}  // namespace nmt
