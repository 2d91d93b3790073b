"""Durations written as one figure in several pieces, read as one quantity.

The scanner reads each number with its own unit, so "three hours and 15 minutes" comes
out as two durations and a claim of "195 minutes" meets neither; "two and a half hours"
comes out as a bare "two"; and a race time ("2:11.48") is masked as a clock time. Here:

- ``whole_durations`` reads, before the scanner, the forms it cannot: race times (see
  race_times.py) and a whole and a half ("two and a half hours", "an hour and a half").
  Their spans are masked from the scanner, so no piece of them is read twice.
- ``join_parts`` joins, after the scanner, durations that run from a larger unit to a
  smaller one and stand side by side ("one hour, 20 minutes and 10 seconds"), into one
  duration whose span covers the whole phrase, so code that masks or finds quantities
  by span sees one figure. Its step is the last part's: "three hours and 45 minutes" is
  stated to the minute, and meets "225 minutes" where "three hours" alone does not.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from ..cache import regex
from . import numbers
from .heads import head_at
from .mask import Mask
from .race_times import RaceTime, race_times
from .scanner import Raw
from .units import UNIT_WORDS, match_unit

HedgeFn = Callable[[str, int], "tuple[str, int] | None"]

_WEEK, _DAY, _HOUR, _MINUTE, _SECOND = 7 * 86400.0, 86400.0, 3600.0, 60.0, 1.0
# the smaller units a part may be followed by. Months and years vary in length and
# "three years and 40 minutes" is no one figure, so only these pairs join.
_SMALLER: dict[float, frozenset[float]] = {
    _WEEK: frozenset({_DAY}), _DAY: frozenset({_HOUR}),
    _HOUR: frozenset({_MINUTE, _SECOND}), _MINUTE: frozenset({_SECOND}),
}  # fmt: skip
# what may stand between two parts: a space, a comma, "and", ", and"
_PART_GAP_RE = regex(r"[ \u00a0]*(?:,[ \u00a0]*)?(?:and[ \u00a0]+)?", re.IGNORECASE)

_NUMBER = rf"\d{{1,3}}|(?:{numbers.word_trie(set(numbers.UNITS) | set(numbers.TENS))})" \
    rf"(?:[ \u00a0-](?:{numbers.word_trie(set(numbers.UNITS))}))?"
_DUR_UNIT = r"(?:second|minute|hour|day|week|fortnight|month|year|decade)s?|century|centuries"
_HALF_RE = regex(
    rf"""(?<![\w.,-])(?:
        (?P<n>{_NUMBER})[ \u00a0]+and[ \u00a0]+a[ \u00a0]+half[ \u00a0-]+(?P<u>{_DUR_UNIT})
      | (?P<n2>{_NUMBER}|an?)[ \u00a0-]+(?P<u2>{_DUR_UNIT})[ \u00a0]+and[ \u00a0]+a[ \u00a0]+half
        (?![ \u00a0]+(?:{_DUR_UNIT})\b)
    )(?![\w-])""",
    re.IGNORECASE | re.VERBOSE,
)


def whole_durations(text: str, masked: list[tuple[int, int]], hedge_before: HedgeFn
                    ) -> list[Raw]:
    """Race times and whole-and-a-half durations in `text`, outside the masked spans."""
    found: list[Raw] = []
    dates = Mask(masked)
    for race in race_times(text):
        if not dates.overlaps(race.start, race.end):
            found.append(Raw(race.start, _minutes_word_end(text, race), race.seconds,
                             race.step, unit="s", dimension="duration"))
    if "half" in text.lower():
        taken = Mask(masked + [(r.start, r.end) for r in found])
        for m in _HALF_RE.finditer(text):
            if taken.overlaps(*m.span()):
                continue
            raw = _half(m)
            if raw is not None:
                found.append(raw)
    for raw in found:
        bound = hedge_before(text, raw.start)
        if bound is not None:
            raw.hedge, raw.start = bound
        raw.head = head_at(text, raw.end)
    return sorted(found, key=lambda r: r.start)


def _minutes_word_end(text: str, race: RaceTime) -> int:
    """"ran in 4:33 minutes", "1:52.31 seconds": a unit written after an m:ss form is part
    of it, not a noun it counts."""
    got = match_unit(text, race.end)
    if got is None or got[0].dimension != "duration" or got[0].factor not in (1.0, 60.0) \
            or text.count(":", race.start, race.end) != 1:
        return race.end
    return got[1]


def _half(m: re.Match[str]) -> Raw | None:
    """"two and a half hours", "an hour and a half": the whole plus half a unit, stated
    to the half unit."""
    written = (m.group("n") or m.group("n2")).lower()
    unit = UNIT_WORDS.get((m.group("u") or m.group("u2")).lower())
    whole = 1.0 if written in ("a", "an") else numbers.number_of(written)
    if whole is None or unit is None:
        return None
    return Raw(m.start(), m.end(), (whole + 0.5) * unit.factor, 0.5 * unit.factor,
               unit=unit.canonical, dimension="duration", factor=unit.factor)


def join_parts(text: str, raws: list[Raw]) -> list[Raw]:
    """Join side-by-side durations that run from a larger unit to a smaller one."""
    out: list[Raw] = []
    for raw in raws:
        last = out[-1] if out else None
        if last is not None and _continues(text, last, raw):
            out[-1] = replace(last, end=raw.end, value=last.value + raw.value, step=raw.step,
                              head=raw.head, factor=raw.factor)
        else:
            out.append(raw)
    return out


def _continues(text: str, whole: Raw, part: Raw) -> bool:
    """Whether `part` is the next, smaller piece of the duration `whole` ends with: "and
    15 minutes" after "three hours", but not "and then 40 minutes" nor "and 2 hours"
    after "5 minutes", nor "24 hours" after "seven days" (a piece is less than one of
    the unit before it)."""
    if whole.dimension != "duration" or part.dimension != "duration":
        return False
    if whole.low is not None or whole.high is not None or part.low is not None \
            or part.high is not None or part.hedge is not None or whole.head:
        return False  # a range, a vague amount, a bound on the piece, a noun between
    if part.factor not in _SMALLER.get(whole.factor, frozenset()):
        return False
    count = whole.value / whole.factor
    if abs(count - round(count)) > 1e-9 or not 0 <= part.value < whole.factor:
        return False  # "2.5 hours and 10 minutes", "2 hours 90 minutes"
    gap = _PART_GAP_RE.fullmatch(text, whole.end, part.start)
    return gap is not None
