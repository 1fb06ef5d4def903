#!/usr/bin/env bash
# Checkpoint averaging through the command line: nmt-train --keep-last K keeps
# the models of the last K saves as MODEL.upd<N>; nmt-average averages model
# files (or --last K of a model's snapshots) into one that translates; files
# of another architecture or vocabulary are refused with one line.
source "$(dirname "$0")/common.sh"
TRAIN="$NMT_BIN/nmt-train"
TRANSLATE="$NMT_BIN/nmt-translate"
AVERAGE="$NMT_BIN/nmt-average"

head -n 300 "$SAMPLE/train.en" >"$T/train.en"
head -n 300 "$SAMPLE/train.es" >"$T/train.es"
head -n 8 "$SAMPLE/test.en" >"$T/in.txt"
tiny=(--threads 1 --arch rnn --attention general --train-src "$T/train.en" --train-tgt "$T/train.es"
      --vocab-size 300 --dim 16 --enc-hidden 16 --dec-hidden 16 --batch-tokens 800 --lr 3e-3
      --warmup 5 --log-every 100)

# Saves at 4, 8, 12 (and the end): the last two stay.
"$TRAIN" "${tiny[@]}" --model "$T/m.nmt" --max-updates 12 --save-every 4 --keep-last 2 2>"$T/train.log" ||
  fail "training with --keep-last failed: $(tail -3 "$T/train.log")"
[ -s "$T/m.nmt.upd8" ] && [ -s "$T/m.nmt.upd12" ] || fail "snapshots upd8, upd12 missing: $(ls "$T")"
[ ! -e "$T/m.nmt.upd4" ] || fail "the oldest snapshot upd4 was not removed"
cmp -s "$T/m.nmt" "$T/m.nmt.upd12" || fail "the last snapshot is not the saved model"
# A resumed run goes on pruning the same set.
"$TRAIN" "${tiny[@]}" --model "$T/m.nmt" --max-updates 16 --save-every 4 --keep-last 2 2>/dev/null ||
  fail "resumed training with --keep-last failed"
expect_eq "$(cd "$T" && ls m.nmt.upd* | tr '\n' ' ')" "m.nmt.upd12 m.nmt.upd16 " "snapshots after resuming"

"$AVERAGE" -o "$T/avg.nmt" "$T/m.nmt.upd12" "$T/m.nmt.upd16" 2>"$T/avg.log" ||
  fail "nmt-average failed: $(cat "$T/avg.log")"
"$AVERAGE" -o "$T/last2.nmt" --last 2 --model "$T/m.nmt" 2>/dev/null || fail "nmt-average --last failed"
cmp -s "$T/avg.nmt" "$T/last2.nmt" || fail "--last 2 differs from naming the two newest snapshots"
! cmp -s "$T/avg.nmt" "$T/m.nmt" || fail "the average is the last model"
out=$("$TRANSLATE" -m "$T/avg.nmt" --beam 2 <"$T/in.txt") || fail "the averaged model does not translate"
expect_eq "$(wc -l <<<"$out")" "8" "lines translated by the averaged model"
# A model averaged with itself has its parameters: the same translations.
"$AVERAGE" -o "$T/self.nmt" "$T/m.nmt" "$T/m.nmt" 2>/dev/null || fail "averaging a model with itself failed"
expect_eq "$("$TRANSLATE" -m "$T/self.nmt" --scores <"$T/in.txt")" \
  "$("$TRANSLATE" -m "$T/m.nmt" --scores <"$T/in.txt")" "a model averaged with itself"

# Mismatches: one line, exit 1, no output file.
"$TRAIN" "${tiny[@]}" --model "$T/wide.nmt" --max-updates 2 --dim 24 2>/dev/null || fail "wide model failed"
"$TRAIN" "${tiny[@]}" --model "$T/vocab.nmt" --max-updates 2 --vocab-size 280 2>/dev/null ||
  fail "other-vocabulary model failed"
expect_error "wide.nmt: another architecture than .*m.nmt (cannot average): dim = 16 vs dim = 24" \
  "$AVERAGE" -o "$T/x.nmt" "$T/m.nmt" "$T/wide.nmt"
expect_error "vocab.nmt: another \(architecture\|vocabulary\)" \
  "$AVERAGE" -o "$T/x.nmt" "$T/m.nmt" "$T/vocab.nmt"
expect_error "missing.nmt" "$AVERAGE" -o "$T/x.nmt" "$T/m.nmt" "$T/missing.nmt"
"$NMT_BIN/nmt-quantize" "$T/m.nmt" "$T/int8.nmt" 2>/dev/null || fail "nmt-quantize failed"
expect_error "int8.nmt: an int8 model file (nmt-quantize): average the float32 models, then quantize" \
  "$AVERAGE" -o "$T/x.nmt" "$T/int8.nmt" "$T/int8.nmt"
expect_error "give the model files" "$AVERAGE" -o "$T/x.nmt"
# "-" is standard output for every file option; a model cannot go there, and
# no file named "-" may appear.
cd "$T" || exit 1
expect_error "a model is written to a file, not to standard output" \
  "$AVERAGE" -o - "$T/m.nmt" "$T/m.nmt"
[ ! -e "$T/-" ] || fail "nmt-average -o - wrote a file named -"
cd - >/dev/null || exit 1
expect_error "no snapshots" "$AVERAGE" -o "$T/x.nmt" --last 3 --model "$T/wide.nmt"
[ ! -e "$T/x.nmt" ] || fail "a refused average left an output file"
finish
