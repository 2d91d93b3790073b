"""Before and after: a claim that sets its event after a thing, against a passage that
sets it before the same thing ("repainted the ferry after the regatta" against "repainted
the ferry before the regatta"), states the same fact in the other order: a conflict.

The thing is the first word or name after the claim's "before" or "after" that the
aligner met in the passage itself; the passage's own "before" or "after" must stand just
before what it met there (a few words of its phrase between: "before the Tarn summer
regatta"). "Long before", "two days after": the words before the preposition do not
matter, the order does.
"""

from __future__ import annotations

from .links import CONFLICT, UnitLink, WordHit
from .units import Statement

_OPPOSITE = {"before": "after", "after": "before"}
# how many words of the thing's phrase may stand between "before" and the word met
_REACH = 4


def order_conflicts(claim: Statement, passage: Statement, partners: dict[int, WordHit]
                    ) -> list[UnitLink]:
    """A conflict for each "before" or "after" of the claim whose thing the passage
    orders the other way."""
    out = []
    for w in claim.words:
        other = _OPPOSITE.get(w.folded)
        if other is None:
            continue
        hit = next((partners[i] for i in range(w.index + 1, w.index + 1 + _REACH)
                    if i in partners), None)
        if hit is None or hit.context or not hit.met_in(passage):
            continue
        at = hit.word.index
        theirs = next((p for p in reversed(passage.words[max(0, at - _REACH) : at])
                       if p.folded in _OPPOSITE), None)
        if theirs is not None and theirs.folded == other:
            out.append(UnitLink("word", w.text, CONFLICT, theirs.text,
                                f"the source has '{theirs.text}' where the claim has "
                                f"'{w.text}'", code="ANTONYM"))
    return out
