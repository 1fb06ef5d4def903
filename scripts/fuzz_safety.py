"""Fuzz cases for the paths that must never lose work (issue 14), used by
fuzz_tools.py for a share of every tool's cases:

  locks      nmt-train on a model whose MODEL.lock another process holds
             (the harness holds it: refused, naming the harness's pid), or
             whose lock file a dead process left (trains);
  overwrite  MODEL without MODEL.ckpt (refused; trains with --overwrite);
  "-"        stdin/stdout for every file option, and two options claiming
             stdin (or stdout) at once (refused); nmt-train refuses "-";
  exit codes stdout on /dev/full (exit 1, one line, for every tool); SIGINT
             or SIGTERM at a random moment: nmt-train exits 0, 128 + N (saved:
             model and checkpoint present) or dies of the signal before the
             training loop; nothing may be left behind (no *.tmp.*, no
             MODEL.lock); other tools die of the signal or finish;
  leftovers  stale F.tmp.<dead pid>.N beside an output (removed at start-up),
             stale pictures of a longer run in a heatmap directory (removed),
             non-regular --model paths (refused), nmt-align lines over
             --max-input-tokens (refused), input directories (refused).
Standard library only; Case comes from fuzz_tools.py.
"""

import glob
import os
import signal

SHARE = 0.12  # of each tool's cases


def leftovers(case_dir):
    """The problem if a temporary or a lock file was left in case_dir."""
    left = [os.path.basename(p) for p in glob.glob(os.path.join(case_dir, "**", "*.tmp.*"),
                                                   recursive=True)]
    left += [os.path.basename(p) for p in glob.glob(os.path.join(case_dir, "*.lock"))]
    return "left behind: %s" % " ".join(sorted(left)[:5]) if left else None


def lines_ok(n):
    def check(stdout, case_dir):
        got = stdout.count(b"\n")
        return leftovers(case_dir) or (None if got == n else "%d output lines, want %d" % (got, n))
    return check


def no_leftovers(_stdout, case_dir):
    return leftovers(case_dir)


def saved_or_clean(rc, case_dir):
    """After a signal: a stopped training saved both files; nothing is left over."""
    if rc in (128 + signal.SIGINT, 128 + signal.SIGTERM):
        for name in ("out.nmt", "out.nmt.ckpt"):
            if not os.path.isfile(os.path.join(case_dir, name)):
                return "exit %d without %s" % (rc, name)
    return leftovers(case_dir)


def pick_signal(rng):
    return (rng.choice([signal.SIGINT, signal.SIGTERM]), rng.uniform(0.05, 2.0))


def gen_train(rng, fx, Case, train_args):
    args = train_args(fx, fx.path("train_src.txt"), fx.path("train_tgt.txt"))
    how = rng.choice(["held-lock", "stale-lock", "no-ckpt", "overwrite", "dash-model",
                      "dash-corpus", "dev-model", "dir-model", "signal", "signal", "dev-full"])
    if how == "held-lock":
        return Case("nmt-train", "safety:held-lock", args, {"out.nmt.lock": b""}, hold_lock="out.nmt.lock",
                    expect="error", expect_text=b"out.nmt is being trained by pid %d" % os.getpid())
    if how == "stale-lock":
        lock = b"%d\n" % fx.dead_pid
        return Case("nmt-train", "safety:stale-lock", args, {"out.nmt.lock": lock}, expect="ok",
                    after=lambda rc, d: leftovers(d))
    if how in ("no-ckpt", "overwrite"):
        extra = ["--overwrite"] if how == "overwrite" else []
        return Case("nmt-train", "safety:" + how, args + extra, {"out.nmt": fx.model_bytes},
                    expect="ok" if extra else "error",
                    expect_text=None if extra else b"--overwrite",
                    after=lambda rc, d: leftovers(d))
    if how == "dash-model":
        return Case("nmt-train", "safety:dash-model", args + ["--model", "-"], expect="error")
    if how == "dash-corpus":
        flag = rng.choice(["--train-src", "--train-tgt", "--spm"])
        return Case("nmt-train", "safety:dash" + flag, args + [flag, "-"], stdin=fx.train_src_bytes,
                    expect="error")
    if how == "dev-model":
        return Case("nmt-train", "safety:dev-model",
                    args + ["--model", rng.choice(["/dev/full", "/dev/null"])], expect="error")
    if how == "dir-model":
        return Case("nmt-train", "safety:dir-model", args + ["--model", "d"], {"d": None},
                    expect="error")
    if how == "dev-full":
        return Case("nmt-train", "safety:dev-full", args + ["--dump-config"], stdout_path="/dev/full",
                    expect="error", expect_text=b"cannot write to standard output")
    long_args = list(args)
    long_args[long_args.index("--max-updates") + 1] = "100000"
    return Case("nmt-train", "safety:signal", long_args, expect="either", send_signal=pick_signal(rng),
                after=saved_or_clean, timeout=120)


