#!/usr/bin/python3
"""nmt against PyTorch on the same benchmark models, side by side.

    /usr/bin/python3 scripts/compare_torch.py [--nmt-bench PATH] [--threads 1,2]
        [--only train|translate] [--arch transformer|rnn] [--quick] [--json]
        [--repeat R] [--pairs N] [--beam K]
        [--openblas-coretype NAME]

Runs the PyTorch reference (scripts/torch_reference/bench.py, one process per
setting) and then `nmt-bench train|translate` with the same settings, and
prints: benchmark | threads | torch | nmt | ratio (nmt/torch), and the peak
RSS of both. For one thread PyTorch runs with 1 intra-op thread and
OPENBLAS_NUM_THREADS=1; for N > 1 threads it tries (N, 1), (1, N) and (N, N)
(torch threads, OpenBLAS threads) and keeps the fastest, because on 2 cores
the two thread pools fight and the best split depends on the machine.
Each decoding benchmark also runs nmt with --shortlist, --precision int8 and
--precision int8 --shortlist (rows "... fp32+shortlist", "... int8",
"... int8+shortlist"), against the same PyTorch float32 figure.
After the 1-thread Transformer training rows it times the GEMM ceiling of
issue 16 (the best plain single-thread Eigen or OpenBLAS call of `nmt-bench
gemm` on the step's largest shapes) and prints both sides' useful GFLOP/s as
shares of it: nmt's median step and its best step (beside a best-of-10 GEMM
sample, the least disturbed figures of each).
With --pairs N every benchmark runs N rounds of PyTorch then nmt, and the
ratio is the median of the N rounds' own ratios, with their range beside it:
on a shared host whose speed drifts by tens of per cent within minutes, a
ratio taken within one round is the figure that means something.
A missing nmt-bench, or one without the subcommand, shows "n/a".
docs/COMPARE_TORCH.md describes the benchmarks and how to read the figures.
"""

import argparse
import importlib.util
import json
import os
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
WORKER = os.path.join(HERE, "torch_reference", "bench.py")


def parse_args():
    parser = argparse.ArgumentParser(description="Compare nmt-bench with the PyTorch reference.")
    parser.add_argument("--nmt-bench", default=os.path.join(REPO, "build", "bin", "nmt-bench"),
                        help="path of nmt-bench (default build/bin/nmt-bench)")
    parser.add_argument("--threads", default="1,2", help="comma-separated thread counts")
    parser.add_argument("--only", choices=["train", "translate"], help="one kind of benchmark")
    parser.add_argument("--arch", choices=["transformer", "rnn"],
                        help="train: one architecture (default both)")
    parser.add_argument("--beam", type=int, default=5, help="beam of the beam-search benchmark")
    parser.add_argument("--quick", action="store_true", help="smoke test: 1 warm-up + 3 steps")
    parser.add_argument("--repeat", type=int, default=1,
                        help="runs per torch setting; the table shows the median and the spread")
    parser.add_argument("--pairs", type=int, default=1,
                        help="rounds of torch then nmt per benchmark; the ratio is the median "
                             "of the rounds' ratios")
    parser.add_argument("--json", action="store_true",
                        help="raw JSON lines on stdout (the table goes to stderr)")
    parser.add_argument("--openblas-coretype",
                        help="set OPENBLAS_CORETYPE for both sides (default: leave it as found)")
    args = parser.parse_args()
    args.threads = [int(t) for t in args.threads.split(",") if t.strip()]
    if not args.threads or min(args.threads) < 1 or min(args.repeat, args.pairs, args.beam) < 1:
        parser.error("--threads, --repeat, --pairs and --beam need positive numbers")
    return args


# nmt's decoding variants, each compared with the same PyTorch float32 run:
# (label suffix, extra nmt-bench arguments).
NMT_TRANSLATE_VARIANTS = [("", []), (" fp32+shortlist", ["--shortlist"]),
                          (" int8", ["--precision", "int8"]),
                          (" int8+shortlist", ["--precision", "int8", "--shortlist"])]


