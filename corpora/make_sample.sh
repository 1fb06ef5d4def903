#!/usr/bin/env bash
# Redraw corpora/sample/{train,dev,test}.{en,es,ref} (3000/300/300 pairs of at
# most 40 words, seeded) from a WEB-RV1909 build; builds one in a temporary
# directory first unless --from DIR is given.
#
#   bash corpora/make_sample.sh [--from DIR] [--out DIR]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
from=""
out=$here/sample
while [ $# -gt 0 ]; do
  case "$1" in
    --from) from=${2:?}; shift 2 ;;
    --out) out=${2:?}; shift 2 ;;
    *) echo "make_sample.sh: unknown argument '$1'" >&2; exit 1 ;;
  esac
done
python=/usr/bin/python3
[ -x "$python" ] || python=python3
if [ -z "$from" ]; then
  from=$(mktemp -d)
  trap 'rm -rf "$from"' EXIT
  bash "$here/build_bible.sh" --pair web-rv1909 --out "$from"
fi
"$python" "$here/make_sample.py" --from "$from" --out "$out"