def gen_translate(rng, fx, Case):
    n = fx.sample_src.count(b"\n")
    how = rng.choice(["dash", "dash-o", "dir", "dev-full", "stale", "signal"])
    base = ["-m", fx.model]
    if how == "dash":
        return Case("nmt-translate", "safety:dash", base + ["-i", "-", "-o", "-"], stdin=fx.sample_src,
                    expect="ok", check=lines_ok(n))
    if how == "dash-o":
        return Case("nmt-translate", "safety:dash-o", base + ["-i", fx.path("input.txt"), "-o", "-"],
                    expect="ok", check=lines_ok(n))
    if how == "dir":
        return Case("nmt-translate", "safety:dir", base + ["-i", "d"], {"d": None}, expect="error")
    if how == "dev-full":
        return Case("nmt-translate", "safety:dev-full", base + ["-i", fx.path("input.txt")],
                    stdout_path="/dev/full", expect="error",
                    expect_text=b"cannot write to standard output")
    if how == "stale":
        stale = {"out.txt.tmp.%d.%d" % (fx.dead_pid, rng.randrange(5)): b"half"}
        return Case("nmt-translate", "safety:stale", base + ["-i", fx.path("input.txt"), "-o", "out.txt"],
                    stale, expect="ok", check=no_leftovers)
    # A signal while the output file is open: input keeps arriving on stdin.
    return Case("nmt-translate", "safety:signal", base + ["-o", "out.txt"],
                stdin=fx.sample_src * 200, expect="either", send_signal=pick_signal(rng),
                after=lambda rc, d: leftovers(d))


def gen_eval(rng, fx, Case):
    files = {"ref.txt": fx.ref_bytes, "hyp.txt": fx.hyp_bytes}
    how = rng.choice(["ref-dash", "hyp-dash", "two-dash", "dev-full", "dir"])
    if how == "ref-dash":
        return Case("nmt-eval", "safety:ref-dash", ["--ref", "-", "--hyp", "hyp.txt"], files,
                    stdin=fx.ref_bytes, expect="ok")
    if how == "hyp-dash":
        return Case("nmt-eval", "safety:hyp-dash", ["--ref", "ref.txt", "--hyp", "-"], files,
                    stdin=fx.hyp_bytes, expect="ok")
    if how == "two-dash":
        args = rng.choice([["--ref", "-"], ["--ref", "-", "--hyp", "-"],
                           ["--ref", "ref.txt", "--ref", "-"],
                           ["--ref", "ref.txt", "--by-length", "--src", "-"]])
        return Case("nmt-eval", "safety:two-dash", args, files, stdin=fx.ref_bytes, expect="error")
    if how == "dir":
        return Case("nmt-eval", "safety:dir", ["--ref", "d", "--hyp", "hyp.txt"], dict(files, d=None),
                    expect="error")
    return Case("nmt-eval", "safety:dev-full", ["--ref", "ref.txt", "--hyp", "hyp.txt"], files,
                stdout_path="/dev/full", expect="error", expect_text=b"cannot write to standard output")


