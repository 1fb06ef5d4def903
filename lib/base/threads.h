// The one owner of the thread count. `--threads N` in every tool calls
// set_num_threads(N) once at start; everything parallel in nmt runs in the
// single OpenMP pool this sets. GEMM kernels (Eigen, OpenBLAS) are pinned to one
// thread each and called from inside our parallel regions, never spawning their own.
#pragma once

namespace nmt {

// n <= 0 means the default: OMP_NUM_THREADS if it is set, else all cores.
void set_num_threads(int n);
int num_threads();

}  // namespace nmt
