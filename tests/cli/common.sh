# Shared helpers for the command-line tests (sourced, not run).
# Each test script sets up $T (a temp dir removed on exit) and counts failures.
set -u
: "${NMT_BIN:?set NMT_BIN to the directory holding the built tools}"
: "${NMT_SOURCE_DIR:?set NMT_SOURCE_DIR to the source tree}"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fails=0
# Tests run two at a time on two cores: threads that spin while waiting would
# steal the other test's core.
export OMP_WAIT_POLICY=passive
export OMP_NUM_THREADS=1  # tools default to it when --threads is not given
SAMPLE="$NMT_SOURCE_DIR/corpora/sample"

fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
expect_eq() { [ "$1" == "$2" ] || fail "$3: got [$1] want [$2]"; }

# A tool that refuses: exit $1, exactly one line on stderr matching $2,
# nothing on stdout.
expect_exit() {
  local want="$1" pattern="$2"; shift 2
  "$@" >"$T/out" 2>"$T/err" </dev/null
  local rc=$?
  [ "$rc" -eq "$want" ] || fail "$*: exit $rc, want $want (stderr: $(head -c 300 "$T/err"))"
  [ "$(wc -l <"$T/err")" -eq 1 ] || fail "$*: stderr is not one line: $(head -c 500 "$T/err")"
  grep -q -- "$pattern" "$T/err" || fail "$*: stderr [$(cat "$T/err")] lacks [$pattern]"
  [ ! -s "$T/out" ] || fail "$*: printed to stdout on error"
}
# A user error (bad data, a file that cannot be read or written): exit 1.
expect_error() { expect_exit 1 "$@"; }
# A usage error (unknown flag, bad value, missing required flag): exit 2.
expect_usage_error() { expect_exit 2 "$@"; }

# A user error after progress lines (training): exit 1 and the last stderr
# line, the error, matches $1.
expect_error_after_log() {
  local pattern="$1"; shift
  "$@" >"$T/out" 2>"$T/err" </dev/null
  local rc=$?
  [ "$rc" -eq 1 ] || fail "$*: exit $rc, want 1 (stderr: $(tail -c 300 "$T/err"))"
  tail -n 1 "$T/err" | grep -q -- "$pattern" || fail "$*: last stderr line [$(tail -n 1 "$T/err")] lacks [$pattern]"
  [ "$(grep -c 'error' "$T/err")" -eq 1 ] || fail "$*: more than one error line: $(cat "$T/err")"
}

# Ends the test: the summary line CTest logs, and the exit code.
finish() {
  if [ "$fails" -eq 0 ]; then echo "all checks passed"; exit 0; fi
  echo "$fails check(s) failed"; exit 1
}
