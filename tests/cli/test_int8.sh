#!/usr/bin/env bash
# int8 decoding end to end on the reverse task (the source words reversed):
# nmt-quantize writes a model file of at most 35% of the float32 file's size
# (on a model whose weights outweigh its SentencePiece models); the quantized
# file translates held-out sentences as well as its float32 model (exact
# matches, Transformer and RNN), by default in int8 and with --precision fp32;
# a float32 model's default output is unchanged; nmt-align loads the
# quantized file (float32 attention unless --precision int8); a vocabulary
# shortlist built from the training corpus translates as well as the full
# output layer; bad values and files are one-line errors.
source "$(dirname "$0")/common.sh"
TRAIN="$NMT_BIN/nmt-train"
TRANSLATE="$NMT_BIN/nmt-translate"
QUANTIZE="$NMT_BIN/nmt-quantize"
ALIGN="$NMT_BIN/nmt-align"

# reverse_corpus N SEED PREFIX: PREFIX.src, PREFIX.tgt (3-8 distinct words).
reverse_corpus() {
  awk -v n="$1" -v seed="$2" -v p="$3" 'BEGIN { srand(seed); letters = "abcdefghijkl"
    for (i = 0; i < n; i++) {
      len = 3 + int(rand() * 6); s = ""; t = ""
      for (k = 1; k <= 12; k++) w[k] = k
      for (k = 12; k > 1; k--) { r = 1 + int(rand() * k); x = w[k]; w[k] = w[r]; w[r] = x }
      for (k = 1; k <= len; k++) s = s (k > 1 ? " " : "") "w" substr(letters, w[k], 1)
      for (j = 0; j < len; j++) t = t (j ? " " : "") "v" substr(letters, w[len - j], 1)
      print s > (p ".src"); print t > (p ".tgt")
    } }'
}
reverse_corpus 3000 1 "$T/train"
reverse_corpus 100 2 "$T/test"

common=(--threads 1 --train-src "$T/train.src" --train-tgt "$T/train.tgt" --vocab-size 60
        --batch-tokens 1000 --schedule warmup-constant --dropout 0 --label-smoothing 0
        --log-every 1000 --save-every 100000)
"$TRAIN" "${common[@]}" --model "$T/tf.nmt" --arch transformer --dim 32 --heads 2 --enc-layers 2 \
  --dec-layers 2 --ffn 64 --lr 3e-3 --warmup 50 --max-updates 700 2>"$T/tf.log" ||
  fail "Transformer training failed: $(tail -3 "$T/tf.log")"
"$TRAIN" "${common[@]}" --model "$T/rnn.nmt" --arch rnn --attention additive --dim 32 \
  --enc-hidden 32 --dec-hidden 64 --lr 1e-2 --warmup 20 --max-updates 500 2>"$T/rnn.log" ||
  fail "RNN training failed: $(tail -3 "$T/rnn.log")"

exact() { paste -d '\t' "$1" "$T/test.tgt" | awk -F '\t' '$1 == $2' | wc -l; }

for arch in tf rnn; do
  M="$T/$arch.nmt" Q="$T/$arch.q.nmt"
  "$QUANTIZE" "$M" "$Q" >"$T/q.out" 2>"$T/q.err" || fail "$arch: nmt-quantize: $(cat "$T/q.err")"
  grep -q "int8 tensors" "$T/q.out" || fail "$arch: nmt-quantize printed [$(cat "$T/q.out")]"
  "$TRANSLATE" -m "$M" -i "$T/test.src" >"$T/fp32.txt" || fail "$arch: float32 translation failed"
  "$TRANSLATE" -m "$M" -i "$T/test.src" --precision fp32 >"$T/fp32b.txt"
  cmp -s "$T/fp32.txt" "$T/fp32b.txt" || fail "$arch: a float32 model's default is not fp32"
  "$TRANSLATE" -m "$M" -i "$T/test.src" --precision int8 >"$T/int8.txt" ||
    fail "$arch: int8 translation of the float32 model failed"
  "$TRANSLATE" -m "$Q" -i "$T/test.src" >"$T/q.txt" || fail "$arch: quantized model failed"
  "$TRANSLATE" -m "$Q" -i "$T/test.src" --precision int8 >"$T/qb.txt"
  cmp -s "$T/q.txt" "$T/qb.txt" || fail "$arch: a quantized model's default is not int8"
  "$TRANSLATE" -m "$Q" -i "$T/test.src" --precision fp32 >"$T/qf.txt" ||
    fail "$arch: quantized model in fp32 failed"
  f=$(exact "$T/fp32.txt")
  [ "$f" -ge 90 ] || fail "$arch: float32 model got only $f/100 exact (training too short?)"
  for out in int8 q qf; do
    n=$(exact "$T/$out.txt")
    [ "$n" -ge $((f - 2)) ] || fail "$arch: $out: $n/100 exact against float32's $f/100"
  done
  # Alignment from the quantized file: float32 by default, int8 when asked.
  "$ALIGN" -m "$Q" --src "$T/test.src" --tgt "$T/test.tgt" >"$T/a.txt" 2>"$T/a.err" ||
    fail "$arch: nmt-align on the quantized model: $(cat "$T/a.err")"
  "$ALIGN" -m "$Q" --src "$T/test.src" --tgt "$T/test.tgt" --precision int8 >"$T/a8.txt" \
    2>"$T/a8.err" || fail "$arch: nmt-align --precision int8: $(cat "$T/a8.err")"
  [ "$(wc -l <"$T/a.txt")" -eq 100 ] && [ "$(wc -l <"$T/a8.txt")" -eq 100 ] ||
    fail "$arch: nmt-align printed $(wc -l <"$T/a.txt") / $(wc -l <"$T/a8.txt") lines"
