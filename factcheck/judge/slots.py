"""Where a claim's name stands: the word it depends on and how ("produced by X": the
object of "produced" after "by"; "X signed": the subject of "signed"), so that the
passage's name in the same place can be told apart from the claim's (roles.role_check).
"""

from __future__ import annotations

from .negation import CLAUSE_GAP
from .units import Name, Statement, Word, past_articles
from .words import AUXILIARIES, DETERMINERS, LIGHT_ADVERBS, PREPOSITIONS


def claim_slot(name: Name, claim: Statement) -> tuple[int, str, str] | None:
    """The word a name depends on, and how: (index of the word, preposition, "subject" |
    "predicate" | "object"). "produced by X" -> (produced, "by", "object"); "X signed" ->
    (signed, "", "subject"); "X was the summer intern" -> (intern, "", "predicate"). Only
    a verb, or the noun after "is", takes names in roles."""
    words = claim.words
    i = past_articles(words, name.first - 1, -1)
    prep = ""
    if i >= 0 and words[i].folded in PREPOSITIONS:
        prep = words[i].folded
        i -= 1
    if i >= 0 and words[i].verb and i not in claim.name_at:
        return i, prep, "object"
    if prep == "by":
        done = _done_before(words, i, claim.text)
        if done is not None:
            return done, prep, "object"  # "succeeded as harbour master by Tom Berg"
    elif prep in _PARTNER_PREPOSITIONS:
        verb = _verb_before_object(words, i, claim)
        if verb is not None:
            return verb, prep, "object"  # "lost the regatta final to Harwick"
    # a comma before the name ends a fronted phrase; one before its preposition does not
    # make the preposition's object a subject ("Ada Lund, 58, from Tarn won")
    fronted = not prep and i >= 0 and "," in claim.text[words[i].end : words[name.first].start]
    if not fronted and (prep or (i >= 0 and words[i].folded[:1].isalpha())):
        return None  # "At Kestrel Yards, Ada Brill was ...": a clause opens
    # a sentence's opening name is the subject of the verb that follows it, or of the
    # noun after a copula ("X was the intern")
    j = name.last + 1
    copula = False
    while j < len(words) and (words[j].folded in AUXILIARIES or words[j].folded in
                              LIGHT_ADVERBS or (copula and words[j].folded in DETERMINERS)):
        copula = copula or words[j].lemmas & {"be"} != set()
        j += 1
    if j >= len(words) or j in claim.name_at or not words[j].content:
        return None
    if words[j].verb:
        return j, "", "subject"
    if copula:
        while j + 1 < len(words) and words[j + 1].content and j + 1 not in claim.name_at:
            j += 1  # the head of "the summer intern"
        return j, "", "predicate"
    return None


# how far back a passive verb may stand from its "by": "was replaced as the club's chief
# executive by"
_BY_REACH = 6


# prepositions that name a party to what the verb does ("lost the final to", "signed him
# from", "won the cup against"), not where or when it happened
_PARTNER_PREPOSITIONS = frozenset("to from against with".split())


def _verb_before_object(words: tuple[Word, ...], i: int, claim: Statement) -> int | None:
    """The verb whose object ends at word i, a preposition's name after it ("lost the
    regatta final to Harwick" -> lost): only determiners, names, nouns and adjectives
    between, and no clause break."""
    for j in range(i, max(-1, i - _BY_REACH), -1):
        w = words[j]
        if CLAUSE_GAP.search(claim.text, w.end, words[i].end):
            return None
        if w.verb and j not in claim.name_at:
            return j if j < i else None
        if not (w.folded in DETERMINERS or j in claim.name_at or
                (w.content and "v" not in w.pos)):
            return None
    return None


def _done_before(words: tuple[Word, ...], i: int, text: str) -> int | None:
    """The passive verb a "by" after word i hangs on, across an "as" phrase between them
    ("succeeded as harbour master by"), with no clause break."""
    for j in range(i, max(-1, i - _BY_REACH), -1):
        if CLAUSE_GAP.search(text, words[j].end, words[i].end):
            return None
        if words[j].verb and j > 0 and words[j - 1].lemmas & {"be"}:
            return j
    return None
