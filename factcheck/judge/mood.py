"""Mood: a verb stated as intended or attempted is not stated as done.

"The council plans to build a bridge", "tried to pass the law", "a bid to buy the club",
"is expected to approve the budget": none says the bridge was built, the law passed,
the club bought or the budget approved. Such a verb's mood is INTENDED: "to" stands
before it, after a word of wanting, trying, planning, promising, expecting, proposing,
agreeing or urging ("wants to", "an attempt to", "agreed to", "urged ministers to");
a few words may stand between that word and its "to" (its object, or a date: "agreed
in March to hold talks"). A passage's INTENDED verb neither bears out nor contradicts a
claim that states the verb plainly (align.py).

A verb after "could", "may" or "might", or after "able to" or "unable to", is POSSIBLE:
a passage's figure, date or negation there is of what may happen (or what one can do),
and conflicts with no claim that states the verb plainly ("could rise 40 cm" against
"rose 15 cm"). It still bears such a claim out as far as it goes: modals read against
support cost right verdicts ("on Sundays we would walk to the harbour" is a habit). A
verb after another modal ("will", "would", "should", ...) is MODAL: news writes a
schedule as "will open on Tuesday 8 June", and a claim that it opened on Wednesday 8
June is contradicted. POSSIBLE and MODAL keep a claim's own verb from counting as
plainly stated: "the board would not sell the land" may meet "is not prepared to sell
it".

What a clause after a noun of hearsay says is REPORTED: "reports that it sold cheap
seats", "rumours that the club would move", "faces allegations that he took bribes".
Others' word, which the passage neither gives as its own nor as its speaker's ("X said Y"
is evidence, Y being X's claim); it bears nothing out and contradicts nothing, as an
INTENDED verb does. Not after the same word as a verb ("Kestrel reports that it sold").

Verbs that say the thing did or did not happen are left alone: "managed to", "began
to", "was forced to" (it happened); "failed to", "refused to" (negation.py).
"""

from __future__ import annotations

from ..quantities.numbers import NUMBER_WORDS
from .units import Word
from .words import ABILITY, BE_FORMS, DETERMINERS, NEGATIONS, PREPOSITIONS, PRONOUNS

INTENDED = "intended"  # after a word of intent and "to": "plans to build"
POSSIBLE = "possible"  # after a modal of possibility: "could close"
MODAL = "modal"  # after another modal: "will close", "should close"
REPORTED = "reported"  # in a clause after a noun of hearsay: "reports that it sold"
# nouns whose clause after "that" is hearsay, not the passage's own statement
HEARSAY = frozenset(
    """rumour rumor report allegation claim suggestion speculation accusation
    gossip""".split()
)
POSSIBILITY = frozenset("could may might".split())
MODALS = POSSIBILITY | frozenset("will would should shall must 'll 'd".split())
# lemmas whose "to" introduces what is wanted, tried, planned, promised, expected,
# proposed or agreed, not what was done: verbs, nouns and adjectives
INTENT_WORDS = frozenset(
    """want wish hope aim seek try attempt plan intend mean propose threaten vow pledge
    promise offer prepare decide agree expect aspire strive scheme bid push campaign
    effort move drive goal intention ambition proposal plot desire eager keen ready
    willing determined urge ask call press persuade encourage invite""".split()
)
# words between a word of intent and its "to": its object ("urged the new ministers to
# act") or a date ("agreed in March 2018 to turn")
_GAP = 3
_REACH = 3  # words between a modal and its verb: "would not have been released"
_PASSED_OVER = frozenset("not n't never have has had be been being also still then".split())


