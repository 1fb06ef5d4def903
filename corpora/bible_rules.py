"""Module-specific fixes applied after osis_text has stripped the markup.

Does: the Psalm 119 acrostic headings, RV1909's glued inline elements, its
all-caps chapter openings and its epistle subscriptions. Every decision that
needs to know whether a word exists asks a vocabulary counted from the same
module, so no outside word list is needed. Does not: parse markup or align.
"""

import collections
import re

from osis_text import JOIN_MARK, collapse_spaces, resolve_note_marks

WORD = re.compile(r"\w+")
# Spanish object pronouns that attach to a verb ("sácalo", "dióseles").
CLITICS = {"me", "te", "se", "le", "les", "lo", "los", "la", "las", "nos", "os"}
CLITICS |= {a + b for a in ("me", "te", "se", "nos", "os") for b in ("lo", "la", "los", "las", "le", "les")}
_CAPS = re.compile(r"\b([^\W\d_])([^\W\d_]+)\b")
_SUBSCRIPTION = re.compile(r"^(.*\bAm[eé]n\.)\s+\S.*\b(?:escrita|enviada|Escrita|Enviada)\b.*$")
NT_EPISTLES_FROM = "Romans"


def vocabulary(texts):
    """Word counts over texts, ignoring words touched by a JOIN_MARK."""
    counts = collections.Counter()
    for text in texts:
        for token in text.split():
            if JOIN_MARK not in token:
                counts.update(WORD.findall(token))
    return counts


def _known(vocab, word):
    return vocab.get(word, 0) + vocab.get(word.lower(), 0) + vocab.get(word.capitalize(), 0)


def join_or_space(left, right, vocab):
    """Whether two touching fragments are one word: `sáca`+`lo` is, `sólo`+`la` not."""
    whole = left + right
    if right.lower() in CLITICS:
        return _known(vocab, left) == 0 or _known(vocab, whole) > 0
    return _known(vocab, whole) > 0 and (_known(vocab, left) == 0 or _known(vocab, right) == 0)


def resolve_joins(text, vocab):
    """Replace each JOIN_MARK by a space or nothing."""
    parts = text.split(JOIN_MARK)
    out = parts[0]
    for part in parts[1:]:
        left = re.search(r"\w*$", out).group(0)
        right = re.match(r"\w*", part).group(0)
        if left and right:
            glue = "" if join_or_space(left, right, vocab) else " "
        else:
            glue = " " if out[-1:].isalnum() and part[:1] in "¡¿(“‘«" else ""
        out += glue + part
    return out


def strip_acrostic(book, chapter, verse, text):
    """Psalm 119 heads each stanza with a Hebrew letter name (ALEPH, BETH, ...):
    a heading, not verse text, and only some modules keep it."""
    if book == "Psalms" and chapter == 119 and verse % 8 == 1:
        return re.sub(r"^[^\W\d_]{2,}\.?\s+(?=\S)", lambda m: "" if m.group(0).strip(". ").isupper() else m.group(0), text)
    return text


def lower_chapter_opening(text, vocab):
    """`EN el principio` -> `En el principio`: RV1909 sets the first word of a
    chapter in capitals. Mid-sentence (`Y DESPUÉS`) the commoner spelling in
    the module wins, so `Y DIOS` becomes `Y Dios` but `Y DESPUÉS` `Y después`."""
    for m in _CAPS.finditer(text):
        word = m.group(0)
        if not word.isupper():
            continue
        before = text[: m.start()].rstrip(" ¡¿(“‘«")
        title = word.capitalize()
        if before and before[-1] not in ".!?:;":
            lower = word.lower()
            title = lower if vocab.get(lower, 0) >= vocab.get(title, 0) else title
        return text[: m.start()] + title + text[m.end() :]
    return text


def drop_subscription(text):
    """`... Amén. Fué escrita de Corinto á los Romanos, ...` -> `... Amén.`"""
    m = _SUBSCRIPTION.match(text)
    return m.group(1) if m else text


def finish_rv1909(verses):
    """verses: list of [book, chapter, verse, text-with-marks]; fixed in place."""
    for v in verses:
        v[3] = resolve_note_marks(v[3])
    vocab = vocabulary(v[3] for v in verses)
    last = {}
    for i, v in enumerate(verses):
        last[v[0]] = i
    nt = False
    for i, v in enumerate(verses):
        nt = nt or v[0] == NT_EPISTLES_FROM
        text = collapse_spaces(resolve_joins(v[3], vocab))
        text = strip_acrostic(v[0], v[1], v[2], text)
        if v[2] == 1:
            text = lower_chapter_opening(text, vocab)
        if nt and last[v[0]] == i:
            text = drop_subscription(text)
        v[3] = text
