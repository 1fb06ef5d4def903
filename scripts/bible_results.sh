#!/usr/bin/env bash
# The runs behind docs/RESULTS.md: the Bible corpus (WEB -> RV1909), every RNN
# attention type and the Transformer, all with the same budget of updates over
# the same batches, then test BLEU/chrF and BLEU by source length with nmt-eval.
#
# Usage: scripts/bible_results.sh [MODEL ...]   (default: all five, one after another)
#   MODEL is one of rnn-none rnn-additive rnn-dot rnn-general transformer transformer-wide
#   (transformer-wide: d_model 256, FFN 1024, tied embeddings, same 2+2 layers).
# Knobs: UPDATES (default 800), THREADS (default 1), OUT (default results-bible),
#        BUILD_DIR (default build), EVAL (default 1; 0 trains only, for staged runs),
#        RNN_LR / RNN_WARMUP / RNN_SCHEDULE (default 2e-3 / 100 / inverse-sqrt),
#        TRANSFORMER_LR / TRANSFORMER_WARMUP / TRANSFORMER_SCHEDULE (default 1.5e-3 / 300 /
#        inverse-sqrt), SEED (default 1), SPM (take the vocabulary from this
#        SentencePiece or nmt model file, e.g. seed 1's, so that models can be ensembled),
#        EMA (--exponential-smoothing of every run, e.g. 1e-2; default off).
#        Re-running continues a finished or killed run.
# The budget is counted in updates, not minutes, so that a shared, busy machine
# changes how long a run takes but not what it learns.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="${BUILD_DIR:-build}/bin"
DATA=corpora/bible
OUT="${OUT:-results-bible}"
UPDATES="${UPDATES:-800}"
THREADS="${THREADS:-1}"
EVAL="${EVAL:-1}"
if [ ! -s "$DATA/train.en" ]; then
  echo "bible_results.sh: $DATA is missing; run 'make corpora' first" >&2
  exit 1
fi
mkdir -p "$OUT"
models=("$@")
[ ${#models[@]} -gt 0 ] || models=(rnn-additive rnn-none transformer rnn-dot rnn-general)

# Shared by every run: one joint SentencePiece model (same seed, same bytes),
# the same batches in the same order, the same validation.
common=(--train-src "$DATA/train.en" --train-tgt "$DATA/train.es"
        --valid-src "$DATA/dev.en" --valid-tgt "$DATA/dev.es" --valid-max-sentences 200
        --vocab-size 4000 --spm-sample 30000 --max-tokens 100 --batch-tokens 2500
        --max-updates "$UPDATES" --valid-every 400 --save-every 200 --log-every 50
        --seed "${SEED:-1}" --threads "$THREADS" ${SPM:+--spm "$SPM"}
        ${EMA:+--exponential-smoothing "$EMA"})
# RNN: 128-wide embeddings, a bi-LSTM of 2x128, a 256 decoder (3.4M parameters).
rnn=(--arch rnn --dim 128 --enc-hidden 128 --dec-hidden 256 --lr "${RNN_LR:-2e-3}"
     --warmup "${RNN_WARMUP:-100}" --schedule "${RNN_SCHEDULE:-inverse-sqrt}")
# Transformer: d_model 128, 2+2 layers, 4 heads, FFN 512.
transformer=(--arch transformer --dim 128 --heads 4 --ffn 512 --enc-layers 2 --dec-layers 2
             --lr "${TRANSFORMER_LR:-1.5e-3}" --warmup "${TRANSFORMER_WARMUP:-300}"
             --schedule "${TRANSFORMER_SCHEDULE:-inverse-sqrt}")
# The 60-minute recipe's width (scripts/bible_recipe.sh) on the table's depth: 4.6M parameters.
transformer_wide=(--arch transformer --dim 256 --heads 4 --ffn 1024 --enc-layers 2 --dec-layers 2
                  --tied-embeddings --lr "${TRANSFORMER_LR:-1.5e-3}"
                  --warmup "${TRANSFORMER_WARMUP:-300}"
                  --schedule "${TRANSFORMER_SCHEDULE:-inverse-sqrt}")

for name in "${models[@]}"; do
  case "$name" in
    rnn-none|rnn-additive|rnn-dot|rnn-general) flags=("${rnn[@]}" --attention "${name#rnn-}") ;;
    transformer) flags=("${transformer[@]}") ;;
    transformer-wide) flags=("${transformer_wide[@]}") ;;
    *) echo "bible_results.sh: unknown model '$name'" >&2; exit 1 ;;
  esac
  echo "== $name: training $UPDATES updates on $THREADS thread(s)"
  start=$(date +%s)
  "$BIN/nmt-train" "${flags[@]}" "${common[@]}" --model "$OUT/$name.nmt" 2>&1 | tee "$OUT/$name.train.log"
  echo "train_seconds $(($(date +%s) - start))" >"$OUT/$name.time"
  [ "$EVAL" = 1 ] || continue
  echo "== $name: translating the test set (beam 5)"
  start=$(date +%s)
  "$BIN/nmt-translate" -m "$OUT/$name.nmt" -i "$DATA/test.en" -o "$OUT/$name.test.hyp" \
    --beam 5 --threads "$THREADS"
  echo "translate_seconds $(($(date +%s) - start))" >>"$OUT/$name.time"
  "$BIN/nmt-eval" --ref "$DATA/test.es" --hyp "$OUT/$name.test.hyp" --metric bleu,chrf -f text -w 2 \
    | tee "$OUT/$name.scores"
  "$BIN/nmt-eval" --ref "$DATA/test.es" --hyp "$OUT/$name.test.hyp" --by-length \
    --src "$DATA/test.en" | tee "$OUT/$name.by-length"
done
