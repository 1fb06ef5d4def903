#!/usr/bin/env bash
# nmt-bench end to end: `gemm --quick` prints one valid JSON object per line
# with the contract's fields (bf16 rows exactly where the CPU has AVX512-BF16),
# `train --quick` one line per family with its throughput fields,
# --version names the GEMM kernel, and bad input
# ends in exit code 1 with a single line on stderr.
set -euo pipefail
bench="${NMT_BIN:?NMT_BIN must point at the built tools}/nmt-bench"
py=/usr/bin/python3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }

# --version names the kernel in use.
"$bench" --version | grep -Eq 'gemm (eigen|openblas)' || fail "--version lacks the gemm kernel"

# A quick run on 1 and 2 threads: every line parses and carries the fields.
native_bf16=0
grep -qw avx512_bf16 /proc/cpuinfo && native_bf16=1
for threads in 1 2; do
  "$bench" gemm --quick --repeat 1 --threads "$threads" >"$work/out.jsonl" 2>"$work/err" ||
    fail "gemm --quick --threads $threads exited $?: $(cat "$work/err")"
  "$py" - "$work/out.jsonl" "$threads" "$native_bf16" <<'PY' || fail "bad JSON lines (threads $threads)"
import json, sys
lines = open(sys.argv[1]).read().splitlines()
threads = int(sys.argv[2])
native_bf16 = sys.argv[3] == "1"
assert lines, "no output"
impls = set()
for line in lines:
    row = json.loads(line)
    for key in ("bench", "impl", "m", "k", "n", "threads", "gflops"):
        assert key in row, f"missing {key}: {line}"
    assert row["bench"] == "gemm", line
    assert row["impl"] in ("nmt", "eigen", "openblas", "packed", "int8", "small_m", "bf16"), line
    assert isinstance(row["gflops"], (int, float)) and row["gflops"] > 0, line
    if row["impl"] == "nmt":
        assert row["trans"] in ("nn", "nt", "tn"), line
        assert row["kernel"] in ("eigen", "openblas"), line
        assert row["threads"] == threads, line
    if row["impl"] == "packed":
        assert row["kernel"] in ("avx512", "avx2", "scalar"), line
        assert row["threads"] == threads, line
    if row["impl"] == "int8":
        assert row["kernel"] in ("avx512vnni", "avx2", "scalar"), line
        assert row["threads"] == threads, line
    if row["impl"] == "bf16":
        assert row["trans"] in ("nn", "nt", "tn"), line
        assert row["kernel"] in ("native", "emulated"), line
        assert row["threads"] == threads, line
    impls.add((row["impl"], row.get("trans"), row.get("kernel") if row["impl"] == "bf16" else None))
want = {("nmt", "nn", None), ("nmt", "nt", None), ("nmt", "tn", None), ("eigen", "nn", None),
        ("openblas", "nn", None), ("packed", "nn", None), ("int8", "nn", None)}
# bf16 rows where the CPU multiplies bf16 natively, and only there.
bf16 = {(i, t, k) for i, t, k in impls if i == "bf16"}
if native_bf16:
    want |= {("bf16", t, k) for t in ("nn", "nt", "tn") for k in ("native", "emulated")}
else:
    assert not bf16, f"bf16 rows on a CPU without avx512_bf16: {bf16}"
assert want <= impls, f"missing rows: {want - impls}"
PY
done

# One custom shape, both engine kernels.
"$bench" gemm --threads 1 --repeat 1 --shape 17x9x33 --kernel all >"$work/one.jsonl"
[ "$(grep -c '"impl":"nmt"' "$work/one.jsonl")" -eq 6 ] || fail "--kernel all should give 6 nmt rows"
grep -q '"m":17,"k":9,"n":33' "$work/one.jsonl" || fail "--shape not honoured"

# train --quick (1 warm-up + 3 steps of the reference model): one JSON line
# whose throughput fields are positive, the best step at least the median.
for arch in transformer rnn; do
  "$bench" train --arch "$arch" --quick --threads 1 >"$work/train.jsonl" 2>"$work/err" ||
    fail "train --arch $arch --quick exited $?: $(cat "$work/err")"
  "$py" - "$work/train.jsonl" "$arch" <<'PY' || fail "bad train JSON ($arch): $(head -c 400 "$work/train.jsonl")"
import json, sys
lines = open(sys.argv[1]).read().splitlines()
assert len(lines) == 1, f"{len(lines)} lines"
row = json.loads(lines[0])
assert row["bench"] == "train" and row["arch"] == sys.argv[2] and row["steps"] == 3, row
for key in ("tgt_tokens_per_s", "tgt_tokens_per_s_best", "gflops", "gflops_best", "step_ms",
            "peak_rss_mb", "first_loss", "last_loss"):
    assert isinstance(row[key], (int, float)) and row[key] > 0, key
assert row["gflops_best"] >= row["gflops"], row
assert row["tgt_tokens_per_s_best"] >= row["tgt_tokens_per_s"], row
PY
done

# Usage errors: exit 2, exactly one line on stderr, nothing on stdout.
expect_error() {
  local status=0
  "$bench" "$@" >"$work/out" 2>"$work/err" || status=$?
  [ "$status" -eq 2 ] || fail "'$*' exited $status, want 2"
  [ "$(wc -l <"$work/err")" -eq 1 ] || fail "'$*' printed $(wc -l <"$work/err") lines on stderr"
  [ ! -s "$work/out" ] || fail "'$*' printed on stdout"
}
expect_error gemm --bogus
expect_error gemm --shape 3x4
expect_error gemm --repeat 0
expect_error gemm --kernel mkl
expect_error
echo "nmt-bench: ok"
