#!/usr/bin/env bash
# Data-parallel training under Open MPI (docs/DISTRIBUTED.md), 2 ranks:
# - equivalence: 1 process with --batch-tokens 800, 1 process with 400 x
#   --update-freq 2 and 2 ranks with 400 each train on the same sentences and
#   end with the same parameters (to float tolerance) and the same losses;
# - determinism: the same 2-rank run twice gives the same model file, bit for bit;
# - rank 0 alone logs; a checkpoint of 2 ranks resumes on 1 process;
# - ranks that disagree on options or corpus, or cannot read it: one line, exit 1.
source "$(dirname "$0")/common.sh"
TRAIN="$NMT_BIN/nmt-train"
COMPARE="$NMT_SOURCE_DIR/scripts/compare_models.py"
# Root in CI and containers; 2 ranks may share cores with other tests.
export OMPI_ALLOW_RUN_AS_ROOT=1 OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1
export OMPI_MCA_rmaps_base_oversubscribe=1
MPIRUN=(mpirun -q --bind-to none)
command -v mpirun >/dev/null || { fail "mpirun not found (make deps installs openmpi-bin)"; finish; }

head -n 300 "$SAMPLE/train.en" >"$T/train.en"
head -n 300 "$SAMPLE/train.es" >"$T/train.es"
# Dropout off: masks depend on how a batch is split, so only then are the runs equal.
common=(--train-src "$T/train.en" --train-tgt "$T/train.es" --vocab-size 300 --lr 3e-3 --warmup 5
        --dropout 0 --save-every 100 --log-every 1 --seed 11 --threads 1 --arch transformer
        --dim 32 --heads 4 --ffn 64 --enc-layers 1 --dec-layers 1)
close() {  # A B: same parameters to float tolerance (key biases: see compare_models.py)
  /usr/bin/python3 "$COMPARE" "$T/$1.nmt" "$T/$2.nmt" --tolerance 1e-4 --loose qkv.bias,kv.bias \
    --loose-tolerance 0.02 >"$T/cmp.out" || fail "$1 vs $2: $(cat "$T/cmp.out")"
}
losses() { sed -n 's/.*| loss \([0-9.]*\) | ppl.*/\1/p' "$T/$1.log"; }
same_losses() {  # A B: per-update losses within 2e-3
  paste <(losses "$1") <(losses "$2") >"$T/losses"
  [ "$(wc -l <"$T/losses")" -eq 16 ] || fail "$1 vs $2: want 16 progress lines, got $(wc -l <"$T/losses")"
  awk '{ d = $1 - $2; if (d < 0) d = -d; if (d > 2e-3) bad = bad " " $1 "/" $2 } END { print bad }' \
    "$T/losses" >"$T/bad"
  [ -z "$(tr -d ' \n' <"$T/bad")" ] || fail "$1 vs $2: losses differ:$(cat "$T/bad")"
}

"$TRAIN" "${common[@]}" --max-updates 16 --batch-tokens 800 --model "$T/one.nmt" 2>"$T/one.log" ||
  fail "1 process: $(tail -n 2 "$T/one.log")"
"$TRAIN" "${common[@]}" --max-updates 16 --batch-tokens 400 --update-freq 2 --model "$T/freq2.nmt" \
  2>"$T/freq2.log" || fail "update-freq 2: $(tail -n 2 "$T/freq2.log")"
for run in ranks2 ranks2b; do
  "${MPIRUN[@]}" -np 2 "$TRAIN" "${common[@]}" --max-updates 16 --batch-tokens 400 \
    --model "$T/$run.nmt" 2>"$T/$run.log" || fail "2 ranks: $(tail -n 2 "$T/$run.log")"
done
grep -q "800 tokens (2 rank(s) x update-freq 1 x 400)" "$T/ranks2.log" ||
  fail "2 ranks: no global batch line: $(grep batches "$T/ranks2.log")"
expect_eq "$(grep -c 'done after 16 updates' "$T/ranks2.log")" 1 "lines from rank 0 alone"
grep -q "| 2 ranks, allreduce" "$T/ranks2.log" || fail "progress line does not name the ranks"
close one freq2
close one ranks2
close freq2 ranks2

same_losses one ranks2
same_losses one freq2
/usr/bin/python3 "$COMPARE" --exact "$T/ranks2.nmt" "$T/ranks2b.nmt" >"$T/cmp.out" ||
  fail "2 ranks twice: not bit-identical: $(cat "$T/cmp.out")"
