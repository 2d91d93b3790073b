"""Date mentions in English text, with explicit precision and never filled in from today.

Absolute dates ("September 2018", "Feb. 24, 2020", "2020-02-26", "in 2011",
"late April", "end-of-February") are parsed by hand: the forms are few and
fixed, hand parsing is several times faster than ``dateutil.parser``, and it
cannot silently borrow missing fields from the current date. Relative
mentions ("on Wednesday", "last week", "yesterday") are resolved only against
a document date; without one they are kept with ``resolved=False``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from dataclasses import dataclass, replace

from ..cache import regex
from ..text import span_in_original, without_invisible
from .date_patterns import (
    MONTH_PATTERN,
    MONTHS,
    UNAMBIGUOUS_MONTHS,
    WEEKDAYS,
    bounds,
    matches,
)
from .date_ranges import day_range, month_range, range_year, span_to
from .years import is_year_at

_WORDS_RE = regex(r"[a-z]+")
_PERIOD_STEP = {"last": -1, "past": -1, "previous": -1, "this": 0, "next": 1, "coming": 1}


@dataclass(frozen=True)
class DateMention:
    """One date mention with its span in the original text and the days it covers."""

    text: str
    start: int
    end: int
    year: int | None
    month: int | None
    day: int | None
    precision: str  # "year" | "month" | "day"; also "week" (this/last week), "decade"
    part: str | None  # "early" | "mid" | "late" | "end" | None
    resolved: bool  # False: relative mention without a document date
    low: dt.date | None  # first day covered
    high: dt.date | None  # last day covered
    said_weekday: int | None = None  # "Monday, Feb. 24, 2020": the day the text gives it
    # a range of days ("4-6 March", "March 4-6"): its first day; `day` is its last
    first_day: int | None = None
    # a range of months ("between March and May 2010"): its first month; `month` is its last
    first_month: int | None = None
    # a span of years written with both ends ("1965-71", "between 1965 and 1971"): it
    # states both ends, so it agrees only with the same span
    span: bool = False

    @property
    def weekday(self) -> int | None:
        """The day of the week (0 is Monday) it names ("on Tuesday"), or that a full date
        falls on; None when neither."""
        if self.said_weekday is not None:
            return self.said_weekday
        for word in self.text.lower().split():
            if word in WEEKDAYS:
                return WEEKDAYS[word]
        if self.precision == "day" and self.year is not None and self.low is not None:
            return self.low.weekday()
        return None

    @property
    def period(self) -> tuple[int, str] | None:
        """A period relative to the writing: "next week" -> (1, "week"), "last month" ->
        (-1, "month"), "this year" -> (0, "year"); None for any other mention."""
        words = self.text.lower().split()
        if len(words) != 2 or words[1] not in ("week", "month", "year"):
            return None
        step = _PERIOD_STEP.get(words[0])
        return None if step is None else (step, words[1])

    @property
    def relative(self) -> bool:
        """Not written out: no digit and no month name ("on Tuesday", "last week"); "the end
        of February" is written out."""
        if any(ch.isdigit() for ch in self.text):
            return False
        return not any(w in MONTHS for w in _WORDS_RE.findall(self.text.lower()))

    @property
    def names_weekday(self) -> bool:
        """Only a day of the week is given ("on Tuesday", "last Friday")."""
        return self.relative and any(w in WEEKDAYS for w in _WORDS_RE.findall(self.text.lower()))

    def describe(self) -> str:
        """Human-readable normalised form: "September 2018", "5 February 2020", "February 5"."""
        if not self.resolved:
            return f"'{self.text}' (no document date)"
        if self.precision == "week" and self.low and self.high:
            return f"week of {self.low.isoformat()}"
        prefix = {"end": "end of ", "mid": "mid-"}.get(self.part or "", f"{self.part} "
                                                          if self.part else "")
        month = calendar.month_name[self.month] if self.month else ""
        if self.precision == "day":
            days = f"{self.first_day}-{self.day}" if self.first_day else f"{self.day}"
            core = f"{days} {month}" + (f" {self.year}" if self.year else "")
        elif self.precision == "month":
            core = month + (f" {self.year}" if self.year else "")
        elif self.precision == "decade":
            core = f"{self.year}s"
        else:
            core = str(self.year)
            if self.high and self.low and self.high.year != self.low.year:
                core = f"{self.low.year}–{self.high.year}"
        return prefix + core


