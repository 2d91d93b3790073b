"""What the aligner says of each unit of a claim: its relation to a passage (found the
same, as an inflection, derivation or synonym, more specifically, in conflict, or not at
all), where it was met, and why.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Any

from .units import Name, Statement, Word

# relations of one claim unit to a passage
SAME = "same"
INFLECTION = "inflection"
DERIVATION = "derivation"
SYNONYM = "synonym"
SPECIFIC = "more_specific"
CONFLICT = "conflict"
UNALIGNED = "unaligned"
FOUND = frozenset({SAME, INFLECTION, DERIVATION, SYNONYM, SPECIFIC})
# how a passage frames a fact the claim states plainly (UnitLink.framing):
# only inside a negation the claim does not share ("did not have time to vote" for
# "voted"): it cannot bear the claim out
AS_NEGATED = "negated"
# only as intended or attempted ("tried to pass" for "passed"): not the same fact, so it
# neither bears the claim out nor has figures or dates of what was done
AS_INTENDED = "intended"
# after "could", "may" or "might" ("could rise" for "rose"): it bears the claim out as far
# as it goes, but a figure, date or negation there conflicts with nothing
AS_POSSIBLE = "possible"
# after "will" or "would" where the claim's verb is past ("will rise 45% by 2040" for
# "rose 6%"): a projection is no amount of what happened, so its figures conflict
# with none of the claim's; its dates still do ("will open on 8 June" for "opened on 9
# June": a schedule)
AS_PROJECTED = "projected"
# where a unit was met when not in the passage itself
BEFORE = "sentence_before"
DOCUMENT = "document"


@dataclass(frozen=True)
class UnitLink:
    """How one unit of the claim stands in a passage."""

    kind: str  # "name" | "word" | "figure" | "date"
    claim: str  # the claim's words for the unit
    relation: str  # SAME ... UNALIGNED
    source: str = ""  # the passage's words it met
    note: str = ""  # why: "12 ≠ 13 observation posts", "'rejected' is opposite to 'agreed'"
    context: str = ""  # met beside the passage: BEFORE (the sentence before) or DOCUMENT
    # (the document's first sentence or those before); "" in the passage itself
    check: Any = None  # results.Check for figures and dates
    code: str = ""  # reason code for a conflict: NUMBER_MISMATCH, NEGATION, ...
    verb: bool = False  # a word that may be the claim's verb ("born", "hired")
    adjunct: bool = False  # a word of the claim's circumstances ("in the harbour strike")
    detail: bool = False  # describes a noun of the claim ("the goal that brought ...")
    # a name the document gave that the passage refers to with "his", "its" ("her leaders"
    # for "Liberal leaders")
    possessed: bool = False
    light: bool = False  # a verb with little meaning of its own ("took 9.6 percent")
    event: bool = False  # a verb that only says a dated event happened ("signed in 2018")
    # a word that narrows the claim ("only", "first") or says how often it holds ("often",
    # "repeatedly"): a passage that does not say it does not bear the claim out, and one
    # that says it has not yet framed a contradiction with it (stance._same_fact)
    qualifier: bool = False
    converted: bool = False  # a figure met in another unit ("10 miles" for "15 km")
    negated_claim: bool = False  # a NEGATION conflict where the claim is the negated side
    # met, but framed otherwise than the claim states it plainly: AS_NEGATED, AS_INTENDED
    # or AS_POSSIBLE (above); "" when not
    framing: str = ""
    replaced: bool = False  # the passage has another word in its place
    # the claim's main verb or a word or name after it: what the claim says of its subject
    predicate: bool = False
    # how the claim's negation covers the word: "head", the first word it governs ("no
    # reliable evidence": "reliable"); "modifier", a word that qualifies the next ("no
    # new guidelines": "new"); "covered", any other; "" not at all
    claim_negation: str = ""
    # a name met as what the document is about: the passage opens the document and its
    # subject refers to it ("The ferry was launched in 1990")
    topic: bool = False

    @property
    def found(self) -> bool:
        return self.relation in FOUND


@dataclass(frozen=True)
class Surroundings:
    """What the passage's document says around it: the sentences before the passage (the
    document's first sentence first), each read only when the aligner asks for it (most
    passages are aligned without their surroundings)."""

    texts: tuple[str, ...] = ()
    doc_date: Any = None  # the document's date, for reading dates in the sentence before
    known_names: frozenset[str] = frozenset()

    @property
    def has_before(self) -> bool:
        return bool(self.texts)

    @cached_property
    def before(self) -> Statement | None:
        """The sentence before, read like the passage."""
        from .statement import read_statement

        if not self.texts:
            return None
        return read_statement(self.texts[-1], self.doc_date, known_names=self.known_names)

    @cached_property
    def names(self) -> tuple[Name, ...]:
        """Names the sentences before the passage give."""
        from .statement import read_names

        return tuple(n for text in self.texts for n in read_names(text, self.known_names))

    @cached_property
    def opening(self) -> tuple[Name, ...]:
        """Names the document's first sentence gives."""
        from .statement import read_names

        return read_names(self.texts[0], self.known_names) if self.texts else ()


@dataclass(frozen=True)
class WordHit:
    word: Word
    relation: str
    context: str

    def met_in(self, statement: Statement) -> bool:
        """The word was met in `statement` itself (not the sentence before it)."""
        i = self.word.index
        return i < len(statement.words) and statement.words[i] is self.word


