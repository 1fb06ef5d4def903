"""One PyTorch benchmark run, printed as one JSON line (the worker of compare_torch.py).

    /usr/bin/python3 scripts/torch_reference/bench.py train --arch transformer \
        --threads 2 --torch-threads 1 --openblas-threads 2

The thread counts of OpenBLAS and OpenMP are read from the environment when
the libraries load, so this script first re-executes itself with
OPENBLAS_NUM_THREADS and OMP_NUM_THREADS set to what the flags ask, then
(blas.py) once more with LD_LIBRARY_PATH on OpenBLAS if torch mapped the
reference BLAS. OPENBLAS_CORETYPE is left as found and recorded.

Benchmarks (docs/COMPARE_TORCH.md has the full contract):
  train      random token pairs, source and target lengths uniform in
             [20, 40], EOS appended to both, BOS prepended to the decoder
             input, filled to 2,048 target tokens per batch, padded; one
             step = zero_grad + forward + label-smoothed loss + backward +
             Adam step; tokens/s = non-pad target tokens / step time, the
             median over the measured steps; peak RSS from getrusage.
  translate  an untrained Transformer in eval mode under inference_mode,
             200 random sources of 30 tokens + EOS, batches of 32, exactly
             30 output tokens each; greedy (--beam 1) or beam search.
Not here: the models (transformer.py, rnn.py), the comparison (compare_torch.py).
"""

import argparse
import json
import os
import sys


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("bench", choices=["train", "translate"])
    parser.add_argument("--arch", choices=["transformer", "rnn"], default="transformer")
    parser.add_argument("--beam", type=int, default=1, help="translate: 1 = greedy")
    parser.add_argument("--threads", type=int, default=1, help="cores the run may use")
    parser.add_argument("--torch-threads", type=int, help="intra-op threads (default --threads)")
    parser.add_argument("--openblas-threads", type=int, default=1)
    parser.add_argument("--warmup", type=int, help="train: warm-up steps (default 3, quick 1)")
    parser.add_argument("--steps", type=int, help="train: measured steps (default 10, quick 3)")
    parser.add_argument("--repeat", type=int, help="translate: timed passes (default 3, quick 1)")
    parser.add_argument("--sentences", type=int, help="translate: default 200, quick 64")
    parser.add_argument("--quick", action="store_true", help="smoke test: fewer steps")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    if args.torch_threads is None:
        args.torch_threads = args.threads
    if args.warmup is None:
        args.warmup = 1 if args.quick else 3
    if args.steps is None:
        args.steps = 3 if args.quick else 10
    if args.repeat is None:
        args.repeat = 1 if args.quick else 3
    if args.sentences is None:
        args.sentences = 64 if args.quick else 200
    return args


def ensure_thread_env(args):
    """Re-exec with the thread variables set; they only count before the libraries load."""
    wanted = {"OPENBLAS_NUM_THREADS": str(args.openblas_threads),
              "OMP_NUM_THREADS": str(args.torch_threads)}
    if all(os.environ.get(k) == v for k, v in wanted.items()):
        return
    env = dict(os.environ, **wanted)
    sys.stdout.flush()
    os.execve(sys.executable, [sys.executable] + sys.argv, env)


ARGS = parse_args(sys.argv[1:])
ensure_thread_env(ARGS)

import random  # noqa: E402
import resource  # noqa: E402
import statistics  # noqa: E402
import time  # noqa: E402

import torch  # noqa: E402
import torch.nn.functional as F  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from torch_reference import blas  # noqa: E402
from torch_reference.flops import TransformerShape, train_step_flops  # noqa: E402
from torch_reference.rnn import RnnTranslator  # noqa: E402
from torch_reference.search import beam_search, greedy_search  # noqa: E402
from torch_reference.transformer import Transformer  # noqa: E402

blas.ensure_openblas()
# What the interpreter and libtorch cost before any model exists: most of a
# small benchmark's peak RSS, and none of it the model's.
IMPORT_RSS_MB = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0

PAD, BOS, EOS, FIRST_WORD = 0, 2, 3, 4  # nmt's reserved ids (lib/data/special_ids.h)
VOCAB = 8000
TGT_TOKEN_BUDGET = 2048
MIN_LEN, MAX_LEN = 20, 40
TRANSLATE_LEN, TRANSLATE_BATCH = 30, 32


def pad_rows(rows):
    """List of id lists -> [B, max len] long tensor padded with PAD."""
    width = max(len(r) for r in rows)
    out = torch.full((len(rows), width), PAD, dtype=torch.long)
    for i, r in enumerate(rows):
        out[i, :len(r)] = torch.tensor(r, dtype=torch.long)
    return out


def random_words(rng, n):
    return [rng.randrange(FIRST_WORD, VOCAB) for _ in range(n)]


