#!/usr/bin/env bash
# nmt-train and nmt-translate through the real command line on the committed
# sample corpus: a tiny RNN trains, saves model/checkpoint files, resumes to
# the same bits as an uninterrupted run, translates (greedy, beam, n-best,
# scores, files), and every bad input ends in one line and exit code 1.
source "$(dirname "$0")/common.sh"
TRAIN="$NMT_BIN/nmt-train"
TRANSLATE="$NMT_BIN/nmt-translate"

head -n 400 "$SAMPLE/train.en" >"$T/train.en"
head -n 400 "$SAMPLE/train.es" >"$T/train.es"
head -n 20 "$SAMPLE/dev.en" >"$T/dev.en"
head -n 20 "$SAMPLE/dev.es" >"$T/dev.es"
tiny=(--threads 1 --arch rnn --attention general --train-src "$T/train.en" --train-tgt "$T/train.es"
      --vocab-size 300 --dim 32 --enc-hidden 32 --dec-hidden 32 --batch-tokens 1500 --lr 3e-3
      --warmup 5 --log-every 5 --save-every 100)

# Train 12 updates in one run, and 6 + 6 with a resume between: same bits.
"$TRAIN" "${tiny[@]}" --model "$T/full.nmt" --max-updates 12 2>"$T/full.log" ||
  fail "training failed: $(tail -3 "$T/full.log")"
grep -q "update 10 |.*tok/s.*lr.*elapsed.*left" "$T/full.log" || fail "no progress line: $(cat "$T/full.log")"
[ -s "$T/full.nmt" ] && [ -s "$T/full.nmt.ckpt" ] || fail "model or checkpoint missing"
"$TRAIN" "${tiny[@]}" --model "$T/half.nmt" --max-updates 6 2>/dev/null || fail "first half failed"
"$TRAIN" "${tiny[@]}" --model "$T/half.nmt" --max-updates 12 --resume 2>"$T/resume.log" ||
  fail "resume failed: $(tail -3 "$T/resume.log")"
grep -q "option changed on resume: max_updates: 6 -> 12" "$T/resume.log" || fail "resume did not report the changed option"
cmp -s "$T/full.nmt" "$T/half.nmt" || fail "6 + 6 updates with a resume differ from 12 in one run"

# The same with an exponential moving average of the weights: the checkpoint
# keeps the average, so 6 + 6 is 12 bit for bit; the saved model is the
# average, not the last parameters.
"$TRAIN" "${tiny[@]}" --model "$T/ema.nmt" --max-updates 12 --exponential-smoothing 2>/dev/null ||
  fail "training with --exponential-smoothing failed"
"$TRAIN" "${tiny[@]}" --model "$T/ema-half.nmt" --max-updates 6 --exponential-smoothing 2>/dev/null ||
  fail "first half with --exponential-smoothing failed"
"$TRAIN" "${tiny[@]}" --model "$T/ema-half.nmt" --max-updates 12 --exponential-smoothing=1e-4 --resume \
  2>/dev/null || fail "resume with --exponential-smoothing failed"
cmp -s "$T/ema.nmt" "$T/ema-half.nmt" || fail "EMA: 6 + 6 updates with a resume differ from 12 in one run"
! cmp -s "$T/ema.nmt" "$T/full.nmt" || fail "EMA: the saved model is not the average"
expect_usage_error "exponential-smoothing must be a number in \[0, 1)" \
  "$TRAIN" "${tiny[@]}" --model "$T/bad.nmt" --exponential-smoothing 1.5

# Refused changes on resume.
expect_error_after_log "cannot resume with a different model" \
  "$TRAIN" "${tiny[@]}" --model "$T/half.nmt" --max-updates 14 --dim 48
expect_error_after_log "cannot resume with a different vocabulary" \
  "$TRAIN" "${tiny[@]}" --model "$T/half.nmt" --max-updates 14 --vocab-size 400

# Validation writes the best model and the last one.
"$TRAIN" "${tiny[@]}" --model "$T/v.nmt" --max-updates 4 --valid-src "$T/dev.en" --valid-tgt "$T/dev.es" \
  --valid-every 2 2>"$T/valid.log" || fail "training with validation failed: $(tail -3 "$T/valid.log")"
grep -q "\[valid\] update 2 | loss .* | BLEU .* | chrF" "$T/valid.log" || fail "no validation line"
[ -s "$T/v.nmt" ] && [ -s "$T/v.nmt.last" ] || fail "best or last model missing"

