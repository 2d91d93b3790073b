"""Shares written as fractions: "a third of the vote", "grew by a quarter" (percent), and
"a quarter of a percentage point", "a half-point cut" (percentage points).

`read_share` turns the scanner's match of either into (end, value, step, unit, dimension).
"""

from __future__ import annotations

import re

from ..cache import regex
from . import numbers

# what a fraction of a percentage point is written with: "a quarter of a percentage point"
_POINT = r"[\s-]+(?:of\s+)?(?:an?\s+)?(?:percentage[\s-]+)?points?\b"
POINT_AFTER = f"(?={_POINT})"  # the scanner's lookahead
_POINT_RE = regex(_POINT, re.IGNORECASE)


def read_share(text: str, m: re.Match[str]) -> tuple[int, float, float, str, str]:
    """(end, value, step, unit, dimension) of a fraction the scanner matched as "fpoint"
    (of a percentage point) or "frac" (a share, in percent)."""
    if m.lastgroup == "fpoint":
        share = _share(m.group("pnum"), m.group("pden"))
        point = _POINT_RE.match(text, m.end())
        return (point.end() if point else m.end()), share, 0.01, "pp", "percentage points"
    num_word, den = m.group("fnum") or m.group("bnum"), m.group("fden") or m.group("bden")
    # "a third of", "two-thirds of", "grew by a third"; a bare "half of" is one half
    share = _share(num_word, den) if den else 0.5
    return m.end(), share * 100, 1.0, "%", "percent"


def _share(num_word: str | None, den: str) -> float:
    num = 1 if num_word is None or num_word.lower() == "a" else numbers.UNITS[num_word.lower()]
    return num * numbers.FRACTIONS[den.lower()]
