// What data-parallel training asks of the ranks of a job (dist/communicator.h),
// in the trainer's terms: agree on a failure, check that every rank runs the
// same job, sum the gradients, check that the parameters stay identical.
// With one process every function here is the identity or a no-op, so the
// trainer has no MPI branch and a run without mpirun is what it always was.
//
// The data split (trainer.cpp): every rank plans the same global batches from
// the same seed with a budget of ranks x update_freq x --batch-tokens; rows of
// a global batch are dealt round-robin into ranks x update_freq parts (rows are
// length-sorted, so parts come out alike), rank r takes parts r*K .. r*K+K-1.
// Each part's mean loss is weighted by its share of the global target tokens,
// so the summed gradient is the gradient of the global batch's mean loss: the
// same as one process with the whole batch, up to float rounding.
// Not here: the training loop (trainer.cpp), MPI itself (dist/).
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "autograd/var.h"
#include "base/error.h"
#include "dist/communicator.h"

namespace nmt {

// Runs step on every rank; if it threw nmt::Error on any rank, the lowest such
// rank rethrows its error and every other rank throws ErrorReportedElsewhere
// (base/error.h), after marking the communicator as stopping together: the
// job ends with the one line of the rank that found the problem, no abort.
void agree_on(Communicator& comm, const std::function<void()>& step);

// Fails (as agree_on) when a rank's value differs from rank 0's; the message
// names the rank, what differs and describe(mine, rank 0's) (default: both
// values).
using DescribeDifference = std::function<std::string(const std::string&, const std::string&)>;
void check_same_on_every_rank(Communicator& comm, const std::string& what, const std::string& value,
                              const DescribeDifference& describe = nullptr);

// CRC-32 over every parameter's name, shape and values, in registry order.
uint32_t parameter_digest(const std::vector<std::pair<std::string, Var>>& params);

// Throws (as agree_on) when the ranks' parameter digests differ after update.
void check_same_parameters(Communicator& comm,
                           const std::vector<std::pair<std::string, Var>>& params, int64_t update);

// Sums gradients over the ranks in buckets of a fixed size (one MPI_Allreduce
// each), together with a few doubles of bookkeeping (loss sums, stop flags).
// A gradient some rank did not reach counts as zeros there; one no rank
// reached stays undefined, so Adam skips it as it would in one process.
class GradientSum {
 public:
  static constexpr size_t kBucketFloats = size_t{1} << 20;  // 4 MB per allreduce
  GradientSum(Communicator& comm, std::vector<std::pair<std::string, Var>> params);
  void sum(std::vector<double>& extra);
  double seconds() const { return seconds_; }  // spent in sum() so far
  size_t floats() const;                       // gradient values summed per call

 private:
  void flush(size_t used);
  Communicator& comm_;
  std::vector<std::pair<std::string, Var>> params_;
  std::vector<float> bucket_;
  std::vector<std::pair<float*, size_t>> pending_;  // gradient pieces in bucket_
  double seconds_ = 0;
};

}  // namespace nmt
