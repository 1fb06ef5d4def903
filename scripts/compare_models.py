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
import struct
import sys


class Reader:
    def __init__(self, data):
        self.data, self.at = data, 0

    def take(self, n):
        chunk = self.data[self.at:self.at + n]
        if len(chunk) != n:
            raise ValueError("truncated payload")
        self.at += n
        return chunk

    def u32(self):
        return struct.unpack("<I", self.take(4))[0]

    def u64(self):
        return struct.unpack("<Q", self.take(8))[0]

    def string(self):
        return self.take(self.u64())

    def string_map(self):
        return dict((self.string(), self.string()) for _ in range(self.u64()))

    def tensor(self):
        name = self.string().decode()
        dims = [struct.unpack("<q", self.take(8))[0] for _ in range(self.u32())]
        count = self.u64()
        return name, dims, struct.unpack("<%df" % count, self.take(4 * count))


def parameters(path):
    data = open(path, "rb").read()
    magic = data[:8]
    if magic != b"NMTMODEL":
        sys.exit("%s: not an nmt model file" % path)
    r = Reader(data[24:])
    r.string(), r.string(), r.string(), r.string_map()
    return {name: (dims, values) for name, dims, values in (r.tensor() for _ in range(r.u64()))}


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