# A run that reaches --max-updates between two validations validates its last
# update too (once), so the best model can be the final one.
"$TRAIN" "${tiny[@]}" --model "$T/v5.nmt" --max-updates 5 --valid-src "$T/dev.en" \
  --valid-tgt "$T/dev.es" --valid-every 2 2>"$T/valid5.log" ||
  fail "training to update 5 failed: $(tail -3 "$T/valid5.log")"
expect_eq "$(grep -o '^\[valid\] update [0-9]*' "$T/valid5.log" | tr '\n' ,)" \
  "[valid] update 2,[valid] update 4,[valid] update 5," "validations of a run ending at update 5"
expect_eq "$(grep -c '^\[valid\]' "$T/valid.log")" "2" "validations of a run ending on a validation"

# Translation: one line out per line in, in order; empty lines stay empty.
printf 'In the beginning.\n\nAnd God said.\n' >"$T/in.txt"
out=$("$TRANSLATE" -m "$T/full.nmt" --beam 2 <"$T/in.txt") || fail "translate failed"
expect_eq "$(wc -l <<<"$out")" "3" "output line count"
expect_eq "$(sed -n 2p <<<"$out")" "" "empty line stays empty"
"$TRANSLATE" -m "$T/full.nmt" -i "$T/in.txt" -o "$T/out.txt" --beam 2 || fail "translate -i/-o failed"
expect_eq "$(cat "$T/out.txt")" "$out" "-i/-o gives the same as stdin/stdout"
nbest=$("$TRANSLATE" -m "$T/full.nmt" --beam 3 --n-best 3 <"$T/in.txt")
expect_eq "$(grep -c '^0 ||| ' <<<"$nbest")" "3" "three hypotheses for sentence 0"
grep -qE '^2 \|\|\| .* \|\|\| -?[0-9.]+$' <<<"$nbest" || fail "n-best is not Moses format: $nbest"
scored=$("$TRANSLATE" -m "$T/full.nmt" --scores <"$T/in.txt")
grep -qE ' \|\|\| -?[0-9.]+$' <<<"$(sed -n 1p <<<"$scored")" || fail "--scores missing: $scored"
expect_eq "$("$TRANSLATE" -m "$T/full.nmt" </dev/null)" "" "empty input, empty output"

# An invalid line is reported by number; the others are still translated.
printf 'good line\n\xff\xfe bad\nanother\n' >"$T/bad.txt"
"$TRANSLATE" -m "$T/full.nmt" -i "$T/bad.txt" >"$T/out" 2>"$T/err"
expect_eq "$?" "1" "exit code with an invalid line"
grep -q "bad.txt:2: invalid UTF-8" "$T/err" || fail "invalid line not named: $(cat "$T/err")"
expect_eq "$(wc -l <"$T/out")" "3" "lines translated around the invalid one"

# Bad model files and flags.
expect_error "not an nmt model file" "$TRANSLATE" -m /etc/hostname
head -c 5000 "$T/full.nmt" >"$T/trunc.nmt"
expect_error "truncated" "$TRANSLATE" -m "$T/trunc.nmt"
cp "$T/full.nmt" "$T/corrupt.nmt"
printf 'XXXX' | dd of="$T/corrupt.nmt" bs=1 seek=3000 conv=notrunc 2>/dev/null
expect_error "corrupted" "$TRANSLATE" -m "$T/corrupt.nmt"
cp "$T/full.nmt" "$T/newer.nmt"
printf '\x63\x00\x00\x00' | dd of="$T/newer.nmt" bs=1 seek=8 conv=notrunc 2>/dev/null
expect_error "newer than this nmt" "$TRANSLATE" -m "$T/newer.nmt"
expect_error "cannot open" "$TRANSLATE" -m "$T/missing.nmt"
expect_usage_error "beam" "$TRANSLATE" -m "$T/full.nmt" --beam -1
expect_usage_error "beam" "$TRANSLATE" -m "$T/full.nmt" --beam 0
expect_usage_error "unknown option --frobnicate" "$TRANSLATE" -m "$T/full.nmt" --frobnicate
expect_usage_error "model" "$TRANSLATE"
expect_usage_error "vocab-size must be an integer from 5" "$TRAIN" "${tiny[@]}" --model "$T/x.nmt" --vocab-size 0
printf 'one\ntwo\n' >"$T/two.txt"
printf 'one\n' >"$T/one.txt"
expect_error "2.*1\|1.*2" "$TRAIN" --train-src "$T/two.txt" --train-tgt "$T/one.txt" --model "$T/x.nmt"
expect_usage_error "train-src" "$TRAIN" --train-tgt "$T/one.txt" --model "$T/x.nmt"
finish