done

# The vocabulary shortlist: built from the training corpus, stored by
# nmt-quantize (int8, or float32 weights with --precision fp32), used with
# nmt-translate --shortlist, as accurate as the full output layer here.
"$QUANTIZE" "$T/tf.nmt" "$T/tf.s.nmt" --shortlist-src "$T/train.src" --shortlist-tgt "$T/train.tgt" \
  --shortlist-per-source 5 --shortlist-frequent 3 >"$T/s.out" 2>"$T/s.err" ||
  fail "nmt-quantize --shortlist: $(cat "$T/s.err")"
grep -q "shortlist of 3 frequent ids" "$T/s.out" || fail "nmt-quantize printed [$(cat "$T/s.out")]"
"$QUANTIZE" "$T/tf.nmt" "$T/tf.sf.nmt" --precision fp32 --shortlist-src "$T/train.src" \
  --shortlist-tgt "$T/train.tgt" >"$T/sf.out" || fail "nmt-quantize --precision fp32 --shortlist"
grep -q "^$T/tf.sf.nmt: 0 int8 tensors" "$T/sf.out" || fail "fp32 + shortlist: [$(cat "$T/sf.out")]"
"$TRANSLATE" -m "$T/tf.nmt" -i "$T/test.src" >"$T/full.txt"
f=$(exact "$T/full.txt")
for m in tf.s.nmt tf.sf.nmt; do
  "$TRANSLATE" -m "$T/$m" -i "$T/test.src" --shortlist >"$T/s.txt" || fail "$m --shortlist failed"
  n=$(exact "$T/s.txt")
  [ "$n" -ge $((f - 2)) ] || fail "$m --shortlist: $n/100 exact against $f/100 without"
done
"$TRANSLATE" -m "$T/tf.sf.nmt" -i "$T/test.src" >"$T/nos.txt"
cmp -s "$T/nos.txt" "$T/full.txt" || fail "fp32 + shortlist file without --shortlist differs from float32"
expect_error "has no vocabulary shortlist" \
  "$TRANSLATE" -m "$T/tf.nmt" -i "$T/test.src" --shortlist
expect_error "shortlist-src and --shortlist-tgt go together" \
  "$QUANTIZE" "$T/tf.nmt" "$T/x.nmt" --shortlist-src "$T/train.src"
head -5 "$T/train.tgt" >"$T/short.tgt"
expect_error "short.tgt: 5 lines but" \
  "$QUANTIZE" "$T/tf.nmt" "$T/x.nmt" --shortlist-src "$T/train.src" --shortlist-tgt "$T/short.tgt"

# Size: a Transformer of 128 dimensions (2 updates suffice), weights >> tokenizers.
"$TRAIN" "${common[@]}" --model "$T/big.nmt" --arch transformer --dim 128 --heads 2 \
  --enc-layers 2 --dec-layers 2 --ffn 512 --max-updates 2 2>"$T/big.log" ||
  fail "training the 128-dim model failed: $(tail -3 "$T/big.log")"
"$QUANTIZE" "$T/big.nmt" "$T/big.q.nmt" >/dev/null || fail "nmt-quantize of the 128-dim model"
in=$(stat -c %s "$T/big.nmt") out=$(stat -c %s "$T/big.q.nmt")
[ $((out * 100)) -le $((in * 35)) ] || fail "quantized file is $out bytes of $in (> 35%)"

# One --precision row (decode/decode_options.h) in every tool: one message.
expect_usage_error "\-\-precision must be fp32 or int8, not 'fp16'" \
  "$TRANSLATE" -m "$T/tf.nmt" -i "$T/test.src" --precision fp16
expect_usage_error "\-\-precision must be fp32 or int8, not 'fp16'" \
  "$QUANTIZE" "$T/tf.nmt" "$T/out.nmt" --precision fp16
expect_error "nope.nmt: cannot open" "$QUANTIZE" "$T/nope.nmt" "$T/out.nmt"
expect_error "not an nmt model file" "$QUANTIZE" "$T/test.src" "$T/out.nmt"
[ ! -e "$T/out.nmt" ] || fail "nmt-quantize wrote a file after an error"
finish
