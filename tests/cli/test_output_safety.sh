#!/usr/bin/env bash
# Outputs are never lost silently and every file option speaks "-" (issue 14):
# an unwritable stdout is exit 1 with one line for every tool; a signal on
# nmt-translate -o F removes F's temporary, and stale ones go at start-up;
# "-" is stdin/stdout everywhere (no file named "-"); nmt-align refuses
# over-long lines by file and line, and a heatmap directory never mixes two
# runs.
source "$(dirname "$0")/common.sh"
TRAIN="$NMT_BIN/nmt-train"
TRANSLATE="$NMT_BIN/nmt-translate"
ALIGN="$NMT_BIN/nmt-align"
EVAL="$NMT_BIN/nmt-eval"
cd "$T" || exit 1

head -n 300 "$SAMPLE/train.en" >"$T/train.en"
head -n 300 "$SAMPLE/train.es" >"$T/train.es"
"$TRAIN" --threads 1 --arch rnn --attention general --train-src "$T/train.en" \
  --train-tgt "$T/train.es" --vocab-size 300 --dim 16 --enc-hidden 16 --dec-hidden 16 \
  --batch-tokens 1000 --max-updates 2 --model "$T/m.nmt" 2>"$T/train.log" ||
  fail "training failed: $(tail -2 "$T/train.log")"
M="$T/m.nmt"
printf 'In the beginning.\nAnd God said.\nLet there be light.\n' >"$T/in.txt"
head -n 2 "$T/in.txt" >"$T/in2.txt"

# 3. Standard output that cannot be written is an error, in every tool.
expect_error "cannot write to standard output" bash -c "'$TRANSLATE' -m '$M' -i '$T/in.txt' >/dev/full"
expect_error "cannot write to standard output" bash -c "'$EVAL' --ref '$T/in.txt' --hyp '$T/in.txt' >/dev/full"
expect_error "cannot write to standard output" \
  bash -c "'$ALIGN' -m '$M' --src '$T/in.txt' --tgt '$T/in.txt' >/dev/full"
expect_error "cannot write to standard output" \
  bash -c "'$ALIGN' -m '$M' --src '$T/in.txt' --tgt '$T/in.txt' --pharaoh p --stats >/dev/full"
expect_error "cannot write to standard output: No space left on device" bash -c "'$NMT_BIN/nmt-bench' gemm --quick >/dev/full"
expect_error "cannot write to standard output" \
  bash -c "'$TRAIN' --train-src a --train-tgt b --model c --dump-config >/dev/full"
for tool in nmt-train nmt-translate nmt-align nmt-eval nmt-bench nmt-info nmt-average nmt-quantize nmt-curves; do
  expect_error "cannot write to standard output" bash -c "'$NMT_BIN/$tool' --help >/dev/full"
done
expect_error "cannot write to standard output" bash -c "'$TRANSLATE' --version >/dev/full"
expect_error "$T: cannot read: is a directory" "$TRANSLATE" -m "$M" -i "$T"
expect_error "$T: cannot read: is a directory" "$EVAL" --ref "$T" --hyp "$T/in.txt"

# 6. "-" is standard input or output for every file option.
want=$("$TRANSLATE" -m "$M" <"$T/in.txt") || fail "translate failed"
expect_eq "$("$TRANSLATE" -m "$M" -i - -o - <"$T/in.txt")" "$want" "translate -i - -o -"
links=$("$ALIGN" -m "$M" --src "$T/in.txt" --tgt "$T/in.txt") || fail "align failed"
expect_eq "$("$ALIGN" -m "$M" --src - --tgt "$T/in.txt" --pharaoh - <"$T/in.txt")" "$links" \
  "align --src - --pharaoh -"
expect_eq "$("$ALIGN" -m "$M" --src "$T/in.txt" --tgt - <"$T/in.txt")" "$links" "align --tgt -"
soft=$("$ALIGN" -m "$M" --src "$T/in.txt" --tgt "$T/in.txt" --pharaoh "$T/p.align" --soft -)
expect_eq "$(wc -l <<<"$soft")" "3" "align --soft - writes JSON lines to stdout"
grep -q '^{"sentence":1,' <<<"$soft" || fail "--soft - is not JSON lines: ${soft:0:200}"
expect_eq "$(cat "$T/p.align")" "$links" "--pharaoh FILE beside --soft -"
printf '0-0\n0-0\n0-0\n' >"$T/gold"
aer=$("$ALIGN" -m "$M" --src "$T/in.txt" --tgt "$T/in.txt" --gold - --pharaoh "$T/p2" <"$T/gold")
grep -q "AER" <<<"$aer" || fail "align --gold - printed no AER: $aer"
expect_error "only one of --src, --tgt and --gold" "$ALIGN" -m "$M" --src - --tgt -
expect_error "only one output can go to standard output" \
  "$ALIGN" -m "$M" --src "$T/in.txt" --tgt "$T/in.txt" --soft -
