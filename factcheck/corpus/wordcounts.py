"""Counting a line's words, its capitalised words and its web-page words: what the
page-noise scores (noise.py) and the case of a claim's opening word (judge/names.py)
read. Its own module so that a check, which reads headlines' case, need not compile the
page-noise patterns.
"""

from __future__ import annotations

from ..cache import regex

UI_WORDS = frozenset(
    """share shares comment comments subscribe newsletter advertisement advertising cookie
    cookies click clipboard embed copied login signup sign follow tweet whatsapp facebook
    twitter linkedin email print menu skip navigation related trending recommended
    sponsored""".split()
)
UI_WORDS_ASCII = frozenset(w.encode("ascii") for w in UI_WORDS)
WORD = regex(r"[A-Za-z][A-Za-z'\u2019-]*")


def _byte_table(mapping: dict[str, str]) -> bytes:
    """A bytes.translate table: each key of `mapping` to its value, any other byte to a space."""
    table = bytearray(b" " * 256)
    for src, dst in mapping.items():
        table[ord(src)] = ord(dst)
    return bytes(table)


# An ASCII line's words are counted with bytes.translate, split and count (in C) rather
# than with WORD (a regex and a string per word: half the time of segmenting a document).
# A word is a run of letters, apostrophes and hyphens from its first letter on: with the
# apostrophes and hyphens deleted and each letter made "a" or "A", every word is one run of
# those, and its first letter says whether the word is capitalised.
_LOWER = "abcdefghijklmnopqrstuvwxyz"
_SHAPES = _byte_table({**dict.fromkeys(_LOWER, "a"), **dict.fromkeys(_LOWER.upper(), "A")})
# a lower-cased line's runs of letters, apostrophes and hyphens (a word and what leads it)
_RUNS = _byte_table({c: c for c in _LOWER + "'-"})


# Page furniture (menus, captions, credits, link lists) comes in short lines; a line longer
# than this (none in the corpora we test on is over 3,000 characters) is scored on its
# first LONG_LINE characters and counted as repeated only when repeated exactly: counting
# every word of a 100 MB one-line file cost 12 s and held 13 million strings (a gigabyte)
LONG_LINE = 1 << 16
_WHITE = regex(r"\s")


def word_counts(line: str) -> tuple[int, int, int]:
    """(words, capitalised words, web-UI words) of a line (of a long line's beginning)."""
    if len(line) > LONG_LINE:
        space = _WHITE.search(line, LONG_LINE)  # no word is cut in two
        line = line[: space.start() if space else len(line)]
    if line.isascii():
        data = line.encode("ascii")
        shapes = b" " + data.translate(_SHAPES, b"'-")
        capitalised = shapes.count(b" A")
        runs = b" " + data.lower().translate(_RUNS)
        if b" '" in runs or b" -" in runs:  # the words start after the leading marks
            ui = sum(1 for run in runs.split() if run.lstrip(b"'-") in UI_WORDS_ASCII)
        else:
            spans = runs.split()  # each a word (none has a leading mark)
            ui = 0 if UI_WORDS_ASCII.isdisjoint(spans) else sum(
                map(UI_WORDS_ASCII.__contains__, spans))
        return shapes.count(b" a") + capitalised, capitalised, ui
    words = WORD.findall(line)
    return (len(words), sum(1 for w in words if w[0].isupper()),
            sum(1 for w in words if w.lower() in UI_WORDS))


TITLE_SHARE = 0.6  # capitalised words of a headline written in title case, at least


def title_case(words: int, capitalised: int) -> bool:
    return words >= 3 and capitalised / words >= TITLE_SHARE


def is_title_case(line: str) -> bool:
    """A line written in title case, as headlines are ("Floods Close The Valley Road")."""
    n, capitalised, _ = word_counts(line)
    return title_case(n, capitalised)
