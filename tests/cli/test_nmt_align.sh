#!/usr/bin/env bash
# nmt-align and nmt-translate --alignment end to end on the reverse task: the
# test writes a toy corpus (source words wa..wl, 3-8 distinct words in random
# order; the target is the reversed sentence in words va..vl) and the gold
# alignment (target word j <-> source word n-1-j), trains a tiny RNN with
# additive attention and a tiny Transformer, and checks: Pharaoh output, AER
# against gold, --head best (both models must reach AER <= 10% with their
# best method and head), per-head statistics, soft JSON lines, SVG/PNG
# heatmaps, the HTML report (in headless Chromium when installed), terminal
# heatmaps, alignments of the model's own translations, nmt-translate
# --alignment hard|soft, and every user error as one line with exit code 1.
source "$(dirname "$0")/common.sh"
TRAIN="$NMT_BIN/nmt-train"
ALIGN="$NMT_BIN/nmt-align"
TRANSLATE="$NMT_BIN/nmt-translate"
PY=/usr/bin/python3

# reverse_corpus N SEED PREFIX: PREFIX.src, PREFIX.tgt, PREFIX.gold (0-based).
reverse_corpus() {
  awk -v n="$1" -v seed="$2" -v p="$3" 'BEGIN { srand(seed); letters = "abcdefghijkl"
    for (i = 0; i < n; i++) {
      len = 3 + int(rand() * 6); s = ""; t = ""; g = ""
      for (k = 1; k <= 12; k++) w[k] = k
      for (k = 12; k > 1; k--) { r = 1 + int(rand() * k); x = w[k]; w[k] = w[r]; w[r] = x }
      for (k = 1; k <= len; k++) s = s (k > 1 ? " " : "") "w" substr(letters, w[k], 1)
      for (j = 0; j < len; j++) {
        t = t (j ? " " : "") "v" substr(letters, w[len - j], 1)
        g = g (j ? " " : "") (len - 1 - j) "-" j
      }
      print s > (p ".src"); print t > (p ".tgt"); print g > (p ".gold")
    } }'
}
reverse_corpus 3000 1 "$T/train"
reverse_corpus 40 2 "$T/test"

# Vocabulary 60 keeps every word one SentencePiece piece (checked below via
# the link count); no dropout or label smoothing so the toy task is learned fast.
common=(--threads 1 --train-src "$T/train.src" --train-tgt "$T/train.tgt" --vocab-size 60
        --batch-tokens 1000 --schedule warmup-constant --dropout 0 --label-smoothing 0
        --log-every 1000 --save-every 100000)
"$TRAIN" "${common[@]}" --model "$T/rnn.nmt" --arch rnn --attention additive --dim 32 \
  --enc-hidden 32 --dec-hidden 64 --lr 1e-2 --warmup 20 --max-updates 800 2>"$T/rnn.log" ||
  fail "RNN training failed: $(tail -3 "$T/rnn.log")"
"$TRAIN" "${common[@]}" --model "$T/tf.nmt" --arch transformer --dim 32 --heads 2 --enc-layers 2 \
  --dec-layers 2 --ffn 64 --lr 3e-3 --warmup 50 --max-updates 1000 2>"$T/tf.log" ||
  fail "Transformer training failed: $(tail -3 "$T/tf.log")"
"$TRAIN" "${common[@]}" --model "$T/none.nmt" --arch rnn --attention none --dim 16 \
  --enc-hidden 16 --dec-hidden 16 --max-updates 2 2>"$T/none.log" ||
  fail "training without attention failed: $(tail -3 "$T/none.log")"

is_pharaoh() { grep -qvE '^([0-9]+-[0-9]+( [0-9]+-[0-9]+)*)?$' "$1" && return 1; return 0; }
aer_of() { sed -n 's/^AER = \([0-9.]*\) .*/\1/p' "$1" | head -1; }
best_aer_of() { sed -n 's/^best: .*(AER \([0-9.]*\))$/\1/p' "$1"; }
at_most() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a != "" && a + 0 <= b + 0) }'; }
smaller() { awk -v a="$1" -v b="$2" 'BEGIN { print (a + 0 < b + 0 ? a : b) }'; }

