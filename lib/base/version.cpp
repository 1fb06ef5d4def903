// The only file compiled with the version and git description, so a new
// commit recompiles this file alone rather than every file of the project.
#include "base/version.h"

namespace nmt {

std::string version_string() {
  return std::string("nmt ") + NMT_VERSION + " (" + NMT_GIT_DESCRIBE + ")";
}

}  // namespace nmt
