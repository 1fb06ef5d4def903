// Communicator: the only door from nmt to other processes of one training job
// (synchronous data parallelism, train/distributed.h). Two implementations:
// one process on its own (the default: every collective is the identity), and
// Open MPI's MPI_COMM_WORLD when the tool was started by mpirun. Nothing above
// this header includes mpi.h or branches on MPI.
//
// Every collective must be called by every rank in the same order (MPI's
// rule); a rank that skips one hangs the job. Results are the same bits on
// every rank (a sum of two floats is commutative in IEEE arithmetic; Open
// MPI's allreduce reduces each element once and sends the result to all).
// Not here: what is summed and when (train/distributed.h).
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace nmt {

class Communicator {
 public:
  virtual ~Communicator() = default;
  virtual int rank() const = 0;  // 0 .. size() - 1
  virtual int size() const = 0;
  // In place: data[i] = sum over ranks of data[i].
  virtual void allreduce_sum(float* data, size_t n) = 0;
  virtual void allreduce_sum(double* data, size_t n) = 0;
  // text on every rank becomes root's text.
  virtual void broadcast(std::string& text, int root) = 0;
  // Every rank's value, indexed by rank.
  virtual std::vector<uint64_t> allgather(uint64_t value) = 0;
  // Ends every rank of the job at once (a fault no collective can agree on).
  [[noreturn]] virtual void abort(int exit_code) = 0;
  // "Open MPI 4.1.4" or "none".
  virtual std::string library() const = 0;

  // Set once every rank knows the job is ending on an error one rank reported
  // (train/distributed.h agree_on): each rank exits by itself, no abort.
  void set_stopping_together() { stopping_together_ = true; }
  bool stopping_together() const { return stopping_together_; }

 private:
  bool stopping_together_ = false;
};

// One process: rank 0 of 1.
std::unique_ptr<Communicator> make_local_communicator();

// The job's communicator: MPI when this process was launched by mpirun (its
// environment names a world size), otherwise the local one, so a tool run by
// hand never touches MPI. Calls MPI_Init_thread (funneled: only the main
// thread calls MPI); the returned object's destructor calls MPI_Finalize.
// At most one may exist.
std::unique_ptr<Communicator> make_world_communicator(int* argc, char*** argv);

// True when the environment says an MPI launcher started this process.
bool launched_by_mpirun();

}  // namespace nmt
