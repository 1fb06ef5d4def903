#!/usr/bin/env bash
# Build an English-LANG corpus of software messages from the gettext catalogs
# installed under /usr/share/locale/LANG/LC_MESSAGES (msgunfmt from gettext).
# Output: DIR/{train,dev,test}.{en,LANG,ref}, split by package; default DIR
# is corpora/gettext/LANG. Written atomically (*.tmp, then renamed).
#
#   bash corpora/build_gettext.sh LANG [--out DIR] [--seed N] [--spot-check]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
lang=""
out=""
seed=1
spot_check=0
while [ $# -gt 0 ]; do
  case "$1" in
    --out) out=${2:?--out needs a directory}; shift 2 ;;
    --seed) seed=${2:?--seed needs a number}; shift 2 ;;
    --spot-check) spot_check=1; shift ;;
    -h|--help) sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "build_gettext.sh: unknown option '$1' (see --help)" >&2; exit 1 ;;
    *) [ -z "$lang" ] || { echo "build_gettext.sh: one LANG only" >&2; exit 1; }; lang=$1; shift ;;
  esac
done
[ -n "$lang" ] || { echo "build_gettext.sh: give a LANG such as de, fr or zh_CN" >&2; exit 1; }
command -v msgunfmt >/dev/null || { echo "build_gettext.sh: msgunfmt not found: install gettext" >&2; exit 1; }
out=${out:-$here/gettext/$lang}
python=/usr/bin/python3
[ -x "$python" ] || python=python3
mkdir -p "$out"
trap 'rm -f "$out"/*.tmp' EXIT
"$python" "$here/gettext_corpus.py" "$lang" --out "$out" --seed "$seed"
if [ "$spot_check" = 1 ]; then
  "$python" "$here/corpus_check.py" --software --sample 20 --seed 7 "$out/train.en" "$out/train.$lang"
fi
