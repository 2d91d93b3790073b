"""English number words and numerals turned into values.

The lowest layer of the quantities engine: no knowledge of units, hedges or
heads, only "how much does this string of digits or words say". Everything
here is a pure function over short strings; the regexes are compiled once.
"""

from __future__ import annotations

import functools
import re

from ..cache import regex

UNITS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES: dict[str, int] = {
    "thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12,
}  # fmt: skip
# Suffixes written straight after a numeral ("3.7m", "$5bn", "1.8k"). "m" and
# "b" are only read as scales in money or with a decimal point; the caller
# decides, because "100m" is a sprint and "3.7m" is a population.
SUFFIX_SCALES: dict[str, int] = {
    "k": 10**3, "m": 10**6, "mn": 10**6, "mln": 10**6, "b": 10**9, "bn": 10**9,
    "tn": 10**12, "trn": 10**12,
}  # fmt: skip
ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
    "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
    "hundredth": 100, "thousandth": 1000, "millionth": 10**6,
}  # fmt: skip
# Fractions are read as shares; the quantities layer turns them into percent.
FRACTIONS: dict[str, float] = {
    "half": 1 / 2, "halves": 1 / 2, "third": 1 / 3, "thirds": 1 / 3,
    "quarter": 1 / 4, "quarters": 1 / 4, "fifth": 1 / 5, "fifths": 1 / 5,
    "tenth": 1 / 10, "tenths": 1 / 10,
}  # fmt: skip

NUMBER_WORDS = frozenset(UNITS) | frozenset(TENS) | frozenset(SCALES) | {"hundred", "dozen"}

_SEPARATORS_RE = regex(r"[,\s\u00a0\u202f\u2009']")
_NUMERAL_RE = regex(r"[-\u2212]?\d+(?:\.\d+)?")
_WORD_SPLIT_RE = regex(r"[a-z]+")


def parse_numeral(text: str) -> float | None:
    """Read a numeral with optional thousands separators ("1,800", "816 000", "-4", "3.7")."""
    cleaned = _SEPARATORS_RE.sub("", text).replace("\u2212", "-")
    if not _NUMERAL_RE.fullmatch(cleaned):
        return None
    return float(cleaned)


def numeral_step(text: str) -> float:
    """Return the rounding step a numeral was stated to: 1 for "12", 0.1 for "3.7"."""
    _, dot, decimals = text.partition(".")
    return 10.0 ** -len(decimals) if dot else 1.0


def parse_words(words: list[str]) -> tuple[float, float, int] | None:
    """Read the longest number-word prefix of ``words``.

    Returns (value, step, words consumed) or None when nothing is a number.
    The step is the rounding unit of the statement: "a million" is stated to the
    million, "three hundred and forty-two" to the unit.
    """
    total = 0
    current = 0
    step = 1
    used = 0
    last = ""  # kind of the previous token: unit, teen, tens, hundred, scale, dozen
    seen_any = False
    i = 0
    while i < len(words):
        w = words[i]
        if w == "and" or w == "a":
            # "and" joins "hundred and five"; "a" opens "a million". Both only
            # count when a number word follows and the grammar allows it.
            nxt = words[i + 1] if i + 1 < len(words) else ""
            if w == "and" and last in ("hundred", "scale") and (nxt in UNITS or nxt in TENS):
                i += 1
                continue
            if w == "a" and not seen_any and nxt in ("hundred", "dozen", *SCALES):
                current = 1
                last = "unit"
                seen_any = True
                i += 1
                used = i
                continue
            break
        if w in UNITS:
            v = UNITS[w]
            if last in ("unit", "teen", "dozen"):
                break
            if last == "tens" and (v == 0 or v >= 10):
                break
            if v >= 10:
                kind = "teen"
            else:
                kind = "unit"
            current += v
            last = kind
        elif w in TENS:
            if last in ("unit", "teen", "tens", "dozen"):
                break
            current += TENS[w]
            last = "tens"
        elif w == "hundred":
            if last == "hundred" or last == "dozen" or (current % 100 == 0 and current):
                break
            current = (current or 1) * 100
            last = "hundred"
            step = 1
        elif w == "dozen":
            if last in ("hundred", "dozen"):
                break
            current = (current or 1) * 12
            last = "dozen"
        elif w in SCALES:
            scale = SCALES[w]
            if last == "scale" and total and total < scale:
                break
            if total and total % (scale * 1000) != 0 and total < scale * 1000:
                break
            total += (current or 1) * scale
            current = 0
            last = "scale"
        else:
            break
        seen_any = True
        i += 1
        used = i
    if not seen_any:
        return None
    value = total + current
    # A round statement like "two million" is only precise to its scale word.
    if value and last == "scale" and current == 0:
        step = _round_step(value)
    elif last == "dozen":
        step = 12
    return float(value), float(step), used


