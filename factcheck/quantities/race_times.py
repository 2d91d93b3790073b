"""Race times written with colons: "2:11.48", "3:52.90", "2:08:30", "(4:01.22)".

A colon form is a clock time too ("at 10:30", "14:46:30 GMT"), and the scanner masks
every one as such, so a race time would otherwise be read as nothing. This module
decides which colon forms are durations:

- a form with a fraction of a second ("2:11.48") is never a clock time;
- h:mm:ss ("2:08:30") is a duration unless clock words stand around it: "at", "by",
  "until", "since", "from ... to" before it, or am/pm, a zone ("GMT") or "hours" after;
- a bare m:ss ("2:11") is read as a duration only after a word that times a race
  ("in", "of", "time", "clocked", "ran", "finished", "record", "best") or in brackets
  after a name ("Lund (4:01)"); elsewhere it may be a time of day, a verse ("John 3:16")
  or a ratio, and is left alone.

Kept free of the clock-time module so that times.py can ask it which colon forms to
leave to the durations.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..cache import regex

_COLON_RE = regex(
    r"""(?<![\w:.,/])
    (?:(?P<h>\d{1,2}):(?P<hm>[0-5]\d):(?P<hs>[0-5]\d)
      |(?P<m>\d{1,2}):(?P<s>[0-5]\d))
    (?:\.(?P<frac>\d{1,3}))?
    (?![\w:]|[.,]\d)""",
    re.VERBOSE,
)
# what follows a clock time: "10:30am", "1446 hours", "9:00 local time"
_CLOCK_AFTER_RE = regex(
    r"[ \u00a0]*(?:[ap]\.?m\b|local\s+time|hours\b|hrs\b|h\b|o'?clock)", re.IGNORECASE)
# a zone: "UTC", or capitals ending in T ("GMT", "BST", "CEST", "ET", "AEDT"); the
# abbreviations a race time meets ("PB", "WR", "SB") do not
_ZONE_AFTER_RE = regex(r"[ \u00a0]*\(?(?:UTC|[A-Z]{0,3}T)\b")
# the word before a clock time; "to" and "and" only after "from"/"between" (see below)
_CLOCK_BEFORE = frozenset("at by until till til from since between before after".split())
_SPAN_START_RE = regex(r"\b(?:from|between)[ \u00a0]+\d{1,2}:\d\d\S*[ \u00a0]+$",
                            re.IGNORECASE)
# words after which a bare m:ss is the time a race or a task took
_RACE_CUES = frozenset(
    "in of time times timed clocked clocking ran run finished finishing record best".split())
# a bound between the cue and the figure: "finished in under 4:00", "a time of just over"
_BOUND_RE = regex(
    r"(?:[ \u00a0]+(?:just|under|over|about|around|below|nearly|almost|less|more|than))+"
    r"[ \u00a0]*$",
    re.IGNORECASE)
# a ratio, a score or a verse written like a time: "a ratio of 16:09", "a score of 25:23"
_NOT_TIMED_RE = regex(r"\b(?:ratio|odds|score|vote|tally|verse|chapter|aspect)s?\b",
                           re.IGNORECASE)
_WORD_BEFORE_RE = regex(r"([A-Za-z]+)[ \u00a0]*$")
_NAME_BRACKET_RE = regex(r"[A-Z][\w'\u2019.-]*[ \u00a0]*\([ \u00a0]*$")
_CLOSE_BRACKET_RE = regex(r"[ \u00a0]*\)")


@dataclass(frozen=True)
class RaceTime:
    """A colon-written duration, its span and value in seconds, and its rounding step."""

    start: int
    end: int
    seconds: float
    step: float  # 0.01 for "2:11.48", 1 for "2:08:30"


def race_times(text: str) -> list[RaceTime]:
    """Every colon form in `text` that states how long something took, not when."""
    return list(_race_times(text)) if ":" in text else []


@functools.lru_cache(maxsize=512)
def _race_times(text: str) -> tuple[RaceTime, ...]:
    # memoised: a sentence's times and its quantities both ask (as dates are)
    out = []
    for m in _COLON_RE.finditer(text):
        if m.group("frac") is None and not _duration_here(text, m):
            continue
        if m.group("h") is not None:
            whole = int(m.group("h")) * 3600 + int(m.group("hm")) * 60 + int(m.group("hs"))
        else:
            whole = int(m.group("m")) * 60 + int(m.group("s"))
        frac = m.group("frac") or ""
        seconds = whole + (int(frac) / 10 ** len(frac) if frac else 0.0)
        out.append(RaceTime(m.start(), m.end(), seconds, 10.0 ** -len(frac)))
    return tuple(out)


def _duration_here(text: str, m: re.Match[str]) -> bool:
    """Whether a colon form without a fraction of a second is a duration where it stands."""
    start, end = m.span()
    before = text[max(0, start - 40) : start]
    word = _WORD_BEFORE_RE.search(before)
    prev = word.group(1).lower() if word else ""
    if prev in _CLOCK_BEFORE or _CLOCK_AFTER_RE.match(text, end) or \
            _ZONE_AFTER_RE.match(text, end):
        return False
    if prev in ("to", "and") and _SPAN_START_RE.search(before[: word.start()] if word else ""):
        return False  # "from 9:00:00 to 17:30:00", "between 2:10 and 2:15"
    if m.group("h") is not None:
        return True
    if _NOT_TIMED_RE.search(before[-20:]) or _NOT_TIMED_RE.match(text, end + 1):
        return False
    bound = _BOUND_RE.search(before)
    cue = _WORD_BEFORE_RE.search(before[: bound.start()] if bound else before)
    if cue is not None and cue.group(1).lower() in _RACE_CUES:
        return True
    # "Lund (4:01) was second": a time given in brackets after a name
    return bool(_NAME_BRACKET_RE.search(before) and _CLOSE_BRACKET_RE.match(text, end))
