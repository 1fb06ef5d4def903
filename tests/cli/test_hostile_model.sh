#!/usr/bin/env bash
# Hostile model files through the real command line: a model file whose
# config (re-sealed with a correct checksum, so the loader's deeper checks are
# reached) claims sizes its tensors cannot hold. Before the loader bounded
# them, dim = 1048576 made nmt-translate and nmt-align build and initialise a
# model of terabytes (running until killed). Now every tool that loads a
# model refuses at once: one line naming the file and the field, exit 1.
# Each run has a timeout, so a regression fails instead of hanging CI.
source "$(dirname "$0")/common.sh"

"$NMT_BIN/nmt-train" --threads 1 --train-src "$SAMPLE/train.en" --train-tgt "$SAMPLE/train.es" \
  --model "$T/m.nmt" --arch transformer --dim 16 --heads 2 --enc-layers 1 --dec-layers 1 \
  --ffn 32 --vocab-size 100 --max-updates 2 --warmup 1 --batch-tokens 500 --seed 7 \
  2>"$T/train.log" || { cat "$T/train.log"; echo "FAIL: training"; exit 1; }
"$NMT_BIN/nmt-train" --threads 1 --train-src "$SAMPLE/train.en" --train-tgt "$SAMPLE/train.es" \
  --model "$T/r.nmt" --arch rnn --attention additive --dim 16 --enc-hidden 8 --dec-hidden 16 \
  --vocab-size 100 --max-updates 2 --warmup 1 --batch-tokens 500 --seed 7 \
  2>"$T/train.log" || { cat "$T/train.log"; echo "FAIL: training rnn"; exit 1; }
echo "hello world" >"$T/in.txt"

# MODEL OUT KEY=VALUE: OUT is MODEL with one config line changed, re-sealed.
craft() {
  /usr/bin/python3 - "$1" "$2" "$3" <<'PY'
import os, sys
sys.path.insert(0, os.environ["NMT_SOURCE_DIR"] + "/scripts")
import fuzz_tools as ft
fields = ft.parse_model(open(sys.argv[1], "rb").read())
key, value = sys.argv[3].encode().split(b"=")
lines = fields[0].split(b"\n")
assert any(l.split(b"=")[0].strip() == key for l in lines), key
fields[0] = b"\n".join(key + b" = " + value if l.split(b"=")[0].strip() == key else l
                       for l in lines)
open(sys.argv[2], "wb").write(ft.seal(b"NMTMODEL", ft.pack_model(*fields)))
PY
}

# Every tool that loads a model, on FILE: refused, naming FILE and FIELD.
refused_everywhere() {  # FILE FIELD
  local file="$1" field="$2"
  expect_error "$file: model config: $field = " timeout 20 "$NMT_BIN/nmt-translate" -m "$file" -i "$T/in.txt"
  expect_error "$file: model config: $field = " timeout 20 "$NMT_BIN/nmt-align" -m "$file" --src "$T/in.txt"
  expect_error "$file: model config: $field = " timeout 20 "$NMT_BIN/nmt-quantize" "$file" "$T/q.nmt"
  [ ! -e "$T/q.nmt" ] || fail "$file: nmt-quantize wrote its output"
  expect_error "$file: model config: $field = " timeout 20 "$NMT_BIN/nmt-average" -o "$T/avg.nmt" "$file" "$file"
  [ ! -e "$T/avg.nmt" ] || fail "$file: nmt-average wrote its output"
}

for claim in dim=1048576 ffn=1048576 enc_layers=1000 dec_layers=1000; do
  craft "$T/m.nmt" "$T/bad.nmt" "$claim" || fail "crafting $claim"
  refused_everywhere "$T/bad.nmt" "${claim%%=*}"
done
for claim in enc_hidden=1048576 dec_hidden=1048576 rnn_enc_layers=1000 rnn_dec_layers=1000; do
  craft "$T/r.nmt" "$T/bad.nmt" "$claim" || fail "crafting $claim"
  expect_error "bad.nmt: model config: ${claim%%=*} = " timeout 20 "$NMT_BIN/nmt-align" -m "$T/bad.nmt" --src "$T/in.txt"
done
# Out of the options' range: refused by the config parser, as before.
craft "$T/m.nmt" "$T/bad.nmt" enc_layers=2147483648 || fail "crafting enc_layers=2147483648"
expect_error "bad.nmt: model config: bad value '2147483648' for enc_layers" \
  timeout 20 "$NMT_BIN/nmt-align" -m "$T/bad.nmt" --src "$T/in.txt"

# The sound models still load and translate.
timeout 60 "$NMT_BIN/nmt-translate" -m "$T/m.nmt" -i "$T/in.txt" >"$T/out" 2>"$T/err" ||
  fail "sound transformer: $(cat "$T/err")"
timeout 60 "$NMT_BIN/nmt-translate" -m "$T/r.nmt" -i "$T/in.txt" >"$T/out" 2>"$T/err" ||
  fail "sound rnn: $(cat "$T/err")"
finish
