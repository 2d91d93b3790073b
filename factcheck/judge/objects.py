"""A verb of little meaning ("take", "give", "have") says what the word it takes says:
"took a step", "had 40 crews". A passage may leave such a verb out only where it meets
what carries the meaning (judge/stance.py); "are giving ever more to the lifeboat fund"
has nothing after its verb that a passage about the fund meets, and leaving "giving" out
would leave out the fact.
"""

from __future__ import annotations

from ..lexicon.wordnet import PARTICLES
from . import lexical
from .links import WordHit
from .units import Statement, Word
from .words import ADVERB_PARTICLES, EVENT_VERBS, LIGHT_VERBS, PREPOSITIONS


def object_met(claim: Statement, verb: Word, partners: dict[int, WordHit]) -> bool:
    """What carries a light verb's meaning is met: its object ("took a step", "take on
    the harbour's loans"), a figure ("had 40 crews"), or a passive's subject ("the
    regatta held in May"). Other verbs (a verb that only says a dated event happened
    among them) are not asked."""
    if not verb.lemmas & _TAKES_OBJECT or verb.lemmas & EVENT_VERBS:
        return True
    before = [w for w in claim.words[max(0, verb.index - 3) : verb.index]
              if w.content or w.index in claim.name_at]
    after = claim.words[verb.index + 1] if verb.index + 1 < len(claim.words) else None
    if before and before[-1].index in partners and after is not None and \
            after.folded in PREPOSITIONS and after.folded not in ADVERB_PARTICLES:
        return True  # a passive's object stands before it: "the regatta held in May"
    for w in claim.words[verb.index + 1 : verb.index + 1 + _OBJECT_REACH]:
        if w.folded in PREPOSITIONS and w.folded != verb.particle and \
                not (w.index == verb.index + 1 and w.folded in PARTICLES):
            break  # "take on the harbour's loans": a particle is the verb's own
        if not w.text[:1].isalnum():
            break
        if w.index in partners or any(ch.isdigit() for ch in w.text):
            return True
    return False


# light verbs that take an object ("come" takes a phrase: "comes from Tarn")
_TAKES_OBJECT = LIGHT_VERBS - {"come"}
# how far after a light verb its object may be met ("took the first big step")
_OBJECT_REACH = 4


# verbs of consent whose "to" says what was agreed: "agreed to buy"
_CONSENT = frozenset({"agree"})


def agreed_and_done(claim: Statement, w: Word, partners: dict[int, WordHit]) -> bool:
    """A verb of consent the passage may leave out because it states the thing agreed
    plainly: "Kestrel has agreed to buy Marlow" against "Kestrel is buying Marlow". Not
    when the passage has it only as wanted or possible ("wants to buy")."""
    words = claim.words
    if not w.lemmas & _CONSENT or w.index + 2 >= len(words) or \
            words[w.index + 1].folded != "to":
        return False
    hit = partners.get(w.index + 2)
    return hit is not None and not hit.context and hit.relation != lexical.OPPOSITE and \
        not hit.word.mood
