#!/usr/bin/env bash
# Kill test for data-parallel training (docs/DISTRIBUTED.md): `mpirun -np 2
# nmt-train`, then SIGKILL to one rank (rank 0 and rank 1 in turn) at a seeded
# random moment. Checks, for each kill: the whole job ends within 60 s; the
# output names the killed rank (Open MPI: "process rank N ... exited on signal
# 9"); MODEL and MODEL.ckpt of the last save load and translate; re-running
# the same command resumes from the checkpoint (update > 0) and ends cleanly.
#
#   bash scripts/kill_ranks_test.sh [--build-dir build] [--kills 4] [--seed 1]
# Called by scripts/kill_test.sh (make test-faults). Exits 1 on any failure.
set -u
here=$(cd "$(dirname "$0")/.." && pwd)
build="$here/build"
kills=4
seed=1
while [ $# -gt 0 ]; do
  case "$1" in
    --build-dir) build=$2; shift 2 ;;
    --kills) kills=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) echo "kill_ranks_test.sh: unknown argument $1" >&2; exit 1 ;;
  esac
done
case "$build" in /*) ;; *) build="$here/$build" ;; esac
TRAIN="$build/bin/nmt-train"
TRANSLATE="$build/bin/nmt-translate"
command -v mpirun >/dev/null || { echo "kill_ranks_test.sh: mpirun not found (make deps)" >&2; exit 1; }
W=$(mktemp -d); trap 'rm -rf "$W"' EXIT
export OMP_NUM_THREADS=1 OMP_WAIT_POLICY=passive
export OMPI_ALLOW_RUN_AS_ROOT=1 OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1 OMPI_MCA_rmaps_base_oversubscribe=1
SAMPLE="$here/corpora/sample"
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
RANDOM=$seed
args=(--threads 1 --train-src "$SAMPLE/train.en" --train-tgt "$SAMPLE/train.es" --vocab-size 1000
      --spm-sample 800 --batch-tokens 800 --lr 3e-3 --warmup 20 --log-every 5 --max-updates 100000
      --seed 7 --arch transformer --dim 64 --heads 4 --ffn 128 --enc-layers 2 --dec-layers 2
      --dropout 0.1 --save-every 5 --model "$W/m.nmt")

rank_pid() {  # the pid of rank $1 of the running job
  local p
  for p in $(pgrep -f "^$TRAIN .*$W/m.nmt"); do
    tr '\0' '\n' <"/proc/$p/environ" 2>/dev/null | grep -qx "OMPI_COMM_WORLD_RANK=$1" && { echo "$p"; return; }
  done
}

for ((k = 0; k < kills; k++)); do
  victim=$((k % 2))
  mpirun --bind-to none -np 2 "$TRAIN" "${args[@]}" >"$W/run.log" 2>&1 &
  job=$!
  # Wait for training to be under way (a checkpoint exists), then a random extra 0-4 s.
  for ((t = 0; t < 600; t++)); do [ -e "$W/m.nmt.ckpt" ] && break; sleep 0.2; done
  sleep "$((RANDOM % 5)).$((RANDOM % 10))"
  pid=$(rank_pid "$victim")
  [ -n "$pid" ] || { fail "kill $k: rank $victim not found"; kill "$job"; wait "$job"; continue; }
  kill -9 "$pid"
  start=$SECONDS
  while kill -0 "$job" 2>/dev/null && [ $((SECONDS - start)) -lt 60 ]; do sleep 0.2; done
  if kill -0 "$job" 2>/dev/null; then
    fail "kill $k: job still running 60 s after rank $victim was killed"
    pkill -9 -P "$job"; kill -9 "$job"
  fi
  wait "$job"
  echo "kill $k: rank $victim (pid $pid) killed; job ended after $((SECONDS - start)) s"
  grep -q "rank $victim .*exited on signal 9" "$W/run.log" ||
    fail "kill $k: the output does not name rank $victim: $(tail -n 5 "$W/run.log")"
  "$TRANSLATE" -m "$W/m.nmt" --threads 1 <<<"In the beginning" >/dev/null 2>"$W/tr.err" ||
    fail "kill $k: MODEL does not translate: $(cat "$W/tr.err")"
done
# The same command again resumes and, with an update limit, ends cleanly.
reached=$(sed -n 's/.*continuing after update \([0-9]*\).*/\1/p;s/^\[train\] update \([0-9]*\) |.*/\1/p' \
  "$W/run.log" | sort -n | tail -n 1)
args+=(--max-updates "$(( ${reached:-0} + 10 ))")
mpirun -q --bind-to none -np 2 "$TRAIN" "${args[@]}" >"$W/final.log" 2>&1 ||
  fail "final 2-rank run failed: $(tail -n 3 "$W/final.log")"
grep -q "continuing after update [1-9]" "$W/final.log" || fail "final run did not resume: $(head -n 5 "$W/final.log")"
echo "rank kills: $kills; failures: $fails"
[ "$fails" -eq 0 ]
