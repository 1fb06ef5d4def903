#include "base/threads.h"

#include <omp.h>

#include <cstdlib>

namespace nmt {

void set_num_threads(int n) {
  if (n <= 0) {
    if (std::getenv("OMP_NUM_THREADS")) return;  // the environment's choice stands
    n = omp_get_num_procs();
  }
  omp_set_num_threads(n);
}

int num_threads() { return omp_get_max_threads(); }

}  // namespace nmt
