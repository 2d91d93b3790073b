"""The scanner behind ``extract_quantities``: finds number atoms and reads the words around them.

Kept apart from quantities.py so the public module stays short. An atom is a
numeral, a run of number words, a vague amount, an ordinal or a fraction;
around it the scanner reads a currency sign, a scale ("million", "bn"), a
range partner ("18 to 25"), a unit, a parenthetical restatement and the head
noun phrase. Hedges are read by a callback so their table lives with the
public types.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..cache import regex
from . import numbers
from .heads import head_at
from .mask import Mask
from .numbers import candidates
from .scores import score_at
from .shares import POINT_AFTER, read_share
from .units import CURRENCY_SYMBOLS, UNIT_WORDS, match_unit


@dataclass
class Raw:
    """A quantity being assembled; mutable while the scanner reads around it."""

    start: int
    end: int
    value: float
    step: float
    low: float | None = None  # only for ranges and vague amounts
    high: float | None = None
    unit: str | None = None
    dimension: str = "count"
    head: str = ""
    hedge: str | None = None
    factor: float = 1.0  # unit factor applied, so a coordinated partner can borrow it


# longest first, then in alphabetical order: the same pattern in every process (a set's
# order changes with the hash seed), so its compiled program is kept (cache.py)
_W = "|".join(sorted(numbers.NUMBER_WORDS, key=lambda w: (-len(w), w)))
_ORD = "|".join(sorted(numbers.ORDINALS, key=lambda w: (-len(w), w)))
_TENS = "|".join(numbers.TENS)
_DUR = "second|minute|hour|day|week|fortnight|month|year|decade|century"
_SCALE_WORDS = "hundred|thousand|million|billion|trillion|dozen"

ATOM_RE = regex(
    rf"""
    (?P<vague>\b(?:(?:tens|hundreds)\s+of\s+(?:thousands|millions)
        |(?:several|a\s+few|a\s+couple(?:\s+of)?)\s+(?:{_SCALE_WORDS})\b
        |a\s+couple\s+of|a\s+few|a\s+handful|several|dozens|scores(?=\s+of\b)
        |hundreds|thousands|millions|billions)\b)
  | (?P<halfa>\bhalf\s+an?\s+(?P<hscale>{_SCALE_WORDS})\b)
  | (?P<fpoint>\b(?:(?P<pnum>a|one|three)[\s-]+)?(?P<pden>quarters?|half|tenths?)
        {POINT_AFTER})
  | (?P<frac>\b(?P<fnum>a|one|two|three|four|five|six|seven|eight|nine)[\s-]+
        (?P<fden>halves|half|thirds|third|quarters|quarter|fifths|fifth|tenths|tenth)
        (?=\s+of\b)
      |\bhalf(?=\s+(?:of|the|its|their|his|her)\b)
      |(?<=\bby\s)(?P<bnum>a|one|two|three)[\s-]+(?P<bden>thirds|third|quarters|quarter|half)\b
      |(?<=\bby\s)half\b)
  | (?P<ratio>\b(?P<rnum>one|two|three|\d{{1,2}})\s+(?:in|out\s+of)\s+
        (?P<rden>two|three|four|five|six|seven|eight|nine|ten|twenty|\d{{1,3}})\b
        (?!\s+(?:{_DUR})s?\b)(?![\s-]*(?:%|per\b|-)))
  | (?P<dura>\b(?P<dhalf>half\s+)?an?(?=\s+(?:{_DUR})\b))
  | (?P<ordw>\b(?:(?P<otens>{_TENS})[\s-])?(?P<oword>{_ORD})\b)
  | (?P<words>\b(?:a\s+(?=(?:{_SCALE_WORDS})\b))?(?:{_W})\b(?:(?:\s+and\s+|[\s-]+)(?:{_W})\b)*)
  | (?P<num>(?<![\w.,/])[-\u2212]?(?:\d{{1,3}}(?:,\d{{3}})+
        |\d{{1,3}}(?:[ \u00a0\u202f]\d{{3}})+(?![\d,])|\d+)(?:\.\d+)?(?!\d|[.,]\d))
    """,
    re.IGNORECASE | re.VERBOSE,
)

VAGUE: dict[str, tuple[float, float]] = {
    "several": (3, 9), "a few": (2, 6), "a couple of": (2, 3), "a handful": (2, 6),
    "dozens": (24, 99), "scores": (40, 99), "hundreds": (200, 999), "thousands": (2000, 9999),
    "tens of thousands": (20_000, 99_999), "hundreds of thousands": (200_000, 999_999),
    "tens of millions": (2e7, 9.9e7), "hundreds of millions": (2e8, 9.99e8),
    "millions": (2e6, 9.99e8), "billions": (2e9, 9.99e11),
}  # fmt: skip
# "several hundred" = 3-9 hundred, "a few thousand" = 2-6 thousand, "a couple hundred" = 2-3.
VAGUE_MULTIPLIERS = {"several": (3, 9), "a few": (2, 6), "a couple": (2, 3), "a couple of": (2, 3)}
SCALE_OF = {"hundred": 100, "dozen": 12, **numbers.SCALES}

_SCALE_AFTER_RE = regex(
    r"(?:[ \u00a0](?P<w>million|billion|trillion|thousand|hundred|dozen|mn|bn|tn)"
    r"|(?P<a>bn|mn|mln|tn|trn|k|m|b))(?![\w%])",
    re.IGNORECASE,
)
_ORD_SUFFIX_RE = regex(r"(?:st|nd|rd|th)\b", re.IGNORECASE)
_CURRENCY_BEFORE_RE = regex(
    r"(US\$|(?<![A-Za-z])(?:AU|CA|NZ|HK|A|C|S)\$|\$|£|€|¥|\b(?:USD|GBP|EUR)\s)\s?$")
_RANGE_RE = regex(
    r"(?P<c>[ \u00a0]*[\u2013\u2014][ \u00a0]*|-|[ \u00a0]+to[ \u00a0]+|[ \u00a0]+and[ \u00a0]+)"
    r"(?:US\$|\$|£|€|¥)?",
    re.IGNORECASE,
)
_CHAIN_RE = regex(r"-\d")
_ADJ_SUFFIX_RE = regex(r"-(?:long|old)\b", re.IGNORECASE)
_PAREN_RE = regex(
    r"[ \u00a0]*\(\s*(?:about|around|some|approximately|roughly|over|more\s+than|less\s+than"
    r"|nearly|almost|up\s+to|under|c\.|~)?\s*(?:US\$|\$|£|€)?\d[\d,.]*\s*"
    r"(?:(?:million|billion|bn|m|k)\b)?\s*-?(?P<u>[A-Za-z%][A-Za-z]*(?:\s[a-z]+)?)?\s*\)",
    re.IGNORECASE,
)
_BETWEEN_RE = regex(r"\bbetween\s+$", re.IGNORECASE)
_FROM_RE = regex(r"\bfrom\s+(?:US\$|\$|£|€)?$", re.IGNORECASE)
_RANK_BEFORE_RE = regex(r"(?:\b[Nn]umber|\bNo\.|\bno\.|\branked)[ \t\u00a0]*$")
_RANK_AFTER_RE = regex(r"[ \t\u00a0]+in[ \t\u00a0]+the[ \t\u00a0]+world\b")
# the words a place "in the world" follows ("climbed from 40 in the world"); a count of things
# follows others ("only 10 in the world", "one of 3 in the world")
_RANK_PLACE_WORDS = frozenset("from to at is was now ranked".split())
_PREV_WORD_RE = regex(r"([A-Za-z]+)[\s-]*$")
_WORD_TOKEN_RE = regex(r"[A-Za-z]+")
_GAP_RE = regex(r"\s*(?:,\s*(?:and|or)?|and|or)\s*$", re.IGNORECASE)
_CONJUNCTION_RE = regex(r"\b(?:and|or)\b", re.IGNORECASE)

_ONE_SKIP_AFTER = frozenset("of another or by more after way".split())
_ONE_SKIP_BEFORE = frozenset("no the this that which any every each someone".split())
_SECOND_BEFORE = frozenset("the its his her their our a for every each".split())
_DUR_CUES = frozenset(
    "for in within than after over nearly almost about around under just only last past least"
    " entire whole full to".split()
)
HedgeFn = Callable[[str, int], "tuple[str, int] | None"]


def _in_mask(start: int, end: int, masked: Mask) -> bool:
    return masked.overlaps(start, end)


def _prev_word(text: str, pos: int) -> str:
    m = _PREV_WORD_RE.search(text, max(0, pos - 20), pos)
    return m.group(1).lower() if m else ""


def _money_word_at(text: str, pos: int) -> bool:
    """True when a currency word follows: "400m pesos" is money, so "m" is million."""
    got = match_unit(text, pos)
    return got is not None and got[0].dimension == "money"


_Value = tuple[int, int, float, float, "str | None", bool]


def _value_at(text: str, m: re.Match[str]) -> _Value | None:
    """Read a numeral or number-word atom: (start, end, value, step, currency, scaled)."""
    if m.group("num"):
        s, e = m.span("num")
        raw = m.group("num")
        if s >= 2 and text[s - 1] in "-\u2010" and text[s - 2].isalpha():
            return None  # identifiers: COVID-19, F-16
        value = numbers.parse_numeral(raw)
        if value is None:
            return None
        step = numbers.numeral_step(raw)
        currency = None
        cm = _CURRENCY_BEFORE_RE.search(text, max(0, s - 6), s)
        if cm:
            currency = CURRENCY_SYMBOLS[cm.group(1).strip().lower()]
            s = cm.start()
        scaled = False
        sm = _SCALE_AFTER_RE.match(text, e)
        if sm:
            word = (sm.group("w") or sm.group("a")).lower()
            # "100m" is a distance and "5b" a grade unless money or a decimal says otherwise.
            if word in ("m", "b") and not (
                currency or "." in raw or _money_word_at(text, sm.end())
            ):
                sm = None
            elif word == "k" and "." not in raw and not currency and raw.isdigit() and len(raw) > 3:
                sm = None
        if sm:
            word = (sm.group("w") or sm.group("a")).lower()
            scale = SCALE_OF.get(word) or numbers.SUFFIX_SCALES[word]
            value *= scale
            step *= scale
            e = sm.end()
            scaled = True
        return s, e, value, step, currency, scaled
    if m.group("words"):
        s, e = m.span("words")
        tokens = list(_WORD_TOKEN_RE.finditer(text, s, e))
        parsed = numbers.parse_words([t.group().lower() for t in tokens])
        if parsed is None:
            return None
        value, step, used = parsed
        e = tokens[used - 1].end()
        return s, e, value, step, None, used > 1
    return None


def _read(text: str, m: re.Match[str], masked: Mask, hedge_before: HedgeFn
          ) -> tuple[Raw | None, int]:
    """Read one atom and its surroundings; return the quantity (or None) and where to resume."""
    kind = m.lastgroup
    raw: Raw | None = None
    if kind == "vague":
        phrase = re.sub(r"\s+", " ", m.group("vague").lower())
        first, _, last = phrase.rpartition(" ")
        if phrase in VAGUE:
            lo, hi = VAGUE[phrase]
        elif first in VAGUE_MULTIPLIERS and last in SCALE_OF:
            a, b = VAGUE_MULTIPLIERS[first]
            lo, hi = a * SCALE_OF[last], b * SCALE_OF[last]
        else:
            return None, m.end()
        raw = Raw(m.start(), m.end(), float(lo), 1.0, float(lo), float(hi), hedge=phrase)
    elif kind == "halfa":
        scale = SCALE_OF[m.group("hscale").lower()]
        raw = Raw(m.start(), m.end(), scale / 2, scale / 10)
    elif kind in ("fpoint", "frac"):
        end, value, step, unit, dimension = read_share(text, m)
        raw = Raw(m.start(), end, value, step, unit=unit, dimension=dimension)
    elif kind == "ratio":  # "one in five" harbour ferries: 20%
        part = numbers.number_of(m.group("rnum"))
        whole = numbers.number_of(m.group("rden"))
        if not part or not whole or part >= whole:
            return None, m.end()
        raw = Raw(m.start(), m.end(), 100 * part / whole, 1.0, unit="%", dimension="percent")
    elif kind == "dura":
        if _prev_word(text, m.start()) not in _DUR_CUES:
            return None, m.end()
        raw = Raw(m.start(), m.end(), 0.5 if m.group("dhalf") else 1.0, 1.0)
    elif kind == "ordw":
        word = m.group("oword").lower()
        if word == "second" and not m.group("otens"):
            if _prev_word(text, m.start()) not in _SECOND_BEFORE:
                return None, m.end()
        nth = numbers.ORDINALS[word] + (numbers.TENS[m.group("otens").lower()]
                                        if m.group("otens") else 0)
        raw = Raw(m.start(), m.end(), float(nth), 1.0, dimension="ordinal")
    else:
        score = score_at(text, m.start()) if kind == "num" else None
        if score is not None and not _in_mask(m.start(), score[0], masked):
            return Raw(m.start(), score[0], score[1], 1.0, dimension="score"), score[0]
        got = _value_at(text, m)
        if got is None:
            return None, m.end()
        s, e, value, step, currency, scaled = got
        if kind == "num" and text[s] == "0" and e - s > 1 and text[s + 1].isdigit():
            return None, e  # "04711", "007": a code or a name, not an amount
        if kind == "words":
            lowered = text[s:e].lower()
            if lowered == "one":
                nxt = _WORD_TOKEN_RE.search(text, e, e + 12)
                if (nxt and nxt.group().lower() in _ONE_SKIP_AFTER) or (
                    _prev_word(text, s) in _ONE_SKIP_BEFORE
                ):
                    return None, e
        elif not scaled and not currency:
            om = _ORD_SUFFIX_RE.match(text, e)
            if om and "." not in text[s:e]:
                raw = Raw(s, om.end(), value, 1.0, dimension="ordinal")
                raw.head = head_at(text, om.end())
                return raw, om.end()
        if e < len(text) and text[e].isalpha() and kind == "num" and not scaled:
            unit_here = match_unit(text, e)
            if unit_here is None:
                return None, e  # 4G, 3D, 1990s: an identifier or a decade, not an amount
        raw = Raw(s, e, value, step)
        if not scaled and not currency and step == 1.0 and (_RANK_BEFORE_RE.search(
                text, max(0, s - 10), s) or (_RANK_AFTER_RE.match(text, e)
                                            and _prev_word(text, s) in _RANK_PLACE_WORDS)):
            # "number 12 in the list", "No. 7", "ranked 90", "40 in the world": a place
            raw.dimension = "ordinal"
            return raw, e
        if currency:
            raw.unit, raw.dimension = currency, "money"
        resume = _range(text, raw, s, scaled, masked)
        if resume is None:
            return None, _skip_pair(text, e)
    raw = _finish(text, raw, hedge_before)
    if (kind == "words" and raw.value == 1 and not raw.head and raw.unit is None
            and raw.hedge is None):
        return None, raw.end  # a bare "one" is a pronoun: "a new one", "the one that"
    return raw, raw.end


def _skip_pair(text: str, pos: int) -> int:
    """Resume after a score-like pair ("3-1") so its second half is not read alone."""
    m = _RANGE_RE.match(text, pos)
    if m is None:
        return pos
    end = pos
    while m is not None:
        am = ATOM_RE.match(text, m.end())
        if am is None:
            break
        end = am.end()
        m = _RANGE_RE.match(text, end)
        if m is None or m.group("c") != "-":
            break
    return end


def _range(text: str, raw: Raw, s: int, scaled: bool, masked: Mask
           ) -> bool | None:
    """Extend ``raw`` into a range when a partner follows; None when the pair is a score."""
    rm = _RANGE_RE.match(text, raw.end)
    if rm is None:
        return True
    conn = rm.group("c").strip().lower()
    before = text[max(0, s - 12) : s]
    if conn == "and" and not _BETWEEN_RE.search(before):
        return True  # "5 and 6 kg" is two values, not a range
    if conn == "to" and _FROM_RE.search(before):
        return True  # "from 5% to 6%" is a change between two values
    am = ATOM_RE.match(text, rm.end())
    if am is None or am.lastgroup not in ("num", "words"):
        return True
    if _in_mask(am.start(), am.end(), masked):
        return True
    got = _value_at(text, am)
    if got is None:
        return True
    _, e2, v2, step2, cur2, scaled2 = got
    value = raw.value
    if scaled2 and not scaled and v2 > value:
        # "3 to 4 million": the scale word is written once and applies to both ends.
        factor = v2 / max(abs(value), 1) if value else 1
        for scale in (1e12, 1e9, 1e6, 1e3, 100):
            if v2 >= scale and factor > 50:
                value *= scale
                raw.step *= scale
                break
    if v2 <= value or (conn == "-" and _CHAIN_RE.match(text, e2)):
        # "won 3-1" is a score and "3-4-1" a formation: neither is a range.
        return None if conn in ("-", "\u2013", "\u2014") else True
    raw.low, raw.high = value, v2
    raw.value = (value + v2) / 2
    raw.step = max(raw.step, step2)
    raw.end = e2
    raw.hedge = "between"
    if cur2 and raw.unit is None:
        raw.unit, raw.dimension = cur2, "money"
    return True


def _finish(text: str, raw: Raw, hedge_before: HedgeFn) -> Raw:
    """Read the unit, a parenthetical restatement, the head and the hedge around ``raw``."""
    pos = raw.end
    if raw.dimension in ("count", "money"):
        got = match_unit(text, pos)
        if got is not None and (raw.dimension == "count" or got[0].dimension == "money"):
            unit, pos, _ = got
            if raw.dimension == "count":
                raw.unit, raw.dimension, raw.factor = unit.canonical, unit.dimension, unit.factor
                _scale(raw, unit.factor)
            am = _ADJ_SUFFIX_RE.match(text, pos)
            if am:
                pos = am.end()
    if raw.unit is not None:
        pm = _PAREN_RE.match(text, pos)
        if pm and pm.group("u"):
            inner = UNIT_WORDS.get(pm.group("u").lower())
            # another currency in brackets is another amount: no rate converts them
            if inner is not None and inner.dimension == raw.dimension and (
                    raw.dimension != "money" or inner.canonical == raw.unit):
                pos = pm.end()
    raw.end = pos
    if raw.hedge is None or raw.hedge == "between":
        if raw.hedge == "between":
            bm = _BETWEEN_RE.search(text, max(0, raw.start - 12), raw.start)
            if bm:
                raw.start = bm.start()
        else:
            found = hedge_before(text, raw.start)
            if found is not None:
                raw.hedge, raw.start = found
    raw.head = head_at(text, pos)
    return raw


def _scale(raw: Raw, factor: float) -> None:
    raw.value *= factor
    raw.step *= factor
    if raw.low is not None:
        raw.low *= factor
    if raw.high is not None:
        raw.high *= factor


def _coordinate(text: str, raws: list[Raw]) -> None:
    """Let a bare number borrow the unit or head of its coordinated partner ("5 and 6 kg",
    "3, 4 and 5 km"). A comma alone joins a list only on the way to its "and" or "or":
    "number five, 30 weeks after" lists nothing."""
    listed = [False] * len(raws)  # joined to the next by "and" or "or", maybe via commas
    for i in range(len(raws) - 2, -1, -1):
        a, b = raws[i], raws[i + 1]
        gap = _GAP_RE.fullmatch(text, a.end, b.start)
        if gap is None:
            continue
        listed[i] = bool(_CONJUNCTION_RE.search(gap.group())) or listed[i + 1]
        if not listed[i]:
            continue
        if a.dimension != "count" or a.head or a.unit or a.hedge not in (None, b.hedge):
            continue
        if b.unit is not None and b.dimension not in ("money",):
            a.unit, a.dimension, a.factor = b.unit, b.dimension, b.factor
            _scale(a, b.factor)
        elif b.dimension == "count" and b.head:
            a.head = b.head


_DAY_JOIN_RE = regex(r"\s*(?:and|or|to|-|\u2013)\s*", re.IGNORECASE)


def _day_before_date(text: str, raw: Raw, masked: Mask) -> bool:
    """True for the first day of "9 and 10 July" or "9-10 July": a date, not a count."""
    if raw.dimension != "count" or raw.head or raw.hedge or not 1 <= raw.value <= 31:
        return False
    m = _DAY_JOIN_RE.match(text, raw.end)
    if m is None or m.end() >= len(text) or not text[m.end()].isdigit():
        return False
    return masked.starts_at(m.end())


def scan(text: str, masked: list[tuple[int, int]], hedge_before: HedgeFn,
         starts: list[int] | None = None) -> list[Raw]:
    """Find every quantity atom in ``text`` outside the masked spans, left to right."""
    mask = Mask(masked)
    raws: list[Raw] = []
    pos = 0
    for p in candidates(text) if starts is None else starts:
        if p < pos:
            continue
        m = ATOM_RE.match(text, p)
        if m is None:
            continue
        if mask and _in_mask(m.start(), m.end(), mask):
            pos = m.end()
            continue
        raw, resume = _read(text, m, mask, hedge_before)
        if raw is not None and not _day_before_date(text, raw, mask):
            raws.append(raw)
        pos = max(resume, m.start() + 1)
    if len(raws) > 1:
        _coordinate(text, raws)
    return raws
