#!/usr/bin/env bash
# A corpus of about 2M sentence pairs for the large-corpus measurements of
# docs/DISTRIBUTED.md: COPIES shuffled copies (default 64) of the Bible
# training pairs (corpora/bible, built by `make corpora`), or of the committed
# sample (corpora/sample, 3,000 pairs: 192k pairs at 64 copies) when the
# Bible corpus is not built. Each copy is shuffled with its own seed, pairs
# kept together. Output is not committed.
#
#   bash scripts/make_big_corpus.sh OUT_DIR [--copies 64]
# Writes OUT_DIR/train.en and OUT_DIR/train.es and prints their line count.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
out=${1:?usage: make_big_corpus.sh OUT_DIR [--copies 64]}
shift
copies=64
while [ $# -gt 0 ]; do
  case "$1" in
    --copies) copies=$2; shift 2 ;;
    *) echo "make_big_corpus.sh: unknown argument $1" >&2; exit 1 ;;
  esac
done
src="$here/corpora/bible"
if [ ! -s "$src/train.en" ]; then
  echo "make_big_corpus.sh: $src/train.en not built (make corpora); using corpora/sample" >&2
  src="$here/corpora/sample"
fi
mkdir -p "$out"
/usr/bin/python3 - "$src" "$out" "$copies" <<'PY'
import os, random, sys
src, out, copies = sys.argv[1], sys.argv[2], int(sys.argv[3])
en = open(os.path.join(src, "train.en"), encoding="utf-8").read().splitlines()
es = open(os.path.join(src, "train.es"), encoding="utf-8").read().splitlines()
assert len(en) == len(es), "line counts differ"
pairs = list(zip(en, es))
with open(os.path.join(out, "train.en.tmp"), "w", encoding="utf-8") as fe, \
     open(os.path.join(out, "train.es.tmp"), "w", encoding="utf-8") as fs:
    for c in range(copies):
        random.Random(c).shuffle(pairs)
        fe.writelines(e + "\n" for e, _ in pairs)
        fs.writelines(s + "\n" for _, s in pairs)
for side in ("en", "es"):
    os.replace(os.path.join(out, f"train.{side}.tmp"), os.path.join(out, f"train.{side}"))
print(f"{len(pairs) * copies} pairs ({copies} copies of {len(pairs)} from {src}) in {out}")
PY
