#!/usr/bin/env bash
# The best Transformer recipe we have for the Bible (WEB -> RV1909) that trains
# in 60 minutes on 2 threads of the session machine (docs/RESULTS.md, "A
# 60-minute recipe"): d_model 256, 4 heads, FFN 1024, 3+3 pre-norm layers,
# tied embeddings, a joint 4,000-piece vocabulary, batches of 2,500 tokens,
# Adam at 1.2e-3 with 400 warm-up updates and then a straight line to 0 at the
# last update (--schedule linear). Then the test set (Acts + Proverbs) is
# translated with beam 5 and scored (BLEU, chrF2, BLEU by source length).
#
# With SEEDS="1 2" a second run shares the first one's vocabulary
# (--spm FIRST.nmt) and the two are also scored as a 2-model ensemble.
# SPM=MODEL.nmt gives every seed that model's vocabulary instead, so the runs
# can be ensembled with a model trained elsewhere (e.g. make recipe-bible-rnn).
#
# Usage: scripts/bible_recipe.sh          (needs 'make corpora'; an hour per seed on 2 threads)
# Knobs: SEEDS ("1"), UPDATES (4600), THREADS (2), OUT (results-recipe),
#        BUILD_DIR (build), SPM (none: seed 1 trains the vocabulary).
#        Re-running continues a killed run from its checkpoint.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="${BUILD_DIR:-build}/bin"
DATA=corpora/bible
OUT="${OUT:-results-recipe}"
SEEDS="${SEEDS:-1}"
UPDATES="${UPDATES:-4600}"
THREADS="${THREADS:-2}"
export OMP_WAIT_POLICY=passive
[ -s "$DATA/train.en" ] || { echo "bible_recipe.sh: $DATA is missing; run 'make corpora'" >&2; exit 1; }
mkdir -p "$OUT"

recipe=(--train-src "$DATA/train.en" --train-tgt "$DATA/train.es"
        --valid-src "$DATA/dev.en" --valid-tgt "$DATA/dev.es" --valid-max-sentences 200
        --vocab-size 4000 --spm-sample 30000 --max-tokens 100 --batch-tokens 2500
        --max-updates "$UPDATES" --valid-every 500 --save-every 250 --keep-last 6 --log-every 50
        --threads "$THREADS"
        --arch transformer --dim 256 --heads 4 --ffn 1024 --enc-layers 3 --dec-layers 3
        --tied-embeddings --lr 1.2e-3 --warmup 400 --schedule linear)

# score NAME MODEL [MORE MODELS...]: beam 5 on the test set into OUT/NAME.*
source scripts/bible_score.sh

first="${SPM:-}"
members=()
for seed in $SEEDS; do
  model="$OUT/seed$seed.nmt"
  vocab=()
  [ -n "$first" ] && vocab=(--spm "$first")
  echo "== training seed $seed ($UPDATES updates, $THREADS threads)"
  "$BIN/nmt-train" "${recipe[@]}" "${vocab[@]}" --seed "$seed" --model "$model" 2>&1 |
    tee -a "$OUT/seed$seed.train.log"
  # The last weights: with the schedule at 0 they are the annealed model
  # (MODEL itself is the best of 200 greedy dev verses, a noisier choice).
  score "seed$seed" "$model.upd$UPDATES"
  [ -n "$first" ] || first="$model.upd$UPDATES"
  members+=("$model.upd$UPDATES")
done
[ "${#members[@]}" -lt 2 ] || score ensemble "${members[@]}"
echo "== scores in $OUT/*.scores"