_ORDER = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4}


def _part_name(raw: str | None) -> str | None:
    if not raw:
        return None
    raw = " ".join(raw.lower().split())
    words = raw.removeprefix("the ").split()
    if "quarter" in words or "half" in words:
        # "the final quarter of", "the second half of": a quarter or half of the year
        half = "half" in words
        n = min(_ORDER.get(words[0], 1), 2 if half else 4)
        return f"{['first', 'second', 'third', 'fourth'][n - 1]} {'half' if half else 'quarter'} of"
    if "months" in words:
        # "the last three months of" is the fourth quarter, "the first six months of" the
        # first half
        half = words[1] in ("six", "6")
        late = words[0] != "first"
        return f"{'second' if late else 'first'} half of" if half else \
            f"{'fourth' if late else 'first'} quarter of"
    for key, name in (("end", "end"), ("start", "early"), ("beginning", "early"),
                      ("early", "early"), ("middle", "mid"), ("mid", "mid"), ("late", "late")):
        if key in raw:
            return name
    return None


def _make(text: str, start: int, end: int, year: int | None, month: int | None,
          day: int | None, part: str | None, doc_date: dt.date | None) -> DateMention | None:
    if month is not None and day is not None:
        try:
            dt.date(year or 2000, month, day)  # 2000 is a leap year: 29 February passes
        except ValueError:
            return None
    if year is None and doc_date is not None and month is not None:
        year = doc_date.year
        # A month well after the dateline most likely belongs to the year before.
        if month - doc_date.month > 6:
            year -= 1
    precision = "day" if day is not None else "month" if month is not None else "year"
    low = high = None
    if year is not None:
        try:
            low, high = bounds(year, month, day, part)
        except ValueError:
            return None
    return DateMention(text[start:end], start, end, year, month, day, precision, part,
                       True, low, high)


def _relative(text: str, start: int, end: int, m: re.Match[str], part: str | None,
              doc_date: dt.date | None) -> DateMention:
    if doc_date is None:
        precision = "day"
        if m.group("rel"):
            precision = m.group("rel").lower().split()[-1]
        return DateMention(text[start:end], start, end, None, None, None, precision, part,
                           False, None, None)
    if m.group("yd"):
        offset = {"yesterday": -1, "tomorrow": 1}.get(m.group("yd").lower(), 0)
        d = doc_date + dt.timedelta(days=offset)
        return DateMention(text[start:end], start, end, d.year, d.month, d.day, "day", None,
                           True, d, d)
    if m.group("wdn"):
        target = WEEKDAYS[m.group("wdn").lower()]
        qual = (m.group("wdq") or "").lower()
        # News reports in the past tense: "said on Wednesday" is the latest
        # Wednesday on or before the dateline; "next Wednesday" looks forward.
        back = (doc_date.weekday() - target) % 7
        if qual == "next":
            d = doc_date + dt.timedelta(days=(target - doc_date.weekday()) % 7 or 7)
        elif qual == "last" and back == 0:
            d = doc_date - dt.timedelta(days=7)
        else:
            d = doc_date - dt.timedelta(days=back)
        return DateMention(text[start:end], start, end, d.year, d.month, d.day, "day", None,
                           True, d, d)
    qual, _, unit = m.group("rel").lower().partition(" ")
    unit = unit.strip()
    step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(qual, 0)
    if unit == "week":
        monday = doc_date - dt.timedelta(days=doc_date.weekday()) + dt.timedelta(weeks=step)
        sunday = monday + dt.timedelta(days=6)
        return DateMention(text[start:end], start, end, monday.year, monday.month, None,
                           "week", part, True, monday, sunday)
    if unit == "month":
        idx = doc_date.year * 12 + doc_date.month - 1 + step
        year, month = divmod(idx, 12)
        low, high = bounds(year, month + 1, None, part)
        return DateMention(text[start:end], start, end, year, month + 1, None, "month", part,
                           True, low, high)
    year = doc_date.year + step
    low, high = bounds(year, None, None, part)
    return DateMention(text[start:end], start, end, year, None, None, "year", part,
                       True, low, high)


