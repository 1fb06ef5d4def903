#include "base/rng.h"

#include <cmath>

namespace nmt {

float Rng::normal() {
  // Keep u1 away from 0 so log stays finite.
  float u1 = (static_cast<float>(next_u64() >> 40) + 1.0f) * (1.0f / 16777217.0f);
  float u2 = uniform();
  return std::sqrt(-2.0f * std::log(u1)) * std::cos(6.28318530717958647692f * u2);
}

}  // namespace nmt
