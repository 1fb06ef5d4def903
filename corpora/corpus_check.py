"""Check a parallel corpus and print a spot check of random lines.

Does: over every line of SRC and TGT, fail on unequal line counts, invalid
UTF-8, empty lines, leftover markup (< > & \\ and the pilcrow) and words
glued at a lowercase-to-uppercase seam (`Godcreated` shows up as `earthThe`
or as a rare word that splits into two common ones); then print N seeded
random pairs with any rare-and-splittable tokens flagged for a human to
read. Does not: change the corpus. The word list is the corpus's own
vocabulary, plus /usr/share/hunspell/en_US.dic where installed.

--software: software messages legitimately hold `<b>`, `&`, `\` and
CamelCase names, so only the structural checks apply.

Usage: corpus_check.py [--sample N] [--seed S] [--no-hunspell] [--software] SRC TGT
Exit 0 when clean, 1 with one line per problem otherwise.
"""

import argparse
import collections
import random
import re
import sys

MARKUP = re.compile(r"[<>&\\\u00b6]")
# A lowercase letter directly followed by an uppercase one inside a word.
# `McDonald`-style names do not occur in these corpora; `LORD's` has no lower-upper seam.
CASE_SEAM = re.compile(r"[^\W\d_]*[a-zß-öø-ÿ][A-ZÀ-ÖØ-Þ][^\W\d_]*")
WORD = re.compile(r"[^\W\d_]+")
HUNSPELL = "/usr/share/hunspell/en_US.dic"


def read_lines(path, problems):
    with open(path, "rb") as f:
        data = f.read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        problems.append("%s: invalid UTF-8 at byte %d" % (path, e.start))
        text = data.decode("utf-8", errors="replace")
    if text and not text.endswith("\n"):
        problems.append("%s: last line has no newline" % path)
    return text.split("\n")[:-1] if text else []


def hunspell_words():
    try:
        with open(HUNSPELL, encoding="utf-8", errors="replace") as f:
            next(f)
            return {line.split("/")[0].strip().lower() for line in f}
    except OSError:
        return set()


def split_glued(token, vocab, min_count=3):
    """A token seen once that splits into two words seen min_count+ times."""
    low = token.lower()
    if vocab[low] > 1 or len(low) < 6:
        return None
    for k in range(2, len(low) - 1):
        if vocab[low[:k]] >= min_count and vocab[low[k:]] >= min_count:
            return low[:k] + "+" + low[k:]
    return None


def check_file(path, lines, problems, structural_only):
    for n, line in enumerate(lines, 1):
        where = "%s:%d" % (path, n)
        if not line.strip():
            problems.append(where + ": empty line")
        if structural_only:
            continue
        if MARKUP.search(line):
            problems.append(where + ": markup character %r" % MARKUP.search(line).group(0))
        seam = CASE_SEAM.search(line)
        if seam:
            problems.append(where + ": glued words? %r" % seam.group(0))


def vocabulary(lines, extra):
    vocab = collections.Counter(w.lower() for line in lines for w in WORD.findall(line))
    for w in extra:
        vocab[w] += 3
    return vocab


def main():
    ap = argparse.ArgumentParser(description="check a parallel corpus")
    ap.add_argument("src")
    ap.add_argument("tgt")
    ap.add_argument("--sample", type=int, default=20, help="pairs to print (0: none)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--no-hunspell", action="store_true", help="use only the corpus vocabulary")
    ap.add_argument("--software", action="store_true", help="skip the markup and glued-word checks")
    args = ap.parse_args()
    problems = []
    src = read_lines(args.src, problems)
    tgt = read_lines(args.tgt, problems)
    if len(src) != len(tgt):
        problems.append("%s has %d lines, %s has %d" % (args.src, len(src), args.tgt, len(tgt)))
    check_file(args.src, src, problems, args.software)
    check_file(args.tgt, tgt, problems, args.software)
    en_words = set() if args.no_hunspell else hunspell_words()
    vocabs = (vocabulary(src, en_words if args.src.endswith(".en") else ()), vocabulary(tgt, ()))
    rng = random.Random(args.seed)
    picks = sorted(rng.sample(range(min(len(src), len(tgt))), min(args.sample, len(src), len(tgt))))
    for i in picks:
        for name, line, vocab in ((args.src, src[i], vocabs[0]), (args.tgt, tgt[i], vocabs[1])):
            flags = [g for g in (split_glued(w, vocab) for w in WORD.findall(line)) if g]
            print("%s:%d %s%s" % (name, i + 1, line, "   [rare, splits as: %s]" % ", ".join(flags) if flags else ""))
    for p in problems[:50]:
        print("problem: " + p, file=sys.stderr)
    if len(problems) > 50:
        print("problem: ... %d more" % (len(problems) - 50), file=sys.stderr)
    print("checked %d pairs: %s" % (len(src), "%d problems" % len(problems) if problems else "clean"), file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
