#!/usr/bin/env bash
# Start-up cost and memory of reference-Transformer training on a big corpus
# (scripts/make_big_corpus.sh): wall time from start to the first progress
# line (--log-every 1), peak RSS (GNU time), the encoding speed nmt-train
# logs, for 1 process and for mpirun -np 2 (rank 0's line; RSS is per rank:
# `time` wraps each rank).
#
#   bash scripts/measure_big_corpus.sh CORPUS_DIR [--build-dir build] [--updates 2]
#                                      [--no-cache] [--skip-mpi-first]
# With the corpus cache (the default), each configuration runs twice: a first
# start (no cache: reads the text, trains SentencePiece on a 100,000-line
# sample (nmt-train's default --spm-sample), encodes every pair, writes
# MODEL.corpus) and a second start (maps the cache). The 2-rank second start
# reuses the 1-process cache (same corpus and options) and runs before the
# 2-rank first start, which --skip-mpi-first leaves out. --no-cache: one
# start per configuration without any cache, as nmt did before the cache
# (also for a binary that has no --corpus-cache).
set -u
here=$(cd "$(dirname "$0")/.." && pwd)
dir=${1:?usage: measure_big_corpus.sh CORPUS_DIR [--build-dir build] [--updates 2] [--no-cache] [--skip-mpi-first]}
shift
build="$here/build"
updates=2
cache=1
mpi_first=1
while [ $# -gt 0 ]; do
  case "$1" in
    --build-dir) build=$2; shift 2 ;;
    --updates) updates=$2; shift 2 ;;
    --no-cache) cache=0; shift ;;
    --skip-mpi-first) mpi_first=0; shift ;;
    *) echo "measure_big_corpus.sh: unknown argument $1" >&2; exit 1 ;;
  esac
done
case "$build" in /*) ;; *) build="$here/$build" ;; esac
TRAIN="$build/bin/nmt-train"
export OMPI_ALLOW_RUN_AS_ROOT=1 OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1
W=$(mktemp -d); trap 'rm -rf "$W"' EXIT
echo "# $(date -u +%FT%TZ) $(wc -l <"$dir/train.en") pairs, $TRAIN"
# The reference Transformer of nmt-bench (separate vocabularies of 8000).
args=(--train-src "$dir/train.en" --train-tgt "$dir/train.es" --arch transformer --dim 256 --separate-vocab
      --heads 4 --ffn 1024 --enc-layers 3 --dec-layers 3 --batch-tokens 4096 --log-every 1
      --max-updates "$updates" --save-every 100000 --vocab-size 8000)
run() {  # LABEL COMMAND...
  local label=$1; shift
  echo "$label: load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  local start; start=$(date +%s.%N)
  "$@" 2>&1 | while IFS= read -r line; do
    case "$line" in
      "[train] update 1 |"*) echo "$label: first update after $(echo "$(date +%s.%N) - $start" | bc) s" ;;
      *"Maximum resident set size"*) echo "$label: peak RSS ${line##*: } kB" ;;
      "[data] encoded "*|"[data] corpus cache "*|"[data] SentencePiece: "*) echo "$label: $line" ;;
    esac
  done
  echo "$label: total $(echo "$(date +%s.%N) - $start" | bc) s; load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
}
one=(/usr/bin/time -v "$TRAIN" "${args[@]}" --threads 2)
two=(mpirun -q -np 2 /usr/bin/time -v "$TRAIN" "${args[@]}" --threads 1)
if [ "$cache" = 0 ]; then
  run "1 process x 2 threads, no cache" "${one[@]}" --model "$W/a.nmt"
  run "2 ranks x 1 thread, no cache" "${two[@]}" --model "$W/b.nmt"
  exit 0
fi
run "1 process x 2 threads, first start" "${one[@]}" --model "$W/a.nmt" --corpus-cache "$W/a.corpus"
run "1 process x 2 threads, second start" "${one[@]}" --model "$W/a2.nmt" --corpus-cache "$W/a.corpus"
run "2 ranks x 1 thread, second start" "${two[@]}" --model "$W/b2.nmt" --corpus-cache "$W/a.corpus"
ls -l "$W/a.corpus" | awk '{print "cache file: " $5 " bytes"}'
[ "$mpi_first" = 1 ] &&
  run "2 ranks x 1 thread, first start" "${two[@]}" --model "$W/b.nmt" --corpus-cache "$W/b.corpus"
exit 0
