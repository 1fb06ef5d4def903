"""Build an English-to-LANG corpus of software messages from gettext catalogs.

Does: `msgunfmt` every /usr/share/locale/LANG/LC_MESSAGES/*.mo, keep the
msgid/msgstr pairs that are non-empty, not fuzzy, one line, contain a
letter, and carry the same format placeholders on both sides; dedupe; split
by package (one .mo file = one package, never in two splits); write
DIR/{train,dev,test}.{en,LANG,ref} atomically (.ref names the package).
Does not: install catalogs (whatever the machine has is used).

Multi-line messages (usage texts, whose line breaks differ between
languages) are dropped, not joined: joining would leave column padding.
Plural entries contribute their singular pair (msgid, msgstr[0]).
"""

import argparse
import glob
import os
import random
import re
import subprocess
import sys

# printf: %s %5.2f %ld %1$s %'d %%; Python: %(name)s; braces: {0} {name} {name:>8}.
PRINTF = re.compile(r"%(?:(\d+)\$)?[-+ #0']*(?:\*|\d+)?(?:\.(?:\*|\d+))?(?:hh|h|ll|l|L|q|j|z|t|I)?([diouxXeEfFgGaAcspnm])")
PY_NAMED = re.compile(r"%\(([A-Za-z_][A-Za-z0-9_]*)\)[-+ #0]*\d*(?:\.\d+)?[a-zA-Z]")
BRACES = re.compile(r"(?<!\{)\{([A-Za-z_][A-Za-z0-9_]*|\d+)(?::[^{}]*)?\}(?!\})")
SPLITS = ("train", "dev", "test")
HELD_OUT_SHARE = 0.05  # dev and test each get about this share of the pairs
MAX_HELD_OUT_PACKAGE = 0.03  # a package bigger than this share stays in train


def placeholders(text):
    """Format placeholders as a comparable value: printf conversions in
    argument order (so `%s %d` matches `%2$d ... %1$s`), plus named ones."""
    text = text.replace("%%", "")
    printf = PRINTF.findall(text)
    if any(pos for pos, _ in printf):
        ordered = [conv for _, conv in sorted(printf, key=lambda p: int(p[0] or 0))]
    else:
        ordered = [conv for _, conv in printf]
    ordered = ["d" if c == "i" else c for c in ordered]
    return ordered, sorted(PY_NAMED.findall(text)), sorted(BRACES.findall(text))


def unquote(s):
    return re.sub(r'\\(.)', lambda m: {"n": "\n", "t": "\t", "r": "\r"}.get(m.group(1), m.group(1)), s)


def parse_po(text):
    """Yield (flags, msgid, msgstr) from msgunfmt's PO output."""
    for block in text.split("\n\n"):
        fields, flags, current = {}, "", None
        for line in block.split("\n"):
            if line.startswith("#,"):
                flags += line
            elif line.startswith("#") or not line.strip():
                continue
            elif line.startswith('"'):
                if current:
                    fields[current] += unquote(line.strip()[1:-1])
            else:
                name, _, rest = line.partition(" ")
                current = name
                fields[current] = unquote(rest.strip()[1:-1])
        msgid = fields.get("msgid", "")
        msgstr = fields.get("msgstr", fields.get("msgstr[0]", ""))
        if msgid:
            yield flags, msgid, msgstr


def clean_pair(flags, msgid, msgstr):
    """The pair as two lines, or None when it does not qualify."""
    if "fuzzy" in flags or not msgstr.strip():
        return None
    src, tgt = msgid.strip(), msgstr.strip()
    if "\n" in src or "\n" in tgt or not re.search(r"[^\W\d_]", src):
        return None
    if placeholders(src) != placeholders(tgt):
        return None
    src, tgt = " ".join(src.split()), " ".join(tgt.split())
    return (src, tgt) if src and tgt else None


def read_catalogs(lang):
    """{package: [(src, tgt)]} deduplicated within each package."""
    paths = sorted(glob.glob("/usr/share/locale/%s/LC_MESSAGES/*.mo" % lang))
    if not paths:
        sys.exit("gettext_corpus: no catalogs in /usr/share/locale/%s/LC_MESSAGES" % lang)
    packages = {}
    for path in paths:
        try:
            po = subprocess.run(["msgunfmt", "--no-wrap", path], check=True, capture_output=True).stdout
        except FileNotFoundError:
            sys.exit("gettext_corpus: msgunfmt not found (install gettext)")
        except subprocess.CalledProcessError as e:
            print("gettext_corpus: skipping %s: %s" % (path, e.stderr.decode(errors="replace").strip()), file=sys.stderr)
            continue
        pairs = (clean_pair(*entry) for entry in parse_po(po.decode("utf-8", errors="replace")))
        packages[os.path.basename(path)[:-3]] = list(dict.fromkeys(p for p in pairs if p))
    return packages


def assign_splits(packages, seed):
    """Seeded choice of whole packages for dev and test, each about
    HELD_OUT_SHARE of the pairs; very large packages stay in train."""
    total = sum(len(p) for p in packages.values())
    names = sorted(n for n, p in packages.items() if p and len(p) <= MAX_HELD_OUT_PACKAGE * total)
    random.Random(seed).shuffle(names)
    split_of = {n: "train" for n in packages}
    for split in ("test", "dev"):
        size = 0
        while names and size < HELD_OUT_SHARE * total:
            name = names.pop()
            split_of[name] = split
            size += len(packages[name])
    return split_of


def write_splits(out, lang, packages, split_of):
    """Test first, then dev, then train; a source sentence already written
    to a held-out split is not repeated in a later one."""
    os.makedirs(out, exist_ok=True)
    seen, counts, names = set(), {}, []
    for split in ("test", "dev", "train"):
        rows = []
        for pkg in sorted(packages):
            if split_of[pkg] == split:
                for src, tgt in packages[pkg]:
                    if src not in seen:
                        seen.add(src)
                        rows.append((src, tgt, pkg))
        for ext, col in (("en", 0), (lang, 1), ("ref", 2)):
            name = os.path.join(out, "%s.%s" % (split, ext))
            with open(name + ".tmp", "w", encoding="utf-8") as f:
                f.writelines(row[col] + "\n" for row in rows)
            names.append(name)
        counts[split] = (len(rows), sum(len(r[0].split()) for r in rows), sum(len(r[1].split()) for r in rows))
    for name in names:
        os.replace(name + ".tmp", name)
    return counts


def main():
    ap = argparse.ArgumentParser(description="gettext catalogs -> parallel corpus")
    ap.add_argument("lang", help="locale directory name: de, fr, zh_CN, ...")
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    if not re.fullmatch(r"[A-Za-z]{2,3}(_[A-Za-z]{2})?(@\w+)?", args.lang):
        sys.exit("gettext_corpus: '%s' is not a locale name like de, fr or zh_CN" % args.lang)
    packages = read_catalogs(args.lang)
    split_of = assign_splits(packages, args.seed)
    counts = write_splits(args.out, args.lang, packages, split_of)
    print("en-%s from %d catalogs -> %s" % (args.lang, len(packages), args.out))
    for split in SPLITS:
        pkgs = sorted(p for p in packages if split_of[p] == split)
        shown = "" if split == "train" else "  (" + ", ".join(pkgs) + ")"
        print("  %-5s %6d pairs %7d en words %7d %s words, %d packages%s"
              % (split, counts[split][0], counts[split][1], counts[split][2], args.lang, len(pkgs), shown))


if __name__ == "__main__":
    main()
