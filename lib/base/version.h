// The one version string every tool prints with --version.
#pragma once

#include <string>

namespace nmt {

// "nmt 0.1.0 (git abc123)"; apps append the GEMM kernel in use.
std::string version_string();

}  // namespace nmt
