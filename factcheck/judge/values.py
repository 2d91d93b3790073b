"""Compare a claim's figure, date or time with one of a passage's, the two values alone.

Which of the passage's values is the claim's is `figures.py`'s business (it reads the
words around them); this module says whether two values of a kind can be compared at all
(the same kind of thing counted, the same fields of the calendar) and how they compare:
the same value, one that settles the other ("129" within "more than 100"), or another.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import replace
from typing import Any

from ..cache import regex
from ..results import Outcome
from .units import Statement

# a figure converted to another unit agrees with the original within this share
CONVERSION_ROUNDING = 0.01
_VAGUE = frozenset(
    "several few couple many numerous dozens scores hundreds thousands millions billions "
    "tens".split()
)


def is_vague(q: Any) -> bool:
    """'dozens', 'thousands', 'several': too loose to confirm or refute a figure."""
    text = q.text.lower()
    return not any(ch.isdigit() for ch in text) and any(w in _VAGUE for w in text.split())


# loose amounts ("dozens", "hundreds", "thousands") contradict each other, or a figure,
# only when they are this many times apart ("dozens" and "hundreds" are; "hundreds" and
# "1,800" are not)
VAGUE_FACTOR = 2.0


def _far_apart(a: Any, b: Any) -> str:
    """Why two amounts, one of them loose, cannot be the same ("'hundreds' is far from
    'dozens'"), or "" when they may be."""
    if a.dimension != b.dimension or a.unit != b.unit:
        return ""
    a_lo, a_hi = a.low if a.low is not None else a.value, a.high
    b_lo, b_hi = b.low if b.low is not None else b.value, b.high
    if a_hi is not None and b_lo and a_hi * VAGUE_FACTOR <= b_lo:
        return f"'{a.text}' is far below '{b.text}'"
    if b_hi is not None and a_lo and b_hi * VAGUE_FACTOR <= a_lo:
        return f"'{a.text}' is far above '{b.text}'"
    return ""


def comparable(kind: str, item: Any, other: Any) -> tuple[Outcome, str, tuple[str, str]] | None:
    """The comparison of a claim's item with a passage's when the two items alone allow
    pairing them (None when they do not: incomparable values, dates that state different
    fields, counts of different kinds of thing). The aligner's other tests read the
    sentences around them; the audit's frame test (`frame.py`) reads only this."""
    outcome, reason, shown = _compare(kind, item, other)
    if outcome is Outcome.INCOMPARABLE:
        return None
    if kind == "date" and not _same_fields(item, other):
        return None
    if kind == "figure" and same_kind(item, other) is False:
        return None
    return outcome, reason, shown


def _compare(kind: str, item: Any, other: Any) -> tuple[Outcome, str, tuple[str, str]]:
    """(outcome, reason, the two values as shown) of comparing two items of a kind."""
    if kind == "time":
        from ..quantities.times import compare_times

        outcome, reason = compare_times(item, other)
        return outcome, reason, (item.describe(), other.describe())
    from ..quantities.compare import compare

    if kind == "figure" and (is_vague(item) or is_vague(other)):
        apart = _far_apart(item, other)
        if apart:
            return Outcome.INCONSISTENT, apart, (item.text, other.text)
        if is_vague(other) and not is_vague(item):
            return Outcome.INCOMPARABLE, "", ("", "")
    if kind == "figure" and item.dimension == other.dimension == "count" and \
            bool(item.head) != bool(other.head):
        # what is counted is the aligner's business (_same_kind and the neighbours):
        # "displaced millions" and "millions of people" compare as figures
        item, other = replace(item, head=""), replace(other, head="")
    cmp = compare(item, other)
    if kind == "figure" and item.dimension == other.dimension != "count" and \
            cmp.outcome is Outcome.INCOMPARABLE and item.head and other.head:
        # "10-year borrowing costs" and "10-year bonds": a measure with a unit states the
        # same amount whatever it qualifies; it may agree, never disagree, across heads
        bare = compare(replace(item, head=""), replace(other, head=""))
        if bare.outcome is Outcome.CONSISTENT:
            cmp = bare
    outcome = cmp.outcome
    if outcome is Outcome.CONSISTENT and not _entails(kind, other, item):
        # "more than a dozen" agrees with "thousands" but does not state it
        return Outcome.INCOMPARABLE, f"'{other.text}' does not settle '{item.text}'", \
            (cmp.claim_value, cmp.evidence_value)
    return outcome, cmp.reason, (cmp.claim_value, cmp.evidence_value)


def _entails(kind: str, source: Any, claim: Any) -> bool:
    """The source's value settles the claim's: the same stated figure (whatever the
    hedges: "about 3.6 million" states 3.6 million), or a range within the claim's
    ("129" within "more than 100"; "11 March 2011" within "March 2011")."""
    if kind == "figure" and same_value(claim, source):
        return True
    lo, hi = source.low, source.high
    clo, chi = claim.low, claim.high
    if kind == "figure":
        slack = getattr(claim, "step", 0.0) / 2
        clo = None if clo is None else clo - slack
        chi = None if chi is None else chi + slack
    if clo is not None and (lo is None or lo < clo):
        return False
    if chi is not None and (hi is None or hi > chi):
        return False
    return True


def same_kind(a: Any, b: Any) -> bool | None:
    """Both count the same kind of thing (measures of one dimension always do); None
    when a count has no head to tell."""
    from ..quantities.heads import heads_related

    if a.dimension != "count":
        return True
    if not a.head or not b.head:
        return None
    return heads_related(a.head, b.head)


def _same_fields(a: Any, b: Any) -> bool:
    """Two dates can disagree only on what both state: "January 2" and "2018" cannot."""
    if a.names_weekday or b.names_weekday:
        return a.weekday is not None and b.weekday is not None
    if a.period is not None or b.period is not None:
        return a.period is not None and b.period is not None
    return any(getattr(a, f) is not None and getattr(b, f) is not None
               for f in ("year", "month", "day"))


_LETTERS = regex(r"[a-z]+")


def same_value(a: Any, b: Any) -> bool:
    if hasattr(a, "minutes"):
        return bool(a.minutes == b.minutes)
    if hasattr(a, "value") and hasattr(b, "value"):
        step = max(getattr(a, "step", 0.0), getattr(b, "step", 0.0))
        if a.unit and _unit_word(a) != _unit_word(b):
            # one figure converted from the other ("3,850 kilometres", "2,390 miles"):
            # the conversion rounds too
            step = max(step, 2 * CONVERSION_ROUNDING * abs(a.value))
        return abs(a.value - b.value) <= step / 2 + 1e-9 * max(1.0, abs(a.value))
    return (a.low, a.high) == (b.low, b.high) or a.text.lower() == b.text.lower()


def converted(kind: str, a: Any, b: Any) -> bool:
    """The two figures state one measure in different units ("15 km", "10 miles")."""
    return kind == "figure" and bool(a.unit) and _unit_word(a) != _unit_word(b)


def _unit_word(q: Any) -> str:
    hedge = set((q.hedge or "").split())
    return " ".join(w for w in _LETTERS.findall(q.text.lower()) if w not in hedge)


def calendar_conflict(claim_date: Any) -> str:
    """A weekday written beside a full date that the calendar does not give it: "Monday,
    January 20, 2009" (a Tuesday). "" when the weekday is right or no weekday is given."""
    said = getattr(claim_date, "said_weekday", None)
    if said is None or claim_date.precision != "day" or claim_date.low is None:
        return ""
    real = claim_date.low.weekday()
    if real == said:
        return ""
    day = claim_date.describe()
    return (f"{day} was a {calendar.day_name[real]}, not a {calendar.day_name[said]}")


def number_in_name(item: Any, passage: Statement) -> str:
    """The passage's name a bare number of the claim is part of ("route 9" in a
    claim written in lower case, "Route 9" in the source): that name's number, met
    there, not a count to compare with the passage's figures. "" when none is."""
    if item.head or item.unit or item.hedge or not item.text.isdigit():
        return ""
    for name in passage.names:
        if item.text in name.text.split():
            return name.text
        end = passage.words[name.last].end
        if re.match(rf"\s{item.text}\b", passage.text[end : end + len(item.text) + 2]):
            return f"{name.text} {item.text}"
    return ""
