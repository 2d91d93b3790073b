"""Where a claim word stands in a passage: the passage's own word in its place when the
passage does not meet it (a word replaced is not a word left out), and whether the
passage's sentence is about what the claim's subject names. Used by `align`.
"""

from __future__ import annotations

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

