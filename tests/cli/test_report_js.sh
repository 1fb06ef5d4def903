#!/usr/bin/env bash
# The HTML report's script is JavaScript in its own file (lib/viz/report.js),
# embedded at build time: it must parse as JavaScript (node --check; Debian's
# nodejs is in the Makefile's DEPS), hold no ES2015+ syntax the page promises
# to avoid, and a report written by the library must carry it byte for byte.
set -u
SRC="${NMT_SOURCE_DIR:?set NMT_SOURCE_DIR}/lib/viz/report.js"
TEST_VIZ="${NMT_BIN:?set NMT_BIN}/../tests/test_viz"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }

NODE=$(command -v node || command -v nodejs || true)
if [ -z "$NODE" ]; then
  echo "FAIL: node is not installed: apt-get install -y nodejs (make deps)"
  exit 1
fi
"$NODE" --check "$SRC" 2>"$T/err" || fail "report.js does not parse: $(cat "$T/err")"
# A broken copy must be caught, or the check above proves nothing.
sed 's/^})();$/})(;/' "$SRC" >"$T/broken.js"
"$NODE" --check "$T/broken.js" 2>/dev/null && fail "node --check accepted a broken script"
# ES5 only (the header says so): no let/const, arrow functions or template strings.
grep -nE '^\s*(let|const) |=>|`' "$SRC" && fail "report.js uses ES2015+ syntax (lines above)"

# The library's report embeds the file unchanged.
NMT_REPORT_OUT="$T/report.html" "$TEST_VIZ" "[demo]" >"$T/demo.log" 2>&1 ||
  { cat "$T/demo.log"; fail "test_viz [demo]"; }
/usr/bin/python3 - "$T/report.html" "$SRC" <<'PY' || fail "report.html does not carry report.js"
import sys
page = open(sys.argv[1], encoding='utf-8').read()
script = open(sys.argv[2], encoding='utf-8').read()
sys.exit(0 if script in page else 1)
PY

[ "$fails" -eq 0 ] || { echo "$fails failure(s)"; exit 1; }
echo "report.js checks passed"
