#!/usr/bin/env bash
# A fast, fixed-seed slice of the fuzz harness (scripts/fuzz_tools.py, run in
# full by `make test-fuzz`): a few generated bad inputs for every tool, each of
# which must end in exit 1 with one line on stderr (or exit 0 with a sane
# output where the input is valid), never a signal, a hang or a sanitizer report.
source "$(dirname "$0")/common.sh"

build_dir=$(dirname "$NMT_BIN")
/usr/bin/python3 "$NMT_SOURCE_DIR/scripts/fuzz_tools.py" --build-dir "$build_dir" --seed 11 \
  --count 30 --jobs 1 --timeout 60 --long-line-bytes 100000 --keep-dir "$T/failures" >"$T/log" 2>&1
rc=$?
tail -n 30 "$T/log"
[ "$rc" -eq 0 ] || fail "fuzz slice: exit $rc (failures listed above)"
for tool in nmt-train nmt-translate nmt-eval nmt-align nmt-bench nmt-info nmt-quantize nmt-average; do
  grep -Eq "^$tool +30 " "$T/log" || fail "no summary line with 30 cases for $tool"
done
grep -q "^total: 240 cases" "$T/log" || fail "the slice did not run 240 cases"
finish
