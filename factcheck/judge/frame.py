"""Whether a passage can hold a claim's frame at all, told before the alignment.

A passage supports or contradicts a claim only when every name, figure, date and time of
the claim is found in it (or, for a figure, date or time, found in conflict): stance.py
excuses a missing word, never a missing name or value. The audit judges thousands of
sentence pairs with no surroundings, and most of them lack that frame; `frame_can_align`
tells so from the read statements alone, with the aligner's own tests of each unit, so
that the full alignment (every word against every word) is spent only where it can
decide something. It is a necessary condition, not a sufficient one: True says nothing.
"""

from __future__ import annotations

from .entities import country_of_name
from .naming import match_name
from .roles import country_word
from .units import Name, Statement
from .values import comparable, number_in_name


def frame_can_align(claim: Statement, passage: Statement) -> bool:
    """False only when `align(claim, passage)` (no surroundings) must leave a name, figure,
    date or time of the claim unaligned, or `passage` is a question, so that
    `stance.decide` can neither support nor contradict."""
    if passage.question:
        return False
    for kind, mine, theirs in (("figure", claim.quantities, passage.quantities),
                               ("date", claim.dates, passage.dates),
                               ("time", claim.times, passage.times)):
        if any(all(comparable(kind, item, other) is None for other in theirs)
               and not (kind == "figure" and number_in_name(item, passage))
               for item in mine):
            return False
    return all(_name_can_align(name, k == 0, passage) for k, name in enumerate(claim.names))


def _name_can_align(name: Name, first: bool, passage: Statement) -> bool:
    """Every way roles.align_name and roles.role_check can find a claim name when there is
    nothing around the passage: a passage name it matches (role_check's same_entity and
    _coordinated match names the same way), the same country in other words or as
    another name, or, for the claim's subject, a passage that opens by referring back."""
    if match_name(name, passage.names) is not None or country_word(name, passage):
        return True
    if first and passage.anaphor_at_start(as_subject=True):
        return True
    country = country_of_name(name)
    return country is not None and any(country_of_name(other) == country
                                       for other in passage.names)
