#!/usr/bin/env bash
# nmt-translate streams: a sentence sent on a pipe that stays open is
# translated and written at once (the chunk ends when stdin has nothing
# waiting), in order, one line out per line in. The long run with memory
# figures is scripts/stream_rss.sh (docs/RELIABILITY.md).
source "$(dirname "$0")/common.sh"
TRAIN="$NMT_BIN/nmt-train"
TRANSLATE="$NMT_BIN/nmt-translate"

head -n 200 "$SAMPLE/train.en" >"$T/train.en"
head -n 200 "$SAMPLE/train.es" >"$T/train.es"
"$TRAIN" --threads 1 --arch rnn --attention general --train-src "$T/train.en" --train-tgt "$T/train.es" \
  --vocab-size 200 --dim 16 --enc-hidden 16 --dec-hidden 16 --max-updates 4 --log-every 100 \
  --model "$T/m.nmt" 2>"$T/train.log" || fail "training failed: $(tail -n 2 "$T/train.log")"

mkfifo "$T/in" "$T/out"
"$TRANSLATE" -m "$T/m.nmt" --max-length-ratio 1 <"$T/in" >"$T/out" 2>"$T/err" &
pid=$!
exec {to}>"$T/in"
exec {from}<"$T/out"
# Each line must come back while the input is still open (the timeout is
# generous for a loaded machine; a chunk-bound reader would wait for 256).
for sentence in "In the beginning." "And God said." "" "Let there be light."; do
  printf '%s\n' "$sentence" >&"$to"
  if IFS= read -r -t 60 -u "$from" line; then
    [ -n "$sentence" ] || expect_eq "$line" "" "an empty line stays empty"
    [ -z "$sentence" ] || [ -n "$line" ] || fail "no translation of [$sentence]"
  else
    fail "[$sentence]: no output within 60 s while the input stayed open"
  fi
done
exec {to}>&-
IFS= read -r -t 60 -u "$from" extra && fail "more output than input: [$extra]"
wait "$pid" || fail "nmt-translate exited with $? ($(head -c 300 "$T/err"))"
finish
