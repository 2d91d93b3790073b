"""Per passage: does it support the claim, contradict it, or merely relate to it — and why.

Reason codes: NUMBER_MATCH, NUMBER_MISMATCH, DATE_MATCH, DATE_MISMATCH, UNIT_CONVERTED,
NEGATION, ANTONYM, ENTITY_MISMATCH, LOW_OVERLAP. A passage only counts for or against
a claim when it is about the same thing: the claim's content words, names and quantity
heads must be covered well enough.
"""

from __future__ import annotations

from ..results import Evidence, Outcome, Sentence, Stance
from .claims import Terms
from .figure_checks import (
    Facts,
    ItemCheck,
    best_check,
    dates_for,
    extract_facts,
    is_vague,
    life_date_conflict,
)
from .retrieval import Passage
from .wording import (
    negated_opposite,
    negation,
    states_a_negative,
    subject_swap,
)

__all__ = ["Facts", "extract_facts", "judge"]

# how much of the claim a passage must cover to be "about the same thing"
MIN_COVERAGE = 0.55
MIN_ENTITY_COVERAGE = 0.5
MIN_PREDICATE_COVERAGE = 0.45
MIN_COVERAGE_WITH_FIGURE = 0.4
# negations, opposites and swapped names only count on a strong topical match
SOFT_COVERAGE = 0.75
SOFT_PREDICATE_COVERAGE = 0.6
WEAK_SUPPORT = 0.6
MIN_PASSAGE_WORDS = 4
# a passage without any figure to compare must cover the claim almost entirely
MIN_COVERAGE_NO_FIGURES = 0.75


def judge(claim: Terms, claim_facts: Facts, passage: Passage, facts: Facts) -> Evidence:
    """The stance of one passage towards the claim, with reasons and numeric checks."""
    row = passage.row
    sentence = Sentence(row.source, row.line, row.column, row.start, row.end, row.text)
    entities = claim.entities
    predicate = frozenset(claim.content) - entities
    entity_cov = passage.coverage_of(entities)
    predicate_cov = passage.coverage_of(predicate)

    texts = (claim.text, row.text)
    checks: list[ItemCheck] = []
    unchecked = []  # the claim's specific figures this passage has nothing to compare with
    for q in claim_facts.quantities:
        c = best_check("quantity", q, facts.quantities, texts)
        if c:
            checks.append(c)
        elif not is_vague(q):
            unchecked.append(q)
    life = passage.life
    dates = dates_for(claim, facts.dates, life)
    for d in claim_facts.dates:
        c = best_check("date", d, dates, texts) or life_date_conflict(d, facts.dates, life)
        if c:
            checks.append(c)

    swap = subject_swap(claim, passage) if predicate_cov >= SOFT_COVERAGE else None
    # the same specific figure or full date is itself a sign of the same fact, so the
    # wording may differ more ("born 20 February 1894" vs "(20 February 1894 – ...)")
    matched_figure = any(c.anchors for c in checks)
    about = swap is not None or (
        passage.coverage >= (MIN_COVERAGE_WITH_FIGURE if matched_figure else MIN_COVERAGE)
        and entity_cov >= MIN_ENTITY_COVERAGE
        and (matched_figure or predicate_cov >= MIN_PREDICATE_COVERAGE)
    )
    reasons: list[str] = []
    notes: list[str] = []
    if len(passage.terms.tokens) < MIN_PASSAGE_WORDS:
        about = False  # a heading or fragment states no fact to confirm or refute
    if not about:
        why = f"covers {passage.coverage:.0%} of the claim"
        return Evidence(
            sentence,
            passage.relevance,
            Stance.RELATED,
            ("LOW_OVERLAP",),
            why,
            tuple(c.check for c in checks),
        )

    contra = False
    for c in checks:
        code = "NUMBER" if c.check.kind == "quantity" else "DATE"
        if c.check.outcome is Outcome.INCONSISTENT:
            reasons.append(f"{code}_MISMATCH")
            contra = True
        else:
            reasons.append(f"{code}_MATCH")
        if "(" in c.check.evidence_text or "convert" in c.check.reason:
            reasons.append("UNIT_CONVERTED")
        notes.append(c.check.reason)

    strong = passage.coverage >= SOFT_COVERAGE and predicate_cov >= SOFT_PREDICATE_COVERAGE
    if strong:
        for m in passage.matches:
            if m.how == "antonym" and negated_opposite(claim, passage, m):
                notes.append(f"'{m.stem}' negated means '{m.other}'")
            elif m.how == "antonym":
                reasons.append("ANTONYM")
                notes.append(f"'{m.stem}' against '{m.other}'")
                contra = True
        negated = negation(claim, passage)
        if negated and any(r.endswith("_MISMATCH") for r in reasons):
            # a negation about another figure or date: "did not sign in 2014" against
            # "signed in 2018" is borne out by the source; "did not close in 2016" against
            # "closed in 2015" says nothing either way
            reasons.append("NEGATION")
            if negated.startswith("the claim"):
                notes.append(f"{negated}, and the source gives another figure or date")
                return _evidence(sentence, passage, Stance.SUPPORTS, reasons, notes, checks,
                                 WEAK_SUPPORT)
            notes.append(f"{negated} of another figure or date")
            return _evidence(sentence, passage, Stance.RELATED, reasons, notes, checks)
        if negated:
            reasons.append("NEGATION")
            notes.append(negated)
            contra = True
    if swap:
        reasons.append("ENTITY_MISMATCH")
        notes.append(swap)
        contra = True

    claim_items = len(claim_facts.quantities) + len(claim_facts.dates)
    # a passage cannot confirm a claim about a name it never mentions
    unnamed = [m.stem for m in passage.matches if m.stem in entities and m.score == 0]
    if contra:
        stance = Stance.CONTRADICTS
    elif claim.negated and not states_a_negative(passage):
        # "X is not backed by Y" is never borne out by a passage that negates nothing
        stance = Stance.RELATED
        notes.append("the passage does not state the claim's negation")
    elif unnamed:
        stance = Stance.RELATED
        notes.append(f"does not mention '{unnamed[0]}'")
    elif unchecked and not any(c.check.kind == "quantity" for c in checks):
        # a matching date does not vouch for the claim's figure ("ten died on Monday"
        # against "seven soldiers and a contractor were killed on Monday")
        stance = Stance.RELATED
        notes.append(f"no figure in the passage to compare with '{unchecked[0].text}'")
    elif checks:
        stance = Stance.SUPPORTS
    elif claim_items == 0 and passage.coverage >= MIN_COVERAGE_NO_FIGURES:
        stance = Stance.SUPPORTS
        notes.append(f"covers {passage.coverage:.0%} of the claim")
    else:
        stance = Stance.RELATED
        notes.append(
            "no figure in the passage to compare"
            if claim_items
            else f"covers {passage.coverage:.0%} of the claim"
        )
    weight = 1.0
    if stance is Stance.SUPPORTS and checks and not all(c.exact for c in checks):
        weight = WEAK_SUPPORT  # within a hedge is weaker than the same figure
    return _evidence(sentence, passage, stance, reasons, notes, checks, weight)


def _evidence(sentence: Sentence, passage: Passage, stance: Stance, reasons: list[str],
              notes: list[str], checks: list[ItemCheck], weight: float = 1.0) -> Evidence:
    return Evidence(
        sentence,
        min(1.0, passage.relevance),
        stance,
        tuple(dict.fromkeys(reasons)),
        "; ".join(notes),
        tuple(c.check for c in checks),
        weight,
    )
