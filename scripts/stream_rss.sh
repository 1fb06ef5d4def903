#!/usr/bin/env bash
# Streaming run: nmt-translate reads 100,000 lines from a pipe and must keep
# flat memory and write its output as it goes.
#  - Latency: the first lines are sent one at a time; each translation must
#    come out while the input pipe stays open (no waiting for a full chunk).
#  - Memory: VmRSS and VmHWM of the process (/proc/PID/status) are sampled
#    every 10,000 output lines; RSS at the end may exceed RSS at 10,000 lines
#    by at most --max-growth-mb (default 8).
#  - Flushing: all output lines arrive before the input is closed.
# The model is trained here briefly on the committed sample (a small
# Transformer, about a minute) unless --model is given.
#
#   bash scripts/stream_rss.sh [--build-dir build] [--lines 100000] [--model M]
#                              [--beam 1] [--keep DIR] [--max-growth-mb 8]
# Exits 1 if any check fails. (docs/RELIABILITY.md)
set -u
here=$(cd "$(dirname "$0")/.." && pwd)
build="$here/build"
lines=100000
model=""
beam=1
keep=""
max_growth_mb=8
while [ $# -gt 0 ]; do
  case "$1" in
    --build-dir) build=$2; shift 2 ;;
    --lines) lines=$2; shift 2 ;;
    --model) model=$2; shift 2 ;;
    --beam) beam=$2; shift 2 ;;
    --keep) keep=$2; shift 2 ;;
    --max-growth-mb) max_growth_mb=$2; shift 2 ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) echo "stream_rss.sh: unknown argument $1" >&2; exit 1 ;;
  esac
done
case "$build" in /*) ;; *) build="$here/$build" ;; esac
TRAIN="$build/bin/nmt-train"
TRANSLATE="$build/bin/nmt-translate"
[ -x "$TRANSLATE" ] || { echo "stream_rss.sh: $TRANSLATE not built" >&2; exit 1; }
if [ -n "$keep" ]; then
  W=$keep; mkdir -p "$W"
else
  W=$(mktemp -d); trap 'rm -rf "$W"' EXIT
fi
export OMP_NUM_THREADS=1 OMP_WAIT_POLICY=passive
SAMPLE="$here/corpora/sample"
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }

if [ -z "$model" ]; then
  model="$W/stream.nmt"
  if [ ! -e "$model" ]; then
    echo "training a small Transformer on $SAMPLE (200 updates)..."
    "$TRAIN" --threads 1 --arch transformer --dim 64 --heads 4 --ffn 128 --enc-layers 1 --dec-layers 1 \
      --train-src "$SAMPLE/train.en" --train-tgt "$SAMPLE/train.es" --vocab-size 1000 \
      --batch-tokens 2000 --lr 3e-3 --warmup 30 --max-updates 200 --log-every 100 --save-every 1000 \
      --model "$model" 2>"$W/train.log" || { echo "training failed: $(tail -n 3 "$W/train.log")"; exit 1; }
  fi
fi

rm -f "$W/in.fifo" "$W/out.fifo" "$W/rss" "$W/progress" "$W/all_out"
mkfifo "$W/in.fifo" "$W/out.fifo"
"$TRANSLATE" -m "$model" --threads 1 --beam "$beam" <"$W/in.fifo" >"$W/out.fifo" 2>"$W/translate.err" &
pid=$!
exec {to_translator}>"$W/in.fifo"
# The reader counts output lines; every 10,000 it samples the translator's memory.
# mawk (Debian's awk) waits for a full input block unless told to be interactive.
awk_cmd=(awk)
awk -W version 2>&1 | grep -q mawk && awk_cmd=(awk -W interactive)
"${awk_cmd[@]}" -v status="/proc/$pid/status" -v rss_file="$W/rss" -v progress="$W/progress" -v total="$lines" '
  NR % 10000 == 0 || NR == total {
    rss = hwm = "?"
    while ((getline l < status) > 0) {
      if (l ~ /^VmRSS:/) { split(l, a); rss = a[2] }
      if (l ~ /^VmHWM:/) { split(l, a); hwm = a[2] }
    }
    close(status)
    print NR, rss, hwm > rss_file; fflush(rss_file)
  }
  # After the sample: the script closes the input once it sees the last line.
  NR <= 10 || NR % 1000 == 0 || NR == total { print NR > progress; close(progress) }
  END { print NR > progress; close(progress) }' <"$W/out.fifo" {to_translator}>&- &
reader=$!

output_count() {  # awk rewrites the file: an empty read means "try again"
  local n
  n=$(cat "$W/progress" 2>/dev/null)
  echo "${n:-0}"
}
wait_for_output() {  # N SECONDS: true once N lines came out
  local deadline=$((SECONDS + $2))
  while [ "$(output_count)" -lt "$1" ]; do
    [ "$SECONDS" -lt "$deadline" ] || return 1
    sleep 0.05
  done
}

# Latency: three lines, one at a time, the pipe staying open.
mapfile -t first < <(head -n 3 "$SAMPLE/test.en")
start=$SECONDS
for i in 0 1 2; do
  printf '%s\n' "${first[$i]}" >&"$to_translator"
  wait_for_output $((i + 1)) 60 || fail "line $((i + 1)) was not translated while the input stayed open"
done
echo "latency: 3 lines sent one at a time, each translated before the next was sent ($((SECONDS - start)) s)"

# Bulk: the sample's training sentences over and over, then the pipe stays open.
start=$SECONDS
(while cat "$SAMPLE/train.en"; do :; done | head -n $((lines - 3)) >&"$to_translator") &
feeder=$!
wait "$feeder"
wait_for_output "$lines" 3600 || fail "only $(output_count) of $lines lines came out before the input was closed"
seconds=$((SECONDS - start))
exec {to_translator}>&-
wait "$pid"
rc=$?
wait "$reader"
[ "$rc" -eq 0 ] || fail "nmt-translate exited with $rc: $(head -c 300 "$W/translate.err")"
[ "$(output_count)" -eq "$lines" ] || fail "$(output_count) output lines for $lines input lines"

echo "all $lines output lines arrived before the input was closed ($seconds s, $((lines / (seconds > 0 ? seconds : 1))) lines/s)"
echo "lines   VmRSS(kB)  VmHWM(kB)"
awk '{ printf "%6d  %9s  %9s\n", $1, $2, $3 }' "$W/rss"
rss10=$(awk 'NR == 1 { print $2 }' "$W/rss")  # at 10,000 lines (or the end, if fewer)
first=$(awk 'NR == 1 { print $1 }' "$W/rss")
rss_end=$(awk -v n="$lines" '$1 == n { print $2 }' "$W/rss")
if [ -n "$rss10" ] && [ -n "$rss_end" ] && [ "$rss10" != "?" ] && [ "$rss_end" != "?" ]; then
  growth=$((rss_end - rss10))
  echo "RSS at $first lines: $rss10 kB; at $lines lines: $rss_end kB; growth $growth kB"
  [ "$growth" -le $((max_growth_mb * 1024)) ] || fail "RSS grew by $growth kB between $first and $lines lines"
else
  fail "no RSS samples (the process had ended?): $(cat "$W/rss" 2>/dev/null)"
fi
echo "failures: $fails"
[ "$fails" -eq 0 ]
