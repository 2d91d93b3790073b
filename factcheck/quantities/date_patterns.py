"""The patterns that find date mentions: month and day names, the forms a date is written
in (DATE_RE), and the anchors near which a date can start (`matches`). `dates` turns what
they find into date mentions.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from ..cache import regex
from . import numbers

MONTHS: dict[str, int] = {}
for _i, _name in enumerate(calendar.month_name):
    if _name:
        MONTHS[_name.lower()] = _i
        MONTHS[_name[:3].lower()] = _i
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}

# Month names are matched case-sensitively so "may", "march" and "august" the
# words are not dates; the abbreviation may carry a dot ("Feb. 24").
_MONTH = (
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?)"
)
MONTH_PATTERN = _MONTH  # for other modules that read dates in their own context

_PART = (
    r"(?P<part>(?i:(?:the\s+)?(?:first|second|third|fourth|final|last)\s+(?:quarter|half)\s+of"
    r"|(?:the\s+)?(?:first|last|final)\s+(?:three|six|3|6)\s+months\s+of"
    r"|early|mid|late|(?:the\s+)?(?:end|start|beginning|middle)\s+of(?:\s+the)?"
    r"|end-of|start-of|mid-?))"
)
# the quarters and halves of a year, by the name _part_name gives them: months covered
YEAR_PARTS = {
    "first quarter of": (1, 3), "second quarter of": (4, 6), "third quarter of": (7, 9),
    "fourth quarter of": (10, 12), "first half of": (1, 6), "second half of": (7, 12),
}
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[0-9]|20)\d\d"
UNAMBIGUOUS_MONTHS = frozenset("January February September October November December".split())
_CUE = (
    r"(?P<cue>\b(?i:in|on|since|until|till|by|from|during|before|after|through|last|next|this|of)"
    r"\s+)"
)

DATE_RE = regex(
    rf"""
    (?P<iso>(?P<iy>{YEAR})-(?P<im>0[1-9]|1[0-2])-(?P<id>[0-3]\d))(?![\d-])
  | (?P<num>(?P<n1>[0-3]?\d)/(?P<n2>[01]?\d)/(?P<n3>{YEAR}|\d\d))(?![\d/])
  | (?P<dmy>(?P<d2>{DAY})\s+(?:of\s+)?(?P<m2>{_MONTH})(?:\s?,?\s+(?P<y2>{YEAR})(?!\d))?)
  | (?P<wd>(?:(?P<wdq>(?i:last|next|this))\s+)?
        (?P<wdn>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b
  | \b(?P<yd>(?i:yesterday|today|tonight|tomorrow))\b
  | (?:\b{_PART}[\s-]*|{_CUE})?
    (?: (?P<mdy>(?P<m1>{_MONTH})\s+(?P<d1>{DAY})(?!\d|:\d|\.\d)
            (?:\s?,?\s+(?P<y1>{YEAR})(?!\d))?)
      | (?P<my>(?P<m3>{_MONTH})\s?,?\s+(?:of\s+)?(?P<y3>{YEAR})(?!\d))
      | (?P<mo>(?P<m4>{_MONTH}))
      | (?P<rel>(?i:(?:this|last|next|past|previous|coming)\s+(?:week|month|year)))\b
      | (?<![\w.,$£€])(?P<yr>(?P<y4>{YEAR})
            (?:(?P<fy>[-\u2013/](?:{YEAR}|\d\d))|(?P<dec>s\b|\s?['’]s\b))?)
            (?![\d%]|\.\d|,\d)
    )
    """,
    re.VERBOSE,
)


_TOKEN_RE = regex(r"[A-Za-z]+|\d+")
_ANCHOR_WORDS = frozenset(
    [name for name in (*calendar.month_name, *calendar.month_abbr) if name]
    + ["Sept", *calendar.day_name]
    + "yesterday today tonight tomorrow week month year Yesterday Today Tonight Tomorrow".split()
)
_PREFIX_WORDS = frozenset(
    """early mid late the end start beginning middle of in on since until till by from during
    before after through last next this past previous coming first second third fourth final
    quarter half three six 3 6 months""".split()
)
_ANCHOR_RE = regex(rf"\d+|\b{numbers.word_trie(_ANCHOR_WORDS)}\b")


def matches(text: str) -> list[re.Match[str]]:
    """Date matches, tried only near anchors (digits, month and weekday names, "week").

    Running DATE_RE over every offset costs several times more than one scan
    for anchors; a date always contains an anchor, and at most six words of
    prefix ("by the end of", "in the last three months of") come before it.
    """
    out: list[re.Match[str]] = []
    pos = 0
    for a in _ANCHOR_RE.finditer(text):
        anchor = a.start()
        if anchor < pos:
            continue
        # Only a run of prefix words right before the anchor can open the match.
        starts: list[int] = []
        for t in _TOKEN_RE.finditer(text, max(pos, anchor - 40), anchor):
            if t.group().lower() in _PREFIX_WORDS:
                starts.append(t.start())
            else:
                starts.clear()
        for start in (*starts[-6:], anchor):
            m = DATE_RE.match(text, start)
            if m is not None and m.end() > anchor:
                out.append(m)
                pos = m.end()
                break
    return out


def bounds(year: int, month: int | None, day: int | None, part: str | None
            ) -> tuple[dt.date, dt.date]:
    """First and last day covered by a (year, month, day) mention with an optional part."""
    if day is not None and month is not None:
        d = dt.date(year, month, day)
        return d, d
    if month is not None:
        last = calendar.monthrange(year, month)[1]
        spans = {"early": (1, 10), "mid": (11, 20), "late": (21, last), "end": (21, last)}
        lo, hi = spans.get(part or "", (1, last))
        return dt.date(year, month, lo), dt.date(year, month, hi)
    # Parts of a year: thirds; "the end of" a year is its last quarter.
    spans_y = {"early": (1, 4), "mid": (5, 8), "late": (9, 12), "end": (10, 12), **YEAR_PARTS}
    mlo, mhi = spans_y.get(part or "", (1, 12))
    return dt.date(year, mlo, 1), dt.date(year, mhi, calendar.monthrange(year, mhi)[1])
