"""Sentence splitting with character spans into the original text.

Hand-written rather than a dependency: see docs/sentences.md for the comparison.
Lines are blocks (scraped news puts one paragraph per line); inside a block we split
after . ! ? (and closing quotes/brackets) when what follows looks like a new sentence,
but never after a known abbreviation, an initial, or inside a number such as 3.7.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from ..cache import regex

ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof st jr sr gen col lt sgt capt cmdr adm gov sen rep rev hon pres
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri
    sat sun no nos vs etc al inc ltd co corp bros dept est approx fig vol ed eds op cf
    mt ft ave blvd rd e.g i.e u.s u.k u.n e.u a.m p.m""".split()
)

# a candidate boundary: a run of terminal punctuation, then optional closers and white
# space. Two patterns, not one: as one ("([.!?]+)(closers*)(\s+)") a run of marks with no
# space after ("a" + "." * 100_000) was tried from every mark to the end of the run
# (quadratic); finditer over whole runs reads each mark once
_MARKS = regex(r"[.!?]+")
_AFTER_MARKS = regex(r"([\"'\u201d\u2019)\]]*+)\s+")
# a glued boundary in scraped text: "word.Next" (lower-case word, then a capitalised word)
# (two lower-case letters/digits before the mark; checked apart from _GLUED_AT because a
# leading look-behind defeats the regex engine's fast scan for the first character)
_GLUED_AT = regex(r"([.!?])(?=[A-Z\"\u201c][a-z])")
_GLUED_BEFORE = regex(r"[a-z0-9\"\u201d)]{2}")
_NEXT_STARTS = regex(r"[\"'\u201c\u2018(\[]?[A-Z0-9]")
_LETTERS_AND_DOT = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ."
_ACRONYM = regex(r"(?:[a-z]\.)+[a-z]")
# no abbreviation, initial or dotted acronym is longer than this: a word is looked for
# only this far back from a mark (rescanning a whole line at every mark is quadratic)
_WORD_WINDOW = 48
# "ISTANBUL –", "date 2020-02-26 ISTANBUL –", "LONDON (Reuters) -"
_DATELINE = regex(
    r"^\s*(?:date\s+\d{4}-\d{2}-\d{2}\s+)?[A-Z][A-Z .,'-]{2,40}?"
    r"(?:\s*\([^)]{1,30}\))?\s*[\u2013\u2014-]{1,2}\s+(?=[A-Z\"\u201c])"
)


def _is_abbreviation(block: str, dot_at: int) -> bool:
    # the word before the dot: the letters and dots just before it, from the first letter
    lo = max(0, dot_at - _WORD_WINDOW)
    start = lo + len(block[lo:dot_at].rstrip(_LETTERS_AND_DOT))
    if start == lo and lo and block[lo - 1] in _LETTERS_AND_DOT:
        return False  # longer than any abbreviation
    word = block[start:dot_at].lstrip(".")  # from the first letter
    if not word:
        return False
    start = dot_at - len(word)
    word = word.lower().rstrip(".")
    if word in ABBREVIATIONS:
        return True
    # single initials ("J. Smith") and dotted acronyms ("U.S."); a letter glued to a number
    # is a unit or suffix ("rose to $600m.", "in the 1990s."), not an initial
    if len(word) == 1 and start > 0 and block[start - 1].isdigit():
        return False
    return len(word) == 1 or bool(_ACRONYM.fullmatch(word))


def _mark_positions(block: str) -> list[int]:
    """Where . ! and ? stand in the block, in order (str.find: a regex tried at every
    character was a third of the time of splitting)."""
    found = []
    for mark in ".!?":
        at = block.find(mark)
        while at >= 0:
            found.append(at)
            at = block.find(mark, at + 1)
    found.sort()
    return found


def _split_block(block: str) -> list[tuple[int, int]]:
    cuts: list[int] = []
    marks = _mark_positions(block)
    run_start = -1  # the runs of marks, as _MARKS finds them
    for i, at in enumerate(marks):
        if run_start < 0:
            run_start = at
        if i + 1 < len(marks) and marks[i + 1] == at + 1:
            continue
        start, end, run_start = run_start, at + 1, -1
        after = _AFTER_MARKS.match(block, end)
        if after is None:
            continue
        if not _NEXT_STARTS.match(block, after.end(), after.end() + 2):
            continue
        if end - start == 1 and block[start] == "." and _is_abbreviation(block, start):
            continue
        cuts.append(after.end(1))  # the sentence keeps its closing quotes and brackets
    for at in marks:  # where _GLUED_AT matches
        if not _GLUED_AT.match(block, at):
            continue
        if at < 2 or not _GLUED_BEFORE.fullmatch(block, at - 2, at):
            continue
        if block[at] == "." and _is_abbreviation(block, at):
            continue
        cuts.append(at + 1)
    spans = []
    start = 0
    for cut in sorted(set(cuts)) + [len(block)]:
        piece = block[start:cut]
        lead = len(piece) - len(piece.lstrip())
        trail = len(piece.rstrip())
        if trail > lead:
            spans.append((start + lead, start + trail))
        start = cut
    return spans


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Character spans (start, end) of the sentences in `text`, in order."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        block = line.rstrip("\r\n")
        if block and not block.isspace():
            for i, (s, e) in enumerate(_split_block(block)):
                if i == 0:
                    m = _DATELINE.match(block[s:e])
                    if m and e - (s + m.end()) > 20:
                        s += m.end()
                spans.append((pos + s, pos + e))
        pos += len(line)
    return spans


class LineMap:
    """Maps character offsets to 1-based (line, column)."""

    def __init__(self, text: str) -> None:
        self._starts = [0]
        for m in re.finditer(r"\r\n|\r|\n", text):
            self._starts.append(m.end())

    def position(self, offset: int) -> tuple[int, int]:
        i = bisect_right(self._starts, offset) - 1
        return i + 1, offset - self._starts[i] + 1


def iter_sentences(text: str) -> Iterator[tuple[int, int, int, int]]:
    """(start, end, line, column) for every sentence of `text`."""
    lines = LineMap(text)
    for start, end in split_sentences(text):
        line, col = lines.position(start)
        yield start, end, line, col
