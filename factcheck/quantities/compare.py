"""Compare one claim quantity or date with one evidence quantity or date.

The rules, in order: a quantity never compares with a date; different
dimensions or units are incomparable; counts must count related things (see
``heads_related``); then the values are compared as intervals, with the
rounding a statement implies ("3.7 million" covers 3.65-3.75 million). The
reason is a short human sentence such as "12 ≠ 13 observation posts".
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from ..cache import regex
from ..results import Outcome
from .dates import DateMention, bounds
from .heads import head_words, heads_related, stem
from .quantities import APPROX_TOLERANCE, Quantity, describe, format_amount

__all__ = ["Comparison", "compare", "head_words", "heads_related", "stem"]

# two hedged figures in different units agree when they convert to within this share
CONVERSION_TOLERANCE = 0.01
UNIT_DIMENSIONS = frozenset({"length", "duration", "money", "percent", "mass",
                             "percentage points", "speed", "temperature"})


@dataclass(frozen=True)
class Comparison:
    """Outcome of comparing a claim value with an evidence value, and why."""

    outcome: Outcome
    reason: str  # "12 ≠ 13 observation posts"
    claim_value: str  # normalised, human readable
    evidence_value: str


# --- quantities ------------------------------------------------------------

def _show(q: Quantity) -> str:
    """Normalised value; the original wording first when the unit was converted."""
    shown = describe(q)
    core = shown.removesuffix(f" {q.head}") if q.head else shown
    if q.unit is not None and q.dimension in ("length", "mass", "duration", "speed"):
        if _canonical_text(core) not in _canonical_text(q.text):
            return f"{q.text} ({format_amount(q.value, q.unit, q.dimension)})"
    return core


def _canonical_text(text: str) -> str:
    return re.sub(r"\W+", "", text.lower())


def _contains(q: Quantity, x: float) -> bool:
    if q.low is not None and (x < q.low or (x == q.low and not q.low_inclusive)):
        return False
    if q.high is not None and (x > q.high or (x == q.high and not q.high_inclusive)):
        return False
    return True


def _overlap(a: Quantity, b: Quantity) -> bool:
    lows = [(q.low, q.low_inclusive) for q in (a, b) if q.low is not None]
    highs = [(q.high, q.high_inclusive) for q in (a, b) if q.high is not None]
    if not lows or not highs:
        return True
    lo = max(lows, key=lambda t: (t[0], not t[1]))
    hi = min(highs, key=lambda t: (t[0], t[1]))
    if lo[0] < hi[0]:
        return True
    return lo[0] == hi[0] and lo[1] and hi[1]


def _exact(q: Quantity) -> bool:
    # "as many as 17" states 17 as the figure; against a plain number it is read as 17.
    return q.hedge is None or q.hedge == "as many as"


def _same_within_rounding(a: Quantity, b: Quantity) -> bool:
    step = max(a.step, b.step)
    return any(
        abs(x - y) <= step / 2 + 1e-9 * max(abs(x), abs(y), 1)
        for x in _stated_values(a)
        for y in _stated_values(b)
    )


_PARENTHESES = regex(r"\(([^()]*)\)")


def _stated_values(q: Quantity) -> list[float]:
    """The value, and the value stated again in another unit: "15 km (10 miles)"."""
    values = [q.value]
    if q.unit is not None and "(" in q.text:
        from .quantities import extract_quantities

        for inner in _PARENTHESES.findall(q.text):
            values += [x.value for x in extract_quantities(inner) if x.unit == q.unit]
    return values


def _nominal_agree(a: Quantity, b: Quantity) -> bool:
    if _same_within_rounding(a, b):
        return True
    scale = max(abs(a.value), abs(b.value))
    if a.hedge == b.hedge:
        # "more than 2,000" and "more than 1,800" state different figures; "about 3,850
        # kilometres" and "about 2,390 miles" state one figure in two units
        return a.hedge in ("about", "nearly") and abs(a.value - b.value) <= \
            CONVERSION_TOLERANCE * scale
    return abs(a.value - b.value) <= APPROX_TOLERANCE * scale + 1e-9


def _direction(x: float, q: Quantity) -> str:
    if q.low is not None and (x < q.low or (x == q.low and not q.low_inclusive)):
        return "<"
    return ">"


def _compare_quantities(c: Quantity, e: Quantity) -> Comparison:
    cv, ev = _show(c), _show(e)

    def result(outcome: Outcome, reason: str) -> Comparison:
        return Comparison(outcome, reason, cv, ev)

    if c.dimension != e.dimension:
        return result(Outcome.INCOMPARABLE, f"{c.dimension} vs {e.dimension}")
    if c.unit != e.unit:
        return result(Outcome.INCOMPARABLE, f"different units: {c.unit} vs {e.unit}")
    if c.head and e.head:
        if not heads_related(c.head, e.head):
            return result(Outcome.INCOMPARABLE,
                          f"different things counted: '{c.head}' vs '{e.head}'")
    elif (c.head or e.head) and c.dimension not in UNIT_DIMENSIONS:
        return result(Outcome.INCOMPARABLE,
                      f"only one side says what is counted: '{c.head or e.head}'")
    head = f" {e.head or c.head}".rstrip()
    if _exact(c) and _exact(e):
        if _same_within_rounding(c, e):
            return result(Outcome.CONSISTENT, f"{cv} = {ev}{_unless(head, ev)}")
        return result(Outcome.INCONSISTENT, f"{cv} ≠ {ev}{_unless(head, ev)}")
    if _exact(c) or _exact(e):
        point, span = (c, e) if _exact(c) else (e, c)
        pv = cv if point is c else ev
        if _contains(span, point.value):
            return result(Outcome.CONSISTENT, f"{pv} is within '{span.text}'")
        if point is c and _at_bound(point, span):
            return result(Outcome.CONSISTENT, f"{pv} is the figure stated in '{span.text}'")
        if _vague_word(span):
            return result(Outcome.INCOMPARABLE, f"'{span.text}' is too vague to contradict {pv}")
        return result(Outcome.INCONSISTENT,
                      f"{pv} {_direction(point.value, span)} '{span.text}'")
    if _both_ceilings(c, e):
        # "less than 15 km" bears out "less than 24 km"; the other way round it says
        # nothing either way: under 24 km may well be under 15
        if e.high < c.high or (e.high == c.high and (c.high_inclusive or  # type: ignore[operator]
                                                     not e.high_inclusive)):
            return result(Outcome.CONSISTENT, f"'{e.text}' is within '{c.text}'")
        return result(Outcome.INCOMPARABLE, f"'{e.text}' does not settle '{c.text}'")
    if not _overlap(c, e):
        if _vague_word(c) or _vague_word(e):
            return result(Outcome.INCOMPARABLE,
                          f"'{c.text}' vs '{e.text}': a vague amount does not contradict")
        return result(Outcome.INCONSISTENT, f"'{c.text}' does not overlap '{e.text}'")
    if c.is_vague or e.is_vague or _nominal_agree(c, e):
        return result(Outcome.CONSISTENT, f"'{c.text}' agrees with '{e.text}'")
    return result(Outcome.INCONSISTENT, f"'{c.text}' ≠ '{e.text}'{head}")


def _both_ceilings(a: Quantity, b: Quantity) -> bool:
    """Both figures bound only from above with "less than" ("under", "fewer than"); "up
    to 30" is news for the figure 30, as "more than 1,800" is for 1,800."""
    return a.hedge == b.hedge == "less than"