expect_error "--heatmap takes a directory" "$ALIGN" -m "$M" --src "$T/in.txt" --heatmap -
bleu=$("$EVAL" --ref "$T/in.txt" --hyp "$T/in.txt") || fail "eval failed"
expect_eq "$("$EVAL" --ref - --hyp "$T/in.txt" <"$T/in.txt")" "$bleu" "eval --ref -"
expect_eq "$("$EVAL" --ref "$T/in.txt" --hyp - <"$T/in.txt")" "$bleu" "eval --hyp -"
expect_error "only one file can be standard input" "$EVAL" --ref -
[ ! -e "$T/-" ] || fail "a file named - was created"

# 4. A signal on nmt-translate -o F removes F's temporary; the exit status
# says which signal (143 SIGTERM, 130 SIGINT).
mkfifo "$T/fifo"
for sig in TERM INT; do
  (cat "$T/in.txt"; sleep 20) >"$T/fifo" &
  writer=$!
  set -m  # background jobs get SIGINT ignored otherwise
  "$TRANSLATE" -m "$M" -o "$T/out.txt" <"$T/fifo" &
  pid=$!
  set +m
  for _ in $(seq 200); do compgen -G "$T/out.txt.tmp.*" >/dev/null && break; sleep 0.05; done
  compgen -G "$T/out.txt.tmp.*" >/dev/null || fail "no temporary while translating"
  kill -"$sig" "$pid"
  wait "$pid"
  rc=$?
  expect_eq "$rc" "$([ $sig = TERM ] && echo 143 || echo 130)" "translate exit status on SIG$sig"
  compgen -G "$T/out.txt*" >/dev/null && fail "SIG$sig left $(ls "$T"/out.txt*)"
  kill "$writer" 2>/dev/null
  wait "$writer" 2>/dev/null
done
# Temporaries of a killed (dead) writer go at start-up, for translate and align.
true &
dead=$!
wait "$dead"
touch "$T/out.txt.tmp.$dead.0" "$T/p.align.tmp.$dead.3" "$T/soft.tmp.$dead.1"
"$TRANSLATE" -m "$M" -i "$T/in.txt" -o "$T/out.txt" || fail "translate -o failed"
"$ALIGN" -m "$M" --src "$T/in.txt" --tgt "$T/in.txt" --pharaoh "$T/p.align" --soft "$T/soft" ||
  fail "align to files failed"
compgen -G "$T/*.tmp.*" >/dev/null && fail "stale temporaries left: $(ls "$T")"

# The heatmap directory holds one run: a shorter run removes the extra
# pictures of a longer one and says what it wrote.
"$ALIGN" -m "$M" --src "$T/in.txt" --tgt "$T/in.txt" --heatmap "$T/hm" >/dev/null 2>"$T/err" ||
  fail "heatmaps failed: $(cat "$T/err")"
grep -q "wrote 3 picture(s) to $T/hm (sent-0001.svg to sent-0003.svg)" "$T/err" ||
  fail "no summary of the pictures: $(cat "$T/err")"
touch "$T/hm/notes.txt" "$T/hm/sent-0003.svg.tmp.$dead.0"
"$ALIGN" -m "$M" --src "$T/in2.txt" --tgt "$T/in2.txt" --heatmap "$T/hm" >/dev/null 2>"$T/err" ||
  fail "second heatmap run failed: $(cat "$T/err")"
expect_eq "$(ls "$T/hm" | tr '\n' ' ')" "notes.txt sent-0001.svg sent-0002.svg " "pictures of one run"
grep -q "removed 1 picture(s) of an earlier run, e.g. sent-0003.svg" "$T/err" ||
  fail "the removal was not reported: $(cat "$T/err")"

# 5. nmt-align refuses over-long lines by file and line, before using memory.
{ cat "$T/in2.txt"; /usr/bin/python3 -c "print('word ' * 4000)"; } >"$T/long.txt"
expect_error "long.txt:3: line too long to align ([0-9]* tokens, over --max-input-tokens 512)" \
  "$ALIGN" -m "$M" --src "$T/long.txt" --tgt "$T/long.txt"
expect_error "long.txt:3: line too long to align ([0-9]* tokens, over --max-input-tokens 512)" \
  "$ALIGN" -m "$M" --src "$T/in.txt" --tgt "$T/long.txt"
expect_error "in.txt:1: line too long to align ([0-9]* tokens, over --max-input-tokens 2)" \
  "$ALIGN" -m "$M" --src "$T/in.txt" --max-input-tokens 2
/usr/bin/python3 -c "print('word ' * 200000)" >"$T/huge.txt"
expect_error "huge.txt:1: line too long to align (1000000 bytes" "$ALIGN" -m "$M" --src "$T/huge.txt"

finish
