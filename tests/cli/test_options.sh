#!/usr/bin/env bash
# Options declared once (lib/base/options.h) seen from the command line:
# --help shows every default, --dump-config writes a file that --config reads
# back and that trains the same model bytes as the flags, usage errors exit 2
# with a message that names the nearest flag, the valid commands or the config
# file, model options and the dev set are checked before SentencePiece
# trains, and suspicious options are warned about.
source "$(dirname "$0")/common.sh"
TRAIN="$NMT_BIN/nmt-train"
TRANSLATE="$NMT_BIN/nmt-translate"
ALIGN="$NMT_BIN/nmt-align"
EVAL="$NMT_BIN/nmt-eval"
BENCH="$NMT_BIN/nmt-bench"

head -n 300 "$SAMPLE/train.en" >"$T/train.en"
head -n 300 "$SAMPLE/train.es" >"$T/train.es"
head -n 10 "$SAMPLE/dev.en" >"$T/dev.en"
head -n 9 "$SAMPLE/dev.es" >"$T/dev9.es"
data=(--train-src "$T/train.en" --train-tgt "$T/train.es")

# --help: every option's default.
"$TRAIN" --help >"$T/help" || fail "nmt-train --help failed"
for want in "--lr FLOAT \[0.0005\]" "--valid-metric bleu|chrf|loss \[bleu\]" "--post-norm \[off\]" \
  "--spm-type unigram|bpe \[unigram\]" "--enc-layers INT \[3 (transformer), 1 (rnn)\]" \
  "--seed INT \[1\]" "--model FILE REQUIRED" "--valid-src FILE \[none\]" "--threads INT \[0\]"; do
  grep -q -- "$want" "$T/help" || fail "nmt-train --help lacks [$want]"
done
# nmt-translate and nmt-align: the rows of decode/decode_options.h and
# align/align_options.h, each with its type and default; shared rows alike.
"$TRANSLATE" --help >"$T/help" || fail "nmt-translate --help failed"
for want in "--beam INT \[5\]" "--n-best INT \[1\]" "--length-penalty FLOAT \[0.6\]" \
  "--max-input-tokens INT \[512\]" "--precision fp32|int8 \[int8 for a model from nmt-quantize, else fp32\]" \
  "--alignment hard|soft \[none\]" "--scores \[off\]"; do
  grep -q -- "$want" "$T/help" || fail "nmt-translate --help lacks [$want]"
done
"$ALIGN" --help >"$T/help" || fail "nmt-align --help failed"
for want in "--beam INT \[1\]" "--length-penalty FLOAT \[0.6\]" "--format svg|png|html \[svg\]" \
  "--head N|avg|best \[avg\]" "--method argmax|shift|threshold:T \[argmax\]" \
  "--precision fp32|int8 \[fp32\]" "--layer INT \[the last\]" "--model FILE REQUIRED"; do
  grep -q -- "$want" "$T/help" || fail "nmt-align --help lacks [$want]"
done
"$BENCH" translate --help | grep -q -- "--beam INT \[1\]" || fail "nmt-bench translate --help lacks --beam's row"
"$NMT_BIN/nmt-quantize" --help | grep -q -- "--precision fp32|int8 \[int8\]" ||
  fail "nmt-quantize --help lacks --precision's row"

# --dump-config: every option, read back by --config unchanged.
tiny=(--threads 1 --arch rnn --attention general --vocab-size 200 --dim 16 --enc-hidden 16
      --dec-hidden 16 --batch-tokens 800 --lr 3e-3 --warmup 2 --log-every 100 --save-every 100
      --max-updates 3 --seed 7 --separate-vocab --no-input-feeding --label-smoothing 0)
"$TRAIN" "${data[@]}" "${tiny[@]}" --model "$T/flags.nmt" --dump-config >"$T/dump.toml" 2>"$T/err" ||
  fail "--dump-config failed: $(cat "$T/err")"