def _at_bound(point: Quantity, span: Quantity) -> bool:
    """The figure equals the hedged figure itself ("3,700,000" vs "more than 3.7 million").

    News writes "more than 1,800" for a count of 1,800 and a few: a claim that
    drops the evidence's hedge understates it but does not contradict it. The
    other way round ("more than 100,000" against a plain "100,000") the claim
    asserts more than the evidence allows, so only the claim side may drop it.
    """
    if span.hedge not in ("more than", "less than", "at least", "up to", "nearly", "just over"):
        return False
    tolerance = max(point.step, span.step) / 2 + 1e-9 * max(abs(point.value), 1.0)
    return abs(point.value - span.value) <= tolerance


def _vague_word(q: Quantity) -> bool:
    # "several", "dozens", "thousands": often a part of a total ("several of the 12
    # posts"), so they may support a figure they contain but never contradict one.
    return q.is_vague and q.hedge != "between"


def _unless(head: str, shown: str) -> str:
    return "" if shown.endswith(head) else head


# --- dates -------------------------------------------------------------------

def _compare_dates(c: DateMention, e: DateMention) -> Comparison:
    cv, ev = c.describe(), e.describe()

    def result(outcome: Outcome, reason: str) -> Comparison:
        return Comparison(outcome, reason, cv, ev)

    if not c.resolved or not e.resolved:
        # without a calendar date, a named day of the week still compares with another
        # day's name, or with a full date's day ("on Tuesday" against "on Saturday")
        cw, ew = c.weekday, e.weekday
        if cw is not None and ew is not None and (c.names_weekday or e.names_weekday):
            return _same_or_not(cw == ew, calendar.day_name[cw], calendar.day_name[ew])
        # and "next week" against "next month" or "last week": the same period or not
        if c.period is not None and e.period is not None:
            return _same_or_not(c.period == e.period, c.text.lower(), e.text.lower())
        return result(Outcome.INCOMPARABLE, "relative date without a document date")
    if c.span or e.span:
        # "between 1987 and 1992" states both ends: the same span, another one, or (a
        # single year against it) nothing either way
        if not (c.span and e.span):
            return result(Outcome.INCOMPARABLE, "a span of years and a single date")
        return _same_or_not((c.low, c.high) == (e.low, e.high), cv, ev)
    if c.low is not None and e.low is not None and c.high is not None and e.high is not None:
        lo, hi = max(c.low, e.low), min(c.high, e.high)
        if lo <= hi:
            return _same_day(c, e) or result(Outcome.CONSISTENT, _agree_text(c, e, cv, ev))
        return result(Outcome.INCONSISTENT, f"{cv} ≠ {ev}")
    # A year is missing on one side. Different stated years still differ; with a
    # month on both sides, compare within one shared year (parts and days count).
    if c.year is not None and e.year is not None and c.year != e.year:
        return result(Outcome.INCONSISTENT, f"{cv} ≠ {ev}")
    if c.month is None or e.month is None:
        return result(Outcome.INCOMPARABLE, "no year on one side and no month on the other")
    year = c.year or e.year or 2000  # 2000 is a leap year: 29 February fits
    try:
        c_lo, c_hi = _days(c, year)
        e_lo, e_hi = _days(e, year)
    except ValueError:
        c_lo, c_hi = _days(c, 2000)
        e_lo, e_hi = _days(e, 2000)
    if max(c_lo, e_lo) <= min(c_hi, e_hi):
        return _same_day(c, e) or result(Outcome.CONSISTENT, _agree_text(c, e, cv, ev))
    return result(Outcome.INCONSISTENT, f"{cv} ≠ {ev}")


