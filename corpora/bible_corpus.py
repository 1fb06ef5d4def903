"""Build a verse-aligned English-Spanish Bible corpus from SWORD modules.

Does: dump the modules with `mod2imp`, clean each verse (osis_text,
bible_rules), pair the verses book by book (verse_align), split by whole
books and write {train,dev,test}.{en,es,ref} atomically. Does not: install
the modules (the Makefile's corpus-deps does) or check the result (see
corpus_check.py). Run through corpora/build_bible.sh.
"""

import argparse
import collections
import os
import subprocess
import sys

import bible_rules
import osis_text
import verse_align

PAIRS = {
    "web-rv1909": ("engWEB2015eb", "spaRV1909eb"),
    "kjv-rv1909": ("engKJV2006eb", "spaRV1909eb"),
}
GUIDE = "engKJV2006eb"  # the English text the verse alignment is computed on
SPLIT_OF_BOOK = {"Acts": "test", "Proverbs": "test", "John": "dev", "Ruth": "dev", "Jonah": "dev"}
SPLITS = ("train", "dev", "test")
# A 1-1 pair whose lengths disagree this much (in nats, see verse_align) is
# most likely a verse that one text moved or split differently.
MAX_PAIR_COST = 8.0


def dump_module(module, imp_dir):
    """mod2imp output of a module, or a saved copy MODULE.imp in imp_dir."""
    if imp_dir:
        with open(os.path.join(imp_dir, module + ".imp"), encoding="utf-8") as f:
            return f.read()
    try:
        out = subprocess.run(["mod2imp", module], check=True, capture_output=True)
    except FileNotFoundError:
        sys.exit("bible_corpus: mod2imp not found (install libsword-utils)")
    except subprocess.CalledProcessError as e:
        sys.exit("bible_corpus: mod2imp %s failed: %s" % (module, e.stderr.decode(errors="replace").strip()))
    if out.stdout.count(b"\n$$$") < 1000:
        sys.exit("bible_corpus: module %s is missing or empty (install its sword-text-* package)" % module)
    return out.stdout.decode("utf-8")


def load_verses(module, imp_dir, with_strongs):
    """[[book, chapter, verse, text, strongs]] with empty verses dropped."""
    rv = module.startswith("spaRV")
    verses = []
    for book, chap, verse, markup in osis_text.read_imp(dump_module(module, imp_dir)):
        strongs = osis_text.strong_numbers(markup) if with_strongs else set()
        verses.append([book, chap, verse, osis_text.strip_markup(markup, mark_joins=rv), strongs])
    if rv:
        bible_rules.finish_rv1909(verses)
    else:
        for v in verses:
            v[3] = bible_rules.strip_acrostic(v[0], v[1], v[2], osis_text.plain_text(v[3]))
    return [v for v in verses if v[3]]


def by_book(verses):
    books = collections.OrderedDict()
    for v in verses:
        books.setdefault(v[0], []).append(v)
    return books


def key(v):
    return (v[0], v[1], v[2])


def length_model(pairs):
    return verse_align.fit_length_model([(len(a[3]), len(b[3])) for a, b in pairs])


def align_books(guide, es, stats):
    """Yield (guide_verse, es_verse) for the one-to-one verses of every book
    both have. The guide is the KJV: English, in the same verse numbering as
    WEB, and tagged with Strong's numbers throughout as RV1909 is."""
    es_index = {key(v): v for v in es}
    model = length_model([(v, es_index[key(v)]) for v in guide if key(v) in es_index])
    es_books = by_book(es)
    for book, a in by_book(guide).items():
        b = es_books.get(book)
        if not b:
            continue
        slot = {cv: i for i, cv in enumerate(sorted({(v[1], v[2]) for v in a + b}))}
        a_slots = [slot[(v[1], v[2])] for v in a]
        b_slots = [slot[(v[1], v[2])] for v in b]
        beads = verse_align.align(a_slots, [len(v[3]) for v in a], [v[4] for v in a],
                                  b_slots, [len(v[3]) for v in b], [v[4] for v in b], model)
        kept = verse_align.drop_short_shifts(beads, a_slots, b_slots)
        stats["unpaired"] += len(a) - len(beads)
        stats["short_shift"] += len(beads) - len(kept)
        for i, j, _ in kept:
            stats["shifted" if a[i][1:3] != b[j][1:3] else "same_slot"] += 1
            yield a[i], b[j]


def pair_verses(en, guide, es):
    """Yield (split, en_verse, es_verse): the guide's alignment carried over
    to en by verse number, then pairs whose lengths disagree dropped."""
    stats = collections.Counter()
    en_index = {key(v): v for v in en}
    pairs = []
    for g, s in align_books(guide, es, stats):
        if key(g) in en_index:
            pairs.append((en_index[key(g)], s))
        else:
            stats["missing_en"] += 1
    c, s2 = length_model(pairs)
    for a, b in pairs:
        if verse_align.length_cost(len(a[3]), len(b[3]), c, s2) > MAX_PAIR_COST:
            stats["length_mismatch"] += 1
            continue
        yield SPLIT_OF_BOOK.get(a[0], "train"), a, b
    print("aligned KJV/RV1909: %d same verse number, %d renumbered; dropped: %d KJV verses unpaired "
          "(missing/merged), %d in short shifts, %d missing in the English text, %d for length"
          % (stats["same_slot"], stats["shifted"], stats["unpaired"], stats["short_shift"],
             stats["missing_en"], stats["length_mismatch"]), file=sys.stderr)


def ref(v):
    return "%s %d:%d" % (v[0], v[1], v[2])


def write_atomically(out_dir, pairs):
    """All files go to *.tmp first and are renamed only when all are written."""
    os.makedirs(out_dir, exist_ok=True)
    files, tmp_names = {}, []
    for split in SPLITS:
        for ext in ("en", "es", "ref"):
            name = os.path.join(out_dir, "%s.%s" % (split, ext))
            tmp_names.append(name)
            files[(split, ext)] = open(name + ".tmp", "w", encoding="utf-8")
    counts = {s: [0, 0, 0] for s in SPLITS}
    for split, en, es in pairs:
        files[(split, "en")].write(en[3] + "\n")
        files[(split, "es")].write(es[3] + "\n")
        files[(split, "ref")].write(ref(en) + "\t" + ref(es) + "\n")
        c = counts[split]
        c[0] += 1
        c[1] += len(en[3].split())
        c[2] += len(es[3].split())
    for f in files.values():
        f.close()
    for name in tmp_names:
        os.replace(name + ".tmp", name)
    return counts


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pair", choices=sorted(PAIRS), default="web-rv1909")
    ap.add_argument("--out", required=True, help="output directory")
    ap.add_argument("--imp-dir", help="read MODULE.imp files saved from mod2imp instead of running it")
    args = ap.parse_args()
    en_module, es_module = PAIRS[args.pair]
    guide = load_verses(GUIDE, args.imp_dir, True)
    en = guide if en_module == GUIDE else load_verses(en_module, args.imp_dir, False)
    es = load_verses(es_module, args.imp_dir, True)
    counts = write_atomically(args.out, pair_verses(en, guide, es))
    print("pair %s (%s / %s) -> %s" % (args.pair, en_module, es_module, args.out))
    total = [0, 0, 0]
    for split in SPLITS:
        c = counts[split]
        total = [t + x for t, x in zip(total, c)]
        print("  %-5s %6d pairs %8d en words %8d es words" % (split, c[0], c[1], c[2]))
    print("  total %6d pairs %8d en words %8d es words" % tuple(total))


if __name__ == "__main__":
    main()