def benchmarks(args):
    """(label, nmt-bench/worker arguments, matching fields, throughput field, unit,
    nmt variants)."""
    table = []
    if args.only in (None, "train"):
        for arch in [args.arch] if args.arch else ["transformer", "rnn"]:
            table.append((f"train {arch}", ["train", "--arch", arch],
                          {"bench": "train", "arch": arch}, "tgt_tokens_per_s", "tgt tok/s",
                          [("", [])]))
    if args.only in (None, "translate"):
        for beam in (1, args.beam):
            label = "translate greedy" if beam == 1 else f"translate beam {beam}"
            table.append((label, ["translate", "--arch", "transformer", "--beam", str(beam)],
                          {"bench": "translate", "beam": beam}, "tokens_per_s", "tok/s",
                          NMT_TRANSLATE_VARIANTS))
    return table


def thread_settings(threads):
    """(torch intra-op threads, OpenBLAS threads) to try for a thread budget."""
    if threads == 1:
        return [(1, 1)]
    return [(threads, 1), (1, threads), (threads, threads)]


def log(message):
    print(message, file=sys.stderr, flush=True)


def json_lines(text):
    lines = []
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("{"):
            try:
                lines.append(json.loads(line))
            except json.JSONDecodeError:
                pass
    return lines


def run_torch(bench_args, threads, torch_threads, openblas_threads, args, env):
    cmd = [sys.executable, WORKER] + bench_args + [
        "--threads", str(threads), "--torch-threads", str(torch_threads),
        "--openblas-threads", str(openblas_threads)] + (["--quick"] if args.quick else [])
    done = subprocess.run(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    lines = json_lines(done.stdout)
    if done.returncode != 0 or not lines:
        log(f"  torch failed ({done.returncode}): {done.stderr.strip()[-500:]}")
        return None
    return lines[-1]


def run_nmt_bench(bench_args, args, env):
    """The JSON lines of one nmt-bench run, or (None, reason)."""
    if not os.access(args.nmt_bench, os.X_OK):
        return None, f"no executable {args.nmt_bench}"
    try:
        done = subprocess.run([args.nmt_bench] + bench_args, env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, timeout=1800)
    except (OSError, subprocess.TimeoutExpired) as error:
        return None, str(error)
    if done.returncode != 0:
        return None, (done.stderr.strip().splitlines() or [f"exit {done.returncode}"])[-1]
    return json_lines(done.stdout), None


def run_nmt(bench_args, threads, match, args, env):
    """nmt-bench's matching JSON line, or (None, reason)."""
    extra = ["--threads", str(threads)] + (["--quick"] if args.quick else [])
    lines, reason = run_nmt_bench(bench_args + extra, args, env)
    if lines is None:
        return None, reason
    for line in lines:
        if all(line.get(k) == v for k, v in match.items()):
            line.setdefault("impl", "nmt")
            return line, None
    return None, "no matching JSON line in its output"


# Shapes of the Transformer step's largest products; the best plain
# single-thread library call over them is the "GEMM ceiling" of issue 16.
CEILING_SHAPES = ["2048x256x8000", "2048x256x256", "256x2048x1024"]


def gemm_ceiling(args, env):
    """(GFLOP/s, description) of the best plain single-thread Eigen or OpenBLAS
    call of `nmt-bench gemm` on CEILING_SHAPES, or (None, reason)."""
    bench_args = ["gemm", "--threads", "1", "--repeat", "3" if args.quick else "10"]
    for shape in CEILING_SHAPES:
        bench_args += ["--shape", shape]
    lines, reason = run_nmt_bench(bench_args, args, env)
    if lines is None:
        return None, reason
    plain = [r for r in lines if r.get("impl") in ("eigen", "openblas")]
    if not plain:
        return None, "no plain library rows in its output"
    best = max(plain, key=lambda r: r["gflops"])
    return best["gflops"], f"{best['impl']} {best['m']}x{best['k']}x{best['n']}"


def ceiling_note(nmt, torch_gflops, args, env):
    """One line: nmt's and PyTorch's useful GFLOP/s as shares of the ceiling,
    measured right after the training run."""
    ceiling, what = gemm_ceiling(args, env)
    if ceiling is None:
        return f"GEMM ceiling: n/a ({what})"
    line = (f"GEMM ceiling, threads 1 (best plain single-thread call of nmt-bench gemm right "
            f"after): {ceiling:.2f} GFLOP/s ({what}); torch at {100 * torch_gflops / ceiling:.0f}%")
    if nmt and nmt.get("gflops"):
        line += f", nmt at {100 * nmt['gflops'] / ceiling:.0f}% (median step)"
        if nmt.get("gflops_best"):
            line += f", {100 * nmt['gflops_best'] / ceiling:.0f}% (best step)"
    return line


def record(line, raw, args):
    """Keep a raw line; with --json print it at once (a cut-short run keeps it)."""
    raw.append(line)
    if args.json:
        print(json.dumps(line), flush=True)


def measure_torch(label, bench_args, field, threads, args, env, raw):
    """Every setting `repeat` times; returns the best setting's runs."""
    best = None
    for torch_threads, openblas_threads in thread_settings(threads):
        runs = []
        for _ in range(args.repeat):
            log(f"torch {label}: threads {threads} (torch {torch_threads}, "
                f"openblas {openblas_threads})")
            line = run_torch(bench_args, threads, torch_threads, openblas_threads, args, env)
            if line is None:
                continue
            log(f"  {line[field]:.1f} {field}, peak RSS {line['peak_rss_mb']:.0f} MB")
            record(line, raw, args)
            runs.append(line)
        if runs:
            median = statistics.median(r[field] for r in runs)
            if best is None or median > best[0]:
                best = (median, runs)
    return best


def pair_summary(rounds):
    """From (torch, nmt) figures of each round (None where a side failed): the
    medians of each side and of the rounds' own ratios, and the ratios' range
    (None with fewer than two ratios)."""
    torch = [t for t, _ in rounds if t is not None]
    nmt = [n for _, n in rounds if n is not None]
    ratios = [r for r in (ratio(n, t) for t, n in rounds) if r is not None]
    return {
        "torch": statistics.median(torch) if torch else None,
        "nmt": statistics.median(nmt) if nmt else None,
        "ratio": statistics.median(ratios) if ratios else None,
        "range": (min(ratios), max(ratios)) if len(ratios) > 1 else None,
    }


def fmt(value, digits=1):
    return "n/a" if value is None else f"{value:,.{digits}f}"


def ratio(a, b):
    return None if a is None or b is None or b == 0 else a / b


def print_header(first, args, out):
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"torch {first.get('torch_version')}; BLAS {first.get('blas')} "
          f"({first.get('blas_kind')}, core {first.get('openblas_corename', '?')}"
          f"{', re-exec with LD_LIBRARY_PATH=' + first['ld_library_path'] if first.get('reexec') else ''})",
          file=out)
    coretype = first.get("openblas_coretype_env") or "(unset)"
    print(f"OPENBLAS_CORETYPE={coretype}; nmt-bench {args.nmt_bench}; load average {load}",
          file=out)
    if first.get("openblas_corename") in ("Prescott", "Nehalem", "Core2", "Katmai"):
        print("warning: OpenBLAS chose an SSE-only core on this CPU; its sgemm is several "
              "times slower than the CPU allows (see --openblas-coretype)", file=out)


