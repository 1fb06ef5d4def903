#!/usr/bin/env bash
# nmt-info through the real command line: a trained model and its checkpoint
# described as text and JSON; a truncated, a bit-flipped and a cut-header
# model, foreign files (gzip, text, empty) and a missing file each give what
# is wrong and which part, exit 1, one line on stderr.
set -u
BIN="${NMT_BIN:?set NMT_BIN}"
INFO="$BIN/nmt-info"
S="${NMT_SOURCE_DIR:?set NMT_SOURCE_DIR}/corpora/sample"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
has() { grep -q -- "$2" "$1" || fail "$1 lacks [$2]: $(cat "$1")"; }

"$BIN/nmt-train" --threads 1 --train-src "$S/train.en" --train-tgt "$S/train.es" \
  --valid-src "$S/dev.en" --valid-tgt "$S/dev.es" --valid-max-sentences 5 --model "$T/m.nmt" \
  --arch transformer --dim 16 --heads 2 --enc-layers 1 --dec-layers 1 --ffn 32 \
  --vocab-size 100 --max-updates 4 --valid-every 2 --save-every 2 --batch-tokens 500 \
  --seed 7 2>"$T/train.log" || { cat "$T/train.log"; echo "FAIL: training"; exit 1; }

# A sound model: text.
"$INFO" "$T/m.nmt" >"$T/out" 2>"$T/err" || fail "model: exit $?"
[ ! -s "$T/err" ] || fail "model: stderr $(cat "$T/err")"
has "$T/out" "^kind: *nmt model, format version 1$"
has "$T/out" "^family: *transformer (pre-norm)$"
has "$T/out" "^sizes: *dim 16, heads 2, ffn 32, encoder layers 1, decoder layers 1$"
has "$T/out" "^attention: *multi-head, 2 heads$"
has "$T/out" "^vocabulary: *source 100, target 100 (shared)"
has "$T/out" "^training: *[0-9]* updates; best validation bleu [0-9.e-]* at update [0-9]*$"
has "$T/out" "seed 7"
has "$T/out" "^status: *sound$"
# Without its checkpoint, a model still knows its seed.
cp "$T/m.nmt" "$T/alone.nmt"
"$INFO" "$T/alone.nmt" >"$T/out" || fail "model without checkpoint: exit $?"
has "$T/out" "^training options: *seed 7 (the rest is in MODEL.ckpt, which is gone)$"
# The parameter count is the sum of the tensors' sizes (checked in Python from --json).
"$INFO" --json "$T/m.nmt" >"$T/json" || fail "--json exit $?"
/usr/bin/python3 - "$T/json" <<'PY' || fail "model JSON"
import json, sys
d = json.load(open(sys.argv[1]))
assert d["kind"] == "model" and d["family"] == "transformer" and d["status"] == "sound", d
assert d["sizes"] == {"dim": 16, "heads": 2, "ffn": 32, "enc_layers": 1, "dec_layers": 1}, d
# embeddings 100x16 (+ output 100x16 and bias) ... at least the embeddings
assert d["parameters"]["count"] > 2 * 100 * 16 and d["parameters"]["tensors"] > 10, d
assert d["training_options"]["seed"] == 7 and d["training_options"]["max_updates"] == 4, d
assert d["training"]["best_metric"] == "bleu", d
assert d["vocabulary"] == {"source": 100, "target": 100, "shared": True, "tied_embeddings": False}
assert all(p["ok"] for p in d["parts"]), d
PY

# A quantized model (int8 weights and a shortlist): its int8 part and its
# shortlist are described, and float32 + int8 parameters are the model's.
"$BIN/nmt-quantize" "$T/m.nmt" "$T/q.nmt" --shortlist-src "$S/train.en" --shortlist-tgt "$S/train.es" \
  2>"$T/q.log" || fail "nmt-quantize: $(cat "$T/q.log")"
"$INFO" "$T/q.nmt" >"$T/out" 2>"$T/err" || fail "quantized model: exit $?"
has "$T/out" "^kind: *nmt model, format version 3$"
has "$T/out" "^int8 parameters: *[0-9,]* in [0-9]* tensors (one byte each)$"
has "$T/out" "^shortlist: *[0-9]* frequent target pieces, [0-9,]* ids for 100 source pieces (16-bit ids)$"
"$INFO" --json "$T/q.nmt" >"$T/qjson" || fail "quantized --json exit $?"
/usr/bin/python3 - "$T/json" "$T/qjson" <<'PY' || fail "quantized model JSON"
import json, sys
f, q = (json.load(open(p)) for p in sys.argv[1:])
assert q["int8_parameters"]["tensors"] > 0, q
assert q["parameters"]["count"] + q["int8_parameters"]["count"] == f["parameters"]["count"], (f, q)
assert q["shortlist"]["source_pieces"] == 100 and q["shortlist"]["id_bits"] == 16, q
assert 0 < q["shortlist"]["frequent"] <= 100 and q["shortlist"]["ids"] > 0, q
PY

