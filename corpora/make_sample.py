"""Draw the small committed sample (corpora/sample) from a Bible build.

Does: keep the pairs whose sides both have at most --max-words words, then
take a seeded random subset of each split (train from train, dev from dev,
test from test, so sample dev/test are still held-out books), in corpus
order, written atomically. Does not: build the corpus (build_bible.sh).
"""

import argparse
import os
import random

SIZES = {"train": 3000, "dev": 300, "test": 300}


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read().split("\n")[:-1]


def main():
    ap = argparse.ArgumentParser(description="draw corpora/sample from a Bible build")
    ap.add_argument("--from", dest="src", required=True, help="Bible build directory")
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=2024)
    ap.add_argument("--max-words", type=int, default=40)
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    written = []
    for split, size in SIZES.items():
        cols = [read(os.path.join(args.src, "%s.%s" % (split, ext))) for ext in ("en", "es", "ref")]
        short = [i for i in range(len(cols[0]))
                 if len(cols[0][i].split()) <= args.max_words and len(cols[1][i].split()) <= args.max_words]
        if len(short) < size:
            raise SystemExit("make_sample: only %d %s pairs of <= %d words" % (len(short), split, args.max_words))
        picks = sorted(random.Random("%d-%s" % (args.seed, split)).sample(short, size))
        for ext, lines in zip(("en", "es", "ref"), cols):
            name = os.path.join(args.out, "%s.%s" % (split, ext))
            with open(name + ".tmp", "w", encoding="utf-8") as f:
                f.writelines(lines[i] + "\n" for i in picks)
            written.append(name)
        print("%-5s %d of %d short pairs" % (split, size, len(short)))
    for name in written:
        os.replace(name + ".tmp", name)


if __name__ == "__main__":
    main()