def mark_mood(words: list[Word], text: str) -> list[Word]:
    """The words, with the mood of each verb stated otherwise than as done: INTENDED
    after a word of intent and "to", POSSIBLE or MODAL after a modal."""
    mood: dict[int, str] = {}
    for k, w in enumerate(words):
        if w.folded in MODALS:
            verb = _verb_after(words, k + 1)
            if verb is not None:
                mood.setdefault(verb, POSSIBLE if w.folded in POSSIBILITY else MODAL)
        elif w.folded == "to" and k and words[k - 1].folded in ABILITY:
            verb = _verb_after(words, k + 1)
            if verb is not None:  # "unable to attend" says what one can do, as "could" does
                mood[verb] = POSSIBLE
        elif w.folded == "to" and _intent_before(words, k):
            verb = _verb_after(words, k + 1)
            # "not prepared to sell" is read as not selling (negation.py)
            if verb is not None and not words[verb].negation_head:
                mood[verb] = INTENDED
        elif w.folded == "that" and k and _hearsay(words, k - 1, text):
            for verb in _clause_verbs(words, k + 1, text):
                mood.setdefault(verb, REPORTED)
    return [w.but(mood=mood[w.index]) if w.index in mood else w for w in words]


def not_as_done(mine: Word, theirs: Word) -> str:
    """Why a passage's verb `theirs`, met for the claim's verb `mine`, does not state what
    the claim does: only as intended or attempted, or only as others report it; "" when
    it does."""
    if "v" not in mine.pos:
        return ""
    if theirs.mood == INTENDED and not mine.mood and "v" in theirs.pos:
        return f"the source has '{theirs.text}' only as intended or attempted"
    if theirs.mood == REPORTED and mine.mood != REPORTED:
        return f"the source has '{theirs.text}' only as others report it"
    return ""


def _hearsay(words: list[Word], k: int, text: str) -> bool:
    """The word at k is a noun of hearsay. One that may be a verb too ("reports",
    "claims") is one only after a determiner, an adjective, a preposition, a form of "be"
    or a verb ("the reports", "dismissed claims", "amid reports", "denied reports"), not
    after its subject ("Kestrel reports", "the tool, the oldest, reports")."""
    w = words[k]
    if not (w.lemmas & HEARSAY or w.folded in HEARSAY):
        return False
    if k == 0:
        return True
    before = words[k - 1]
    if before.folded in PREPOSITIONS or before.folded in DETERMINERS:
        return True  # "Amid speculation", "the reports"
    if before.capitalised or before.folded in PRONOUNS or before.folded in _RELATIVES:
        return False
    if "," in text[before.end : w.start]:
        return False  # after a phrase set off by commas: its subject's verb
    if "v" not in w.pos:
        return True  # "rumours", "allegations", "speculation"
    return before.folded in BE_FORMS or before.pos == frozenset({"a"}) or \
        (not before.content and not before.pos) or before.folded.endswith("ed")


_RELATIVES = frozenset("who which that".split())


def _clause_verbs(words: list[Word], start: int, text: str) -> list[int]:
    """The words that may be verbs in the clause from start to its first comma, colon
    or semicolon (or the sentence's end)."""
    out: list[int] = []
    for w in words[start:]:
        if w.index > start and any(mark in text[words[w.index - 1].end : w.start]
                                   for mark in ",;:"):
            break
        if w.content and "v" in w.pos:
            out.append(w.index)
    return out


def _verb_after(words: list[Word], start: int) -> int | None:
    """The index of the verb that a modal or "to" at start - 1 governs, if any."""
    for j in range(start, min(start + _REACH + 1, len(words))):
        w = words[j]
        if w.folded in _PASSED_OVER or w.folded in NEGATIONS or (
                w.pos == frozenset({"r"})):
            continue
        if w.folded == "number" and j + 1 < len(words) and (
                words[j + 1].folded[:1].isdigit() or words[j + 1].folded in NUMBER_WORDS):
            return None  # "climbed to number five": a place, not a verb
        return j if w.content and "v" in w.pos else None
    return None


def _intent_before(words: list[Word], k: int) -> bool:
    """Whether the "to" at k follows a word of intent, directly or after a few words
    (its object, or a date), with no verb or clause edge between."""
    if k == 0:
        return False
    prev = words[k - 1]
    if prev.lemmas & INTENT_WORDS or prev.folded in INTENT_WORDS:
        return True
    for j in range(k - 2, max(k - 2 - _GAP, -1), -1):
        w = words[j]
        if w.lemmas & INTENT_WORDS or w.folded in INTENT_WORDS:
            return True
        if ("v" in w.pos and w.content) or not w.text[:1].isalnum():
            return False  # another verb, or a clause's edge, stands between
    return False
