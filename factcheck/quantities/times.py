"""Times of day: "14:46 GMT", "5pm", "0546 GMT", "1446 local time", "noon".

A colon form that times a race ("finished in 2:11") is a duration, not a time of day:
race_times.py decides which, and those are left out here.

Two times compare only in the same zone (both unnamed counts as the same): "14:46 GMT"
against "0546 GMT" disagree; against "1446 local time" they cannot be compared.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..cache import regex
from ..results import Outcome
from .mask import Mask
from .race_times import race_times

_ZONES = (
    r"GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT|JST|IST|AEST|AEDT"
    r"|local\s+time"
)
TIME_RE = regex(
    rf"""(?<![\w:.])(?:
        (?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)(?!\d|[.:]\d)\s*(?P<ap>[ap]\.?m\b\.?)?
      | (?P<h2>1[0-2]|0?[1-9])\s*(?P<ap2>[ap]\.?m\b\.?)
      | (?P<mil>[01]\d|2[0-3])(?P<mm>[0-5]\d)(?=\s*(?:{_ZONES}|hours|hrs)\b)
      | (?P<word>noon|midday|midnight)\b
    )(?:\s*\(?(?P<zone>{_ZONES})\b\)?)?""",
    re.VERBOSE | re.IGNORECASE,
)


@dataclass(frozen=True)
class TimeMention:
    """A time of day with its span, in minutes after midnight, and its zone if given."""

    text: str
    start: int
    end: int
    minutes: int
    zone: str | None  # "gmt", "local", ... (upper-case abbreviations folded)

    def describe(self) -> str:
        h, m = divmod(self.minutes, 60)
        zone = f" {self.zone.upper() if self.zone != 'local' else 'local time'}" \
            if self.zone else ""
        return f"{h:02d}:{m:02d}{zone}"


def extract_times(text: str) -> list[TimeMention]:
    """Every time of day stated in `text`."""
    if not any(ch.isdigit() for ch in text) and not re.search(
            r"noon|midday|midnight", text, re.IGNORECASE):
        return []
    out = []
    races = Mask([(r.start, r.end) for r in race_times(text)])
    for m in TIME_RE.finditer(text):
        minutes = _minutes(m)
        if minutes is None or races.overlaps(m.start(), m.end()):
            continue
        zone = m.group("zone")
        if zone:
            zone = "local" if zone.lower().startswith("local") else zone.lower()
        elif m.group("h") and not m.group("ap") and text[m.end("m"):m.end("m") + 1] == ".":
            continue  # "3.45" with nothing else is a number, not a time
        written = m.group(0).rstrip(" )")
        start = m.start()
        before = _OFFSET_RE.search(text, max(0, start - 30), start)
        if before is not None:
            # "one minute past midnight", "a quarter to six pm", "20 minutes after noon"
            n = before.group("n").lower()
            offset = int(n) if n.isdigit() else _OFFSETS[n]
            if 0 < offset < 60:
                sign = -1 if before.group("way").lower() in ("to", "before") else 1
                minutes = (minutes + sign * offset) % (24 * 60)
                written = text[before.start() : start] + written
                start = before.start()
        out.append(TimeMention(written, start, start + len(written), minutes, zone))
    return out


# minutes before or after a time of day, in words or figures
_OFFSETS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8, "nine": 9, "ten": 10, "twenty": 20, "quarter": 15,
            "a quarter": 15, "half": 30}
_OFFSET_RE = regex(
    r"(?<![\w-])(?P<n>a quarter|quarter|half|a|one|two|three|four|five|six|seven|eight|nine"
    r"|ten|twenty|\d{1,2})(?:\s+minutes?)?\s+(?P<way>past|after|to|before)\s+$",
    re.IGNORECASE)


def _minutes(m: re.Match[str]) -> int | None:
    if m.group("word"):
        return 0 if m.group("word").lower() == "midnight" else 12 * 60
    if m.group("mil"):
        return int(m.group("mil")) * 60 + int(m.group("mm"))
    hour = int(m.group("h") or m.group("h2"))
    minute = int(m.group("m") or 0)
    ap = (m.group("ap") or m.group("ap2") or "").lower().replace(".", "")
    if ap == "pm" and hour < 12:
        hour += 12
    elif ap == "am" and hour == 12:
        hour = 0
    if m.group("h") and not ap and not m.group("zone") and ":" not in m.group(0):
        return None  # "5.30" alone may be a price or a score
    return hour * 60 + minute


def compare_times(a: TimeMention, b: TimeMention) -> tuple[Outcome, str]:
    """Whether two times of day agree: only in the same zone."""
    if a.zone != b.zone:
        return Outcome.INCOMPARABLE, f"{a.describe()} and {b.describe()} are in other zones"
    if a.minutes == b.minutes:
        return Outcome.CONSISTENT, f"{a.describe()} = {b.describe()}"
    return Outcome.INCONSISTENT, f"{a.describe()} ≠ {b.describe()}"
