"""Per passage: does it support the claim, contradict it, or merely relate to it — and why.

Reason codes: NUMBER_MATCH, NUMBER_MISMATCH, DATE_MATCH, DATE_MISMATCH, UNIT_CONVERTED,
NEGATION, ANTONYM, ENTITY_MISMATCH, LOW_OVERLAP. A passage only counts for or against
a claim when it is about the same thing: the claim's content words, names and quantity
heads must be covered well enough.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .claims import Terms, tokenize
from .results import Check, Evidence, Outcome, Sentence, Stance
from .retrieval import Match, Passage
from .text import STOP_WORDS

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
# which of a passage's figures is the claim's: words either side, and how many may count
NEAR_BEFORE = 8
NEAR_AFTER = 4
NEAR_SHARE = 0.5


@dataclass(frozen=True)
class Facts:
    """The quantities and dates of one text."""

    quantities: tuple[Any, ...]
    dates: tuple[Any, ...]

    @property
    def empty(self) -> bool:
        return not self.quantities and not self.dates


def extract_facts(text: str, doc_date: Any = None) -> Facts:
    """Quantities and dates found in `text`."""
    from .dates import extract_dates
    from .quantities import extract_quantities

    # a relative date with no document date to anchor it can never be checked, except a
    # day of the week against another ("on Tuesday" against "on Saturday")
    dates = tuple(d for d in extract_dates(text, doc_date)
                  if d.resolved or d.names_weekday or d.period is not None)
    quantities = tuple(q for q in extract_quantities(text) if not _in_name(text, q))
    return Facts(quantities, dates)


_NAME_BEFORE = re.compile(r"\S\s+[A-Z][\w'\u2019-]*\s+$")


def _in_name(text: str, q: Any) -> bool:
    """A bare number that ends a name counts nothing: "Apollo 11", "Grown Ups 2"."""
    if q.head or q.hedge or q.dimension != "count" or not q.text.isdigit():
        return False
    return bool(_NAME_BEFORE.search(text, max(0, q.start - 40), q.start))


@dataclass(frozen=True)
class _ItemCheck:
    check: Check
    exact: bool  # the values agree exactly, not merely within a hedge
    affinity: int  # see _affinity
    # the same specific figure or full date in both: itself a sign of the same fact
    anchors: bool = False


_VAGUE = frozenset(
    "several few couple many numerous dozens scores hundreds thousands millions billions "
    "tens".split()
)


def is_vague(q: Any) -> bool:
    """'dozens', 'thousands', 'several': too loose to confirm or refute a figure."""
    text = q.text.lower()
    return not any(ch.isdigit() for ch in text) and any(w in _VAGUE for w in text.split())


def _head_noun(head: str) -> str:
    from .text import stem

    words = head.lower().split()
    return stem(words[-1]) if words else ""


def strong_heads(a: Any, b: Any) -> bool:
    """Both count the same kind of thing: the last nouns of their heads agree."""
    from .lexicon import synonyms

    if getattr(a, "dimension", "count") != "count":
        return True
    ha, hb = _head_noun(getattr(a, "head", "")), _head_noun(getattr(b, "head", ""))
    if not ha or not hb:
        return ha == hb
    if ha == hb or hb in synonyms().get(ha, frozenset()):
        return True
    # "Syrians" and "Syrian refugees": one head's noun names the other's kind
    return ha in _head_stems(b.head) or hb in _head_stems(a.head)


def _head_stems(head: str) -> set[str]:
    from .text import stem

    return {stem(w) for w in head.lower().split()}


def _best_check(
    kind: str, item: Any, candidates: tuple[Any, ...], texts: tuple[str, str] = ("", "")
) -> _ItemCheck | None:
    """The evidence item `item` is best compared with: the surest about the same thing, then
    one in a clause like the claim's ("grossed $181,674" rather than "a budget of $160
    million"), then a consistent one."""
    from .compare import compare

    found: list[tuple[_ItemCheck, float]] = []
    near = _near(texts[0], item) if len(candidates) > 1 else {}
    for other in candidates:
        if kind == "quantity" and is_vague(other) and not is_vague(item):
            continue
        cmp = compare(item, other)
        if cmp.outcome is Outcome.INCOMPARABLE:
            continue
        if (
            cmp.outcome is Outcome.INCONSISTENT
            and kind == "quantity"
            and not strong_heads(item, other)
        ):
            continue  # "1,800 civilians" is not refuted by "one civilian contractor"
        if (cmp.outcome is Outcome.INCONSISTENT and kind == "date" and _relative(other)
                and not item.names_weekday and item.period is None):
            continue  # "on Tuesday" mostly dates the reporting, not the event (unless the
            # claim itself gives only a day of the week)
        affinity = _affinity(kind, item, other)
        if affinity == 0:
            continue
        check = Check(
            kind,
            item.text,
            other.text,
            cmp.claim_value,
            cmp.evidence_value,
            cmp.outcome,
            cmp.reason,
        )
        exact = cmp.outcome is Outcome.CONSISTENT and _same_value(item, other)
        shared = sum(v for w, v in _near(texts[1], other).items() if w in near) if near else 0.0
        found.append((_ItemCheck(check, exact, affinity, exact and affinity >= 2), shared))
    if not found:
        return None
    # a clause that shares clearly less with the claim's than the best one does is about
    # something else; among the rest, a consistent reading is preferred
    top = max(shared for _, shared in found)

    def rank(entry: tuple[_ItemCheck, float]) -> tuple[int, bool, bool, bool, float]:
        c, shared = entry
        close = shared >= NEAR_SHARE * top
        return (c.affinity, close, c.check.outcome is Outcome.CONSISTENT, c.exact, shared)

    return max(found, key=rank)[0]


