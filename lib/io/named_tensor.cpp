#include "io/named_tensor.h"

#include <set>

#include "base/error.h"

namespace nmt {

void check_named_tensors(const std::vector<NamedTensor>& tensors, const std::string& what) {
  std::set<std::string> seen;
  for (const NamedTensor& t : tensors) {
    NMT_CHECK(!t.name.empty(), what, " with an empty name");
    NMT_CHECK(seen.insert(t.name).second, "duplicate ", what, " name '", t.name, "'");
    NMT_CHECK(t.value.defined(), what, " '", t.name, "' has no data");
  }
}

const NamedTensor* find_named_tensor(const std::vector<NamedTensor>& tensors,
                                     const std::string& name) {
  for (const NamedTensor& t : tensors)
    if (t.name == name) return &t;
  return nullptr;
}

}  // namespace nmt
