#!/usr/bin/env bash
# Every corpus problem nmt-train checks up front, through the real command
# line: exit code 1, one line naming the file (and line, and byte where it
# applies), and no model, checkpoint or temporary file left behind.
source "$(dirname "$0")/common.sh"
TRAIN="$NMT_BIN/nmt-train"
small=(--threads 1 --arch rnn --vocab-size 60 --dim 16 --enc-hidden 16 --dec-hidden 16 --max-updates 1)

printf 'one two\nthree four\nfive six\n' >"$T/ok.en"
printf 'uno dos\ntres cuatro\ncinco seis\n' >"$T/ok.es"

# Expects a refusal naming $1 and leaves no files in $T/model*.
refuse() {
  local pattern="$1"; shift
  expect_error "$pattern" "$TRAIN" "${small[@]}" --model "$T/model.nmt" "$@"
  [ -z "$(ls "$T" | grep '^model')" ] || fail "files left behind after [$pattern]: $(ls "$T")"
}

printf 'a\nb\n' >"$T/two.es"
refuse "ok.en has 3 lines.*two.es has 2 lines\|3.*2" --train-src "$T/ok.en" --train-tgt "$T/two.es"
refuse "missing.en" --train-src "$T/missing.en" --train-tgt "$T/ok.es"
: >"$T/empty.en"
refuse "empty.en.*empty" --train-src "$T/empty.en" --train-tgt "$T/ok.es"
printf 'one two\nthr\xc3\x28e four\nfive six\n' >"$T/utf8.en"
refuse "utf8.en:2: invalid UTF-8 at byte 3" --train-src "$T/utf8.en" --train-tgt "$T/ok.es"
printf 'one two\nthree\0four\nfive six\n' >"$T/nul.en"
refuse "nul.en:2" --train-src "$T/nul.en" --train-tgt "$T/ok.es"
printf 'one two\n\nfive six\n' >"$T/blank.en"
refuse "blank.en:2" --train-src "$T/blank.en" --train-tgt "$T/ok.es" --strict
printf 'one two\n%s\nfive six\n' "$(head -c 3000 /dev/zero | tr '\0' 'x')" >"$T/long.en"
refuse "long.en:2" --train-src "$T/long.en" --train-tgt "$T/ok.es" --strict --max-line-bytes 1000
expect_usage_error "valid-src and --valid-tgt" "$TRAIN" "${small[@]}" --model "$T/model.nmt" \
  --train-src "$T/ok.en" --train-tgt "$T/ok.es" --valid-src "$T/ok.en"
mkdir "$T/adir"
refuse "adir" --train-src "$T/adir" --train-tgt "$T/ok.es"

# Without --strict, blank and over-long pairs are skipped and counted.
"$TRAIN" "${small[@]}" --model "$T/skip.nmt" --train-src "$T/blank.en" --train-tgt "$T/ok.es" \
  2>"$T/skip.log" || fail "skipping blank lines failed: $(tail -2 "$T/skip.log")"
grep -q "kept 2 of 3 pairs (skipped 1 empty" "$T/skip.log" || fail "skip not reported: $(cat "$T/skip.log")"

# A model path in a directory that does not exist: an error, nothing written.
expect_error "nowhere/m.nmt: cannot create temporary file .*: No such file or directory" "$TRAIN" "${small[@]}" --model "$T/nowhere/m.nmt" \
  --train-src "$T/ok.en" --train-tgt "$T/ok.es"
finish