def _round_step(value: int) -> int:
    """Largest power of ten (at least 1,000) that divides ``value``."""
    step = 1
    while value % (step * 10) == 0 and step < 10**12:
        step *= 10
    return step


def words_to_number(text: str) -> float | None:
    """Read a whole string of number words ("three hundred and forty-two") or None."""
    words = _WORD_SPLIT_RE.findall(text.lower())
    parsed = parse_words(words)
    if parsed is None or parsed[2] != len(words):
        return None
    return parsed[0]


def number_of(written: str) -> float | None:
    """A whole number written in digits ("20") or in words ("twenty-one"), or None."""
    return float(written) if written.isdigit() else words_to_number(written)


_UNDER_20 = [k for k, _ in sorted(UNITS.items(), key=lambda kv: kv[1])]
_TENS_BY_VALUE = {v: k for k, v in TENS.items()}


def number_to_words(n: int) -> str:
    """Write a non-negative integer below a trillion in English words (for tests and messages)."""
    if n < 20:
        return _UNDER_20[n]
    if n < 100:
        tens, unit = divmod(n, 10)
        return _TENS_BY_VALUE[tens * 10] + (f"-{_UNDER_20[unit]}" if unit else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        head = f"{_UNDER_20[hundreds]} hundred"
        return head + (f" and {number_to_words(rest)}" if rest else "")
    for word, scale in sorted(SCALES.items(), key=lambda kv: -kv[1]):
        if n >= scale:
            top, rest = divmod(n, scale)
            head = f"{number_to_words(top)} {word}"
            if not rest:
                return head
            joiner = " and " if rest < 100 else " "
            return head + joiner + number_to_words(rest)
    raise ValueError(n)  # unreachable for n >= 0


def format_value(value: float) -> str:
    """Render a value compactly for messages: 3700000 -> "3.7 million", 12.0 -> "12"."""
    sign = "-" if value < 0 else ""
    v = abs(value)
    for word, scale in (("trillion", 10**12), ("billion", 10**9), ("million", 10**6)):
        if v >= scale:
            return f"{sign}{_trim(v / scale)} {word}"
    if v >= 10000:
        return f"{sign}{v:,.0f}"
    return sign + _trim(v)


def _trim(v: float) -> str:
    text = f"{v:,.3f}".rstrip("0").rstrip(".")
    return text if text else "0"


def word_trie(words: list[str] | frozenset[str] | set[str]) -> str:
    """Regex source matching any of ``words``, factored into a trie.

    Python's regex engine tries alternatives one by one; sharing prefixes
    ("thir(?:d|teen|ty)") makes a long word list several times faster to scan.
    """
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = "|".join(branches)
        if "" in node:
            return f"(?:{body})?"
        return branches[0] if len(branches) == 1 else f"(?:{body})"

    return build(root)


START_WORDS = (
    NUMBER_WORDS | frozenset(ORDINALS)
    | frozenset("half several dozens scores hundreds thousands millions billions tens".split())
)
# Words an atom may open with "a"/"an" in front: "a dozen", "a few", "a third", "a day".
_AFTER_A = frozenset(
    "hundred thousand million billion trillion dozen few couple handful third quarter fifth"
    " tenth half second minute hour day week fortnight month year decade century".split()
)


_CANDIDATE_SRC = (
    rf"(?P<d>[-\u2212]?\d+)|\ban?\s+(?=(?:{word_trie(_AFTER_A)})\b)"
    rf"|\b(?:{word_trie(START_WORDS)})\b"
)
_CANDIDATE_RE = regex(_CANDIDATE_SRC)


@functools.lru_cache(maxsize=1)
def _candidate_ci_re() -> re.Pattern[str]:
    """The case-blind scan, compiled only for the rare text whose length lower() changes."""
    return regex(_CANDIDATE_SRC, re.IGNORECASE)


def candidates(text: str) -> list[int]:
    """Offsets where an atom may start: digit runs and number-ish words.

    Trying the large atom pattern only at these offsets, instead of searching
    every position, is what keeps extraction fast on long news sentences. The
    lower-cased text is scanned when lower-casing keeps offsets (it nearly
    always does); a case-blind scan is slower.
    """
    lower = text.lower()
    if len(lower) == len(text):
        found = _CANDIDATE_RE.finditer(lower)
    else:
        found = _candidate_ci_re().finditer(text)
    out: list[int] = []
    for m in found:
        p = m.start()
        out.append(p)
        if m.group("d") and text[p] in "-\u2212":
            out.append(p + 1)  # "COVID-19", "18-25": also try the digits without the sign
    return out