for arch in rnn tf; do
  M="$T/$arch.nmt"
  forced=(-m "$M" --src "$T/test.src" --tgt "$T/test.tgt")
  # Pharaoh to stdout, one line per sentence; AER to stderr.
  "$ALIGN" "${forced[@]}" --gold "$T/test.gold" >"$T/$arch.align" 2>"$T/$arch.aer" ||
    fail "$arch: nmt-align failed: $(cat "$T/$arch.aer")"
  expect_eq "$(wc -l <"$T/$arch.align")" "40" "$arch: Pharaoh lines"
  is_pharaoh "$T/$arch.align" || fail "$arch: not Pharaoh: $(head -3 "$T/$arch.align")"
  grep -qE '^AER = [0-9.]+  precision = [0-9.]+  recall = [0-9.]+  \(sentences 40, ' "$T/$arch.aer" ||
    fail "$arch: no AER line: $(cat "$T/$arch.aer")"
  "$ALIGN" "${forced[@]}" --method threshold:0.3 --layer 0 --head 0 >"$T/thr.align" 2>"$T/err" ||
    fail "$arch: threshold alignment failed: $(cat "$T/err")"
  is_pharaoh "$T/thr.align" || fail "$arch: threshold alignment is not Pharaoh"
  # argmax gives one link per target piece: one per word when words are single pieces.
  expect_eq "$(tr ' ' '\n' <"$T/$arch.align" | grep -c .)" "$(wc -w <"$T/test.tgt")" "$arch: links per target word"

  # The best head by AER, for argmax and shift-att; the better must be <= 10%.
  best=100
  for method in argmax shift; do
    "$ALIGN" "${forced[@]}" --gold "$T/test.gold" --head best --method "$method" \
      --pharaoh "$T/$arch.$method.align" >"$T/$arch.$method.best" 2>"$T/err" ||
      fail "$arch: --head best --method $method failed: $(cat "$T/err")"
    grep -q '^layer  head      AER  precision   recall$' "$T/$arch.$method.best" ||
      fail "$arch: no head table: $(cat "$T/$arch.$method.best")"
    b=$(best_aer_of "$T/$arch.$method.best")
    [ -n "$b" ] || fail "$arch: no best line"
    # The AER printed for the run is that of the best head.
    expect_eq "$(aer_of "$T/$arch.$method.best")" "$b" "$arch $method: AER of the chosen head"
    best=$(smaller "$b" "$best")
  done
  echo "$arch: best AER $best% (argmax $(best_aer_of "$T/$arch.argmax.best"), shift $(best_aer_of "$T/$arch.shift.best"))"
  at_most "$best" 10 || fail "$arch: best AER $best% > 10%"
  heads=$(grep -cE '^ +[0-9]+ +([0-9]+|avg) ' "$T/$arch.argmax.best")
  [ "$arch" = rnn ] && expect_eq "$heads" "1" "rnn: one head in the table"
  [ "$arch" = tf ] && expect_eq "$heads" "6" "tf: 2 layers x (2 heads + avg) in the table"

  # Per sentence, JSON, statistics.
  "$ALIGN" "${forced[@]}" --gold "$T/test.gold" --per-sentence --aer-json "$T/aer.json" \
    --stats --stats-json "$T/stats.json" --pharaoh "$T/p.align" >"$T/report" 2>"$T/err" ||
    fail "$arch: reports failed: $(cat "$T/err")"
  expect_eq "$(grep -c '^sentence [0-9]*: AER' "$T/report")" "40" "$arch: per-sentence AER lines"
  grep -q 'entropy' "$T/report" || fail "$arch: no statistics table"
  $PY -c 'import json,sys; a=json.load(open(sys.argv[1])); assert len(a["per_sentence"])==40
s=json.load(open(sys.argv[2])); kinds={h["kind"] for h in s["heads"]}
assert kinds==({"cross","enc_self","dec_self"} if sys.argv[3]=="tf" else {"cross"}), kinds' \
    "$T/aer.json" "$T/stats.json" "$arch" || fail "$arch: AER or statistics JSON wrong"

  # Soft alignments: JSON lines with word-level matrices of every kind, layer, head.
  "$ALIGN" "${forced[@]}" --soft "$T/$arch.jsonl" >/dev/null 2>"$T/err" || fail "$arch: --soft failed"
  $PY - "$T/$arch.jsonl" "$arch" <<'EOF' || fail "$arch: soft JSON lines wrong"
