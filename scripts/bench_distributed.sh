#!/usr/bin/env bash
# The data-parallel figures of docs/DISTRIBUTED.md, one JSON line each
# (nmt-bench train, reference Transformer): 1 rank x 1 thread, 1 rank x 2
# threads, 2 ranks x 1 thread over shared memory, and 2 ranks x 1 thread over
# TCP (--mca btl tcp,self: the path between machines, here over loopback).
#
#   bash scripts/bench_distributed.sh [--build-dir build] [--steps 10] [--quick]
# Run it on a quiet machine: every configuration shares the same cores.
set -u
here=$(cd "$(dirname "$0")/.." && pwd)
build="$here/build"
bench_args=(--steps 10 --warmup 3)
while [ $# -gt 0 ]; do
  case "$1" in
    --build-dir) build=$2; shift 2 ;;
    --steps) bench_args=(--steps "$2" --warmup 3); shift 2 ;;
    --quick) bench_args=(--quick); shift ;;
    -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
    *) echo "bench_distributed.sh: unknown argument $1" >&2; exit 1 ;;
  esac
done
case "$build" in /*) ;; *) build="$here/$build" ;; esac
BENCH="$build/bin/nmt-bench"
export OMPI_ALLOW_RUN_AS_ROOT=1 OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1
echo "# $(date -u +%FT%TZ) load average: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores" >&2
run() {  # LABEL COMMAND...
  local label=$1; shift
  printf '%s\t' "$label"
  "$@" 2>/dev/null | tail -n 1
}
run "1x1" "$BENCH" train "${bench_args[@]}" --threads 1
run "1x2" "$BENCH" train "${bench_args[@]}" --threads 2
run "2x1-shm" mpirun -q -np 2 --bind-to core "$BENCH" train "${bench_args[@]}" --threads 1
run "2x1-tcp" mpirun -q -np 2 --bind-to core --mca btl tcp,self "$BENCH" train "${bench_args[@]}" --threads 1