def random_train_batch(rng):
    """Pairs until the next would pass 2,048 target tokens (y_1..y_n EOS)."""
    src, tgt, tokens = [], [], 0
    while True:
        src_len, tgt_len = rng.randint(MIN_LEN, MAX_LEN), rng.randint(MIN_LEN, MAX_LEN)
        if tokens + tgt_len + 1 > TGT_TOKEN_BUDGET:
            break
        src.append(random_words(rng, src_len) + [EOS])
        tgt.append(random_words(rng, tgt_len))
        tokens += tgt_len + 1
    return {"src": pad_rows(src), "tgt_in": pad_rows([[BOS] + y for y in tgt]),
            "tgt_out": pad_rows([y + [EOS] for y in tgt]), "tgt_tokens": tokens}


def peak_rss_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # KiB on Linux


def build_model(arch):
    return Transformer(vocab=VOCAB) if arch == "transformer" else RnnTranslator(vocab=VOCAB)


def train_step(model, optimizer, batch):
    optimizer.zero_grad(set_to_none=True)
    logits = model(batch["src"], batch["tgt_in"])
    loss = F.cross_entropy(logits.reshape(-1, VOCAB), batch["tgt_out"].reshape(-1),
                           ignore_index=PAD, label_smoothing=0.1)
    loss.backward()
    optimizer.step()
    return loss.item()


def bench_train(args):
    rng = random.Random(args.seed)
    torch.manual_seed(args.seed)
    model = build_model(args.arch).train()
    optimizer = torch.optim.Adam(model.parameters(), lr=5e-4, betas=(0.9, 0.98), eps=1e-9)
    batches = [random_train_batch(rng) for _ in range(args.warmup + args.steps)]
    shape = TransformerShape()
    rates, cpu_rates, gflops, losses = [], [], [], []
    for i, batch in enumerate(batches):
        start, cpu_start = time.perf_counter(), time.process_time()
        losses.append(train_step(model, optimizer, batch))
        seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - cpu_start
        if i < args.warmup:
            continue
        rates.append(batch["tgt_tokens"] / seconds)
        cpu_rates.append(batch["tgt_tokens"] / cpu_seconds)
        b, s = batch["src"].shape
        t = batch["tgt_in"].shape[1]
        gflops.append(train_step_flops(shape, b, s, t) / seconds / 1e9)
    line = {"bench": "train", "impl": "torch", "arch": args.arch,
            "tgt_tokens_per_s": round(statistics.median(rates), 1),
            "tgt_tokens_per_s_min": round(min(rates), 1),
            "tgt_tokens_per_s_max": round(max(rates), 1),
            # Per second of this process's CPU time (all its threads): on a
            # loaded machine with 1 thread, close to the unloaded figure.
            "tgt_tokens_per_cpu_s": round(statistics.median(cpu_rates), 1),
            "peak_rss_mb": round(peak_rss_mb(), 1), "steps": args.steps,
            "warmup": args.warmup, "first_loss": round(losses[0], 4),
            "last_loss": round(losses[-1], 4)}
    if args.arch == "transformer":
        measured = batches[args.warmup:]
        flops = sum(train_step_flops(shape, *m["src"].shape, m["tgt_in"].shape[1])
                    for m in measured)
        line["useful_gflop_per_s"] = round(statistics.median(gflops), 2)
        line["mflop_per_tgt_token"] = round(flops / sum(m["tgt_tokens"] for m in measured) / 1e6, 3)
    return line


def bench_translate(args):
    rng = random.Random(args.seed)
    torch.manual_seed(args.seed)
    model = Transformer(vocab=VOCAB).eval()
    sources = [random_words(rng, TRANSLATE_LEN) + [EOS] for _ in range(args.sentences)]
    batches = [pad_rows(sources[i:i + TRANSLATE_BATCH])
               for i in range(0, len(sources), TRANSLATE_BATCH)]

    def translate(batch):
        if args.beam == 1:
            return greedy_search(model, batch, TRANSLATE_LEN, BOS)
        return beam_search(model, batch, TRANSLATE_LEN, BOS, args.beam)

    with torch.inference_mode():
        out = translate(batches[0])  # warm-up
        assert out.shape == (batches[0].shape[0], TRANSLATE_LEN)
        times = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            for batch in batches:
                translate(batch)
            times.append(time.perf_counter() - start)
    seconds = statistics.median(times)
    return {"bench": "translate", "impl": "torch", "arch": "transformer",
            "mode": "greedy" if args.beam == 1 else "beam", "beam": args.beam,
            "sent_per_s": round(args.sentences / seconds, 2),
            "tokens_per_s": round(args.sentences * TRANSLATE_LEN / seconds, 1),
            "seconds_min": round(min(times), 3), "seconds_max": round(max(times), 3),
            "sentences": args.sentences, "peak_rss_mb": round(peak_rss_mb(), 1)}


def main(args):
    torch.set_num_threads(args.torch_threads)
    torch.set_num_interop_threads(1)
    line = bench_train(args) if args.bench == "train" else bench_translate(args)
    line.update({"threads": args.threads, "torch_threads": torch.get_num_threads(),
                 "openblas_threads": args.openblas_threads, "torch_version": torch.__version__,
                 "import_rss_mb": round(IMPORT_RSS_MB, 1)})
    line.update(blas.blas_report())
    print(json.dumps(line), flush=True)


if __name__ == "__main__":
    main(ARGS)
