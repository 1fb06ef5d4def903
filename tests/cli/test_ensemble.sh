#!/usr/bin/env bash
# Ensemble decoding through nmt-translate: -m A -m A gives A's output byte for
# byte (translations, n-best lists, scores); two snapshots of one run (same
# vocabulary) decode together with --weights; models of another vocabulary
# and a wrong number of weights are refused with one line; a second seed
# trained with --spm FIRST.nmt shares its vocabulary and ensembles with it.
source "$(dirname "$0")/common.sh"
TRAIN="$NMT_BIN/nmt-train"
TRANSLATE="$NMT_BIN/nmt-translate"

head -n 300 "$SAMPLE/train.en" >"$T/train.en"
head -n 300 "$SAMPLE/train.es" >"$T/train.es"
head -n 12 "$SAMPLE/test.en" >"$T/in.txt"
tiny=(--threads 1 --arch transformer --dim 16 --heads 2 --ffn 32 --enc-layers 1 --dec-layers 1
      --train-src "$T/train.en" --train-tgt "$T/train.es" --vocab-size 300 --batch-tokens 800
      --lr 3e-3 --warmup 5 --log-every 100)
"$TRAIN" "${tiny[@]}" --model "$T/m.nmt" --max-updates 16 --save-every 8 --keep-last 2 2>"$T/train.log" ||
  fail "training failed: $(tail -3 "$T/train.log")"

for args in "--beam 1" "--beam 4 --n-best 4" "--beam 3 --scores" "--beam 5 --n-best 2 --length-penalty 0"; do
  # shellcheck disable=SC2086
  "$TRANSLATE" -m "$T/m.nmt" $args <"$T/in.txt" >"$T/one.out" || fail "$args: one model failed"
  # shellcheck disable=SC2086
  "$TRANSLATE" -m "$T/m.nmt" -m "$T/m.nmt" $args <"$T/in.txt" >"$T/two.out" || fail "$args: ensemble failed"
  cmp -s "$T/one.out" "$T/two.out" || fail "$args: -m A -m A differs from -m A: $(diff "$T/one.out" "$T/two.out" | head -4)"
done
[ "$(wc -l <"$T/one.out")" -eq 24 ] || fail "n-best 2 of 12 lines: $(wc -l <"$T/one.out") lines"

"$TRANSLATE" -m "$T/m.nmt.upd8" -m "$T/m.nmt.upd16" --weights 1 3 --beam 4 --n-best 2 <"$T/in.txt" \
  >"$T/mix.out" || fail "an ensemble of two snapshots failed"
[ "$(wc -l <"$T/mix.out")" -eq 24 ] || fail "ensemble n-best: $(wc -l <"$T/mix.out") lines, want 24"
grep -qE '^11 \|\|\| .* \|\|\| -?[0-9.]+$' "$T/mix.out" || fail "ensemble n-best is not Moses format"
# Weights 1 and 0+: the first model alone decides (a tiny weight is still a weight).
"$TRANSLATE" -m "$T/m.nmt.upd8" -m "$T/m.nmt.upd16" --weights 1 1e-30 <"$T/in.txt" >"$T/first.out" ||
  fail "weights 1 1e-30 failed"
"$TRANSLATE" -m "$T/m.nmt.upd8" <"$T/in.txt" >"$T/upd8.out"
cmp -s "$T/first.out" "$T/upd8.out" || fail "--weights 1 1e-30 is not the first model's output"

# A second seed sharing the first model's vocabulary (--spm MODEL.nmt) ensembles with it.
"$TRAIN" "${tiny[@]}" --model "$T/seed2.nmt" --max-updates 8 --seed 2 --spm "$T/m.nmt" \
  2>"$T/seed2.log" || fail "--spm m.nmt failed: $(tail -2 "$T/seed2.log")"
grep -q "SentencePiece model of .*m.nmt: [0-9]* pieces" "$T/seed2.log" ||
  fail "no line naming the model whose vocabulary was taken: $(cat "$T/seed2.log")"
"$TRANSLATE" -m "$T/m.nmt" -m "$T/seed2.nmt" --beam 3 <"$T/in.txt" >"$T/seeds.out" ||
  fail "an ensemble of two seeds failed"
[ "$(wc -l <"$T/seeds.out")" -eq 12 ] || fail "two-seed ensemble: $(wc -l <"$T/seeds.out") lines, want 12"
"$TRAIN" "${tiny[@]}" --model "$T/sep.nmt" --max-updates 1 --separate-vocab 2>/dev/null ||
  fail "separate-vocabulary model failed"
expect_error_after_log "sep.nmt: has one SentencePiece model per side; --spm needs a model with a joint vocabulary" \
  "$TRAIN" "${tiny[@]}" --model "$T/x.nmt" --max-updates 1 --spm "$T/sep.nmt"

"$TRAIN" "${tiny[@]}" --model "$T/other.nmt" --max-updates 2 --vocab-size 280 2>/dev/null ||
  fail "other-vocabulary model failed"
expect_error "other.nmt: its SentencePiece vocabulary differs from .*m.nmt's" \
  "$TRANSLATE" -m "$T/m.nmt" -m "$T/other.nmt" -i "$T/in.txt"
expect_error "weights: 1 weight(s) for 2 model(s)" \
  "$TRANSLATE" -m "$T/m.nmt" -m "$T/m.nmt.upd8" --weights 1 -i "$T/in.txt"
expect_error "every weight must be a positive number" \
  "$TRANSLATE" -m "$T/m.nmt" -m "$T/m.nmt.upd8" --weights 1 -1 -i "$T/in.txt"
finish
