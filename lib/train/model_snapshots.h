// The models of the last K saves (nmt-train --keep-last K), for checkpoint
// averaging (nmt-average): MODEL.upd<N> holds the model as saved after update
// N (the exponential average when it is on). Older ones are removed as new
// ones arrive, so at most K stay, across resumed runs too.
// Not here: the averaging (models/model_average.h).
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace nmt {

// "M.nmt", 1200 -> "M.nmt.upd1200".
std::string snapshot_path(const std::string& model_path, int64_t update);

// The existing snapshots of model_path as (update, path), oldest first.
std::vector<std::pair<int64_t, std::string>> list_snapshots(const std::string& model_path);

// Removes all but the newest `keep` snapshots; returns how many it removed.
int prune_snapshots(const std::string& model_path, int keep);

}  // namespace nmt