grep -q '^lr = 0.003$' "$T/dump.toml" || fail "dump lacks lr = 0.003: $(head -c 300 "$T/dump.toml")"
grep -q '^separate-vocab = true$' "$T/dump.toml" || fail "dump lacks separate-vocab = true"
grep -q '^enc-layers = 1$' "$T/dump.toml" || fail "dump does not show the RNN's layer default"
grep -v '^\(spm\|valid-src\|valid-tgt\|corpus-cache\|log-batches\) = ""$' "$T/dump.toml" | grep -q '""' &&
  fail "a value dumped as an empty string: $(grep '""' "$T/dump.toml")"
"$TRAIN" --config "$T/dump.toml" --dump-config >"$T/dump2.toml" 2>"$T/err" ||
  fail "--config of a dumped file refused: $(cat "$T/err")"
cmp -s "$T/dump.toml" "$T/dump2.toml" || fail "dump -> --config -> dump differs: $(diff "$T/dump.toml" "$T/dump2.toml")"

# ... and trains the same model bytes as the flags.
"$TRAIN" "${data[@]}" "${tiny[@]}" --model "$T/flags.nmt" 2>"$T/flags.log" ||
  fail "training by flags failed: $(tail -2 "$T/flags.log")"
sed "s|flags.nmt|config.nmt|" "$T/dump.toml" >"$T/config.toml"
"$TRAIN" --config "$T/config.toml" 2>"$T/config.log" ||
  fail "training by --config failed: $(tail -2 "$T/config.log")"
cmp -s "$T/flags.nmt" "$T/config.nmt" || fail "the model trained by --config differs from the one by flags"
# A flag overrides the file.
"$TRAIN" --config "$T/dump.toml" --lr 0.01 --dump-config | grep -q '^lr = 0.01$' ||
  fail "a flag did not override --config"

# Usage errors: exit 2, one line; the nearest flag, the valid commands.
expect_usage_error "unknown option --beam-size; did you mean --beam?" "$TRANSLATE" -m x --beam-size 3
expect_usage_error "unknown option --enc-layer; did you mean --enc-layers?" "$TRAIN" "${data[@]}" \
  --model "$T/x.nmt" --enc-layer 2
expect_usage_error "unknown command 'bogus' (expected gemm, train, translate or toy)" "$BENCH" bogus
expect_usage_error "a command is required: gemm, train, translate or toy" "$BENCH"
expect_usage_error "--lr must be a finite number in (0, inf), not 'fast'" "$TRAIN" "${data[@]}" \
  --model "$T/x.nmt" --lr fast
expect_usage_error "--valid-metric must be bleu, chrf or loss, not 'ter'" "$TRAIN" "${data[@]}" \
  --model "$T/x.nmt" --valid-metric ter
expect_usage_error "--model is required" "$TRAIN" "${data[@]}"
expect_usage_error "unknown option --frobnicate" "$ALIGN" -m x --src y --frobnicate
expect_usage_error "unknown option --frobnicate" "$EVAL" --ref x --frobnicate
# A negative seed: a readable bound, not a 309-digit one.
expect_usage_error "--seed must be an integer from 0 to 18446744073709551615, not '-1'" "$TRAIN" \
  "${data[@]}" --model "$T/x.nmt" --seed -1
"$BENCH" toy --minutes 0 2>"$T/err"
[ "$(wc -c <"$T/err")" -lt 200 ] || fail "nmt-bench's range message is long: $(cat "$T/err")"
# A config file: its own name, the key, no CLI11 internals ("INI was not able to parse").
printf 'translate.++\n' >"$T/bad.ini"
expect_usage_error "bad.ini: unknown option 'translate.++'" "$TRANSLATE" --config "$T/bad.ini" -m x
grep -q "INI" "$T/err" && fail "CLI11 internals in the config error: $(cat "$T/err")"
printf 'lrr = 3\n' >"$T/typo.toml"
expect_usage_error "typo.toml: unknown option 'lrr'; did you mean lr?" "$TRAIN" --config "$T/typo.toml" \
  "${data[@]}" --model "$T/x.nmt"

