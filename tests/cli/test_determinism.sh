#!/usr/bin/env bash
# Determinism: for both families, a short training with dropout on, run twice
# with the same seed and thread count, gives byte-identical model files, and
# the two models give identical greedy and beam translations; also with
# --threads 2; and 1 and 2 threads give the same model file too (every sum a
# training step makes is ordered by the data, not by the thread count).
# The whole model file is compared: it holds no time or host (its metadata is
# seed, updates, metric, best score and update, version; checked below). The
# checkpoint is not compared whole: it records the elapsed training time.
source "$(dirname "$0")/common.sh"
TRAIN="$NMT_BIN/nmt-train"
TRANSLATE="$NMT_BIN/nmt-translate"

head -n 300 "$SAMPLE/train.en" >"$T/train.en"
head -n 300 "$SAMPLE/train.es" >"$T/train.es"
head -n 20 "$SAMPLE/test.en" >"$T/in.txt"
common=(--train-src "$T/train.en" --train-tgt "$T/train.es" --vocab-size 300 --batch-tokens 800
        --lr 3e-3 --warmup 5 --dropout 0.2 --max-updates 16 --save-every 100 --log-every 100 --seed 11)
rnn=(--arch rnn --attention additive --dim 32 --enc-hidden 32 --dec-hidden 32)
transformer=(--arch transformer --dim 32 --heads 4 --ffn 64 --enc-layers 1 --dec-layers 1)

train() {  # train NAME THREADS ARCH_ARGS...
  local name=$1 threads=$2; shift 2
  "$TRAIN" "${common[@]}" "$@" --threads "$threads" --model "$T/$name.nmt" 2>"$T/$name.log" ||
    fail "$name: training failed: $(tail -n 3 "$T/$name.log")"
}

translate_both() {  # NAME THREADS: greedy and beam outputs into NAME.greedy, NAME.beam
  local name=$1 threads=$2
  "$TRANSLATE" -m "$T/$name.nmt" --threads "$threads" --beam 1 <"$T/in.txt" >"$T/$name.greedy" ||
    fail "$name: greedy translation failed"
  "$TRANSLATE" -m "$T/$name.nmt" --threads "$threads" --beam 4 --scores <"$T/in.txt" >"$T/$name.beam" ||
    fail "$name: beam translation failed"
  [ "$(wc -l <"$T/$name.beam")" -eq 20 ] || fail "$name: beam output has $(wc -l <"$T/$name.beam") lines, want 20"
}

for family in rnn transformer; do
  declare -n arch="$family"
  for threads in 1 2; do
    a="$family.t$threads.a" b="$family.t$threads.b"
    train "$a" "$threads" "${arch[@]}"
    train "$b" "$threads" "${arch[@]}"
    grep -q "done after 16 updates" "$T/$a.log" || fail "$a: did not train 16 updates: $(tail -n 2 "$T/$a.log")"
    cmp -s "$T/$a.nmt" "$T/$b.nmt" || fail "$family, $threads thread(s): two trainings give different model files"
    translate_both "$a" "$threads"
    translate_both "$b" "$threads"
    cmp -s "$T/$a.greedy" "$T/$b.greedy" || fail "$family, $threads thread(s): greedy translations differ"
    cmp -s "$T/$a.beam" "$T/$b.beam" || fail "$family, $threads thread(s): beam translations differ"
    [ -n "$(tr -d '\n' <"$T/$a.greedy")" ] || fail "$family: greedy output is empty"
  done
  cmp -s "$T/$family.t1.a.nmt" "$T/$family.t2.a.nmt" ||
    fail "$family: 1 and 2 training threads give different model files"
  # The same model decoded with 1 and 2 threads: the search itself is exact.
  "$TRANSLATE" -m "$T/$family.t1.a.nmt" --threads 2 --beam 1 <"$T/in.txt" >"$T/$family.t1.greedy2"
  cmp -s "$T/$family.t1.a.greedy" "$T/$family.t1.greedy2" || fail "$family: greedy output depends on decoding threads"
  # A different seed must change the model: the comparison above can see a difference.
  "$TRAIN" "${common[@]}" "${arch[@]}" --threads 1 --seed 12 --model "$T/$family.seed12.nmt" 2>/dev/null ||
    fail "$family: training with seed 12 failed"
  ! cmp -s "$T/$family.t1.a.nmt" "$T/$family.seed12.nmt" || fail "$family: seeds 11 and 12 give the same model"
  unset -n arch
done
finish