import json, sys
lines = open(sys.argv[1]).read().splitlines()
assert len(lines) == 40, len(lines)
for i, line in enumerate(lines):
    o = json.loads(line)
    assert o["sentence"] == i + 1
    layers = 2 if sys.argv[2] == "tf" else 1
    assert len(o["cross"]) == layers and all(len(l) == layers for l in o["cross"]), "layers/heads"
    for head in o["cross"][0]:
        assert len(head) == len(o["tgt"]) and all(len(r) == len(o["src"]) for r in head)
        assert all(abs(sum(r) - 1) < 1e-2 for r in head)
    assert ("enc_self" in o) == (sys.argv[2] == "tf")
EOF

  # Pictures: one SVG / PNG per sentence, one HTML report.
  "$ALIGN" "${forced[@]}" --gold "$T/test.gold" --heatmap "$T/$arch.svg" --format svg >/dev/null 2>&1 ||
    fail "$arch: svg heatmaps failed"
  expect_eq "$(ls "$T/$arch.svg" | grep -c '^sent-[0-9]\{4\}\.svg$')" "40" "$arch: svg files"
  grep -q ">$(head -1 "$T/test.src" | cut -d' ' -f1)<" "$T/$arch.svg/sent-0001.svg" || fail "$arch: svg lacks the words"
  $PY -c 'import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])' "$T/$arch.svg/sent-0040.svg" ||
    fail "$arch: svg does not parse"
  "$ALIGN" "${forced[@]}" --heatmap "$T/$arch.png" --format png --max-sentences 3 >"$T/out" 2>"$T/err" ||
    fail "$arch: png heatmaps failed"
  expect_eq "$(wc -l <"$T/out")" "3" "$arch: --max-sentences 3 lines"
  grep -q "wrote 3 picture(s) to $T/$arch.png (sent-0001.png to sent-0003.png)" "$T/err" ||
    fail "$arch: no summary of the pictures: $(cat "$T/err")"
  expect_eq "$(ls "$T/$arch.png" | wc -l)" "3" "$arch: png files"
  expect_eq "$(head -c 8 "$T/$arch.png/sent-0002.png" | od -An -tx1 | tr -d ' \n')" "89504e470d0a1a0a" "$arch: PNG signature"
  "$ALIGN" "${forced[@]}" --gold "$T/test.gold" --heatmap "$T/$arch.html" --format html >/dev/null 2>&1 ||
    fail "$arch: html report failed"
  [ -s "$T/$arch.html/report.html" ] || fail "$arch: no report.html"
  if [ "$arch" = tf ]; then
    grep -q '"enc_self"' "$T/$arch.html/report.html" || fail "tf: report lacks self-attention"
  fi

  # Terminal heatmaps (to stderr while Pharaoh goes to stdout).
  "$ALIGN" "${forced[@]}" --show --max-sentences 2 >/dev/null 2>"$T/show" || fail "$arch: --show failed"
  grep -q $'\e\\[48;' "$T/show" || fail "$arch: --show printed no colours"

  # The model's own translations, greedy and beam.
  "$ALIGN" -m "$M" --src "$T/test.src" >"$T/own.align" 2>"$T/err" || fail "$arch: own alignment failed"
  expect_eq "$(wc -l <"$T/own.align")" "40" "$arch: own alignment lines"
  is_pharaoh "$T/own.align" || fail "$arch: own alignment not Pharaoh"
  "$ALIGN" -m "$M" --src "$T/test.src" --beam 3 --max-sentences 5 --heatmap "$T/$arch.own" \
    --format html >"$T/out" 2>"$T/err" || fail "$arch: own alignment with beam failed: $(cat "$T/err")"

  # nmt-translate --alignment: Pharaoh after ' ||| '; soft: one group per output word.
  "$TRANSLATE" -m "$M" -i "$T/test.src" --alignment hard >"$T/hard" || fail "$arch: --alignment hard failed"
  expect_eq "$(wc -l <"$T/hard")" "40" "$arch: translate lines"
  sed 's/.* ||| //' "$T/hard" >"$T/hard.align"
  is_pharaoh "$T/hard.align" || fail "$arch: translate --alignment hard is not Pharaoh: $(head -2 "$T/hard")"
  "$TRANSLATE" -m "$M" -i "$T/test.src" --alignment soft >"$T/soft" || fail "$arch: --alignment soft failed"
  awk -F' \\|\\|\\| ' '{ n = split($1, w, " "); m = split($2, g, " "); if (n != m) bad++
      for (i = 1; i <= m; i++) if (g[i] !~ /^[0-9.e-]+(,[0-9.e-]+)*$/) bad++ }
      END { exit bad > 0 }' "$T/soft" || fail "$arch: soft groups do not match words: $(head -2 "$T/soft")"
