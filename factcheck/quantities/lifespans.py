"""Life dates given in parentheses after a name, with no verb to say what they date.

Encyclopedic and obituary prose writes "Anne Example (April 14, 1866 – October 20, 1936)"
or "Jo Example (born 4 May 1948)": the first date is a birth, the second a death. A claim
that someone was born (or died) on a date is about these dates only; a claim that dates
another event ("married on April 14, 1866") to a birth date is not supported by it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..cache import regex
from .date_patterns import MONTH_PATTERN as _MONTH

# a date at day precision: "14 April 1866", "April 14, 1866", "April 14 , 1866"
_DAY_DATE = (
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\s*,?\s*\d{{3,4}}"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\s*,?\s*\d{{3,4}})"
)
_SPAN_SRC = (
    rf"(?P<born>{_DAY_DATE})\s*(?:-{{1,2}}|\u2013|\u2014|\u2212|to)\s*(?P<died>{_DAY_DATE})"
)
# "born 4 May 1948", or with the birth name first: "born Jo Example; 4 May 1948"
_BORN_SRC = (
    rf"\b(?:born|b\.)\s+(?:(?P<date>{_DAY_DATE}|\d{{4}})|[^;,()]*?[;,]\s*(?P<later>{_DAY_DATE}|\d{{4}}))"
)
_DIED_SRC = rf"\b(?:died|d\.)\s+(?P<date>{_DAY_DATE}|\d{{4}})"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Compiled on first need (most texts have no year in parentheses): 2 ms of start-up."""
    return tuple(regex(src, re.IGNORECASE)  # type: ignore[return-value]
                 for src in (_SPAN_SRC, _BORN_SRC, _DIED_SRC))


_YEAR_DIGITS = regex(r"\d{3}")
_PARENS = regex(r"\(([^()]{6,240})\)")


@dataclass(frozen=True)
class LifeDates:
    """Character spans (start, end) of a birth and a death date in a text, when given."""

    born: tuple[int, int] | None = None
    died: tuple[int, int] | None = None

    def role_of(self, start: int, end: int) -> str | None:
        """'born' or 'died' when text[start:end] lies within that date, else None."""
        for role, span in (("born", self.born), ("died", self.died)):
            if span and span[0] <= start and end <= span[1]:
                return role
        return None

    def __bool__(self) -> bool:
        return self.born is not None or self.died is not None


NONE = LifeDates()


def life_dates(text: str) -> LifeDates:
    """The first parenthesised birth and death dates in `text`."""
    if "(" not in text:
        return NONE
    for group in _PARENS.finditer(text):
        inner, offset = group.group(1), group.start(1)
        if not _YEAR_DIGITS.search(inner):
            continue  # every life date has a year
        span_re, born_re, died_re = _patterns()
        span = span_re.search(inner)
        if span:
            return LifeDates(
                (offset + span.start("born"), offset + span.end("born")),
                (offset + span.start("died"), offset + span.end("died")),
            )
        born, died = born_re.search(inner), died_re.search(inner)
        if born or died:
            which = "date" if born and born.group("date") else "later"
            return LifeDates(
                (offset + born.start(which), offset + born.end(which)) if born else None,
                (offset + died.start("date"), offset + died.end("date")) if died else None,
            )
    return NONE