def _days(d: DateMention, year: int) -> tuple[dt.date, dt.date]:
    """The first and last day a mention covers in `year` (a range: "4-6 March")."""
    lo, hi = bounds(year, d.month, d.day, d.part)
    if d.first_day is not None and d.month is not None:
        lo = dt.date(year, d.month, d.first_day)
    if d.first_month is not None and d.first_month < (d.month or 0):
        lo = dt.date(year, d.first_month, 1)
    return lo, hi


def _same_day(c: DateMention, e: DateMention) -> Comparison | None:
    """Two dates that overlap but are written beside different days of the week ("Sunday,
    Feb. 24" against "Monday, Feb. 24", with or without a year) are two days; None when
    the weekdays agree or one side names none (a weekday the source does not state is
    not worked out from the calendar here)."""
    if c.said_weekday is None or e.said_weekday is None or c.said_weekday == e.said_weekday:
        return None
    said = calendar.day_name[c.said_weekday], calendar.day_name[e.said_weekday]
    return Comparison(Outcome.INCONSISTENT, " ≠ ".join(said), c.describe(), e.describe())


def _same_or_not(same: bool, cv: str, ev: str) -> Comparison:
    """Two days of the week, or two periods, by name: equal or not."""
    if same:
        return Comparison(Outcome.CONSISTENT, f"{cv} = {ev}", cv, ev)
    return Comparison(Outcome.INCONSISTENT, f"{cv} ≠ {ev}", cv, ev)


def _agree_text(c: DateMention, e: DateMention, cv: str, ev: str) -> str:
    if cv == ev:
        return f"{cv} = {ev}"
    return f"{cv} is consistent with {ev}"


def compare(claim_item: Quantity | DateMention, evidence_item: Quantity | DateMention
            ) -> Comparison:
    """Compare a claim's quantity or date with an evidence quantity or date."""
    if isinstance(claim_item, Quantity) and isinstance(evidence_item, Quantity):
        return _compare_quantities(claim_item, evidence_item)
    if isinstance(claim_item, DateMention) and isinstance(evidence_item, DateMention):
        return _compare_dates(claim_item, evidence_item)
    cv = claim_item.describe()
    ev = evidence_item.describe()
    return Comparison(Outcome.INCOMPARABLE, "a quantity and a date", cv, ev)
