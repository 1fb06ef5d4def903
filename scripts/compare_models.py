#!/usr/bin/env python3
"""Compares the parameters of two nmt model files (docs/FORMATS.md).

  compare_models.py A.nmt B.nmt [--tolerance T] [--exact]
                    [--loose NAME,NAME --loose-tolerance T2]

Prints the largest absolute difference over all parameters (and where), and
exits 1 when it exceeds T (default 1e-4) or, with --exact, when any bit
differs; 2 when the files hold different parameter names or shapes.
Parameters whose name ends with one of the --loose names are held to T2
instead: attention key biases have a true gradient of zero (softmax ignores
a shift), so Adam turns float rounding noise there into steps of about the
learning rate; every other parameter must agree to T. Used by
the data-parallel equivalence test (tests/cli/test_distributed.sh)."""
import argparse
import sys

from nmt_files import parameters


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("a")
    ap.add_argument("b")
    ap.add_argument("--tolerance", type=float, default=1e-4)
    ap.add_argument("--exact", action="store_true")
    ap.add_argument("--loose", default="")
    ap.add_argument("--loose-tolerance", type=float, default=0.0)
    args = ap.parse_args()
    pa, pb = parameters(args.a), parameters(args.b)
    if {k: v[0] for k, v in pa.items()} != {k: v[0] for k, v in pb.items()}:
        print("different parameter names or shapes")
        return 2
    loose = tuple(n for n in args.loose.split(",") if n)
    worst, where, differing, over = 0.0, "", 0, False
    for name, (dims, va) in pa.items():
        vb = pb[name][1]
        limit = args.loose_tolerance if loose and name.endswith(loose) else args.tolerance
        for x, y in zip(va, vb):
            if x != y:
                differing += 1
            d = abs(x - y)
            over = over or d > limit
            if d > worst:
                worst, where = d, name
    print("max abs difference %.3g (%s); %d values differ" % (worst, where or "-", differing))
    if args.exact:
        return 1 if differing else 0
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
