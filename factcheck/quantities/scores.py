"""Scores and tallies: "won 3-1", "voted 199-74", "by 199 votes to 74", "6-4 5-7 6-3".

A score states two counts at once. It is read as one figure of dimension "score" whose
value packs the two counts (the larger first), so two scores agree only when both counts
do, whichever side is written first ("lost 3-1" and "won 3-1" state one result).

A pair of numbers joined by a dash is a range when it goes up ("aged 18-25") and a score
when it goes down or is level ("3-1", "1-1"). A pair that goes up is a score too when it
stands beside another pair, as a tennis set does ("6-4 5-7 6-3"). Three numbers joined by
dashes are a formation ("4-3-3"), and numbers from SCORE_LIMIT up ("2013-14") are not
counts of a game or a vote, so neither is read as a score.
"""

from __future__ import annotations

import re

from ..cache import regex

SCORE_LIMIT = 1000  # a side of a score is below this: "2013-14" is a season, not a score

_DASH = r"(?:-|[ \u00a0]*[\u2013\u2014][ \u00a0]*)"
# two numbers joined by a dash, neither part of a longer chain or a decimal
_PAIR_RE = regex(
    rf"(?<![\d.,\u2013\u2014-])(\d{{1,3}}){_DASH}(\d{{1,3}})(?![\d%\u2013\u2014]|[.,]\d|-\d|[A-Za-z])")
# "by 199 votes to 74": a tally written with its count noun and "to"
_TO_RE = regex(
    r"(?<![\d.,])(\d{1,3})[ \u00a0]+(?:votes|points|goals|seats)[ \u00a0]+to[ \u00a0]+(\d{1,3})"
    r"(?![\d%]|[.,]\d)", re.IGNORECASE)
_FROM_RE = regex(r"\bfrom[ \u00a0]+$", re.IGNORECASE)
# another pair right before or after: the sets of a tennis match
_NEXT_PAIR_RE = regex(rf"[ \u00a0]*,?[ \u00a0]*\d{{1,3}}{_DASH}\d{{1,3}}\b")
_PREV_PAIR_RE = regex(rf"\b\d{{1,3}}{_DASH}\d{{1,3}}[ \u00a0]*,?[ \u00a0]*$")


def score_at(text: str, pos: int) -> tuple[int, float] | None:
    """(end, packed value) of the score that starts at `pos`, or None when the number there
    does not start one."""
    m = _PAIR_RE.match(text, pos)
    if m is not None:
        first, second = int(m.group(1)), int(m.group(2))
        beside = bool(_NEXT_PAIR_RE.match(text, m.end())) or bool(
            _PREV_PAIR_RE.search(text, max(0, pos - 12), pos))
        if first >= second or beside:
            return m.end(), pack(first, second)
        return None
    m = _TO_RE.match(text, pos)
    if m is not None and not _FROM_RE.search(text, max(0, pos - 8), pos):
        first, second = int(m.group(1)), int(m.group(2))
        if first >= second:
            return m.end(), pack(first, second)
    return None


def pack(a: int, b: int) -> float:
    """One value for the pair of counts, the larger first: 3-1 and 1-3 pack alike."""
    high, low = max(a, b), min(a, b)
    return float(high * SCORE_LIMIT + low)


def unpack(value: float) -> str:
    """The score a packed value states, the larger count first: "3-1"."""
    high, low = divmod(int(round(value)), SCORE_LIMIT)
    return f"{high}-{low}"