_CLAUSE_BREAK = re.compile(r"[,;:()\[\]\u2013\u2014]|\s-{1,2}\s")


def _near(text: str, item: Any) -> dict[str, float]:
    """Stems of the words next to an item in its clause, figures left out, each weighted by
    closeness: "began in 2015" puts "begin" first. "grossed $181,674 at the worldwide box
    office" -> grossed, worldwide, box, office."""
    from .lexicon import synonyms
    from .text import stem, words

    if not text:
        return {}
    before = _CLAUSE_BREAK.split(text[: item.start])[-1]
    after = _CLAUSE_BREAK.split(text[item.end :])[0]

    def content(part: str) -> list[str]:
        out = []
        for w in words(part):
            if w in STOP_WORDS or len(w) < 2 or not w[0].isalpha():
                continue
            s = stem(w)
            group = synonyms().get(s)  # "began" and "started" are the same neighbour
            out.append(min(group | {s}) if group else s)
        return out

    weights: dict[str, float] = {}
    for side in (content(before)[::-1][:NEAR_BEFORE], content(after)[:NEAR_AFTER]):
        for distance, w in enumerate(side, 1):
            weights[w] = max(weights.get(w, 0.0), 1.0 / distance)
    return weights


_ROLE_STEMS = {"born": frozenset({"born", "birth"}), "died": frozenset({"die", "death"})}
_ROLE_NAMES = {"born": "birth", "died": "death"}


def _dates_for(claim: Terms, dates: tuple[Any, ...], life: Any) -> tuple[Any, ...]:
    """The passage dates a claim's dates may be compared with.

    A birth or death date in parentheses dates only that: "born in April 1866" is compared
    with the birth date alone, and a claim about another event is not compared with it.
    """
    if not life:
        return dates
    roles = {role for role, stems in _ROLE_STEMS.items() if stems & set(claim.content)}
    kept = []
    for d in dates:
        role = life.role_of(d.start, d.end)
        if role is None or role in roles:
            kept.append(d)
    return tuple(kept)


def _life_date_conflict(item: Any, dates: tuple[Any, ...], life: Any) -> _ItemCheck | None:
    """A claim dating another event to the exact day of a birth or death in the source."""
    from .compare import compare

    if not life or item.precision != "day":
        return None
    for other in dates:
        role = life.role_of(other.start, other.end)
        if role is None or other.precision != "day":
            continue
        cmp = compare(item, other)
        if cmp.outcome is Outcome.CONSISTENT:
            reason = f"{other.describe()} is the date of {_ROLE_NAMES[role]} in the source"
            check = Check("date", item.text, other.text, cmp.claim_value, cmp.evidence_value,
                          Outcome.INCONSISTENT, reason)
            return _ItemCheck(check, False, 3, anchors=True)
    return None


def _relative(d: Any) -> bool:
    """A date resolved from a weekday or "last week" rather than written out ("the end of
    February" is written out)."""
    from .dates import MONTHS

    if any(ch.isdigit() for ch in d.text):
        return False
    return not any(w in MONTHS for w in re.findall(r"[a-z]+", d.text.lower()))


def _affinity(kind: str, a: Any, b: Any) -> int:
    """How surely two items speak of the same thing (0: not at all)."""
    if kind == "quantity":
        return 2 if strong_heads(a, b) else 1
    if a.names_weekday or b.names_weekday:  # "on Tuesday" and "on Saturday"
        return int(a.weekday is not None and b.weekday is not None)
    if a.period is not None or b.period is not None:  # "next week" and "next month"
        return int(a.period is not None and b.period is not None)
    # dates: the fields both state; "January 2" and "2018" share none
    return sum(
        getattr(a, f) is not None and getattr(b, f) is not None for f in ("year", "month", "day")
    )


