"""Where a claim word stands in a passage: the passage's own word in its place when the
passage does not meet it (a word replaced is not a word left out), and whether the
passage's sentence is about what the claim's subject names, and which of a claim word's
opposites stands in its place. Used by `align`.
"""

from __future__ import annotations

from . import lexical, placement
from .links import BEFORE, UNALIGNED, UnitLink, WordHit
from .units import Statement, Word


def subject_held(claim: Statement, passage: Statement, links: list[UnitLink]
                 ) -> list[UnitLink]:
    """The word that heads the claim's subject, met only in the sentence before, is not
    met when the passage has a subject of its own: "Liquorice sticks are one of her
    favourite snacks" after "The two skaters talked about their habits" is not about the
    skaters. A
    passage that opens with a pronoun ("They are ...") goes on about the sentence before
    and keeps it."""
    head = claim.subject_head
    at = next((k for k, w in enumerate(claim.content_words) if w.index == head), None)
    if at is None or links[at].kind != "word" or not links[at].found or \
            links[at].context != BEFORE:
        return links
    if passage.subject_head is None and not (
            passage.names and passage.opens_with(passage.names[0])):
        return links  # "They are ...": the passage goes on about the sentence before
    word = links[at].claim
    return [*links[:at], UnitLink(
        "word", word, UNALIGNED,
        note=f"only the sentence before says '{word}'; the source's own is about another"
    ), *links[at + 1 :]]


# at most this many passage words between the two words met either side of a claim word
# for the passage's own word there to stand in its place
RIVAL_REACH = 4


def rival(w: Word, passage: Statement, partners: dict[int, WordHit]) -> Word | None:
    """The passage's own word where the claim has `w`, a word it did not meet: between
    the passage words met by the claim words either side of `w`. For a verb, a verb ("the
    union rejected a truce" where the claim says "the union signed a truce"); for another
    word, one of its part of speech that cannot be a verb ("vitamin D treatment" where
    the claim says "vitamin D deficiency"), or for an adjective a participle. A word
    replaced is not left
    out: no passage that replaces it bears the claim out."""
    if w.index in partners:
        return None
    here = {i: hit.word.index for i, hit in partners.items() if not hit.context}
    left = [here[i] for i in here if i < w.index]
    right = [here[i] for i in here if i > w.index]
    if not left or not right:
        return None
    start, end = max(left), min(right)
    # a multiword verb takes one place however many words it has ("to prop up the")
    absorbed = sum(p.text.count(" ") for p in passage.words[start + 1 : end])
    if end - start - absorbed > RIVAL_REACH:
        return None  # too far apart to be the same place
    taken = set(here.values())
    verb = "v" in w.pos
    return next((p for p in passage.words[start + 1 : end]
                 if p.content and p.index not in taken and p.index not in passage.name_at
                 and ((verb and "v" in p.pos) or (p.pos & w.pos - {"v"} and (
                     "v" not in p.pos or _describes(w, p))))),
                None)


def _describes(w: Word, p: Word) -> bool:
    """An adjective's rival may be a participle ("bigger losses", "reduced losses")."""
    return "a" in w.pos and w.pos <= {"a", "r"} and "a" in p.pos


# content words either side of a word that tell what it is about (see settle_opposites)
OPPOSITE_REACH = 4


def settle_opposites(claim: Statement, passage: Statement,
                     partners: dict[int, WordHit]) -> None:
    """An opposite stands against a claim word only in the same place: a passage word
    another claim word is met as is not also its opposite ("drop regulations raising the
    pension age" against "withdraw regulations which would raise the pension age"), and
    the opposite must share a neighbour with the claim word ("shares fell on Tuesday"
    against "sent shares down on Tuesday, after Monday's 4% gain"). And an opposite in
    that place stands where the claim word was met only as a synonym further off
    ("the index fell to 48.5, a bigger drop" for "the index rose to 48.5")."""
    taken = {hit.word.index for hit in partners.values()
             if hit.relation != lexical.OPPOSITE and not hit.context}
    for i, hit in list(partners.items()):
        if hit.relation != lexical.OPPOSITE or hit.context:
            continue
        if hit.word.index in taken or not _shared_neighbour(claim, i, passage,
                                                            hit.word.index, partners) \
                or _verb_elsewhere(claim, i, passage, hit.word.index, partners):
            del partners[i]
    for i, hit in list(partners.items()):
        if hit.relation != lexical.SYNONYM or hit.context:
            continue
        far = _distance(claim, i, hit.word.index, partners)
        if far <= 1:
            continue  # the synonym stands in the claim word's place: no search
        opposite = _opposite_in_place(claim, i, passage, partners, taken)
        if opposite is not None and _distance(claim, i, opposite.index, partners) < far:
            # "rose" met "bigger" further on; "fell" stands in its place
            partners[i] = WordHit(opposite, lexical.OPPOSITE, "")


def _distance(claim: Statement, i: int, j: int, partners: dict[int, WordHit]) -> int:
    """How far the passage's word at j stands from where the passage met the claim
    words next to word i."""
    near = [partners[k].word.index for k in _neighbours(claim, i)
            if k in partners and not partners[k].context]
    return min((abs(j - k) for k in near), default=len(claim.words))


def _opposite_in_place(claim: Statement, i: int, passage: Statement,
                       partners: dict[int, WordHit], taken: set[int]) -> Word | None:
    """An opposite of claim word i in its place in the passage, where the claim word was
    met only as a synonym elsewhere ("the index fell to 48.5, a bigger drop" for "the
    index rose to 48.5")."""
    w = claim.words[i]
    return next((p for p in passage.words if p.content and p.index not in taken
                 and p.index not in passage.name_at
                 and lexical.relation(w.lemmas, w.folded, w.pos, p.lemmas, p.folded, p.pos)
                 == lexical.OPPOSITE and _shared_neighbour(claim, i, passage, p.index, partners)
                 and not _verb_elsewhere(claim, i, passage, p.index, partners)), None)


def _verb_elsewhere(claim: Statement, i: int, passage: Statement, j: int,
                    partners: dict[int, WordHit]) -> bool:
    """The claim's verb before word i is met in another clause of the passage than the
    opposite at j ("won her first race" against "took her second title after winning")."""
    verb = next((k for k in range(i - 1, -1, -1)
                 if "v" in claim.words[k].pos and k in partners), None)
    hit = partners.get(verb) if verb is not None else None
    return hit is not None and not hit.context and \
        placement.other_clause(passage, hit.word.index, j)


def _shared_neighbour(claim: Statement, i: int, passage: Statement, j: int,
                      partners: dict[int, WordHit]) -> bool:
    mine = _neighbours(claim, i)
    theirs = _neighbours(passage, j)
    return any(k in partners and partners[k].word.index in theirs and not partners[k].context
               for k in mine)


def _neighbours(statement: Statement, i: int) -> set[int]:
    meaningful = [w.index for w in statement.words
                  if w.content or w.index in statement.name_at]
    if i not in meaningful:
        meaningful = sorted(set(meaningful) | {i})
    k = meaningful.index(i)
    return set(meaningful[max(0, k - OPPOSITE_REACH) : k + OPPOSITE_REACH + 1]) - {i}