def gen_align(rng, fx, Case):
    files = {"src.txt": fx.align_src, "tgt.txt": fx.align_tgt}
    n = fx.align_src.count(b"\n")
    base = ["-m", fx.model]
    how = rng.choice(["src-dash", "tgt-dash", "soft-dash", "two-in", "two-out", "long", "dev-full",
                      "stale", "pictures", "heatmap-dash"])
    if how in ("src-dash", "tgt-dash"):
        side = how[:3]
        args = base + ["--src", "src.txt", "--tgt", "tgt.txt", "--pharaoh", "-"]
        args[args.index(side + ".txt")] = "-"
        return Case("nmt-align", "safety:" + how, args, files, stdin=files[side + ".txt"], expect="ok",
                    check=lines_ok(n))
    if how == "soft-dash":
        return Case("nmt-align", "safety:soft-dash",
                    base + ["--src", "src.txt", "--tgt", "tgt.txt", "--pharaoh", "p.txt", "--soft", "-"],
                    files, expect="ok", check=lines_ok(n))
    if how == "two-in":
        return Case("nmt-align", "safety:two-in", base + ["--src", "-", "--tgt", "-"], files,
                    stdin=fx.align_src, expect="error")
    if how == "two-out":
        out = rng.choice([["--soft", "-"], ["--stats-json", "-"], ["--pharaoh", "-", "--soft", "-"]])
        return Case("nmt-align", "safety:two-out", base + ["--src", "src.txt", "--tgt", "tgt.txt"] + out,
                    files, expect="error")
    if how == "heatmap-dash":
        return Case("nmt-align", "safety:heatmap-dash",
                    base + ["--src", "src.txt", "--heatmap", "-"], files, expect="error")
    if how == "long":
        words = rng.choice([600, 3000, 20000])
        files["src.txt"] = fx.align_src + b"word " * words + b"\n"
        files["tgt.txt"] = fx.align_tgt + b"palabra\n"
        return Case("nmt-align", "safety:long", base + ["--src", "src.txt", "--tgt", "tgt.txt"], files,
                    expect="error", expect_text=b"src.txt:%d: line too long to align" % (n + 1))
    if how == "dev-full":
        return Case("nmt-align", "safety:dev-full", base + ["--src", "src.txt", "--tgt", "tgt.txt"],
                    files, stdout_path="/dev/full", expect="error",
                    expect_text=b"cannot write to standard output")
    if how == "stale":
        files["p.txt.tmp.%d.0" % fx.dead_pid] = b"half"
        files["s.jsonl.tmp.%d.1" % fx.dead_pid] = b"half"
        return Case("nmt-align", "safety:stale",
                    base + ["--src", "src.txt", "--tgt", "tgt.txt", "--pharaoh", "p.txt", "--soft",
                            "s.jsonl"], files, expect="ok", check=no_leftovers)
    # Pictures of a longer earlier run (and a user's own file) in the directory.
    files["maps"] = None
    files["maps/sent-%04d.svg" % (n + 3)] = b"<svg/>"
    files["maps/notes.txt"] = b"mine"
    files["maps/sent-0001.svg.tmp.%d.0" % fx.dead_pid] = b"half"

    def pictures_of_one_run(_stdout, case_dir):
        names = sorted(os.listdir(os.path.join(case_dir, "maps")))
        want = sorted(["notes.txt"] + ["sent-%04d.svg" % (i + 1) for i in range(n)])
        return None if names == want else "heatmap directory holds %s" % names[-4:]
    return Case("nmt-align", "safety:pictures",
                base + ["--src", "src.txt", "--tgt", "tgt.txt", "--heatmap", "maps", "--pharaoh", "p"],
                files, expect="ok", check=pictures_of_one_run)


def gen_bench(rng, fx, Case):
    return Case("nmt-bench", "safety:dev-full", ["--threads", "1", "gemm", "--quick"],
                stdout_path="/dev/full", expect="error", expect_text=b"cannot write to standard output")


def generate(tool, rng, fx, Case, train_args):
    if tool == "nmt-train":
        return gen_train(rng, fx, Case, train_args)
    return {"nmt-translate": gen_translate, "nmt-eval": gen_eval, "nmt-align": gen_align,
            "nmt-bench": gen_bench}[tool](rng, fx, Case)
