"""Quantities stated in English text: value intervals, units, hedges and the noun they count.

``extract_quantities(text)`` finds numerals ("1,800", "816 000", "3.7m", "$5bn"),
number words ("three hundred and forty-two", "half a million", "two dozen"),
vague amounts ("several", "dozens", "tens of thousands"), ordinals and
fractions, and reads around each one: a hedge before it ("more than",
"about", "as many as") becomes an interval, a unit after it is converted to a
canonical unit, and the noun phrase after it is kept as the head
("12 observation posts" -> "observation posts"). Years, dates, phone numbers
and identifiers ("A320", "COVID-19", "3.2.1") are not quantities. See
docs/quantities.md for the forms and tolerances.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..cache import regex
from ..text import span_in_original, without_invisible
from . import numbers
from .dates import extract_dates
from .duration_parts import join_parts, whole_durations
from .numbers import candidates
from .scanner import Raw, scan
from .scores import unpack

APPROX_TOLERANCE = 0.10  # "about", "around", "nearly": stated value ±10% (nearly: -10%..0)

_HEDGES: dict[str, str] = {}
for _canon, _names in {
    "more than": "more than|over|above|exceeding|in excess of|upwards of|greater than|well over"
    "|well above",
    "at least": "at least|no fewer than|no less than|not less than|a minimum of|a minimum",
    "less than": "less than|fewer than|under|below|well under|well below",
    "up to": "up to|at most|no more than|not more than|a maximum of|as much as|a maximum",
    "as many as": "as many as",
    "about": "about|around|roughly|approximately|approx.|approx|some|close to|an estimated"
    "|estimated|circa|an approximate|more or less|or so",
    "nearly": "nearly|almost|just under|just below|just shy of|not quite",
    "just over": "just over|just above|slightly more than|a little over|a little more than",
}.items():
    for _n in _names.split("|"):
        _HEDGES[_n] = _canon
_hedge_alts = "|".join(
    re.escape(h).replace(r"\ ", r"\s+") for h in sorted(_HEDGES, key=len, reverse=True)
)
_HEDGE_RE = regex(rf"(?<![\w-])({_hedge_alts})\s+(?:of\s+)?$", re.IGNORECASE)

# Phone numbers and clock times: digit runs that are never amounts.
_NOISE_RE = regex(
    r"\+\d{1,3}(?:[ .-]\(?\d{1,4}\)?){2,5}"
    r"|\(?\b\d{3}\)?[ .-]\d{3}[ .-]\d{4}\b"
    r"|\b\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\b\.?)|\b\d{1,2}:\d\d(?::\d\d)?\b|\b\d{1,2}\s*[ap]\.?m\b\.?"
    r"|\b\d+(?:\.\d+){2,}\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Quantity:
    """One stated amount with its span, value interval, unit, head phrase and hedge."""

    text: str  # == sentence[start:end]
    start: int
    end: int
    value: float  # nominal stated value, in the canonical unit
    low: float | None  # interval in the canonical unit; None = unbounded
    high: float | None
    low_inclusive: bool
    high_inclusive: bool
    unit: str | None  # canonical unit ("m", "s", "USD", "%", "kg"), None for plain counts
    dimension: str  # "count", "length", "duration", "money", "percent", "mass", "ordinal", "score"
    head: str  # normalised head phrase counted ("observation posts"), "" if none
    hedge: str | None  # normalised hedge ("more than", "about", ...) or None
    step: float = 1.0  # rounding step of the statement, canonical unit ("3.7 million": 1e5)

    @property
    def is_exact(self) -> bool:
        """True when the statement names one value rather than a bound, range or vague amount."""
        return self.hedge is None

    @property
    def is_vague(self) -> bool:
        """True for ranges and vague amounts ("between 5 and 6", "several", "dozens")."""
        return self.hedge is not None and self.hedge not in _HEDGE_CANON

    def describe(self) -> str:
        """Human-readable normalised value: "more than 1,800 civilians", "40.2 km", "$5 billion"."""
        return describe(self)


_HEDGE_CANON = frozenset(_HEDGES.values())


def _interval(value: float, hedge: str | None) -> tuple[float | None, float | None, bool, bool]:
    """Turn a stated value and its hedge into (low, high, low_inclusive, high_inclusive)."""
    tol = abs(value) * APPROX_TOLERANCE
    if hedge in ("more than",):
        return value, None, False, True
    if hedge == "at least":
        return value, None, True, True
    if hedge == "less than":
        return None, value, True, False
    if hedge in ("up to", "as many as"):
        return None, value, True, True
    if hedge == "about":
        return value - tol, value + tol, True, True
    if hedge == "nearly":
        return value - tol, value, True, True
    if hedge == "just over":
        return value, value + tol, False, True
    return value, value, True, True


def _build(text: str, raw: Raw) -> Quantity:
    hedge = raw.hedge
    if raw.low is not None or raw.high is not None:  # ranges and vague amounts
        low, high, li, hi = raw.low, raw.high, True, True
        value = raw.value
    else:
        value = raw.value
        low, high, li, hi = _interval(value, hedge)
    return Quantity(
        text=text[raw.start : raw.end], start=raw.start, end=raw.end, value=value,
        low=low, high=high, low_inclusive=li, high_inclusive=hi, unit=raw.unit,
        dimension=raw.dimension, head=raw.head, hedge=hedge, step=raw.step,
    )


# a spelled-out number with a capital after a capitalised word is part of a name, not a
# figure: "Harwick's Eleven", "Channel Four", "the Big Three"; a sentence's first word has
# no capitalised word before it, so "Twelve boats sailed" still counts twelve
_NAME_NUMBER_RE = regex(
    r"\b[A-Z][\w\u2019']*\s+"
    rf"({'|'.join(w.capitalize() for w in sorted(numbers.UNITS) + sorted(numbers.TENS))})\b"
)


def extract_quantities(text: str) -> list[Quantity]:
    """Find every stated quantity in ``text`` (years, dates and identifiers excluded)."""
    if not text:
        return []
    stripped = without_invisible(text)
    if stripped is not None:  # "1\u200b2" is 12: read without them, spans in `text`
        clean, offsets = stripped
        out = []
        for q in extract_quantities(clean):
            start, end = span_in_original(offsets, q.start, q.end)
            out.append(replace(q, text=text[start:end], start=start, end=end))
        return out
    starts = candidates(text)
    if not starts:
        return []  # no digit and no number word: nothing to read
    masked: list[tuple[int, int]] = [(d.start, d.end) for d in extract_dates(text)]
    masked.extend(m.span(1) for m in _NAME_NUMBER_RE.finditer(text))
    # race times ("2:11.48") and "two and a half hours" are read whole, before a colon
    # form is masked as a clock time, and their pieces are kept from the scanner
    whole = whole_durations(text, masked, _hedge_before)
    masked += [(w.start, w.end) for w in whole]
    noise_end = 0
    for p in starts:  # phone numbers and times begin at a digit run (or "+", "(")
        if p < noise_end or not text[p].isdigit():
            continue
        m = _NOISE_RE.match(text, p - 1 if p and text[p - 1] in "+(" else p)
        if m is not None:
            masked.append(m.span())
            noise_end = m.end()
    # "three hours and 15 minutes" is read piece by piece, then joined
    raws = sorted(scan(text, masked, _hedge_before, starts) + whole, key=lambda r: r.start)
    found = [_build(text, raw) for raw in join_parts(text, raws)]
    return [_past_the_mark(text, _span_not_bound(text, q, found[k - 1] if k else None))
            for k, q in enumerate(found)]


_THE_MARK_BEFORE = regex(r"\b(above|over|beyond|past|below|under)\s+the\s+$", re.IGNORECASE)
_THE_MARK_AFTER = regex(r"(?:\s+(?:a|an|per)\s+\w+)?\s+(?:mark|level|barrier|threshold)\b",
                             re.IGNORECASE)


def _past_the_mark(text: str, q: Quantity) -> Quantity:
    """"closed above the £4 a share mark", "below the 5% level": a bound, as "above £4"
    is."""
    before = _THE_MARK_BEFORE.search(text, max(0, q.start - 16), q.start)
    if q.hedge is not None or before is None or not _THE_MARK_AFTER.match(text, q.end):
        return q
    hedge = "less than" if before.group(1).lower() in ("below", "under") else "more than"
    low, high, li, hi = _interval(q.value, hedge)
    return replace(q, hedge=hedge, low=low, high=high, low_inclusive=li, high_inclusive=hi)


_OVER = regex(r"over\s+", re.IGNORECASE)


def _span_not_bound(text: str, q: Quantity, previous: Quantity | None) -> Quantity:
    """"£2.3bn over three years": a duration after an amount says across how long, not
    more than how long."""
    m = _OVER.match(q.text)
    if (m is None or q.dimension != "duration" or previous is None
            or text[previous.end : q.start].strip()):
        return q
    start = q.start + m.end()
    low, high, li, hi = _interval(q.value, None)
    return replace(q, text=text[start : q.end], start=start, hedge=None, low=low, high=high,
                   low_inclusive=li, high_inclusive=hi)


def _hedge_before(text: str, start: int) -> tuple[str, int] | None:
    """Find a hedge ending right before ``start``; return (canonical hedge, hedge start)."""
    m = _HEDGE_RE.search(text, max(0, start - 32), start)
    if m is None:
        return None
    name = re.sub(r"\s+", " ", m.group(1).lower())
    if name == "up to" and _MOVED_UP_RE.search(text, max(0, m.start(1) - 12), m.start(1)):
        return None  # "climbed up to 7.2%": a rise to 7.2%, not at most 7.2%
    return _HEDGES[name], m.start(1)


# verbs whose "up" is their own: "climbed up to 7.2%" is no hedge (the judge's
# words.MOVING_VERBS as written: this stage reads no lemmas)
_MOVED_UP_RE = regex(
    r"\b(?:go|goes|going|gone|went|moved?|moves|moving|shot|shoots?|jump(?:s|ed)?|climb(?:s|ed)?"
    r"|edged?|inched|ticked|crept|creeps?|push(?:es|ed)?|spiked?|leapt|leaped)\s+$",
    re.IGNORECASE)


_LENGTH_STEPS = ((1000.0, "km"), (1.0, "m"), (0.01, "cm"), (0.001, "mm"))
_DURATION_STEPS = (
    (365.2425 * 86400, "years"), (30.436875 * 86400, "months"), (7 * 86400, "weeks"),
    (86400, "days"), (3600, "hours"), (60, "minutes"), (1, "seconds"),
)  # fmt: skip
_MONEY_SIGNS = {"USD": "$", "GBP": "£", "EUR": "€", "JPY": "¥"}


def format_amount(value: float, unit: str | None, dimension: str) -> str:
    """Render a canonical value with a readable unit: 40233.6 m -> "40.2 km"."""
    if dimension == "length":
        for factor, name in _LENGTH_STEPS:
            if abs(value) >= factor or factor == 0.001:
                return f"{_sig(value / factor)} {name}"
    if dimension == "duration":
        for factor, name in _DURATION_STEPS:
            n = value / factor
            # The largest unit that states the value as a whole number: "171 hours", not
            # "1.02 weeks"; below a day hours may carry decimals.
            if abs(n) >= 1 and (abs(n - round(n)) <= 0.005 * abs(n) or factor <= 3600):
                return f"{_sig(n)} {name[:-1] if _sig(n) == '1' else name}"
        return f"{_sig(value)} seconds"
    if dimension == "mass":
        return f"{_sig(value / 1000)} tonnes" if abs(value) >= 1000 else f"{_sig(value)} kg"
    if dimension == "money" and unit:
        sign = _MONEY_SIGNS.get(unit)
        return f"{sign}{numbers.format_value(value)}" if sign else (
            f"{numbers.format_value(value)} {unit}")
    if dimension == "speed":
        return f"{_sig(value * 3.6)} km/h"
    if dimension == "temperature":
        return f"{_sig(value)}°C"
    if dimension == "percent":
        return f"{_sig(value)}%"
    if dimension == "percentage points":
        return f"{_sig(value)} percentage points"
    if dimension == "ordinal":
        return _ordinal(int(value))
    if dimension == "score":
        return unpack(value)
    return numbers.format_value(value)


def _sig(v: float) -> str:
    """Three significant figures, no trailing zeros."""
    if v == 0:
        return "0"
    text = f"{v:.3g}"
    if "e" in text:
        return numbers.format_value(v)
    return numbers.format_value(float(text))


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def describe(q: Quantity) -> str:
    """Normalised, human-readable form of a quantity including hedge and head."""
    if q.is_vague and q.low is not None and q.high is not None:
        body = (f"{format_amount(q.low, q.unit, q.dimension)}–"
                f"{format_amount(q.high, q.unit, q.dimension)}")
    else:
        body = format_amount(q.value, q.unit, q.dimension)
        if q.hedge:
            body = f"{q.hedge} {body}"
    return f"{body} {q.head}".rstrip()
