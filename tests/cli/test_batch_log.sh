#!/usr/bin/env bash
# nmt-train --log-batches FILE (train/batch_log.h), the batches a replay in
# another toolkit needs (scripts/replay_rnn_torch.py):
# - one epoch logs one line per update, numbered 1..N, N = the log's batches
#   per epoch, and every kept training pair exactly once, with the ids the
#   tokenizer gives its lines;
# - the same seed logs the same first batches; a resume logs only the
#   updates it runs (after its checkpoint);
# - "-" is a usage error (exit 2) and a file that cannot be written a user
#   error (exit 1), one line each; neither trains.
source "$(dirname "$0")/common.sh"
TRAIN="$NMT_BIN/nmt-train"

head -n 120 "$SAMPLE/train.en" >"$T/train.en"
head -n 120 "$SAMPLE/train.es" >"$T/train.es"
common=(--train-src "$T/train.en" --train-tgt "$T/train.es" --vocab-size 200 --batch-tokens 600
        --lr 3e-3 --warmup 5 --dropout 0.1 --save-every 100 --log-every 100 --seed 3
        --threads 1 --arch rnn --dim 16 --enc-hidden 16 --dec-hidden 32 --attention dot)
train() {  # NAME ARGS...: trains NAME.nmt, log in NAME.log
  local name=$1; shift
  "$TRAIN" "${common[@]}" --model "$T/$name.nmt" "$@" 2>"$T/$name.log" ||
    fail "$name: training failed: $(tail -n 3 "$T/$name.log")"
}

train epoch --max-epochs 1 --log-batches "$T/epoch.jsonl"
batches=$(sed -n 's/.* \([0-9]*\) batches per epoch.*/\1/p' "$T/epoch.log")
kept=$(sed -n 's/.* \([0-9]*\) training pairs, .*/\1/p' "$T/epoch.log")
[ -n "$batches" ] && [ -n "$kept" ] || fail "no batch or pair count in the log: $(cat "$T/epoch.log")"
/usr/bin/python3 - "$T/epoch.jsonl" "$batches" "$kept" <<'PY' || fail "epoch.jsonl: see above"
import json, sys
lines = [json.loads(l) for l in open(sys.argv[1])]
batches, kept = int(sys.argv[2]), int(sys.argv[3])
bad = []
if [l["update"] for l in lines] != list(range(1, batches + 1)):
    bad.append("updates %s, want 1..%d" % ([l["update"] for l in lines], batches))
pairs = [(tuple(s), tuple(t)) for l in lines for s, t in zip(l["src"], l["tgt"])]
if any(len(l["src"]) != len(l["tgt"]) for l in lines):
    bad.append("a line with different source and target row counts")
if len(pairs) != kept:
    bad.append("%d pairs logged in one epoch, want %d" % (len(pairs), kept))
if any(not s or not t or min(s + t) < 4 for s, t in pairs):
    bad.append("an empty row or a special id (pad/unk/bos/eos) in a row")
for b in bad:
    print("FAIL:", b)
sys.exit(1 if bad else 0)
PY

grep -q '"src":\[\[' "$T/epoch.jsonl" || fail "epoch.jsonl has no source rows"

train three --max-updates 3 --log-batches "$T/three.jsonl"
expect_eq "$(cat "$T/three.jsonl")" "$(head -n 3 "$T/epoch.jsonl")" "the first 3 batches of the same seed"
train three --max-updates 5 --log-batches "$T/resumed.jsonl"
grep -q "continuing after update 3" "$T/three.log" || fail "the second run did not resume"
expect_eq "$(cut -c 1-12 "$T/resumed.jsonl" | tr '\n' ' ')" '{"update":4, {"update":5, ' \
  "the resumed run's lines"
expect_eq "$(cat "$T/resumed.jsonl")" "$(sed -n 4,5p "$T/epoch.jsonl")" "the resumed batches"

expect_usage_error "--log-batches needs a file name" \
  "$TRAIN" "${common[@]}" --model "$T/dash.nmt" --max-updates 2 --log-batches -
[ ! -e "$T/dash.nmt" ] || fail "--log-batches - wrote a model"
expect_error_after_log "$T/no/such/dir/b.jsonl: cannot write the batch log" \
  "$TRAIN" "${common[@]}" --model "$T/nodir.nmt" --max-updates 2 --log-batches "$T/no/such/dir/b.jsonl"
[ ! -e "$T/nodir.nmt" ] || fail "an unwritable batch log still trained a model"
finish