def extract_dates(text: str, doc_date: dt.date | None = None) -> list[DateMention]:
    """Find the date mentions in ``text``; relative ones resolve only against ``doc_date``."""
    stripped = without_invisible(text)
    if stripped is not None:  # "20\u200b19" is 2019: read without them, spans in `text`
        clean, offsets = stripped
        out = []
        for d in extract_dates(clean, doc_date):
            start, end = span_in_original(offsets, d.start, d.end)
            out.append(replace(d, text=text[start:end], start=start, end=end))
        return out
    if len(text) > 2000:  # whole documents are not worth keeping in the memo
        return list(_extract.__wrapped__(text, doc_date))
    return list(_extract(text, doc_date))


@functools.lru_cache(maxsize=512)
def _extract(text: str, doc_date: dt.date | None) -> tuple[DateMention, ...]:
    # Memoised: extract_quantities reads the dates of a sentence to mask them,
    # and callers then usually ask for the same sentence's dates.
    out: list[DateMention] = []
    said: tuple[int, int] | None = None  # (weekday, where it ends) before a full date
    for m in matches(text):
        part = _part_name(m.group("part"))
        start = m.start("part") if m.group("part") else None
        mention: DateMention | None = None
        if m.group("iso"):
            mention = _make(text, m.start(), m.end(), int(m.group("iy")), int(m.group("im")),
                            int(m.group("id")), None, doc_date)
        elif m.group("num"):
            day, month, year = int(m.group("n1")), int(m.group("n2")), int(m.group("n3"))
            if year < 100:
                year += 2000 if year < 50 else 1900
            if 1 <= month <= 12:  # day first, as in British and most non-US English
                mention = _make(text, m.start(), m.end(), year, month, day, None, doc_date)
        elif m.group("mdy"):
            y = m.group("y1")
            mention = _make(text, start if start is not None else m.start("mdy"), m.end(),
                            int(y) if y else None, _month(m.group("m1")),
                            _day(m.group("d1")), part, doc_date)
        elif m.group("dmy"):
            y = m.group("y2")
            mention = _make(text, m.start(), m.end(), int(y) if y else None,
                            _month(m.group("m2")), _day(m.group("d2")), None, doc_date)
        elif m.group("my"):
            mention = _make(text, start if start is not None else m.start("my"), m.end(),
                            int(m.group("y3")), _month(m.group("m3")), None, part, doc_date)
        elif m.group("mo"):
            raw = m.group("m4")
            # A bare month name needs a cue ("in May", "late April"): "May" and
            # "March" are also a verb and a noun at the start of a sentence.
            # "released on August." is a month, "relied on June for help" a name
            cue = m.group("cue") and not (m.group("cue").strip().lower() == "on" and
                                          _WORD_AFTER.match(text, m.end()))
            if part or cue or raw.rstrip(".") in UNAMBIGUOUS_MONTHS:
                mention = _make(text, start if start is not None else m.start("mo"), m.end(),
                                None, _month(raw), None, part, doc_date)
        elif m.group("rel") or m.group("wd") or m.group("yd"):
            if m.group("wd") and _next_to_absolute(text, m.end()):
                # "Monday, Feb. 24, 2020": one mention, the date, which keeps the weekday
                said = (WEEKDAYS[m.group("wdn").lower()], m.end())
                continue
            s = start if (start is not None and m.group("rel")) else m.start(
                "rel" if m.group("rel") else "wd" if m.group("wd") else "yd")
            mention = _relative(text, s, m.end(), m, part if m.group("rel") else None,
                                doc_date)
        elif m.group("yr"):
            ys, ye = m.start("y4"), m.end("y4")
            if m.group("fy"):
                mention = _fiscal(text, start, m, doc_date)
            elif m.group("dec") and _is_decade(text, m, part):
                mention = _decade(text, start if start is not None else ys, m, part)
            elif part or is_year_at(text, ys, ye):
                mention = _make(text, start if start is not None else ys, ye, int(m.group("y4")),
                                None, None, part, doc_date)
        if mention is not None and (m.group("dmy") or m.group("mdy")):
            mention = day_range(text, mention)
        elif mention is not None:
            mention = span_to(text, month_range(text, mention))
        while mention is not None and out and mention.start <= out[-1].start:
            out.pop()  # "December" of "from December to February 2011": the range's
        if mention is not None and out and mention.start < out[-1].end:
            # the year of "March 4-6, 2020" or the end of "between 1965 and 1971", read
            # with the range
            mention = None
        if mention is not None:
            if said is not None and 0 <= mention.start - said[1] <= 3:
                mention = replace(mention, said_weekday=said[0])
            if out:
                out[-1] = range_year(text, out[-1], mention)
            out.append(mention)
        said = said if m.group("wd") else None
    return tuple(out)


