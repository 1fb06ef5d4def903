#include "train/model_snapshots.h"

#include <algorithm>
#include <cctype>
#include <filesystem>

#include "base/error.h"

namespace nmt {
namespace fs = std::filesystem;

std::string snapshot_path(const std::string& model_path, int64_t update) {
  return model_path + ".upd" + std::to_string(update);
}

std::vector<std::pair<int64_t, std::string>> list_snapshots(const std::string& model_path) {
  const fs::path model(model_path);
  const fs::path dir = model.has_parent_path() ? model.parent_path() : fs::path(".");
  const std::string prefix = model.filename().string() + ".upd";
  std::vector<std::pair<int64_t, std::string>> out;
  std::error_code ec;
  for (const fs::directory_entry& entry : fs::directory_iterator(dir, ec)) {
    const std::string name = entry.path().filename().string();
    if (name.size() <= prefix.size() || name.compare(0, prefix.size(), prefix) != 0) continue;
    const std::string digits = name.substr(prefix.size());
    if (digits.size() > 18 ||
        !std::all_of(digits.begin(), digits.end(), [](unsigned char c) { return std::isdigit(c); }))
      continue;  // not ours (a temporary file, a user's copy)
    out.emplace_back(std::stoll(digits),
                     (model.has_parent_path() ? dir / name : fs::path(name)).string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

int prune_snapshots(const std::string& model_path, int keep) {
  const auto snapshots = list_snapshots(model_path);
  int removed = 0;
  for (size_t i = 0; i + static_cast<size_t>(keep) < snapshots.size(); ++i) {
    std::error_code ec;
    NMT_CHECK(fs::remove(snapshots[i].second, ec) && !ec, snapshots[i].second,
              ": cannot remove an old snapshot: ", ec ? ec.message() : "not found");
    ++removed;
  }
  return removed;
}

}  // namespace nmt
