"""Plain text from the OSIS verse markup that `mod2imp MODULE` dumps.

Does: read the `$$$Book C:V` + markup dump into verses (skipping module,
testament, book and chapter intros), and strip OSIS markup into one line of
NFC text. Does not: know anything about a particular module (see
bible_rules.py) or pair verses across texts (see verse_align.py).

Why not `mod2imp -s` or `diatheke -f plain`: both drop a footnote without
leaving a space, gluing the words on either side ("Godcreated").
"""

import html
import re
import unicodedata

NOTE_MARK = "\x02"  # a footnote sat here: becomes a space or nothing
JOIN_MARK = "\x01"  # two inline elements touched: caller decides space or not

_HEADER = re.compile(r"^\$\$\$(.+) (\d+):(\d+)$")
# Elements whose content is not verse text.
_DROP = re.compile(r"<(note|speaker)\b[^>]*/>|<(note|speaker)\b[^>]*>.*?</\2>", re.S)
_TITLE = re.compile(r"<title\b([^>]*)/>|<title\b([^>]*)>(.*?)</title>", re.S)
# Inline elements: their text stays and the tag vanishes without a space.
_INLINE = re.compile(r"</?(?:w|transChange|q|divineName|seg|name|foreign|hi|rdg|abbr|inscription)\b[^>]*>")
# Any other tag separates words (div, l, lg, lb, chapter, milestone, ...).
_TAG = re.compile(r"<[^>]*>")
# Adjacent inline elements with no space between them (RV1909 only).
_TOUCH = re.compile(r"(</(?:w|transChange)>)(?=<(?:w|transChange)\b)")
# Leaked USFM character markers such as `\nd LORD\+nd*`.
_USFM_END = re.compile(r"\\\+?[a-z]+[0-9]*\*")
_USFM_START = re.compile(r"\\\+?[a-z]+[0-9]* ?")
_LEMMA = re.compile(r'lemma="([^"]*)"')
_STRONG = re.compile(r"\b(?:strong:)?([GH])0*(\d+)\b")
_CLOSERS = set(".,;:!?)]}”’»—")
_OPENERS = set("([{“‘«¡¿—")


def read_imp(text):
    """Yield (book, chapter, verse, markup) for every canonical verse entry.

    Entries with chapter 0 or verse 0 are book and chapter introductions;
    the bracketed module and testament headings have no C:V and are skipped.
    """
    book = None
    lines = []
    for line in text.split("\n"):
        if line.startswith("$$$"):
            if book is not None:
                yield book[0], book[1], book[2], "\n".join(lines)
            m = _HEADER.match(line)
            book = None
            if m and int(m.group(2)) > 0 and int(m.group(3)) > 0:
                book = (m.group(1), int(m.group(2)), int(m.group(3)))
            lines = []
        else:
            lines.append(line)
    if book is not None:
        yield book[0], book[1], book[2], "\n".join(lines)


def cut_end_of_book(markup):
    """Drop everything after the end-of-book milestone (WEB appends its
    glossary to the last verse of Revelation)."""
    for m in re.finditer(r"<div\b[^>]*>", markup):
        tag = m.group(0)
        if 'type="book"' in tag and "eID=" in tag:
            return markup[: m.start()]
    return markup


def _title(m):
    attrs = m.group(1) if m.group(1) is not None else m.group(2)
    if m.group(3) is not None and 'canonical="true"' in attrs:
        return " " + m.group(3) + " "  # psalm superscriptions are scripture
    return " "


def strip_markup(markup, mark_joins=False):
    """Markup -> text that may still hold NOTE_MARK and JOIN_MARK."""
    s = cut_end_of_book(markup)
    s = _DROP.sub(NOTE_MARK, s)
    s = _TITLE.sub(_title, s)
    if mark_joins:
        s = _TOUCH.sub(r"\1" + JOIN_MARK, s)
    s = _INLINE.sub("", s)
    s = _TAG.sub(" ", s)
    s = _USFM_END.sub("", s)
    s = _USFM_START.sub("", s)
    s = s.replace("\u00b6", " ")
    s = html.unescape(s)
    return unicodedata.normalize("NFC", s)


def resolve_note_marks(s):
    """A footnote between two words leaves a space; next to punctuation, none."""
    if NOTE_MARK not in s:
        return s
    out = []
    for i, ch in enumerate(s):
        if ch != NOTE_MARK:
            out.append(ch)
            continue
        prev = out[-1] if out else " "
        nxt = next((c for c in s[i + 1 :] if c != NOTE_MARK), " ")
        if prev.isspace() or nxt.isspace() or nxt in _CLOSERS or prev in _OPENERS:
            continue
        out.append(" ")
    return "".join(out)


def collapse_spaces(s):
    s = re.sub(r"\s+", " ", s).strip()
    # Block tags between a word and its punctuation leave a stray space.
    return re.sub(r" (?=[,;:.!?](?:\s|$))", "", s)


def strong_numbers(markup):
    """The set of Strong's numbers tagged in the verse text (not in notes),
    normalised so that `H0430` and `H430` are one."""
    attrs = " ".join(_LEMMA.findall(_DROP.sub(" ", markup)))
    return {letter + number for letter, number in _STRONG.findall(attrs)}


def plain_text(markup):
    """Markup -> final plain text, for modules with no joins to decide."""
    return collapse_spaces(resolve_note_marks(strip_markup(markup)).replace(JOIN_MARK, ""))