done

# The browser loads the report and its script marks it ready.
BROWSER=$(command -v chromium || command -v chromium-browser || true)
if [ -n "$BROWSER" ]; then
  for report in "$T/tf.html/report.html:40" "$T/rnn.html/report.html:40" "$T/tf.own/report.html:5"; do
    title=$(timeout 120 "$BROWSER" --headless --no-sandbox --disable-gpu --no-first-run \
      --disable-background-networking --disable-component-update --disable-sync \
      --user-data-dir="$(mktemp -d "$T/profile.XXXX")" --dump-dom "file://${report%:*}#selftest" 2>/dev/null |
      grep -o '<title>[^<]*</title>' | sed 's/<[^>]*>//g')
    expect_eq "$title" "nmt-attention: ready (${report##*:} sentences) selftest ok" "report title of ${report%:*}"
  done
else
  echo "note: chromium not installed, the HTML reports were not loaded in a browser"
fi

# User errors: one line, exit 1.
forced=(-m "$T/tf.nmt" --src "$T/test.src" --tgt "$T/test.tgt")
head -n 39 "$T/test.gold" >"$T/short.gold"
expect_error "short.gold has 39 lines but there are 40 sentences" "$ALIGN" "${forced[@]}" --gold "$T/short.gold"
sed '2s/^/99-0 /' "$T/test.gold" >"$T/range.gold"
expect_error "range.gold:2: link '99-0' out of range" "$ALIGN" "${forced[@]}" --gold "$T/range.gold"
expect_error "index 0 but the file is read as 1-based" "$ALIGN" "${forced[@]}" --gold "$T/test.gold" --gold-one-based
expect_error "none.nmt has no attention (trained with --attention none): nothing to align" \
  "$ALIGN" -m "$T/none.nmt" --src "$T/test.src" --tgt "$T/test.tgt"
expect_error "none.nmt has no attention (trained with --attention none): nothing to align" \
  "$TRANSLATE" -m "$T/none.nmt" -i "$T/test.src" --alignment hard
expect_error "\-\-layer 2 out of range" "$ALIGN" "${forced[@]}" --layer 2
expect_error "\-\-head 2 out of range" "$ALIGN" "${forced[@]}" --head 2
expect_error "\-\-head 1 out of range" "$ALIGN" -m "$T/rnn.nmt" --src "$T/test.src" --head 1
# Unknown choices are usage errors (exit 2) naming the valid ones.
expect_usage_error "\-\-head must be a head number from 0, avg or best, not 'first'" "$ALIGN" "${forced[@]}" --head first
expect_error "\-\-head best needs a gold alignment" "$ALIGN" "${forced[@]}" --head best
expect_usage_error "\-\-method must be argmax, shift or threshold:T (0 < T <= 1), not 'max'" "$ALIGN" "${forced[@]}" --method max
expect_usage_error "\-\-format must be svg, png or html, not 'gif'" "$ALIGN" "${forced[@]}" --heatmap "$T/x" --format gif
expect_usage_error "\-\-precision must be fp32 or int8, not 'fp16'" "$ALIGN" "${forced[@]}" --precision fp16
head -n 30 "$T/test.tgt" >"$T/short.tgt"
expect_error "test.src has 40 lines but .*short.tgt has 30" "$ALIGN" -m "$T/tf.nmt" --src "$T/test.src" --tgt "$T/short.tgt"
printf 'wa wb\n\xff wc\n' >"$T/bad.src"
expect_error "bad.src:2: invalid UTF-8" "$ALIGN" -m "$T/tf.nmt" --src "$T/bad.src"
expect_error "missing.src" "$ALIGN" -m "$T/tf.nmt" --src "$T/missing.src"
expect_error "missing.gold" "$ALIGN" "${forced[@]}" --gold "$T/missing.gold"
expect_error "cannot open" "$ALIGN" -m "$T/missing.nmt" --src "$T/test.src"
expect_usage_error "src" "$ALIGN" -m "$T/tf.nmt"
expect_usage_error "\-\-alignment must be hard or soft, not 'fuzzy'" "$TRANSLATE" -m "$T/tf.nmt" --alignment fuzzy
finish