_WORD_AFTER = regex(r"\s+[A-Za-z]")
def _is_decade(text: str, m: re.Match[str], part: str | None) -> bool:
    """ "1970s" is a decade; "1970's" only after "the" or a part (else a possessive year)."""
    if int(m.group("y4")) % 10:
        return False
    if m.group("dec") == "s":
        return True
    return part is not None or _THE_BEFORE_RE.search(text, max(0, m.start("y4") - 6),
                                                     m.start("y4")) is not None


def _decade(text: str, start: int, m: re.Match[str], part: str | None) -> DateMention:
    """A decade ("the 1970s", "the early 1990's"), with thirds for early/mid/late."""
    first = int(m.group("y4"))
    lo, hi = {"early": (0, 3), "mid": (4, 6), "late": (7, 9), "end": (7, 9)}.get(
        part or "", (0, 9))
    return DateMention(text[start : m.end("yr")], start, m.end("yr"), first, None, None,
                       "decade", part, True, dt.date(first + lo, 1, 1),
                       dt.date(first + hi, 12, 31))


_THE_BEFORE_RE = regex(r"\b(?i:the)\s+$")


def _fiscal(text: str, start: int | None, m: re.Match[str], doc_date: dt.date | None
            ) -> DateMention | None:
    """A year range or fiscal year ("2012–13", "2012/2013"): one mention covering both years."""
    first = int(m.group("y4"))
    tail = m.group("fy")[1:]
    second = int(tail) if len(tail) == 4 else first // 100 * 100 + int(tail)
    if not first < second <= first + 20:
        return None
    s = start if start is not None else m.start("yr")
    return DateMention(text[s : m.end("yr")], s, m.end("yr"), first, None, None, "year", None,
                       True, dt.date(first, 1, 1), dt.date(second, 12, 31), span=True)


_ABS_AFTER_RE = regex(rf",?\s+(?:{MONTH_PATTERN}|\d)")


def _next_to_absolute(text: str, pos: int) -> bool:
    return _ABS_AFTER_RE.match(text, pos) is not None


def _month(raw: str) -> int:
    return MONTHS[raw.rstrip(".").lower()[:4] if raw.lower().startswith("sept") else
                  raw.rstrip(".").lower()[:3]]


def _day(raw: str) -> int:
    return int(raw.rstrip("stndrh"))


_DATELINE_RE = regex(r"\bdate[:\s]+(\d{4}-\d{2}-\d{2})", re.IGNORECASE)


def document_date(text: str) -> dt.date | None:
    """Find the document's own date: a dateline or a full date in its first three lines."""
    lines = [line for line in text[:3000].splitlines() if line.strip()][:3]
    head = "\n".join(lines)
    m = _DATELINE_RE.search(head)
    if m:
        try:
            return dt.date.fromisoformat(m.group(1))
        except ValueError:
            pass
    for mention in extract_dates(head):
        if mention.precision == "day" and mention.year is not None and mention.low:
            return mention.low
    return None
