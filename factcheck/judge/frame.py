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

from ..results import Outcome
from .figures import _compare, _same_fields, _same_kind
from .naming import match_name
from .roles import _country, _country_word
from .units import Name, Statement


def frame_can_align(claim: Statement, passage: Statement) -> bool:
    """False only when `align(claim, passage)` (no surroundings) must leave a name, figure,
    date or time of the claim unaligned, or `passage` is a question, so that
    `stance.decide` can neither support nor contradict."""
    if passage.question:
        return False
    for kind, mine, theirs in (("figure", claim.quantities, passage.quantities),
                               ("date", claim.dates, passage.dates),
                               ("time", claim.times, passage.times)):
        if any(not any(_comparable(kind, item, other) for other in theirs) for item in mine):
            return False
    return all(_name_can_align(name, k == 0, passage) for k, name in enumerate(claim.names))


def _comparable(kind: str, item: object, other: object) -> bool:
    """The passage item survives figures._candidates' tests that depend on the two items
    alone: without one, link_items leaves the claim's item unaligned."""
    outcome = _compare(kind, item, other)[0]
    if outcome is Outcome.INCOMPARABLE:
        return False
    if kind == "date" and not _same_fields(item, other):
        return False
    return not (kind == "figure" and _same_kind(item, other) is False)


def _name_can_align(name: Name, first: bool, passage: Statement) -> bool:
    """Every way roles.align_name and roles.role_check can find a claim name when there is
    nothing around the passage: a passage name it matches (role_check's same_entity and
    _coordinated match names the same way), the same country in other words or as
    another name, or, for the claim's subject, a passage that opens by referring back."""
    if match_name(name, passage.names) is not None or _country_word(name, passage):
        return True
    if first and passage.anaphor_at_start(as_subject=True):
        return True
    country = _country(name)
    return country is not None and any(_country(other) == country for other in passage.names)
