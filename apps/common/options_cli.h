// The option tables of lib (lib/base/options.h) as CLI11 flags. Each flagged
// option becomes one CLI11 option that only collects text; after parsing,
// apply() reads the text through the table, in table order, so ranges,
// choices and messages are the table's. --help shows each option's type and
// default; dump() writes every value as a config file that --config reads back.
// Header-only like app.h; no translation logic here.
#pragma once

#include <CLI/CLI.hpp>
#include <cctype>
#include <deque>
#include <functional>
#include <string>

#include "base/options.h"

namespace nmt::app {

class OptionFlags {
 public:
  // Adds every option of table that has a flag, bound to config. The
  // defaults shown by --help are config's values now.
  template <class C>
  void add(CLI::App& cli, const OptionTable<C>& table, C& config) {
    for (const Option<C>& o : table) {
      if (o.flag.empty()) continue;
      Bound& b = bound_.emplace_back();
      b.key = o.name().substr(2);  // "--model" of "-m,--model"
      b.is_switch = o.is_switch();
      b.inverted = o.inverted;
      b.get = [&config, get = o.get] { return get(config); };
      b.set = [&config, set = o.set](const std::string& text) { set(config, text); };
      const std::string now = b.get();
      std::string shown = o.shown_default;
      if (shown.empty())
        shown = b.is_switch ? ((now == "true") != b.inverted ? "on" : "off")
                            : (now.empty() ? "none" : now);
      if (b.is_switch) {
        b.option = cli.add_flag(o.flag, b.on, o.help);
        b.option->option_text("[" + shown + "]");
      } else {
        b.option = cli.add_option(o.flag, b.text, o.help);
        if (o.value_optional) b.option->expected(0, 1);
        b.option->option_text(o.type + (o.required ? " REQUIRED" : " [" + shown + "]"));
      }
      if (o.required) b.option->required();
    }
  }

  // Reads each option given (on the command line or in --config) into its
  // config. Throws OptionError (a usage error) on a bad value.
  void apply() const {
    for (const Bound& b : bound_) {
      if (b.option->count() == 0) continue;
      if (b.is_switch)
        b.set(b.on != b.inverted ? "true" : "false");
      else
        b.set(b.text);
    }
  }

  // Every option with its current value, as a TOML file for --config.
  std::string dump() const {
    std::string out;
    for (const Bound& b : bound_) {
      const std::string value = b.get();
      if (b.is_switch)
        out += b.key + " = " + ((value == "true") != b.inverted ? "true" : "false") + "\n";
      else
        out += b.key + " = " + quoted(value) + "\n";
    }
    return out;
  }

 private:
  struct Bound {
    CLI::Option* option = nullptr;
    std::string key;  // the flag without "--": the key in a config file
    bool is_switch = false, inverted = false;
    std::string text;  // what CLI11 collected
    bool on = false;
    std::function<std::string()> get;
    std::function<void(const std::string&)> set;
  };

  // Numbers and names bare; other text quoted (CLI11 strips one pair of
  // quotes and does not unescape, and splits bare text at commas and spaces).
  static std::string quoted(const std::string& value) {
    bool bare = !value.empty();
    for (char c : value)
      bare = bare && (std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-' ||
                      c == '+' || c == '_');
    if (bare) return value;
    return value.find('"') == std::string::npos ? "\"" + value + "\"" : "'" + value + "'";
  }

  std::deque<Bound> bound_;  // a deque: CLI11 holds pointers into the elements
};

}  // namespace nmt::app