# The checkpoint: the run's progress and the optimizer state beside the parameters.
"$INFO" "$T/m.nmt.ckpt" >"$T/out" || fail "checkpoint: exit $?"
has "$T/out" "^kind: *nmt checkpoint, format version 1$"
has "$T/out" "^training: *4 updates in [0-9]* s; best at update [0-9]* (score [0-9.e-]*)"
has "$T/out" "^optimizer state: *[0-9,]* in [0-9]* tensors"
has "$T/out" "^status: *sound$"

# Damaged and foreign files: the report on stdout, exit 1, one line on stderr.
expect_damaged() {  # FILE PATTERN-IN-REPORT PATTERN-IN-STDERR
  "$INFO" "$1" >"$T/out" 2>"$T/err"
  local rc=$?
  [ "$rc" -eq 1 ] || fail "$1: exit $rc, want 1"
  [ "$(wc -l <"$T/err")" -eq 1 ] || fail "$1: stderr is not one line: $(cat "$T/err")"
  has "$T/out" "$2"
  has "$T/err" "$3"
}
size=$(stat -c %s "$T/m.nmt")
head -c $((size / 2)) "$T/m.nmt" >"$T/half.nmt"
expect_damaged "$T/half.nmt" "payload length truncated: [0-9]* of [0-9]* bytes present" \
  "half.nmt: payload length: truncated"
has "$T/out" "config ok"  # the parts before the cut survive
head -c 20 "$T/m.nmt" >"$T/head.nmt"
expect_damaged "$T/head.nmt" "header truncated: 20 of 24 bytes" "header: truncated"
cp "$T/m.nmt" "$T/flip.nmt"
printf '\x55' | dd of="$T/flip.nmt" bs=1 seek=$((size - 100)) conv=notrunc 2>/dev/null
expect_damaged "$T/flip.nmt" "checksum mismatch: stored [0-9a-f]*, computed [0-9a-f]*" \
  "every section reads: the damage is inside their bytes"
gzip -c "$T/m.nmt" >"$T/m.gz"
expect_damaged "$T/m.gz" "^kind: *a gzip file$" "not an nmt model or checkpoint: a gzip file"
echo "hello" >"$T/text"
expect_damaged "$T/text" "^status: *foreign" "a text file"
: >"$T/empty"
expect_damaged "$T/empty" "an empty file" "an empty file"
head -c 5 "$T/m.nmt" >"$T/magic5"
expect_damaged "$T/magic5" "cut inside its magic number" "cut inside its magic number"
# Sound envelope and parts, but no model this nmt can build (the tools refuse
# it): a tensor with one more axis, re-sealed; an empty SentencePiece model.
/usr/bin/python3 - "$T/m.nmt" "$T/rank.nmt" "$T/nospm.nmt" <<'PY' || fail "crafting unbuildable models"
import os, sys
sys.path.insert(0, os.environ["NMT_SOURCE_DIR"] + "/scripts")
import fuzz_tools as ft
data = open(sys.argv[1], "rb").read()
fields = ft.parse_model(data)
name, shape = fields[4][0][0], fields[4][0][1]
fields[4][0][1] = shape + [1]
open(sys.argv[2], "wb").write(ft.seal(b"NMTMODEL", ft.pack_model(*fields)))
fields = ft.parse_model(data)
fields[1] = b""
open(sys.argv[3], "wb").write(ft.seal(b"NMTMODEL", ft.pack_model(*fields)))
PY
expect_damaged "$T/rank.nmt" "^status: *damaged: parameter " \
  "rank.nmt: parameter .* but the model needs"
expect_damaged "$T/nospm.nmt" "^status: *damaged: source SentencePiece model" \
  "nospm.nmt: source SentencePiece model"
"$INFO" --json "$T/half.nmt" >"$T/json" 2>/dev/null
/usr/bin/python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["status"]=="damaged" and not all(p["ok"] for p in d["parts"]), d' "$T/json" ||
  fail "damaged JSON"

# Missing file and directory: one line, exit 1, nothing on stdout.
for f in "$T/missing" "$T"; do
  "$INFO" "$f" >"$T/out" 2>"$T/err"
  rc=$?
  [ "$rc" -eq 1 ] || fail "$f: exit $rc"
  [ ! -s "$T/out" ] || fail "$f: stdout $(cat "$T/out")"
  [ "$(wc -l <"$T/err")" -eq 1 ] || fail "$f: stderr $(cat "$T/err")"
done

[ "$fails" -eq 0 ] || { echo "$fails failure(s)"; exit 1; }
echo "all nmt-info CLI checks passed"
