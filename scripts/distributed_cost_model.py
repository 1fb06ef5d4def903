#!/usr/bin/env python3
"""Projected data-parallel training speed of nmt-train (docs/DISTRIBUTED.md).

One update on N machines = K batches of compute per machine (no overlap with
communication: nmt sums gradients after the backward pass) + one ring
allreduce of the gradient:

  t_compute   = K * batch_tokens / r          (r: one machine's tokens/s)
  t_allreduce = 2 (N-1)/N * 4P bytes / (e * B) + 2 (N-1) * alpha
  tokens/s    = N * K * batch_tokens / (t_compute + t_allreduce)
  efficiency  = t_compute / (t_compute + t_allreduce)

P parameters (float32 gradients), B the link bandwidth, e the share of it an
allreduce reaches (calibrate with nmt-bench's allreduce_bus_gbit_s over TCP),
alpha the per-message latency. Prints Markdown tables.

  distributed_cost_model.py --tokens-per-s 2000 --params 11.7e6 [--batch-tokens 4096]
      [--update-freq 1 8] [--efficiency 0.8] [--latency-us 50]
"""
import argparse


def project(n, k, b_tokens, r, params, gbit, e, alpha):
    t_compute = k * b_tokens / r
    t_ar = 0.0
    if n > 1:
        t_ar = 2 * (n - 1) / n * 4 * params * 8 / (e * gbit * 1e9) + 2 * (n - 1) * alpha
    total = t_compute + t_ar
    return n * k * b_tokens / total, t_compute / total, t_ar


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tokens-per-s", type=float, required=True, help="one machine, one process")
    ap.add_argument("--params", type=float, required=True)
    ap.add_argument("--batch-tokens", type=float, default=4096)
    ap.add_argument("--update-freq", type=int, nargs="+", default=[1, 8])
    ap.add_argument("--efficiency", type=float, default=0.8)
    ap.add_argument("--latency-us", type=float, default=50.0)
    ap.add_argument("--machines", type=int, nargs="+", default=[2, 4, 8, 16, 32, 64])
    ap.add_argument("--gbit", type=float, nargs="+", default=[10, 25, 100])
    ap.add_argument("--name", default="model")
    a = ap.parse_args()
    for k in a.update_freq:
        print(f"\n{a.name}: {a.params / 1e6:.1f}M parameters, {a.tokens_per_s:.0f} tokens/s per "
              f"machine, {a.batch_tokens:.0f} tokens per batch, --update-freq {k}\n")
        print("| machines | " + " | ".join(f"{g:g} Gbit/s: tokens/s (eff., allreduce)"
                                           for g in a.gbit) + " |")
        print("|---:|" + "---:|" * len(a.gbit))
        for n in a.machines:
            cells = []
            for g in a.gbit:
                rate, eff, t_ar = project(n, k, a.batch_tokens, a.tokens_per_s, a.params, g,
                                          a.efficiency, a.latency_us * 1e-6)
                cells.append(f"{rate:,.0f} ({100 * eff:.1f}%, {1e3 * t_ar:.0f} ms)")
            print(f"| {n} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
