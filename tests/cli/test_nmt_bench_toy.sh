#!/usr/bin/env bash
# `nmt-bench toy` end to end, in seconds: short runs of both families print one
# JSON line per evaluation and a final line whose time-to-target is a number
# when the target was reached and null when it was not; bad flags end in exit
# code 2 (a usage error) with one line on stderr. (The 5-minute measurement of issues #5 and
# #6 is the same command with --minutes 5 --threads 2.)
source "$(dirname "$0")/common.sh"
bench="$NMT_BIN/nmt-bench"
py=/usr/bin/python3

check_lines() {  # file, arch, expected updates, target reached (1/0)
  "$py" - "$@" <<'PY' || fail "bad JSON lines in $1: $(head -c 600 "$1")"
import json, sys
path, arch, updates, reached = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4] == "1"
rows = [json.loads(line) for line in open(path).read().splitlines()]
assert len(rows) >= 2, "want at least one evaluation and the final line"
*evals, final = rows
for row in rows:
    assert row["bench"] == "toy" and row["arch"] == arch and row["threads"] == 1, row
for row in evals:
    for key in ("elapsed_s", "cpu_s", "updates", "loss", "exact_match"):
        assert key in row, (key, row)
    assert 0.0 <= row["exact_match"] <= 1.0, row
assert final["final"] == 1 and final["updates"] == updates, final
assert final["exact_match"] == evals[-1]["exact_match"], final
assert final["best_exact_match"] >= final["exact_match"], final
if reached:
    assert final["updates_to_target"] == updates and final["time_to_target_s"] > 0, final
else:
    assert final["time_to_target_s"] is None and final["updates_to_target"] is None, final
PY
}

# 20 updates cannot reach 98%; a target of 0 is reached at the first evaluation.
"$bench" toy --arch rnn --attention additive --max-updates 20 --heldout 50 --threads 1 \
  >"$T/rnn.jsonl" 2>"$T/err" || fail "rnn toy run exited $?: $(cat "$T/err")"
check_lines "$T/rnn.jsonl" rnn 20 0
grep -q '"attention":"additive"' "$T/rnn.jsonl" || fail "rnn lines lack the attention type"
"$bench" toy --arch transformer --max-updates 10 --heldout 50 --target 0 --threads 1 \
  >"$T/tf.jsonl" 2>"$T/err" || fail "transformer toy run exited $?: $(cat "$T/err")"
check_lines "$T/tf.jsonl" transformer 10 1
"$bench" toy --arch rnn --attention none --max-updates 5 --heldout 20 --threads 1 \
  --schedule constant --clip 0 >"$T/none.jsonl" 2>"$T/err" || fail "none run exited $?"
check_lines "$T/none.jsonl" rnn 5 0

expect_usage_error "arch" "$bench" toy --arch lstm
expect_usage_error "attention" "$bench" toy --attention bahdanau
expect_usage_error "minutes" "$bench" toy --minutes 0
expect_usage_error "batch" "$bench" toy --batch -3
expect_usage_error "schedule" "$bench" toy --schedule cosine
finish
