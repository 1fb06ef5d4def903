#!/usr/bin/env bash
# --precision fp32|bf16|auto through nmt-train and nmt-bench: the start of the
# log says what was chosen and why; auto chooses fp32 on a CPU without native
# bf16 and then trains the very bytes of fp32, as does no flag at all, and
# bf16 on a CPU with AVX512-BF16, the very bytes of --precision bf16; bf16
# trains (emulated where the CPU has no bf16, or with NMT_GEMM_BF16=emulated:
# correct, slow) a model that differs from fp32's,
# the same bytes twice and on 1 or 2 threads, and translates; --dump-config and a resume carry the
# option (a resume may change it: it says so); an unknown value is a usage
# error (exit 2).
source "$(dirname "$0")/common.sh"
TRAIN="$NMT_BIN/nmt-train"
TRANSLATE="$NMT_BIN/nmt-translate"
BENCH="$NMT_BIN/nmt-bench"

head -n 200 "$SAMPLE/train.en" >"$T/train.en"
head -n 200 "$SAMPLE/train.es" >"$T/train.es"
head -n 10 "$SAMPLE/test.en" >"$T/in.txt"
tiny=(--threads 1 --arch transformer --dim 32 --heads 4 --ffn 64 --enc-layers 1 --dec-layers 1
      --train-src "$T/train.en" --train-tgt "$T/train.es" --vocab-size 200 --batch-tokens 800
      --lr 3e-3 --warmup 5 --log-every 100 --save-every 100 --seed 3)

train() {  # NAME ARGS...: trains NAME.nmt, the log in NAME.log
  local name=$1; shift
  "$TRAIN" "${tiny[@]}" "$@" --model "$T/$name.nmt" 2>"$T/$name.log" ||
    fail "$name: training failed: $(tail -n 3 "$T/$name.log")"
}

native=0
grep -qw avx512_bf16 /proc/cpuinfo && native=1

train default --max-updates 6
train fp32 --max-updates 6 --precision fp32
train auto --max-updates 6 --precision auto
train bf16 --max-updates 6 --precision bf16
train bf16b --max-updates 6 --precision bf16
train bf16t2 --max-updates 6 --precision bf16 --threads 2

grep -q "^\[train\] precision: fp32 (as asked)$" "$T/default.log" ||
  fail "default: no fp32 precision line: $(grep precision "$T/default.log")"
cmp -s "$T/default.nmt" "$T/fp32.nmt" || fail "--precision fp32 changed the model of the default"
if [ "$native" -eq 0 ]; then
  grep -q "^\[train\] precision: fp32 (auto: this CPU has no native bf16: no avx512_bf16, no amx_bf16)$" \
    "$T/auto.log" || fail "auto: log lacks the reason: $(grep precision "$T/auto.log")"
  grep -q "^\[train\] precision: bf16 (as asked; this CPU has no native bf16: no avx512_bf16, no amx_bf16: emulated" \
    "$T/bf16.log" || fail "bf16: log lacks the emulation note: $(grep precision "$T/bf16.log")"
  cmp -s "$T/fp32.nmt" "$T/auto.nmt" || fail "--precision auto (fp32 here) changed the model"
  auto_pick=fp32
else
  grep -q "^\[train\] precision: bf16 (auto: this CPU has native bf16 (.*avx512_bf16.*))$" \
    "$T/auto.log" || fail "auto on a bf16 CPU: $(grep precision "$T/auto.log")"
  grep -q "^\[train\] precision: bf16 (as asked; this CPU has native bf16 (.*))$" \
    "$T/bf16.log" || fail "bf16 on a bf16 CPU: $(grep precision "$T/bf16.log")"
  cmp -s "$T/bf16.nmt" "$T/auto.nmt" || fail "--precision auto (bf16 here) trained other bytes than bf16"
  # The emulated engine on the same CPU: said so, trains, and sums in another order.
  NMT_GEMM_BF16=emulated train emulated --max-updates 6 --precision bf16
  grep -q "^\[train\] precision: bf16 (as asked; this CPU has native bf16 (.*): emulated" \
    "$T/emulated.log" || fail "NMT_GEMM_BF16=emulated: $(grep precision "$T/emulated.log")"
  grep -q "done after 6 updates" "$T/emulated.log" || fail "emulated bf16 did not train 6 updates"
  ! cmp -s "$T/fp32.nmt" "$T/emulated.nmt" || fail "emulated bf16 trained the bytes of fp32"
  auto_pick=bf16
fi
grep -q "done after 6 updates" "$T/bf16.log" || fail "bf16 did not train 6 updates: $(tail -n 2 "$T/bf16.log")"
! cmp -s "$T/fp32.nmt" "$T/bf16.nmt" || fail "bf16 trained the same bytes as fp32: no rounding happened"
cmp -s "$T/bf16.nmt" "$T/bf16b.nmt" || fail "two bf16 trainings differ"
cmp -s "$T/bf16.nmt" "$T/bf16t2.nmt" || fail "bf16 training on 2 threads differs from 1 thread"
"$TRANSLATE" -m "$T/bf16.nmt" --threads 1 <"$T/in.txt" >"$T/bf16.out" 2>"$T/err" ||
  fail "translating with the bf16-trained model failed: $(cat "$T/err")"
[ "$(wc -l <"$T/bf16.out")" -eq 10 ] || fail "bf16 model translated $(wc -l <"$T/bf16.out") lines, want 10"


# --dump-config writes it; a resume may change it and says so.
"$TRAIN" "${tiny[@]}" --precision bf16 --model "$T/d.nmt" --dump-config >"$T/dump.toml" 2>"$T/err" ||
  fail "--dump-config failed: $(cat "$T/err")"
grep -q '^precision = "\?bf16"\?$' "$T/dump.toml" || fail "--dump-config lacks precision: $(grep -i precision "$T/dump.toml")"
train half --max-updates 3 --precision bf16
train half --max-updates 6 --precision fp32 --resume
grep -q "option changed on resume: precision: bf16 -> fp32" "$T/half.log" ||
  fail "the resume did not report the precision change: $(grep -i 'resum\|precision' "$T/half.log")"
grep -q "done after 6 updates" "$T/half.log" || fail "resume with another precision did not finish"

# Unknown values: usage errors naming the flag.
expect_usage_error "precision" "$TRAIN" "${tiny[@]}" --model "$T/x.nmt" --precision fp16
[ ! -e "$T/x.nmt" ] || fail "a refused --precision left a model file"
expect_usage_error "precision" "$BENCH" train --precision half --quick
expect_usage_error "precision" "$BENCH" toy --precision bf8

# nmt-bench toy reports the precision it trained with.
"$BENCH" toy --arch transformer --max-updates 3 --heldout 10 --target 0 --threads 1 --precision bf16 \
  >"$T/toy.jsonl" 2>"$T/err" || fail "bench toy --precision bf16 failed: $(cat "$T/err")"
grep -q '"precision":"bf16"' "$T/toy.jsonl" || fail "bench toy line lacks the precision: $(head -c 300 "$T/toy.jsonl")"
"$BENCH" toy --arch transformer --max-updates 3 --heldout 10 --target 0 --threads 1 --precision auto \
  >"$T/toy.jsonl" 2>"$T/err" || fail "bench toy --precision auto failed: $(cat "$T/err")"
grep -q "\"precision\":\"$auto_pick\"" "$T/toy.jsonl" ||
  fail "bench toy auto did not pick $auto_pick: $(head -c 300 "$T/toy.jsonl")"
finish
