#!/usr/bin/env bash
# nmt-train never loses a model and behaves as scripts expect (issue 14):
# a finished model without checkpoint is not silently replaced (--overwrite),
# a second run on the same --model is refused while the first holds
# MODEL.lock, a non-regular --model or "-" is refused before training, and
# SIGTERM/SIGINT save and exit 143/130 so `nmt-train && next` stops.
source "$(dirname "$0")/common.sh"
TRAIN="$NMT_BIN/nmt-train"
cd "$T" || exit 1

head -n 300 "$SAMPLE/train.en" >"$T/train.en"
head -n 300 "$SAMPLE/train.es" >"$T/train.es"
tiny=(--threads 1 --arch rnn --attention general --train-src "$T/train.en" --train-tgt "$T/train.es"
      --vocab-size 300 --dim 16 --enc-hidden 16 --dec-hidden 16 --batch-tokens 1000 --lr 3e-3
      --warmup 5 --log-every 1 --save-every 1000)

# 1. A model whose checkpoint was deleted is not replaced without --overwrite.
"$TRAIN" "${tiny[@]}" --model "$T/m.nmt" --max-updates 2 2>/dev/null || fail "first training failed"
rm -f "$T/m.nmt.ckpt"
cp "$T/m.nmt" "$T/m.before"
expect_error "m.nmt exists and has no checkpoint.*--overwrite.*another --model" \
  "$TRAIN" "${tiny[@]}" --model "$T/m.nmt" --max-updates 3
cmp -s "$T/m.nmt" "$T/m.before" || fail "the refused run changed the model"
"$TRAIN" "${tiny[@]}" --model "$T/m.nmt" --max-updates 3 --overwrite 2>"$T/ow.log" ||
  fail "--overwrite failed: $(tail -2 "$T/ow.log")"
grep -q "done after 3 updates" "$T/ow.log" || fail "--overwrite did not train from scratch: $(cat "$T/ow.log")"
# --overwrite also starts afresh when a checkpoint exists (no resume).
"$TRAIN" "${tiny[@]}" --model "$T/m.nmt" --max-updates 2 --overwrite 2>"$T/ow2.log" ||
  fail "--overwrite with a checkpoint failed"
grep -q "resuming" "$T/ow2.log" && fail "--overwrite resumed from the checkpoint"
expect_error "contradict" "$TRAIN" "${tiny[@]}" --model "$T/m.nmt" --resume --overwrite
[ ! -e "$T/m.nmt.lock" ] || fail "a finished run left its lock file"

# 4. Non-regular model paths and "-" are refused before training.
expect_error "/dev/full: not a regular file" "$TRAIN" "${tiny[@]}" --model /dev/full --max-updates 2
expect_error "--model -: a model is a file" "$TRAIN" "${tiny[@]}" --model - --max-updates 2
expect_usage_error "--train-src -: .*standard input" "$TRAIN" "${tiny[@]}" --train-src - --model "$T/x.nmt"
[ ! -e "$T/-" ] && [ ! -e "$T/x.nmt" ] || fail "a refused run created a file"

# Starts a long training in the background with job control on (so SIGINT is
# not ignored, as bash does for background jobs) and waits for its first
# progress line.
start_long_training() {
  rm -f "$T/long.log"  # else the wait below could read the last run's lines
  set -m
  "$TRAIN" "${tiny[@]}" --model "$1" --max-updates 1000000 2>"$T/long.log" &
  pid=$!
  set +m
  for _ in $(seq 300); do grep -q "^\[train\] update [0-9]* |" "$T/long.log" && return 0; sleep 0.1; done
  fail "the long training did not start: $(cat "$T/long.log")"
}

# 2. A second run on the same model is refused while the first holds the lock.
start_long_training "$T/l.nmt"
expect_eq "$(cat "$T/l.nmt.lock" 2>/dev/null)" "$pid" "the lock file holds the trainer's pid"
expect_error "l.nmt is being trained by pid $pid" "$TRAIN" "${tiny[@]}" --model "$T/l.nmt" --max-updates 2
expect_error "l.nmt is being trained by pid $pid" "$TRAIN" "${tiny[@]}" --model "$T/l.nmt" --overwrite

# 8. SIGTERM saves and exits 143.
kill -TERM "$pid"
wait "$pid"
expect_eq "$?" "143" "exit status after SIGTERM"
grep -q "stopped by SIGTERM: saving" "$T/long.log" || fail "no stop line: $(tail -3 "$T/long.log")"
[ -s "$T/l.nmt" ] && [ -s "$T/l.nmt.ckpt" ] || fail "SIGTERM did not save model and checkpoint"
[ ! -e "$T/l.nmt.lock" ] || fail "the lock file was left after SIGTERM"

# SIGINT resumes from that checkpoint, saves again and exits 130.
start_long_training "$T/l.nmt"
grep -q "resuming from" "$T/long.log" || fail "the second run did not resume"
kill -INT "$pid"
wait "$pid"
expect_eq "$?" "130" "exit status after SIGINT"
grep -q "stopped by SIGINT: saving" "$T/long.log" || fail "no SIGINT stop line: $(tail -3 "$T/long.log")"
ls "$T"/l.nmt*.tmp.* >/dev/null 2>&1 && fail "temporary files left: $(ls "$T")"

# A lock left by a killed run (SIGKILL: no clean-up) does not block the next.
start_long_training "$T/k.nmt"
kill -KILL "$pid"
wait "$pid" 2>/dev/null
[ -e "$T/k.nmt.lock" ] || fail "SIGKILL should leave the lock file (the kernel drops the lock)"
"$TRAIN" "${tiny[@]}" --model "$T/k.nmt" --max-updates 2 --overwrite 2>"$T/k.log" ||
  fail "a stale lock file blocked training: $(tail -1 "$T/k.log")"

finish
