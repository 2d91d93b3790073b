"""Units of measure: which words name them, their dimension, and the factor to the canonical unit.

Canonical units: metres ("m"), seconds ("s"), kilograms ("kg"), metres per second
("m/s"), degrees Celsius ("°C"), percent ("%"),
percentage points ("pp") and one unit per currency ("USD", "GBP", "EUR", "JPY",
"CNY", "RUB"; "peso", "rupee", "franc" where the country is not said).
Money in different currencies is never converted: exchange rates are data, not rules.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..cache import regex


class Unit(NamedTuple):
    """A unit word's canonical unit, dimension and conversion factor."""

    canonical: str
    dimension: str
    factor: float  # one of this unit, in the canonical unit


_DAY = 86400.0
UNIT_WORDS: dict[str, Unit] = {}


def _add(names: str, canonical: str, dimension: str, factor: float) -> None:
    for name in names.split("|"):
        UNIT_WORDS[name] = Unit(canonical, dimension, factor)


_add("%|percent|per cent|pct|pc", "%", "percent", 1.0)
_add("percentage point|percentage points|pp", "pp", "percentage points", 1.0)
_add("basis point|basis points|bp|bps", "pp", "percentage points", 0.01)
_add("km|kms|kilometre|kilometres|kilometer|kilometers", "m", "length", 1000.0)
_add("mile|miles|mi", "m", "length", 1609.344)
_add("m|metre|metres|meter|meters", "m", "length", 1.0)
_add("cm|centimetre|centimetres|centimeter|centimeters", "m", "length", 0.01)
_add("mm|millimetre|millimetres|millimeter|millimeters", "m", "length", 0.001)
_add("ft|foot|feet", "m", "length", 0.3048)
_add("yard|yards|yd", "m", "length", 0.9144)
_add("inch|inches", "m", "length", 0.0254)
_add("second|seconds|sec|secs", "s", "duration", 1.0)
_add("minute|minutes|min|mins", "s", "duration", 60.0)
_add("hour|hours|hr|hrs|h", "s", "duration", 3600.0)
_add("day|days", "s", "duration", _DAY)
_add("week|weeks", "s", "duration", 7 * _DAY)
_add("fortnight|fortnights", "s", "duration", 14 * _DAY)
# Calendar months and years vary; the mean lengths keep "three months" near "90 days".
_add("month|months", "s", "duration", 30.436875 * _DAY)
_add("year|years|yr|yrs", "s", "duration", 365.2425 * _DAY)
_add("decade|decades", "s", "duration", 3652.425 * _DAY)
_add("century|centuries", "s", "duration", 36524.25 * _DAY)
_add("mph|miles per hour|miles an hour", "m/s", "speed", 0.44704)
_add("km/h|kph|kmh|kmph|kilometres per hour|kilometers per hour|kilometres an hour", "m/s",
     "speed", 1 / 3.6)
_add("knot|knots", "m/s", "speed", 0.514444)
# Celsius only: Fahrenheit needs an offset, not a factor, and is kept out rather than guessed.
_add("°c|c|celsius|degrees celsius|degrees c", "°C", "temperature", 1.0)
_add("kg|kgs|kilo|kilos|kilogram|kilograms|kilogramme|kilogrammes", "kg", "mass", 1.0)
_add("gram|grams|gramme|grammes", "kg", "mass", 0.001)
_add("tonne|tonnes|ton|tons|t", "kg", "mass", 1000.0)
_add("lb|lbs", "kg", "mass", 0.45359237)
_add("dollar|dollars|usd|us dollars|us dollar", "USD", "money", 1.0)
# the other dollars: "A$30m" is 30 million Australian dollars, not US dollars
_add("australian dollar|australian dollars|aud", "AUD", "money", 1.0)
_add("canadian dollar|canadian dollars|cad", "CAD", "money", 1.0)
_add("new zealand dollar|new zealand dollars|nzd", "NZD", "money", 1.0)
_add("hong kong dollar|hong kong dollars|hkd", "HKD", "money", 1.0)
_add("singapore dollar|singapore dollars|sgd", "SGD", "money", 1.0)
# "pounds" after a number is read as money: British news prices far more often than it weighs.
_add("pound|pounds|gbp|pounds sterling|sterling", "GBP", "money", 1.0)
_add("euro|euros|eur", "EUR", "money", 1.0)
_add("yen|jpy", "JPY", "money", 1.0)
_add("peso|pesos", "peso", "money", 1.0)
_add("rupee|rupees", "rupee", "money", 1.0)
_add("yuan|renminbi", "CNY", "money", 1.0)
_add("rouble|roubles|ruble|rubles", "RUB", "money", 1.0)
_add("franc|francs", "franc", "money", 1.0)
_add("pence|p", "GBP", "money", 0.01)
_add("cent|cents", "USD", "money", 0.01)

CURRENCY_SYMBOLS: dict[str, str] = {
    "$": "USD", "us$": "USD", "usd": "USD", "£": "GBP", "€": "EUR", "¥": "JPY",
    "gbp": "GBP", "eur": "EUR", "a$": "AUD", "au$": "AUD", "c$": "CAD", "ca$": "CAD",
    "nz$": "NZD", "hk$": "HKD", "s$": "SGD",
}  # fmt: skip

# Short unit spellings that are also ordinary letters: they only count when
# written straight after the digits ("10km", "5kg") or before a non-letter.
_ATTACHED_ONLY = {"m", "t", "h", "p", "pc", "mi", "yd", "min", "sec", "pp", "hr", "bp", "bps"}

_names = sorted(UNIT_WORDS, key=len, reverse=True)
_pattern = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in _names)
# Anchored at the end of a number: optional space or hyphen ("15-km", "48-hour").
UNIT_RE = regex(rf"([ \u00a0]?|-)({_pattern})(?![\w%])", re.IGNORECASE)


def match_unit(text: str, pos: int) -> tuple[Unit, int, str] | None:
    """Find a unit word starting at ``pos`` (after a number); return (unit, end, name)."""
    m = UNIT_RE.match(text, pos)
    if m is None:
        return None
    name = re.sub(r"\s+", " ", m.group(2).lower())
    if name == "c":
        # Only a capital C straight after the digits is Celsius ("-4C"); "5 c" is not.
        return (UNIT_WORDS[name], m.end(), name) if m.group(2) == "C" and not m.group(1) else None
    if name in _ATTACHED_ONLY and not m.group(2).islower():
        return None  # "35 M&S", "5 T-shirts": capitals are names, not units
    if name in _ATTACHED_ONLY and m.group(1) and m.group(1) != "-":
        # "5 m" is fine, "5 m people" is not: keep the loose spellings attached-or-final.
        after = text[m.end() : m.end() + 2]
        if after[:1] == " " and after[1:2].isalpha():
            return None
    if name == "p" and m.group(1):
        return None
    if name == "t" and m.group(1) == "-":
        return None
    return UNIT_WORDS[name], m.end(), name
