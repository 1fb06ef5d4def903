#!/usr/bin/env bash
# The demo behind `make demo`: train a small English->Spanish translator on the
# Bible corpus (or the committed sample when the corpus could not be built),
# translate held-out verses, score them. Everything shows its progress.
# Knobs: DEMO_TIME (training budget, default 4m), DEMO_ARCH (transformer|rnn),
# BUILD_DIR (default build). Re-running continues the same training.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="${BUILD_DIR:-build}/bin"
OUT=demo-out
TIME="${DEMO_TIME:-4m}"
ARCH="${DEMO_ARCH:-transformer}"
if [ -s corpora/bible/train.en ]; then DATA=corpora/bible; else DATA=corpora/sample; fi
mkdir -p "$OUT"
echo "== nmt demo: $ARCH model, data from $DATA, training for $TIME"

case "$ARCH" in
  # Small models: a few minutes on two cores is a few thousand updates at most.
  rnn) model_flags=(--arch rnn --attention additive --dim 128 --enc-hidden 128 --dec-hidden 256
                    --lr 2e-3 --warmup 100) ;;
  transformer) model_flags=(--arch transformer --dim 128 --heads 4 --ffn 512 --enc-layers 2
                            --dec-layers 2 --lr 1.5e-3 --warmup 300) ;;
  *) echo "DEMO_ARCH must be rnn or transformer" >&2; exit 1 ;;
esac
"$BIN/nmt-train" "${model_flags[@]}" \
  --train-src "$DATA/train.en" --train-tgt "$DATA/train.es" \
  --valid-src "$DATA/dev.en" --valid-tgt "$DATA/dev.es" --valid-max-sentences 200 \
  --model "$OUT/model.nmt" --vocab-size 4000 --spm-sample 20000 --max-tokens 100 \
  --batch-tokens 2500 --max-time "$TIME" --valid-every 250 --log-every 25 --save-every 250

echo "== translating 300 test verses (beam 4)"
head -n 300 "$DATA/test.en" >"$OUT/test.en"
head -n 300 "$DATA/test.es" >"$OUT/test.es"
"$BIN/nmt-translate" -m "$OUT/model.nmt" -i "$OUT/test.en" -o "$OUT/test.hyp" --beam 4

echo "== scores (sacreBLEU-compatible)"
"$BIN/nmt-eval" --ref "$OUT/test.es" --hyp "$OUT/test.hyp" --metric bleu,chrf -f text -w 2
"$BIN/nmt-eval" --ref "$OUT/test.es" --hyp "$OUT/test.hyp" --by-length --src "$OUT/test.en"

echo "== a few translations (source / reference / nmt)"
paste -d '\n' <(head -n 3 "$OUT/test.en") <(head -n 3 "$OUT/test.es") <(head -n 3 "$OUT/test.hyp") /dev/null \
  | sed -e 's/^/  /'
echo "== attention of 20 dev verses: $OUT/attention/report.html, and SVG heatmaps of 5 in $OUT/heatmaps"
head -n 20 "$DATA/dev.en" >"$OUT/dev20.en"
head -n 20 "$DATA/dev.es" >"$OUT/dev20.es"
"$BIN/nmt-align" -m "$OUT/model.nmt" --src "$OUT/dev20.en" --tgt "$OUT/dev20.es" \
  --pharaoh "$OUT/dev20.align" --heatmap "$OUT/attention" --format html
# A heatmap directory holds one nmt-align run's pictures: the SVGs get their
# own, or writing them would remove the report.
"$BIN/nmt-align" -m "$OUT/model.nmt" --src "$OUT/dev20.en" --tgt "$OUT/dev20.es" --max-sentences 5 \
  --pharaoh "$OUT/dev5.align" --heatmap "$OUT/heatmaps" --format svg
echo "== done: model, translations, scores and attention pictures are in $OUT/"