def print_table(rows, out):
    head = ["benchmark", "threads", "unit", "torch", "torch spread", "torch setting", "nmt",
            "nmt/torch", "pair ratios", "torch RSS MB", "nmt RSS MB", "RSS nmt/torch"]
    cells = [head] + [[str(c) for c in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(head))]
    for n, row in enumerate(cells):
        print(" | ".join(c.ljust(w) if i < 3 else c.rjust(w)
                         for i, (c, w) in enumerate(zip(row, widths))), file=out)
        if n == 0:
            print("-+-".join("-" * w for w in widths), file=out)


def main():
    args = parse_args()
    if importlib.util.find_spec("torch") is None:
        sys.exit(f"compare_torch.py: {sys.executable} has no PyTorch module: install Debian's "
                 "python3-torch (make bench-deps) and run this with /usr/bin/python3")
    env = dict(os.environ)
    if args.openblas_coretype:
        env["OPENBLAS_CORETYPE"] = args.openblas_coretype
    raw, rows, notes = [], [], []
    for label, bench_args, match, field, unit, variants in benchmarks(args):
        for threads in args.threads:
            runs = []  # every round's PyTorch runs of its best setting
            rounds = {suffix: [] for suffix, _ in variants}  # (torch, nmt line) per round
            for _ in range(args.pairs):
                best = measure_torch(label, bench_args, field, threads, args, env, raw)
                runs += best[1] if best else []
                for suffix, extra in variants:
                    nmt, reason = run_nmt(bench_args + extra, threads, match, args, env)
                    if nmt is not None:
                        record(nmt, raw, args)
                    elif reason:
                        notes.append(f"nmt {label}{suffix} threads {threads}: n/a ({reason})")
                    rounds[suffix].append((best[0] if best else None, nmt))
            spread = (f"{min(r[field] for r in runs):,.1f}-{max(r[field] for r in runs):,.1f}"
                      if len(runs) > 1 else "")
            setting = (f"t{runs[0]['torch_threads']}/ob{runs[0]['openblas_threads']}"
                       if runs else "")
            torch_rss = statistics.median(r["peak_rss_mb"] for r in runs) if runs else None
            for suffix, _ in variants:
                lines = [n for _, n in rounds[suffix] if n is not None]
                summary = pair_summary([(t, n.get(field) if n else None)
                                        for t, n in rounds[suffix]])
                nmt_value = summary["nmt"]
                nmt_rss = statistics.median(n["peak_rss_mb"] for n in lines) if lines else None
                pair_range = ("" if summary["range"] is None else
                              f"{summary['range'][0]:.2f}-{summary['range'][1]:.2f}")
                rows.append([label + suffix, threads, unit, fmt(summary["torch"]), spread, setting,
                             fmt(nmt_value), fmt(summary["ratio"], 2), pair_range,
                             fmt(torch_rss, 0), fmt(nmt_rss, 0),
                             fmt(ratio(nmt_rss, torch_rss), 2)])
                if label == "train transformer" and runs:
                    gflops = statistics.median(r["useful_gflop_per_s"] for r in runs)
                    mflop = runs[0]["mflop_per_tgt_token"]
                    line = (f"train transformer threads {threads}: {mflop:.1f} MFLOP per target "
                            f"token on these padded batches; torch {gflops:.2f} useful GFLOP/s")
                    if nmt_value is not None:
                        line += f", nmt {nmt_value * mflop / 1e3:.2f} GFLOP/s (same count)"
                    notes.append(line)
                    if threads == 1:
                        nmt_gflops = {}
                        if lines:
                            nmt_gflops["gflops"] = statistics.median(n["gflops"] for n in lines)
                            if all(n.get("gflops_best") for n in lines):
                                nmt_gflops["gflops_best"] = max(n["gflops_best"] for n in lines)
                        notes.append(ceiling_note(nmt_gflops, gflops, args, env))
    out = sys.stderr if args.json else sys.stdout
    if not any(r.get("impl") == "torch" for r in raw):
        print("no torch benchmark succeeded", file=out)
        return 1
    print_header(next(r for r in raw if r.get("impl") == "torch"), args, out)
    print_table(rows, out)
    for note in notes:
        print(note, file=out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
