#!/usr/bin/env bash
# Kill test: nmt-train must never lose a model. Trains on the committed sample
# corpus and sends SIGKILL at seeded random moments, a share of them aimed at
# saves in flight (the atomic writer's MODEL*.tmp.<pid>.<n> file exists).
# After every kill: each model file present (MODEL, MODEL.last) loads and
# translates, and the next start resumes from MODEL.ckpt at an update no
# earlier than the last resume, and removes the killed run's temporaries.
#
#   bash scripts/kill_test.sh [--build-dir build] [--kills 60] [--seed 1]
#                             [--aimed-percent 50] [--keep DIR]
# Prints kills, saves caught mid-write and failures; exits 1 on any failure.
# Two trainings take turns, each resuming its own chain of kills: a small RNN
# with a dev set (MODEL, MODEL.last, MODEL.ckpt) and a small Transformer
# without one (MODEL, MODEL.ckpt). (docs/RELIABILITY.md)
set -u
here=$(cd "$(dirname "$0")/.." && pwd)
build="$here/build"
kills=60
seed=1
aimed_percent=50
keep=""
while [ $# -gt 0 ]; do
  case "$1" in
    --build-dir) build=$2; shift 2 ;;
    --kills) kills=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --aimed-percent) aimed_percent=$2; shift 2 ;;
    --keep) keep=$2; shift 2 ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "kill_test.sh: unknown argument $1" >&2; exit 1 ;;
  esac
done
case "$build" in /*) ;; *) build="$here/$build" ;; esac
TRAIN="$build/bin/nmt-train"
TRANSLATE="$build/bin/nmt-translate"
for tool in "$TRAIN" "$TRANSLATE"; do
  [ -x "$tool" ] || { echo "kill_test.sh: $tool not built" >&2; exit 1; }
done
if [ -n "$keep" ]; then
  W=$keep; mkdir -p "$W"
else
  W=$(mktemp -d); trap 'rm -rf "$W"' EXIT
fi
export OMP_NUM_THREADS=1 OMP_WAIT_POLICY=passive
SAMPLE="$here/corpora/sample"
head -n 20 "$SAMPLE/dev.en" >"$W/dev.en"
head -n 20 "$SAMPLE/dev.es" >"$W/dev.es"
printf 'In the beginning God created the heaven and the earth.\nAnd God said.\n\nLet there be light.\n' >"$W/probe.txt"

# Small models so that a run saves every few seconds; many saves per run.
common=(--threads 1 --train-src "$SAMPLE/train.en" --train-tgt "$SAMPLE/train.es" --vocab-size 1000 --spm-sample 800
        --batch-tokens 1500 --lr 3e-3 --warmup 20 --log-every 5 --max-updates 100000 --seed 7)
setup_args() {
  case "$1" in
    rnn) echo --arch rnn --attention general --dim 64 --enc-hidden 64 --dec-hidden 64 --dropout 0.1 \
              --save-every 6 --valid-src "$W/dev.en" --valid-tgt "$W/dev.es" --valid-every 9 ;;
    transformer) echo --arch transformer --dim 64 --heads 4 --ffn 128 --enc-layers 2 --dec-layers 2 \
                      --dropout 0.1 --save-every 5 ;;
  esac
}
setups=(rnn transformer)
declare -A last_resume=([rnn]=-1 [transformer]=-1)
for s in "${setups[@]}"; do mkdir -p "$W/$s"; done

# A builtin sleep of about a millisecond: read with a timeout on a silent FIFO.
mkfifo "$W/silence"
exec {silence}<>"$W/silence"
nap() { read -r -t "$1" -u "$silence" _ || true; }

fails=0 caught=0 aimed=0 done_kills=0 restarts_clean=0 caught_names=""
shopt -s nullglob
fail() { echo "FAIL (kill $done_kills, $setup): $*"; fails=$((fails + 1)); }

check_models() {
  local dir=$1 f out
  for f in "$dir/m.nmt" "$dir/m.nmt.last"; do
    [ -e "$f" ] || continue
    out=$("$TRANSLATE" -m "$f" --beam 2 <"$W/probe.txt" 2>"$W/translate.err")
    local rc=$?
    [ "$rc" -eq 0 ] || { fail "$(basename "$f") does not translate (exit $rc): $(head -c 300 "$W/translate.err")"; continue; }
    [ -n "$(tr -d '\n' <<<"$out")" ] || fail "$(basename "$f") translates to nothing"
  done
}

# The log of the run that just started in $dir (resume facts are checked once it ran a bit).
check_resume() {
  local dir=$1 log=$2 had_ckpt=$3 n
  if [ "$had_ckpt" = 1 ]; then
    n=$(sed -n 's/^\[train\] continuing after update \([0-9]*\)$/\1/p' "$log" | tail -n 1)
    if [ -z "$n" ]; then
      # The kill may come before the checkpoint is read; only a finished read counts.
      grep -q "parameters (" "$log" && fail "a checkpoint existed but the run did not resume: $(tail -n 3 "$log")"
      return
    fi
    [ "$n" -ge "${last_resume[$setup]}" ] || fail "resumed at update $n, before the previous resume at ${last_resume[$setup]}"
    last_resume[$setup]=$n
    restarts_clean=$((restarts_clean + 1))
  fi
}

RANDOM=$seed
start_time=$SECONDS
while [ "$done_kills" -lt "$kills" ]; do
  setup=${setups[RANDOM % 2]}
  dir="$W/$setup"
  had_ckpt=0; [ -e "$dir/m.nmt.ckpt" ] && had_ckpt=1
  stale_before=$(compgen -G "$dir/m.nmt*.tmp.*" | wc -l)
  log="$W/$setup.run.log"
  # shellcheck disable=SC2046
  "$TRAIN" "${common[@]}" $(setup_args "$setup") --model "$dir/m.nmt" >"$log" 2>&1 &
  pid=$!
  if [ $((RANDOM % 100)) -lt "$aimed_percent" ]; then
    # Aimed: kill when the target-th temporary file of this run is seen (a
    # save in flight: checkpoint, model or last model), so kills fall on
    # different files and the chain still makes progress.
    aimed=$((aimed + 1))
    target=$((1 + RANDOM % 4))
    seen=" " seen_count=0 polls=0
    while kill -0 "$pid" 2>/dev/null && [ "$polls" -lt 120000 ]; do
      now=("$dir"/m.nmt*.tmp."$pid".*)
      for f in "${now[@]}"; do
        case "$seen" in *" $f "*) ;; *) seen+="$f " seen_count=$((seen_count + 1)) ;; esac
      done
      [ ${#now[@]} -gt 0 ] && [ "$seen_count" -ge "$target" ] && break
      nap 0.001
      polls=$((polls + 1))
    done
  else
    # Random: anywhere from start-up to several saves later (0.05 to 8 s).
    nap "$(printf '%d.%03d' $((RANDOM % 8)) $((50 + RANDOM % 950)))"
  fi
  kill -KILL "$pid" 2>/dev/null
  { wait "$pid"; } 2>/dev/null
  rc=$?
  done_kills=$((done_kills + 1))
  cat "$log" >>"$W/$setup.log"
  if [ "$rc" -ne 137 ]; then
    fail "training ended by itself with exit $rc before the kill: $(tail -n 3 "$log")"
    continue
  fi
  # A temporary of the killed process still there: the kill came mid-save.
  if compgen -G "$dir/m.nmt*.tmp.$pid.*" >/dev/null; then
    caught=$((caught + 1))
    caught_names+="$(cd "$dir" && compgen -G "m.nmt*.tmp.$pid.*" | sed 's/\.tmp\..*//') "
  fi
  # The killed run removed what earlier kills left behind (if it got that far).
  if [ "$stale_before" -gt 0 ] && grep -q "parameters (" "$log" &&
      [ "$(compgen -G "$dir/m.nmt*.tmp.*" | grep -vc "\.tmp\.$pid\.")" -gt 0 ]; then
    fail "temporary files of earlier kills were not removed: $(cd "$dir" && ls)"
  fi
  check_resume "$dir" "$log" "$had_ckpt"
  check_models "$dir"
