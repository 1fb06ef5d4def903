#!/usr/bin/env bash
# Training curves: nmt-train writes MODEL.log.jsonl (one JSON object per
# progress line and validation, kept consistent across a resume) and
# MODEL.curves.html; nmt-curves draws several runs on one page. Both pages
# run in headless Chromium: ready marker, their own #selftest (every chart
# has one line per run with data, with as many points as the log; the x-axis
# switch), and an error marker for broken data. Chromium is Debian's
# `chromium`; without it the browser part fails unless NMT_ALLOW_NO_BROWSER=1.
source "$(dirname "$0")/common.sh"
TRAIN="$NMT_BIN/nmt-train"
CURVES="$NMT_BIN/nmt-curves"

head -n 300 "$SAMPLE/train.en" >"$T/train.en"
head -n 300 "$SAMPLE/train.es" >"$T/train.es"
head -n 10 "$SAMPLE/dev.en" >"$T/dev.en"
head -n 10 "$SAMPLE/dev.es" >"$T/dev.es"
tiny=(--threads 1 --arch rnn --attention general --dim 16 --enc-hidden 16 --dec-hidden 16
      --train-src "$T/train.en" --train-tgt "$T/train.es" --valid-src "$T/dev.en" --valid-tgt "$T/dev.es"
      --vocab-size 300 --batch-tokens 800 --lr 3e-3 --warmup 5 --log-every 2 --valid-every 3 --save-every 3)

"$TRAIN" "${tiny[@]}" --model "$T/a.nmt" --max-updates 6 2>"$T/a.log" || fail "training a failed: $(tail -3 "$T/a.log")"
# A resumed run keeps the lines up to its checkpoint (update 6) and goes on.
echo '{"event":"train","update":7,"cut' >>"$T/a.nmt.log.jsonl"  # as a killed run could leave it
"$TRAIN" "${tiny[@]}" --model "$T/a.nmt" --max-updates 9 2>>"$T/a.log" || fail "resuming a failed"
"$TRAIN" "${tiny[@]}" --model "$T/b.nmt" --max-updates 6 --lr 1e-3 2>"$T/b.log" || fail "training b failed"
[ -s "$T/a.nmt.curves.html" ] || fail "no MODEL.curves.html"

/usr/bin/python3 - "$T/a.nmt.log.jsonl" <<'PY' || fail "a.nmt.log.jsonl is not what it should be"
import json, sys
events = [json.loads(line) for line in open(sys.argv[1])]
train = [e["update"] for e in events if e["event"] == "train"]
valid = [e["update"] for e in events if e["event"] == "valid"]
assert train == [2, 4, 6, 8], train
assert valid == [3, 6, 9], valid
for e in events:
    keys = {"train": ["epoch", "time_s", "loss", "ppl", "lr", "grad_norm", "tokens_per_s"],
            "valid": ["time_s", "loss", "ppl", "bleu", "chrf", "best"]}[e["event"]]
    for k in keys:
        assert k in e and e[k] is not None, (k, e)
assert all(e["time_s"] >= 0 for e in events)
times = [e["time_s"] for e in events]
assert times == sorted(times), times
PY

"$CURVES" -o "$T/compare.html" --title "a against b" "$T/a.nmt.log.jsonl" "$T/b.nmt.log.jsonl" ||
  fail "nmt-curves failed"
grep -q "a against b" "$T/compare.html" || fail "title missing from the page"
grep -q "http" <(grep -v 'http://www.w3.org/2000/svg\|http-equiv' "$T/compare.html") &&
  fail "the page refers to the network"
printf '{"event":"train","update":1}\nnot json\n' >"$T/bad.jsonl"
expect_error "bad.jsonl:2: not a JSON object" "$CURVES" -o "$T/x.html" "$T/bad.jsonl"
expect_error "missing.jsonl: cannot open" "$CURVES" -o "$T/x.html" "$T/missing.jsonl"
[ ! -e "$T/x.html" ] || fail "a refused page was written"

BROWSER=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$BROWSER" ]; then
  [ "${NMT_ALLOW_NO_BROWSER:-0}" = 1 ] && { echo "SKIP browser: chromium is not installed"; finish; }
  fail "chromium is not installed: apt-get install -y chromium (or set NMT_ALLOW_NO_BROWSER=1)"
  finish
fi
browse() {
  timeout 120 "$BROWSER" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$(mktemp -d "$T/profile.XXXX")" "$@" 2>>"$T/browser.err"
}
title_of() { browse --dump-dom "$1" | grep -o '<title>[^<]*</title>' | head -n 1 | sed 's/<[^>]*>//g'; }

a_lines=$(wc -l <"$T/a.nmt.log.jsonl") b_lines=$(wc -l <"$T/b.nmt.log.jsonl")
expect_eq "$(title_of "file://$T/compare.html#selftest")" \
  "nmt-curves: ready (2 runs, $((a_lines + b_lines)) points) selftest ok" "comparison page"
expect_eq "$(title_of "file://$T/a.nmt.curves.html#selftest")" \
  "nmt-curves: ready (1 runs, $a_lines points) selftest ok" "the page beside the model"
# Data the page cannot parse is reported, not drawn as an empty page.
printf '{"event":"train","update":1}\n{"event":broken}\n' >"$T/broken.jsonl"
"$CURVES" -o "$T/broken.html" "$T/broken.jsonl" || fail "nmt-curves refused a {...} line"
case "$(title_of "file://$T/broken.html")" in
  "nmt-curves: error "*) ;;
  *) fail "broken page title is [$(title_of "file://$T/broken.html")]" ;;
esac
# The self-test can fail: a log whose chart lost its points.
sed 's/data-points.: all\[r\].length/data-points'"'"': -1/' "$T/compare.html" >"$T/lying.html"
case "$(title_of "file://$T/lying.html#selftest")" in
  "nmt-curves: error selftest: "*) ;;
  *) fail "a page whose charts miss points passed its self-test: [$(title_of "file://$T/lying.html#selftest")]" ;;
esac
browse --hide-scrollbars --window-size=1400,1000 --screenshot="$T/shot.png" "file://$T/compare.html" >/dev/null
size=$(stat -c %s "$T/shot.png" 2>/dev/null || echo 0)
[ "$size" -gt 20000 ] || fail "screenshot is only $size bytes (blank page?)"
[ -n "${NMT_KEEP_SCREENSHOT:-}" ] && cp "$T/shot.png" "$NMT_KEEP_SCREENSHOT"
finish