cmp -s "$T/ranks2.nmt" "$T/ranks2b.nmt" || fail "2 ranks twice: model files differ"
# The comparisons can fail: another global batch gives another model.
"$TRAIN" "${common[@]}" --max-updates 16 --batch-tokens 400 --model "$T/small.nmt" 2>/dev/null
/usr/bin/python3 "$COMPARE" "$T/one.nmt" "$T/small.nmt" --tolerance 1e-4 --loose qkv.bias,kv.bias \
  --loose-tolerance 0.02 >/dev/null && fail "a 400-token model passes as the 800-token one"

# 8 updates on 2 ranks, 8 more on 1 process with the same global batch: the
# data order continues exactly, so this is the 16-update model again.
"${MPIRUN[@]}" -np 2 "$TRAIN" "${common[@]}" --max-updates 8 --batch-tokens 400 \
  --model "$T/resumed.nmt" 2>"$T/resumed.log" || fail "2 ranks, 8 updates: $(tail -n 2 "$T/resumed.log")"
"$TRAIN" "${common[@]}" --max-updates 16 --batch-tokens 800 --model "$T/resumed.nmt" --resume \
  2>"$T/resumed.log" || fail "resume on 1 process: $(tail -n 2 "$T/resumed.log")"
grep -q "continuing after update 8" "$T/resumed.log" || fail "did not resume: $(head -n 5 "$T/resumed.log")"
close one resumed

# Faults found at start-up: one line from the rank that found it, exit 1.
mpmd_error() {  # PATTERN -- RANK0 ARGS -- RANK1 ARGS
  local pattern=$1; shift 2
  local a=() b=()
  while [ "$1" != "--" ]; do a+=("$1"); shift; done; shift
  b=("$@")
  "${MPIRUN[@]}" -np 1 "${a[@]}" : -np 1 "${b[@]}" >"$T/out" 2>"$T/err"
  local rc=$?
  [ "$rc" -eq 1 ] || fail "$pattern: exit $rc, want 1"
  grep -v '^\[' "$T/err" >"$T/errlines"
  [ "$(wc -l <"$T/errlines")" -eq 1 ] || fail "$pattern: want one error line, got: $(cat "$T/errlines")"
  grep -q -- "$pattern" "$T/errlines" || fail "error [$(cat "$T/errlines")] lacks [$pattern]"
}
quick=("${common[@]}" --max-updates 2 --batch-tokens 400 --model "$T/fault.nmt")
mpmd_error "nmt-train: rank 1: error: this rank's configuration differs from rank 0's (lr: " \
  -- "$TRAIN" "${quick[@]}" -- "$TRAIN" "${quick[@]}" --lr 1e-3
mkdir -p "$T/a" "$T/b"
cp "$T/train.en" "$T/train.es" "$T/a/"
cp "$T/train.en" "$T/b/"
relative=("${quick[@]}" --train-src train.en --train-tgt train.es)
mpmd_error "nmt-train: rank 1: error: train.es: cannot open" \
  -- -wdir "$T/a" "$TRAIN" "${relative[@]}" -- -wdir "$T/b" "$TRAIN" "${relative[@]}"
sed '1s/^/x/' "$T/train.es" >"$T/b/train.es"
mpmd_error "nmt-train: rank 1: error: this rank's training corpus differs from rank 0's" \
  -- -wdir "$T/a" "$TRAIN" "${relative[@]}" -- -wdir "$T/b" "$TRAIN" "${relative[@]}"

# mpirun merges the ranks' stderr as bytes arrive: every line must leave in
# one write, or another rank's line can land inside it (a CI run once saw
# rank 0's "[data] corpus cache " cut by rank 1's error). strace shows the writes
# of a run that logs and of one that fails.
command -v strace >/dev/null || { fail "strace not found (make deps installs it)"; finish; }
writes_to_stderr() {  # NAME -- ARGS: every write(2, ...) of the run, one per line
  strace -f -qq -e trace=write -e signal=none -s 4096 -o "$T/$1.trace" "$TRAIN" "${@:3}" 2>/dev/null
  grep -o 'write(2, ".*", [0-9]*)' "$T/$1.trace" >"$T/$1.writes"
  [ -s "$T/$1.writes" ] || fail "$1: strace saw no write to stderr"
  ! grep -v '\\[nr]", [0-9]*)$' "$T/$1.writes" >"$T/$1.cut" ||
    fail "$1: stderr written in pieces, e.g. $(head -n 2 "$T/$1.cut")"
}
writes_to_stderr logging -- "${quick[@]}" --overwrite --log-every 1
expect_eq "$(grep -c 'update 2 |' "$T/logging.writes")" 1 "progress lines seen by strace"
writes_to_stderr failing -- "${quick[@]}" --train-tgt "$T/missing.es" --overwrite
grep -q 'error: .*missing.es: cannot open' "$T/failing.writes" || fail "failing: no error line seen"
finish
