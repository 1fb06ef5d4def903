// The MPI implementation of Communicator (communicator.h). The only file of
// nmt that includes mpi.h.
#include <mpi.h>

#include <cstdio>
#include <limits>

#include "base/error.h"
#include "dist/communicator.h"

namespace nmt {
namespace {

// MPI counts are int: large buffers go in pieces of at most 2^30 elements.
constexpr size_t kMaxCount = size_t{1} << 30;

void check(int code, const char* what) {
  if (code == MPI_SUCCESS) return;
  char text[MPI_MAX_ERROR_STRING];
  int length = 0;
  MPI_Error_string(code, text, &length);
  throw Error(std::string("MPI ") + what + " failed: " + std::string(text, length));
}

class MpiCommunicator : public Communicator {
 public:
  MpiCommunicator(int* argc, char*** argv) {
    int provided = 0;
    check(MPI_Init_thread(argc, argv, MPI_THREAD_FUNNELED, &provided), "init");
    MPI_Comm_set_errhandler(MPI_COMM_WORLD, MPI_ERRORS_RETURN);
    MPI_Comm_rank(MPI_COMM_WORLD, &rank_);
    MPI_Comm_size(MPI_COMM_WORLD, &size_);
  }
  ~MpiCommunicator() override { MPI_Finalize(); }

  int rank() const override { return rank_; }
  int size() const override { return size_; }

  void allreduce_sum(float* data, size_t n) override { sum(data, n, MPI_FLOAT); }
  void allreduce_sum(double* data, size_t n) override { sum(data, n, MPI_DOUBLE); }

  void broadcast(std::string& text, int root) override {
    unsigned long long length = text.size();
    check(MPI_Bcast(&length, 1, MPI_UNSIGNED_LONG_LONG, root, MPI_COMM_WORLD), "broadcast");
    text.resize(length);
    for (size_t at = 0; at < length; at += kMaxCount) {
      const int count = static_cast<int>(std::min<size_t>(kMaxCount, length - at));
      check(MPI_Bcast(&text[at], count, MPI_CHAR, root, MPI_COMM_WORLD), "broadcast");
    }
  }

  std::vector<uint64_t> allgather(uint64_t value) override {
    std::vector<uint64_t> all(size_);
    unsigned long long mine = value;
    check(MPI_Allgather(&mine, 1, MPI_UNSIGNED_LONG_LONG, all.data(), 1, MPI_UNSIGNED_LONG_LONG,
                        MPI_COMM_WORLD),
          "allgather");
    return all;
  }

  [[noreturn]] void abort(int exit_code) override {
    std::fflush(stderr);
    MPI_Abort(MPI_COMM_WORLD, exit_code);
    std::_Exit(exit_code);
  }

  std::string library() const override {
    char text[MPI_MAX_LIBRARY_VERSION_STRING];
    int length = 0;
    MPI_Get_library_version(text, &length);
    std::string s(text, length);
    const size_t comma = s.find(',');
    return comma == std::string::npos ? s : s.substr(0, comma);
  }

 private:
  template <typename T>
  void sum(T* data, size_t n, MPI_Datatype type) {
    for (size_t at = 0; at < n; at += kMaxCount) {
      const int count = static_cast<int>(std::min(kMaxCount, n - at));
      check(MPI_Allreduce(MPI_IN_PLACE, data + at, count, type, MPI_SUM, MPI_COMM_WORLD),
            "allreduce");
    }
  }

  int rank_ = 0;
  int size_ = 1;
};

}  // namespace

std::unique_ptr<Communicator> make_world_communicator(int* argc, char*** argv) {
  if (!launched_by_mpirun()) return make_local_communicator();
  return std::make_unique<MpiCommunicator>(argc, argv);
}

}  // namespace nmt
