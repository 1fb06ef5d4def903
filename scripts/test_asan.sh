#!/usr/bin/env bash
# make test-asan: builds nmt with AddressSanitizer and UndefinedBehaviorSanitizer
# (-DNMT_SANITIZE=ON, RelWithDebInfo for readable stacks) and runs the whole
# CTest suite under it. Any sanitizer report fails the run, even inside a test
# that expects a tool to fail: every report is also written to a log
# directory, which must stay empty.
# Usage: scripts/test_asan.sh [--build-dir DIR] [--jobs N] [-- extra ctest args]
# Figures and how long it takes: docs/RELIABILITY.md.
set -euo pipefail
cd "$(dirname "$0")/.."
src=$PWD
build_dir=build-asan
jobs=$(nproc)
while [ $# -gt 0 ]; do
  case "$1" in
    --build-dir) build_dir=$2; shift 2 ;;
    --jobs) jobs=$2; shift 2 ;;
    --) shift; break ;;
    *) echo "test_asan.sh: unknown argument $1 (usage: --build-dir DIR --jobs N -- CTEST_ARGS)" >&2; exit 2 ;;
  esac
done
build_dir=$(realpath -m "$build_dir")

start=$(date +%s)
cmake -S "$src" -B "$build_dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DNMT_SANITIZE=ON >/dev/null
cmake --build "$build_dir" -j "$jobs"
built=$(date +%s)

logs="$build_dir/sanitizer-logs"
rm -rf "$logs" && mkdir -p "$logs"
# halt_on_error: the first report ends the process. exitcode 86 is not 1, so a
# test expecting a user error (exit 1) cannot mistake a report for one.
# detect_leaks: LeakSanitizer at exit. allocator_may_return_null: a huge
# request (a damaged file's size, --dim 1e9) throws std::bad_alloc as it does
# without ASan, so the tools' own "out of memory" error is what gets tested.
export ASAN_OPTIONS="halt_on_error=1:exitcode=86:detect_leaks=1:allocator_may_return_null=1:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1:log_path=$logs/asan"
export UBSAN_OPTIONS="halt_on_error=1:exitcode=86:print_stacktrace=1:log_path=$logs/ubsan"
export LSAN_OPTIONS="exitcode=86"
status=0
(cd "$build_dir" && ctest --output-on-failure -j "$jobs" "$@") || status=$?
done_at=$(date +%s)

reports=$(find "$logs" -type f | sort)
if [ -n "$reports" ]; then
  echo "sanitizer reports:"
  for f in $reports; do echo "== $f"; head -n 40 "$f"; done
  status=1
fi
echo "test-asan: build $((built - start)) s, tests $((done_at - built)) s, $(echo "$reports" | grep -c . || true) sanitizer report file(s)"
exit $status
