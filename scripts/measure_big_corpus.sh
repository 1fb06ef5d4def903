#!/usr/bin/env bash
# Start-up cost and memory of reference-Transformer training on a big corpus
# (scripts/make_big_corpus.sh): wall time from start to the first progress
# line (--log-every 1), peak RSS (GNU time), for 1 process and for
# mpirun -np 2 (rank 0's line; RSS is per rank: `time` wraps each rank).
#
#   bash scripts/measure_big_corpus.sh CORPUS_DIR [--build-dir build] [--updates 2]
# The time to the first update includes reading the corpus, training
# SentencePiece on a 100,000-line sample (nmt-train's default --spm-sample)
# and encoding every pair: nmt keeps no encoded cache today, so a second
# start costs the same (item 6 of issue 13 is not built).
set -u
here=$(cd "$(dirname "$0")/.." && pwd)
dir=${1:?usage: measure_big_corpus.sh CORPUS_DIR [--build-dir build] [--updates 2]}
shift
build="$here/build"
updates=2
while [ $# -gt 0 ]; do
  case "$1" in
    --build-dir) build=$2; shift 2 ;;
    --updates) updates=$2; shift 2 ;;
    *) echo "measure_big_corpus.sh: unknown argument $1" >&2; exit 1 ;;
  esac
done
case "$build" in /*) ;; *) build="$here/$build" ;; esac
TRAIN="$build/bin/nmt-train"
export OMPI_ALLOW_RUN_AS_ROOT=1 OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1
W=$(mktemp -d); trap 'rm -rf "$W"' EXIT
echo "# $(date -u +%FT%TZ) load average: $(cut -d' ' -f1-3 /proc/loadavg); $(wc -l <"$dir/train.en") pairs"
# The reference Transformer of nmt-bench (separate vocabularies of 8000).
args=(--train-src "$dir/train.en" --train-tgt "$dir/train.es" --arch transformer --dim 256 --separate-vocab
      --heads 4 --ffn 1024 --enc-layers 3 --dec-layers 3 --batch-tokens 4096 --log-every 1
      --max-updates "$updates" --save-every 100000)
run() {  # LABEL COMMAND...
  local label=$1; shift
  local start; start=$(date +%s.%N)
  "$@" 2>&1 | while IFS= read -r line; do
    case "$line" in
      "[train] update 1 |"*) echo "$label: first update after $(echo "$(date +%s.%N) - $start" | bc) s" ;;
      *"Maximum resident set size"*) echo "$label: peak RSS ${line##*: } kB" ;;
    esac
  done
  echo "$label: total $(echo "$(date +%s.%N) - $start" | bc) s"
}
run "1 process x 2 threads" /usr/bin/time -v "$TRAIN" "${args[@]}" --threads 2 --vocab-size 8000 --model "$W/a.nmt"
run "2 ranks x 1 thread" mpirun -q -np 2 /usr/bin/time -v "$TRAIN" "${args[@]}" --threads 1 --vocab-size 8000 --model "$W/b.nmt"
