#!/usr/bin/env bash
# The HTML attention report in a real browser: headless Chromium loads the
# demo report that test_viz writes, its script must mark document.title
# "ready" (and pass its own #selftest, which drives every control once), a
# page with broken data must mark "error", and a screenshot must show more
# than a blank page. Also parses the demo SVG with Python's XML parser.
# Chromium is Debian's package `chromium`; without it the test fails unless
# NMT_ALLOW_NO_BROWSER=1 (for CI machines that cannot install it), then it skips.
set -u
TEST_VIZ="${NMT_BIN:?set NMT_BIN}/../tests/test_viz"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }

BROWSER=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$BROWSER" ]; then
  if [ "${NMT_ALLOW_NO_BROWSER:-0}" = 1 ]; then
    echo "SKIP: chromium is not installed (apt-get install -y chromium); NMT_ALLOW_NO_BROWSER=1"
    exit 0
  fi
  echo "FAIL: chromium is not installed: apt-get install -y chromium (or set NMT_ALLOW_NO_BROWSER=1)"
  exit 1
fi
[ -x "$TEST_VIZ" ] || { echo "FAIL: $TEST_VIZ not built"; exit 1; }

NMT_REPORT_OUT="$T/report.html" "$TEST_VIZ" "[demo]" >"$T/demo.log" 2>&1 ||
  { cat "$T/demo.log"; echo "FAIL: test_viz [demo]"; exit 1; }

# Every run gets a fresh profile; nothing may reach the network.
browse() {
  timeout 120 "$BROWSER" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$(mktemp -d "$T/profile.XXXX")" "$@" 2>>"$T/browser.err"
}
title_of() { browse --dump-dom "$1" | grep -o '<title>[^<]*</title>' | sed 's/<[^>]*>//g'; }

title=$(title_of "file://$T/report.html")
[ "$title" = "nmt-attention: ready (4 sentences)" ] || fail "title is [$title]"
title=$(title_of "file://$T/report.html#selftest")
[ "$title" = "nmt-attention: ready (4 sentences) selftest ok" ] || fail "self-test title is [$title]"

# Broken data must be reported, not silently drawn as an empty page.
sed 's/"sentences":\[/"sentences":[[/' "$T/report.html" >"$T/broken.html"
title=$(title_of "file://$T/broken.html")
case "$title" in
  "nmt-attention: error "*) ;;
  *) fail "broken page title is [$title], want an error marker" ;;
esac

# A screenshot: a real PNG of the window size, far from a blank page.
browse --hide-scrollbars --window-size=1200,900 --screenshot="$T/shot.png" "file://$T/report.html" >/dev/null
if [ ! -s "$T/shot.png" ]; then
  fail "no screenshot"
else
  [ "$(head -c 8 "$T/shot.png" | od -An -tx1 | tr -d ' \n')" = "89504e470d0a1a0a" ] ||
    fail "screenshot is not a PNG"
  size=$(stat -c %s "$T/shot.png")
  [ "$size" -gt 20000 ] || fail "screenshot is only $size bytes (blank page?)"
fi
[ -n "${NMT_KEEP_SCREENSHOT:-}" ] && cp "$T/shot.png" "$NMT_KEEP_SCREENSHOT"

# The SVG beside it parses as XML (Debian's own Python).
if [ -x /usr/bin/python3 ]; then
  /usr/bin/python3 -c 'import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])' \
    "$T/report.html.svg" || fail "SVG does not parse as XML"
fi

if [ "$fails" -ne 0 ]; then
  echo "browser log:"; tail -5 "$T/browser.err"
  echo "$fails failure(s)"
  exit 1
fi
echo "ok: report ready in headless chromium, self-test passed, screenshot $size bytes"
