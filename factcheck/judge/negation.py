"""What a negation governs in a sentence: the pass over its words that marks each word a
negation reaches, and the word it stands on (its head)."""

from __future__ import annotations

from ..cache import regex
from .units import Word
from .words import (
    DENYING_VERBS,
    DETERMINERS,
    FUTURE_AUXILIARIES,
    NEG_RAISING,
    NEGATING_ADJECTIVES,
    NEGATING_VERBS,
    NEGATIONS,
    NEGATIVE_OBJECTS,
    SUPPORT_VERBS,
)

# how far a negation reaches: the words it governs, up to this many content words
NEGATION_REACH = 3
_ALTERNATIVES = frozenset({"or", "nor"})
# prepositions that join a negated noun to what it is about: "no evidence of fraud", "no
# benefit in preventing it", "no plans for a merger", "no decision on the bid"
_COMPLEMENTS = frozenset({"of", "in", "for", "on"})


def _complement(words: list[Word], start: int) -> list[int]:
    """The content words of the phrase that starts at `start`, after its determiners."""
    k = start
    while k < len(words) and words[k].folded in DETERMINERS:
        k += 1
    out: list[int] = []
    while k < len(words) and words[k].content and len(out) < NEGATION_REACH:
        out.append(words[k].index)
        k += 1
    return out


# what ends a clause: a negation reaches no further ("did not stop, and the talks went on")
CLAUSE_GAP = regex(r"[,;:()\u2013\u2014]|\s-\s")


def _in_possessive_name(words: list[Word], k: int) -> bool:
    """Word k opens or continues a possessive name ("Lena Ortiz's")."""
    j = k
    while j < len(words) and words[j].capitalised:
        if words[j].possessive:
            return True
        j += 1
    return False


# "did not open until 1990": the negation says when it happened, not that it did not
_UNTIL = frozenset({"until", "till"})
_UNTIL_NEGATIONS = frozenset({"not", "n't", "nt", "never"})
_UNTIL_REACH = 8  # words from the negation to its "until"


def _until_follows(words: list[Word], k: int, text: str) -> bool:
    """The negation at k is "not ... until" in one clause: "the bridge did not open until
    1990" says it opened in 1990, and "will not be freed until May" that it will be then."""
    if words[k].folded not in _UNTIL_NEGATIONS:
        return False
    for j in range(k + 1, min(len(words), k + 1 + _UNTIL_REACH)):
        if CLAUSE_GAP.search(text, words[j - 1].end, words[j].start):
            return False
        if words[j].folded in _UNTIL:
            return True
    return False


# verbs of refusal that may take what is refused as a noun ("refused permission")
_REFUSING = frozenset("refuse decline".split())


