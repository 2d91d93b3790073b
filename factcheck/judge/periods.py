"""Periods: another period named in the claim's place, and a passage about a part of the
claim's year. Either way the passage states that period's facts, not a conflict with the
claim's (code PERIOD, which stance.decide reads as related)."""

from __future__ import annotations

from dataclasses import replace

from . import lexical
from .links import CONFLICT, UnitLink
from .units import Statement


def named(claim: Statement, links: list[UnitLink]) -> list[UnitLink]:
    """An ordinal and a span of time together name a period ("its second week", "the
    first day"): another ordinal or span there is another period, of which the passage
    states its own facts, not a conflict with the claim's (code PERIOD)."""
    period = {i for a, b in zip(claim.words, claim.words[1:], strict=False)
              if a.folded in lexical.ORDINALS and b.lemmas & set(lexical.TIME_UNITS)
              for i in (a.index, b.index)}
    if not period:
        return links
    return [replace(link, code="PERIOD",
                    note=f"another period: {link.note}") if link.code == "ANTONYM"
            and w.index in period else link
            for w, link in zip(claim.content_words, links, strict=True)]


def of_a_part(claim: Statement, passage: Statement, links: list[UnitLink]
               ) -> list[UnitLink]:
    """A passage dated to a part of the claim's year (its last quarter, one of its
    months) and to no other date gives that part's rates and turns, not the year's:
    "ferry traffic fell 0.7% in the final three months of 2024" is no value of "ferry
    traffic rose 4.1% in 2024" (code PERIOD, as another period is). A date against a
    date, or another figure of one event ("three days after the storm" against "three
    weeks after"), stands."""
    conflicts = [link for link in links if link.relation == CONFLICT]
    if not claim.dates or not passage.dates or not conflicts or not all(
            link.code == "ANTONYM" or (link.kind == "figure" and _rate(link.claim))
            for link in conflicts):
        return links  # a date against a date, or a count of the event itself, stands
    spans = [(d.low, d.high) for d in claim.dates if d.low and d.high]
    parts = [d for d in passage.dates if d.low and d.high and (d.low, d.high) not in spans]
    inside = [(d, c) for d in parts for c in claim.dates if c.low and c.high
              and c.low <= d.low and d.high <= c.high]
    if not inside or len(parts) != len(passage.dates):
        return links
    part, whole = inside[0]
    if whole.precision != "year":
        return links
    return [replace(link, code="PERIOD", note=f"{part.text} is a part of {whole.text}: "
                    f"{link.note}") if link.relation == CONFLICT else link for link in links]


def _rate(written: str) -> bool:
    """A percentage: a rate over a period ("rose 4.1%")."""
    return "%" in written or "per" in written.lower().split()[-2:] or \
        written.lower().endswith("percent")
