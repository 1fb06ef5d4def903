// Errors a user can cause (bad input, bad flags, shape mismatches) are thrown as
// nmt::Error; apps catch it at the edge and print one line with exit code 1.
// Not for programming errors inside a kernel that no input can reach.
#pragma once

#include <sstream>
#include <stdexcept>
#include <string>

namespace nmt {

class Error : public std::runtime_error {
 public:
  explicit Error(const std::string& message) : std::runtime_error(message) {}
};

// A failure another process of the same job (another rank under mpirun) has
// already reported in its one line: apps exit 1 without printing.
class ErrorReportedElsewhere : public Error {
 public:
  ErrorReportedElsewhere() : Error("reported by another rank") {}
};

namespace detail {
template <typename... Parts>
std::string concat(const Parts&... parts) {
  std::ostringstream out;
  (out << ... << parts);
  return out.str();
}
}  // namespace detail

}  // namespace nmt

// NMT_CHECK(cond, parts...): throw nmt::Error with the parts streamed together.
#define NMT_CHECK(cond, ...)                                             \
  do {                                                                   \
    if (!(cond)) throw ::nmt::Error(::nmt::detail::concat(__VA_ARGS__)); \
  } while (0)
