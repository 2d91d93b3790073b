"""Dates written as ranges: "4-6 March", "from 3 to 9 June", "between March and May
2010", "Sept. 12-Oct. 4, 2022", "between 1965 and 1971". Each is read as one mention
covering the whole range (a claim of a day or month inside it is within it, not against
it), or, for a range of two dated ends, the first end given the year written at the last."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import Any

from ..cache import regex
from .date_patterns import DAY, MONTH_PATTERN, MONTHS, YEAR, bounds

# a mention is a dates.DateMention (not imported: dates imports this module)
DateMention = Any


def _day(raw: str) -> int:
    return int(raw.rstrip("stndrh"))


# the words that join the two ends of a range ("Sept. 12-Oct. 4", "3 May to 9 June")
RANGE_JOIN = regex(r"\s*(?:[-\u2013\u2014]|to|until|till|through)\s*", re.IGNORECASE)
_BETWEEN_AND = regex(r"\s+and\s+", re.IGNORECASE)
_YEAR_WRITTEN = regex(r"\d{4}")


def range_year(text: str, first: DateMention, last: DateMention) -> DateMention:
    """The first end of a range written with one year at its end ("Sept. 12-Oct. 4,
    2022", "between 3 May and 5 June 2019") is in that year (or the year before, when its
    month is later: "Dec. 28 to Jan. 3, 2021"), not in the year of the document's date."""
    if first.month is None or last.year is None or last.month is None or \
            _YEAR_WRITTEN.search(first.text) or not _YEAR_WRITTEN.search(last.text) or \
            not (RANGE_JOIN.fullmatch(text, first.end, last.start) or (
                _BETWEEN_AND.fullmatch(text, first.end, last.start)
                and _SPAN_OPEN.search(text, max(0, first.start - 9), first.start))):
        return first
    year = last.year - 1 if first.month > last.month else last.year
    try:
        low, high = bounds(year, first.month, first.day, first.part)
    except ValueError:
        return first
    if first.first_day is not None:
        low = dt.date(year, first.month, first.first_day)
    return replace(first, year=year, low=low, high=high)


_SPAN_OPEN = regex(r"\b(?i:between|from)\s+$")
_SPAN_END = regex(r"\s+(?:and|to|until|till)\s+(\d{4})(?![\d,.]\d)")


def span_to(text: str, m: DateMention) -> DateMention:
    """'between 1965 and 1971', 'from 1965 to 1971': one span of years, as '1965-71' is,
    so the two ways of writing it compare as one (the later year read from the text, as
    the year reading may not take it for a date: "between 1965 and 1971 and a cup")."""
    if m.precision != "year" or m.part is not None or m.year is None or m.span or \
            _SPAN_OPEN.search(text, max(0, m.start - 9), m.start) is None:
        return m
    end = _SPAN_END.match(text, m.end)
    if end is None or not m.year < int(end.group(1)) <= m.year + 100:
        return m
    return replace(m, text=text[m.start : end.end()], end=end.end(),
                   high=dt.date(int(end.group(1)), 12, 31), span=True)


# the first day of a range before a dated day: "4-6 March", "from 3 to 9 June",
# "between 3 and 9 June"
_RANGE_START = regex(
    rf"(?<![\d.,])({DAY})(?:\s?[-\u2013]\s?|\s+(?:to|until|till|through)\s+)$"
    rf"|\b(?i:between)\s+({DAY})\s+and\s+$")
_RANGE_END = regex(rf"\s?[-\u2013]\s?({DAY})(?![\d:.])(?:\s?,?\s+({YEAR})(?!\d))?")


def day_range(text: str, mention: DateMention) -> DateMention:
    """'4-6 March' and 'March 4-6' cover three days: the mention of one day widened to
    the range written around it (a claim of 4 March is within it, not against it)."""
    month = mention.month
    if mention.day is None or month is None:
        return mention
    before = _RANGE_START.search(text, max(0, mention.start - 20), mention.start)
    if before is not None and text[mention.start].isdigit():
        first, last = _day(before.group(1) or before.group(2)), mention.day
        start, end = before.start(), mention.end
    else:
        after = _RANGE_END.match(text, mention.end)
        if after is None or text[mention.end - 1].isalpha():
            return mention
        first, last, start, end = mention.day, _day(after.group(1)), mention.start, after.end()
        if after.group(2):  # "March 4-6, 2020": the year after the range is the range's
            mention = replace(mention, year=int(after.group(2)))
    if not first < last:
        return mention
    year = mention.year
    try:
        low = dt.date(year, month, first) if year else None
        high = dt.date(year, month, last) if year else None
    except ValueError:
        return mention
    return replace(mention, text=text[start:end], start=start, end=end, day=last,
                   first_day=first, low=low, high=high)


# the first month of a range before a dated month: "March-May 2010", "from March to May
# 2010", "between March and May 2010"
_MONTH_RANGE_START = regex(
    rf"(?:\b(?i:from)\s+)?({MONTH_PATTERN})(?:\s?[-\u2013]\s?|\s+(?:to|until|till|through)\s+)$"
    rf"|\b(?i:between)\s+({MONTH_PATTERN})\s+and\s+$")


def month_range(text: str, mention: DateMention) -> DateMention:
    """'between March and May 2010' covers three months: the mention of the last month
    widened to the range written before it (a claim of April 2010 is within it, not
    against it)."""
    if mention.month is None or mention.day is not None or mention.part is not None \
            or not text[mention.start].isalpha():
        return mention
    before = _MONTH_RANGE_START.search(text, max(0, mention.start - 24), mention.start)
    if before is None:
        return mention
    name = (before.group(1) or before.group(2)).lower().rstrip(".")
    first = MONTHS.get(name) or MONTHS.get(name[:3])
    if first is None or first == mention.month:
        return mention
    low = mention.low
    if mention.year is not None:
        low = dt.date(mention.year - (first > mention.month), first, 1)
    return replace(mention, text=text[before.start() : mention.end], start=before.start(),
                   first_month=first, low=low)
