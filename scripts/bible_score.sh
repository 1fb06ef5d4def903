# shellcheck shell=bash
# Sourced by the Bible quality scripts (bible_quality.sh, bible_recipe.sh),
# which set BIN, DATA, OUT and THREADS.
# score NAME MODEL [MORE MODELS...]: the test set translated with beam 5 (an
# ensemble when several models are given), scored into OUT/NAME.scores
# (BLEU, chrF2) and OUT/NAME.by-length, and the scores echoed.
score() {
  local name=$1; shift
  local models=()
  for m in "$@"; do models+=(-m "$m"); done
  "$BIN/nmt-translate" "${models[@]}" -i "$DATA/test.en" -o "$OUT/$name.test.hyp" --beam 5 \
    --threads "$THREADS"
  "$BIN/nmt-eval" --ref "$DATA/test.es" --hyp "$OUT/$name.test.hyp" --metric bleu,chrf >"$OUT/$name.scores"
  "$BIN/nmt-eval" --ref "$DATA/test.es" --hyp "$OUT/$name.test.hyp" --by-length \
    --src "$DATA/test.en" >"$OUT/$name.by-length"
  echo "$name: $(tr '\n' ' ' <"$OUT/$name.scores")"
}
