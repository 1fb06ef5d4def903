#!/usr/bin/env bash
# Build a verse-aligned English-Spanish Bible corpus from the SWORD modules
# of Debian's sword-text-web, sword-text-kjv and sword-text-sparv (read with
# mod2imp from libsword-utils). Output: DIR/{train,dev,test}.{en,es,ref};
# test = Acts + Proverbs, dev = John + Ruth + Jonah, train = the rest.
# Files are written as *.tmp and renamed at the end, so an interrupted build
# leaves the previous corpus (or none), never half of one.
#
#   bash corpora/build_bible.sh [--pair web-rv1909|kjv-rv1909] [--out DIR] [--spot-check]
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
pair=web-rv1909
out=""
spot_check=0
usage() { sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; }
while [ $# -gt 0 ]; do
  case "$1" in
    --pair) pair=${2:?--pair needs a value}; shift 2 ;;
    --out) out=${2:?--out needs a directory}; shift 2 ;;
    --spot-check) spot_check=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "build_bible.sh: unknown argument '$1' (see --help)" >&2; exit 1 ;;
  esac
done
case "$pair" in
  web-rv1909) out=${out:-$here/bible} ;;
  kjv-rv1909) out=${out:-$here/bible-kjv} ;;
  *) echo "build_bible.sh: --pair must be web-rv1909 or kjv-rv1909, not '$pair'" >&2; exit 1 ;;
esac
if ! command -v mod2imp >/dev/null; then
  echo "build_bible.sh: mod2imp not found: install libsword-utils (make corpus-deps)" >&2
  exit 1
fi
# Debian's own Python: the scripts use its standard library only.
python=/usr/bin/python3
[ -x "$python" ] || python=python3

mkdir -p "$out"
trap 'rm -f "$out"/*.tmp' EXIT
"$python" "$here/bible_corpus.py" --pair "$pair" --out "$out"
if [ "$spot_check" = 1 ]; then
  "$python" "$here/corpus_check.py" --sample 20 --seed 7 "$out/train.en" "$out/train.es"
fi