# Checked before SentencePiece trains: the model options (usage errors) and
# the dev set's line count (an error in the data).
expect_usage_error "--dim 30 must be a multiple of --heads 4" "$TRAIN" "${data[@]}" --model "$T/x.nmt" --dim 30
expect_usage_error "--schedule linear decays to 0 at --max-updates: give --max-updates larger than --warmup (4000)" \
  "$TRAIN" "${data[@]}" --model "$T/x.nmt" --schedule linear
expect_usage_error "--schedule cosine decays to 0 at --max-updates" "$TRAIN" "${data[@]}" --model "$T/x.nmt" \
  --schedule cosine --warmup 10 --max-updates 10
expect_usage_error "--attention dot needs --dec-hidden" "$TRAIN" "${data[@]}" --model "$T/x.nmt" \
  --arch rnn --attention dot --enc-hidden 16 --dec-hidden 16
"$TRAIN" "${data[@]}" "${tiny[@]}" --model "$T/dev.nmt" --valid-src "$T/dev.en" \
  --valid-tgt "$T/dev9.es" >/dev/null 2>"$T/err"
expect_eq "$?" 1 "a dev set of unequal line counts"
grep -q "SentencePiece" "$T/err" && fail "the dev set was checked after SentencePiece: $(cat "$T/err")"
grep -q "dev9.es" "$T/err" || fail "the dev-set error does not name the file: $(cat "$T/err")"
# SentencePiece's messages without its source paths.
"$TRAIN" "${data[@]}" --threads 1 --model "$T/small.nmt" --vocab-size 20 2>"$T/err"
expect_eq "$?" 1 "a vocabulary smaller than the alphabet"
grep -q "\.cc(\|src/" "$T/err" && fail "SentencePiece internals in the message: $(tail -1 "$T/err")"
tail -n 1 "$T/err" | grep -q -- "--vocab-size" || fail "the message does not name --vocab-size: $(tail -1 "$T/err")"

# --spm that is not a SentencePiece model: one line naming the file, no internals.
head -c 200 /dev/urandom >"$T/junk.model"
expect_error_after_log "junk.model: cannot load SentencePiece model: not a SentencePiece model" \
  "$TRAIN" "${data[@]}" "${tiny[@]}" --model "$T/spm1.nmt" --spm "$T/junk.model" --separate-vocab=false
expect_error_after_log "missing.model: cannot open: No such file or directory" \
  "$TRAIN" "${data[@]}" "${tiny[@]}" --model "$T/spm2.nmt" --spm "$T/missing.model" --separate-vocab=false
expect_error_after_log "is a directory, not a SentencePiece model" \
  "$TRAIN" "${data[@]}" "${tiny[@]}" --model "$T/spm3.nmt" --spm "$T" --separate-vocab=false

# Warnings: a warm-up longer than the training, more threads than cores.
"$TRAIN" "${data[@]}" "${tiny[@]}" --warmup 50 --model "$T/warm.nmt" 2>"$T/err" || fail "warm-up run failed"
grep -q "warning: --warmup 50 exceeds --max-updates 3" "$T/err" || fail "no warm-up warning: $(cat "$T/err")"
# A decaying schedule ends at 0 on the last update, as the log says.
"$TRAIN" "${data[@]}" "${tiny[@]}" --schedule linear --warmup 1 --log-every 1 --model "$T/lin.nmt" \
  2>"$T/err" || fail "linear-schedule run failed: $(tail -1 "$T/err")"
grep -q "update 2 .*| lr 0.0015 |" "$T/err" || fail "update 2 is not at half the peak (3e-3): $(cat "$T/err")"
grep -q "update 3 .*| lr 0 |" "$T/err" || fail "the linear schedule does not end at 0: $(cat "$T/err")"
"$TRANSLATE" -m "$T/flags.nmt" --threads 1000 </dev/null >/dev/null 2>"$T/err" ||
  fail "nmt-translate with many threads failed: $(cat "$T/err")"
grep -q "warning: --threads 1000 exceeds the [0-9]* cores" "$T/err" ||
  fail "no --threads warning: $(cat "$T/err")"

finish