def mark_negation(words: list[Word], text: str) -> list[Word]:
    """A negation governs the next content words of its clause: "did not sign the deal"
    negates "sign"; "no advance payment" negates "advance payment"; a verb of little
    meaning passes the negation on to its object ("will not take the smallest step",
    "does not provide protection"); "did not sign or ratify" negates both; "no time to
    vote" leaves the vote inside the negation (not stated either way), and "no benefit in
    preventing it" the prevention; "refused to concede" does not concede; "knew nothing
    of" negates "knew"; "refused permission" negates "permission"; a negated verb of
    opinion negates what it introduces ("don't think we'll see a spree"); "denied that
    ..." negates the clause it introduces; "none of the directors will admit it" negates
    the admitting, not the directors; "not Lena Ortiz's first final" negates what her
    name owns; "not prepared to recommend" does not recommend."""
    negated: set[int] = set()
    heads: set[int] = set()
    cues = {k for k, w in enumerate(words[:-1])
            if w.lemmas & NEGATING_VERBS and words[k + 1].folded == "to"}
    # "refused permission" does not give it: the negation governs the noun that follows
    # ("failing ferry company", "declining sales": an adjective, no refusal)
    objects = {k for k, w in enumerate(words[:-1])
               if w.lemmas & _REFUSING and not w.folded.endswith("ing")
               and words[k + 1].pos == frozenset({"n"}) and not words[k + 1].capitalised}
    reach = 0
    clause_wide = False
    light_head = False  # a negated light verb passes the negation to its object
    clause_head = False  # the verb of a denied clause has been marked
    for k, w in enumerate(words):
        if k and (reach or clause_wide) and CLAUSE_GAP.search(text, words[k - 1].end,
                                                              w.start):
            reach, clause_wide = 0, False  # "did not stop, and the talks went on"
        if k in cues:
            reach = NEGATION_REACH  # "refused to concede" does not concede
            continue
        if k in objects:
            reach = NEGATION_REACH  # the phrase ends with the noun's last content word
            continue
        if w.folded in NEGATIVE_OBJECTS and k and "v" in words[k - 1].pos and \
                words[k - 1].content and not CLAUSE_GAP.search(text, words[k - 1].end,
                                                                w.start):
            negated.add(k - 1)  # "knew nothing": a verb's object, in its clause
            heads.add(k - 1)
            continue
        if w.folded == "none" and k + 1 < len(words) and words[k + 1].folded == "of":
            # "none of the 12 directors will admit it": the admitting is negated, not
            # the directors
            clause_wide, clause_head = True, False
            reach = NEGATION_REACH
            continue
        if w.lemmas & DENYING_VERBS:
            clause_wide, clause_head = True, False  # "that he would stand" is denied
            reach = NEGATION_REACH
            continue
        if w.folded in NEGATING_ADJECTIVES:
            negated.add(w.index)  # "unaware of the fraud" negates awareness, not the fraud
            heads.add(w.index)
            if k + 1 < len(words) and words[k + 1].folded == "to":
                reach = NEGATION_REACH  # "unable to use": the use is negated
            continue
        if w.folded in NEGATIONS:
            if not _until_follows(words, k, text):
                reach = NEGATION_REACH
            continue
        if not (reach > 0 or clause_wide) or not w.content:
            continue
        if not clause_wide and w.capitalised and _in_possessive_name(words, k):
            continue  # "not Lena Ortiz's first final": the negation is of what she owns
        if w.folded in FUTURE_AUXILIARIES and k + 1 < len(words) and \
                words[k + 1].folded == "to":
            continue  # "not going to be released": the release is negated
        if clause_wide:
            if not clause_head and "v" in w.pos:
                heads.add(w.index)  # a denied clause is negated at its verb: "denied that
                clause_head = True  # civilians fled" does not deny that there are any
        elif reach == NEGATION_REACH or light_head:
            heads.add(w.index)  # "not take the smallest step": all of its object
        negated.add(w.index)
        # "not a Marlow engine": a name is aligned as a name, so the noun it qualifies is a
        # head of the negation too
        if w.capitalised and w.index in heads and not clause_wide and k + 1 < len(words) \
                and words[k + 1].content and not words[k + 1].capitalised:
            continue
        reach -= 1
        if w.lemmas & SUPPORT_VERBS and w.index in heads:
            light_head = True
            continue  # "not take the smallest step": the object carries the meaning
        nxt_word = words[k + 1] if k + 1 < len(words) else None
        if light_head and (nxt_word is None or not nxt_word.content):
            light_head = False
        if nxt_word is not None and nxt_word.folded in DETERMINERS and k + 2 < len(words) \
                and words[k + 2].content and not clause_wide:
            continue  # "did not award a prize": the prize is not awarded either
        if w.lemmas & NEG_RAISING and w.index in heads:
            clause_wide, clause_head = True, False  # "don't think we'll see a spree"
            continue
        nxt = words[k + 1] if k + 1 < len(words) else None
        if nxt is not None and nxt.folded in _ALTERNATIVES and w.index in heads and \
                k + 2 < len(words) and words[k + 2].pos & (w.pos - {"r"}):
            reach = NEGATION_REACH  # "did not sign or ratify": neither is done
            continue
        if nxt is not None and nxt.folded == "to" and w.index in heads and "n" in w.pos \
                and k + 2 < len(words) and words[k + 2].verb and not clause_wide:
            negated.add(words[k + 2].index)  # "no time to vote": the vote is not stated
        elif nxt is not None and nxt.folded == "to" and w.index in heads \
                and "a" in w.pos and "n" not in w.pos and k + 2 < len(words) \
                and "v" in words[k + 2].pos and not clause_wide:
            negated.add(words[k + 2].index)  # "not prepared to recommend" does not
            heads.add(words[k + 2].index)    # recommend
        if nxt is not None and nxt.folded in _COMPLEMENTS and w.index in heads and \
                "n" in w.pos and not clause_wide:
            negated.update(_complement(words, k + 2))  # "no evidence of fraud"
        if (nxt is None or not nxt.content) and not clause_wide:
            reach = 0  # the negated phrase ends with its last content word
    silent = cues | objects  # "refused" in "refused to", "refused permission"
    return [w.but(negated=True, negation_head=w.index in heads) if w.index in negated
            else w.but(content=False) if w.index in silent else w for w in words]