def _same_value(a: Any, b: Any) -> bool:
    """The same stated figure, whatever the hedges ("3.7 million", "about 3.7 million"),
    or the same day of the week."""
    if getattr(a, "names_weekday", False) or getattr(b, "names_weekday", False):
        return bool(a.weekday == b.weekday)
    if getattr(a, "period", None) is not None or getattr(b, "period", None) is not None:
        return bool(a.period == b.period)
    if hasattr(a, "value") and hasattr(b, "value"):
        step = max(getattr(a, "step", 0.0), getattr(b, "step", 0.0))
        return abs(a.value - b.value) <= step / 2 + 1e-9 * max(1.0, abs(a.value))
    return getattr(a, "low", None) == getattr(b, "low", None) and getattr(
        a, "high", None
    ) == getattr(b, "high", None)


def _subject_swap(claim: Terms, passage: Passage) -> str | None:
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
    if passage.coverage_of(claim.entities - {first.stem}) < MIN_ENTITY_COVERAGE:
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
                    clause = _CLAUSE_BREAK.split(passage.row.text[: pt.start])[-1]
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
    from .dates import MONTHS, WEEKDAYS

    return tok.folded in MONTHS or tok.folded in WEEKDAYS


_AUXILIARIES = frozenset(
    """has have had is are was were will would can could may might must shall should does
    did do also now still already not never just""".split()
)


def _negation(claim: Terms, passage: Passage) -> str | None:
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


def _states_a_negative(passage: Passage) -> bool:
    """The passage negates a word, or states an opposite of a claim word."""
    return bool(passage.terms.negated) or any(m.how == "antonym" for m in passage.matches)


def _negated_opposite(claim: Terms, passage: Passage, m: Match) -> bool:
    """An opposite under one negation says the same: "did not report" and "ignored"."""
    return (m.stem in claim.negated) != (m.other in passage.terms.negated)


def judge(claim: Terms, claim_facts: Facts, passage: Passage, facts: Facts) -> Evidence:
    """The stance of one passage towards the claim, with reasons and numeric checks."""
    row = passage.row
    sentence = Sentence(row.source, row.line, row.column, row.start, row.end, row.text)
    entities = claim.entities
    predicate = frozenset(claim.content) - entities
    entity_cov = passage.coverage_of(entities)
    predicate_cov = passage.coverage_of(predicate)

    texts = (claim.text, row.text)
    checks: list[_ItemCheck] = []
    unchecked = []  # the claim's specific figures this passage has nothing to compare with
    for q in claim_facts.quantities:
        c = _best_check("quantity", q, facts.quantities, texts)
        if c:
            checks.append(c)
        elif not is_vague(q):
            unchecked.append(q)
    life = passage.life
    dates = _dates_for(claim, facts.dates, life)
    for d in claim_facts.dates:
        c = _best_check("date", d, dates, texts) or _life_date_conflict(d, facts.dates, life)
        if c:
            checks.append(c)

    swap = _subject_swap(claim, passage) if predicate_cov >= SOFT_COVERAGE else None
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
            if m.how == "antonym" and _negated_opposite(claim, passage, m):
                notes.append(f"'{m.stem}' negated means '{m.other}'")
            elif m.how == "antonym":
                reasons.append("ANTONYM")
                notes.append(f"'{m.stem}' against '{m.other}'")
                contra = True
        negation = _negation(claim, passage)
        if negation and any(r.endswith("_MISMATCH") for r in reasons):
            # a negation about another figure or date: "did not sign in 2014" against
            # "signed in 2018" is borne out by the source; "did not close in 2016" against
            # "closed in 2015" says nothing either way
            reasons.append("NEGATION")
            if negation.startswith("the claim"):
                notes.append(f"{negation}, and the source gives another figure or date")
                return _evidence(sentence, passage, Stance.SUPPORTS, reasons, notes, checks,
                                 WEAK_SUPPORT)
            notes.append(f"{negation} of another figure or date")
            return _evidence(sentence, passage, Stance.RELATED, reasons, notes, checks)
        if negation:
            reasons.append("NEGATION")
            notes.append(negation)
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
    elif claim.negated and not _states_a_negative(passage):
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
              notes: list[str], checks: list[_ItemCheck], weight: float = 1.0) -> Evidence:
    return Evidence(
        sentence,
        min(1.0, passage.relevance),
        stance,
        tuple(dict.fromkeys(reasons)),
        "; ".join(notes),
        tuple(c.check for c in checks),
        weight,
    )
