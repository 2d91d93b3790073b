"""Contradictions in the wording rather than the figures: a negation on one side only, an
opposite ("opened" against "closed"), another name in the claim's subject slot."""

from __future__ import annotations

from typing import Any

from ..text import STOP_WORDS
from .claims import Terms, tokenize
from .figure_checks import CLAUSE_BREAK
from .retrieval import Match, Passage

# the claim's other names must be covered this well before its subject counts as swapped
OTHER_NAMES_COVERAGE = 0.5


def subject_swap(claim: Terms, passage: Passage) -> str | None:
    """A different name in the claim's subject slot: "Russia controls" vs "Turkey controls"."""
    if not claim.tokens or not claim.entities:
        return None
    first = claim.tokens[0]
    if first.stem not in claim.entities:
        return None
    by_stem = {m.stem: m for m in passage.matches}
    subject = by_stem.get(first.stem)
    if subject is None or subject.how not in ("missing", "context", "exact"):
        return None
    # named elsewhere in the passage ("its deals with Russia, ... Turkey has"), the claim's
    # subject must still be missing from the clause of the verb (checked below)
    elsewhere = subject.how == "exact"
    # the claim's other names must be there: only the subject is swapped
    if passage.coverage_of(claim.entities - {first.stem}) < OTHER_NAMES_COVERAGE:
        return None
    # the claim's verb: its first content word after the subject, which the passage must
    # have too, right after another name ("Russia controls" for "Turkey controls")
    for k, tok in enumerate(claim.tokens[1:], 1):
        m = by_stem.get(tok.stem)
        if m is None or tok.stem in claim.entities:
            continue
        if m.how not in ("exact", "synonym"):
            return None
        # "Russia has 12 posts": the word found is the object, after "has" and a figure;
        # the passage must have a verb there too ("several Turkish posts" has none)
        needs_verb = any(t.folded in _AUXILIARIES for t in claim.tokens[1:k])
        ptoks = passage.terms.tokens
        for i, pt in enumerate(ptoks):
            if pt.stem == m.other:
                # the name right before the verb, or before its auxiliaries ("has", "will
                # also") and a figure: "the United States and selling" puts no name in the
                # subject slot
                j = i - 1
                while j >= 0 and j >= i - 3 and (
                    ptoks[j].folded in _AUXILIARIES
                    or (needs_verb and ptoks[j].folded[0].isdigit())
                ):
                    j -= 1
                if needs_verb and not any(t.folded in _AUXILIARIES for t in ptoks[j + 1:i]):
                    return None
                before = [
                    t
                    for t in ptoks[max(0, j) : j + 1]
                    if t.capitalised and t.folded not in STOP_WORDS and not _calendar_word(t)
                ]
                if elsewhere:
                    clause = CLAUSE_BREAK.split(passage.row.text[: pt.start])[-1]
                    if first.stem in {t.stem for t in tokenize(clause)}:
                        return None  # "Russia and Turkey have": the subject is there
                if (
                    before
                    and before[-1].stem not in claim.entities
                    and before[-1].folded[:4]
                    != first.folded[:4]  # "Turkish" is not a swap for "Turkey"
                ):
                    return f"{before[-1].text} instead of {first.text}"
                return None
        return None
    return None


def _calendar_word(tok: Any) -> bool:
    """A month or weekday name: capitalised, but no one's name ("born June 26")."""
    from ..quantities.dates import MONTHS, WEEKDAYS

    return tok.folded in MONTHS or tok.folded in WEEKDAYS


_AUXILIARIES = frozenset(
    """has have had is are was were will would can could may might must shall should does
    did do also now still already not never just""".split()
)


def negation(claim: Terms, passage: Passage) -> str | None:
    """One side negates the shared predicate and the other does not; or a word both
    share is what a negation governs on one side and is not negated on the other ("could
    not be resolved if they do not withdraw" against "could be resolved even if ...")."""
    matched = [m for m in passage.matches if m.how in ("exact", "synonym", "prefix", "compound")]
    claim_neg = [m.stem for m in matched if m.stem in claim.negated]
    source_neg = [m.other for m in matched if m.other in passage.terms.negated]
    if bool(claim_neg) != bool(source_neg):
        if source_neg:
            return f"the source negates '{source_neg[0]}'"
        return f"the claim negates '{claim_neg[0]}'"
    for m in matched:
        if m.other in passage.terms.negation_heads and m.stem not in claim.negated:
            return f"the source negates '{m.other}'"
        if m.stem in claim.negation_heads and m.other not in passage.terms.negated:
            return f"the claim negates '{m.stem}'"
    return None


def states_a_negative(passage: Passage) -> bool:
    """The passage negates a word, or states an opposite of a claim word."""
    return bool(passage.terms.negated) or any(m.how == "antonym" for m in passage.matches)


def negated_opposite(claim: Terms, passage: Passage, m: Match) -> bool:
    """An opposite under one negation says the same: "did not report" and "ignored"."""
    return (m.stem in claim.negated) != (m.other in passage.terms.negated)