done
elapsed=$((SECONDS - start_time))

# Finally each chain runs to a clean end a little past the furthest update any
# killed run reached: exit 0, no temporaries, and the same model files, bit
# for bit, as one uninterrupted training to that update (resume is exact for
# a fixed thread count, so kills must not change the result).
for setup in "${setups[@]}"; do
  dir="$W/$setup"
  [ -e "$dir/m.nmt.ckpt" ] || continue
  reached=$(sed -n 's/^\[train\] update \([0-9]*\) |.*/\1/p' "$W/$setup.log" | sort -n | tail -n 1)
  final=$(( ${reached:-0} + 10 ))
  # shellcheck disable=SC2046
  "$TRAIN" "${common[@]}" $(setup_args "$setup") --model "$dir/m.nmt" --max-updates "$final" \
    >"$W/$setup.final.log" 2>&1 || fail "final resume failed: $(tail -n 3 "$W/$setup.final.log")"
  grep -q "continuing after update" "$W/$setup.final.log" || fail "final run did not resume"
  left=$(compgen -G "$dir/m.nmt*.tmp.*" | wc -l)
  [ "$left" -eq 0 ] || fail "$left temporary file(s) left after a clean run: $(cd "$dir" && ls)"
  check_models "$dir"
  mkdir -p "$W/reference/$setup"
  # shellcheck disable=SC2046
  "$TRAIN" "${common[@]}" $(setup_args "$setup") --model "$W/reference/$setup/m.nmt" --max-updates "$final" \
    >"$W/$setup.reference.log" 2>&1 || fail "uninterrupted reference run failed"
  for f in m.nmt m.nmt.last; do
    [ -e "$W/reference/$setup/$f" ] || continue
    if cmp -s "$dir/$f" "$W/reference/$setup/$f"; then
      identical+=" $setup/$f"
    else
      fail "$f after the kills differs from an uninterrupted run of $final updates"
    fi
  done
  finals+=" $setup:$final"
done

echo "kills: $done_kills (aimed at a save: $aimed, random: $((done_kills - aimed)); seed $seed; $elapsed s)"
echo "saves caught mid-write: $caught (files:$(tr ' ' '\n' <<<"$caught_names" | grep -v '^$' | sort | uniq -c | awk '{ printf " %s x%d", $2, $1 }'))"
echo "resumes checked: $restarts_clean; final updates:${finals:- none}; identical to an uninterrupted run:${identical:- none}"
echo "failures: $fails"
# Data-parallel training: kill one rank of mpirun -np 2 (scripts/kill_ranks_test.sh).
bash "$here/scripts/kill_ranks_test.sh" --build-dir "$build" --seed "$seed" || fails=$((fails + 1))
[ "$fails" -eq 0 ]
