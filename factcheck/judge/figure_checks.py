"""Which of a passage's figures and dates a claim's own are compared with, and how surely
they speak of the same thing.

A claim's quantity is paired with the passage quantity that counts the same kind of
thing and sits in a clause like the claim's ("grossed $181,674 worldwide" rather than "a
budget of $160 million"); dates with those that state the same fields, a day of the week
with another, "next week" with "next month". Birth and death dates in parentheses date
only a birth or a death.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..results import Check, Outcome
from ..text import STOP_WORDS
from .claims import Terms

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
    from ..quantities.dates import extract_dates
    from ..quantities.quantities import extract_quantities

    # a relative date with no document date to anchor it can never be checked, except a
    # day of the week against another ("on Tuesday" against "on Saturday")
    dates = tuple(d for d in extract_dates(text, doc_date)
                  if d.resolved or d.names_weekday or d.period is not None)
    quantities = tuple(q for q in extract_quantities(text)
                       if not _in_name(text, q) and not _in_compound(text, q))
    return Facts(quantities, dates)


_NAME_BEFORE = re.compile(r"\S\s+[A-Z][\w'\u2019-]*\s+$")


def _in_name(text: str, q: Any) -> bool:
    """A bare number that ends a name counts nothing: "Apollo 11", "Grown Ups 2"."""
    if q.head or q.hedge or q.dimension != "count" or not q.text.isdigit():
        return False
    return bool(_NAME_BEFORE.search(text, max(0, q.start - 40), q.start))


def _in_compound(text: str, q: Any) -> bool:
    """A number word joined to a noun by a hyphen is an adjective, not a count: "a
    three-way summit" (a tripartite one), "a two-party system", "one-sided"."""
    if q.head or q.hedge or q.dimension != "count" or q.text[:1].isdigit():
        return False
    return text[q.end : q.end + 1] == "-" and text[q.end + 1 : q.end + 2].isalpha()


@dataclass(frozen=True)
class ItemCheck:
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
    from ..text import stem

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
    from ..text import stem

    return {stem(w) for w in head.lower().split()}


def best_check(
    kind: str, item: Any, candidates: tuple[Any, ...], texts: tuple[str, str] = ("", "")
) -> ItemCheck | None:
    """The evidence item `item` is best compared with: the surest about the same thing, then
    one in a clause like the claim's ("grossed $181,674" rather than "a budget of $160
    million"), then a consistent one."""
    from ..quantities.compare import compare

    found: list[tuple[ItemCheck, float]] = []
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
        if (cmp.outcome is Outcome.INCONSISTENT and kind == "date" and other.relative
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
        found.append((ItemCheck(check, exact, affinity, exact and affinity >= 2), shared))
    if not found:
        return None
    # a clause that shares clearly less with the claim's than the best one does is about
    # something else; among the rest, a consistent reading is preferred
    top = max(shared for _, shared in found)

    def rank(entry: tuple[ItemCheck, float]) -> tuple[int, bool, bool, bool, float]:
        c, shared = entry
        close = shared >= NEAR_SHARE * top
        return (c.affinity, close, c.check.outcome is Outcome.CONSISTENT, c.exact, shared)

    return max(found, key=rank)[0]


CLAUSE_BREAK = re.compile(r"[,;:()\[\]\u2013\u2014]|\s-{1,2}\s")
# how far either side of an item its clause is read: only the nearest few words count, and
# splitting the whole text at every item was quadratic (a claim of 10,000 figures: minutes)
NEAR_WINDOW = 400


def _near(text: str, item: Any) -> dict[str, float]:
    """Stems of the words next to an item in its clause, figures left out, each weighted by
    closeness: "began in 2015" puts "begin" first. "grossed $181,674 at the worldwide box
    office" -> grossed, worldwide, box, office."""
    from ..text import stem, words
    from .lexicon import synonyms

    if not text:
        return {}
    lo = max(0, item.start - NEAR_WINDOW)
    if lo:  # start at a word, not inside one
        space = text.find(" ", lo, item.start)
        lo = space + 1 if space >= 0 else item.start
    cut = lo
    for brk in CLAUSE_BREAK.finditer(text, lo, item.start):
        cut = brk.end()
    before = text[cut : item.start]
    hi = min(len(text), item.end + NEAR_WINDOW)
    if hi < len(text):
        space = text.rfind(" ", item.end, hi)
        hi = space if space >= 0 else item.end
    nxt = CLAUSE_BREAK.search(text, item.end, hi)
    after = text[item.end : nxt.start() if nxt else hi]

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


def dates_for(claim: Terms, dates: tuple[Any, ...], life: Any) -> tuple[Any, ...]:
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


def life_date_conflict(item: Any, dates: tuple[Any, ...], life: Any) -> ItemCheck | None:
    """A claim dating another event to the exact day of a birth or death in the source."""
    from ..quantities.compare import compare

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
            return ItemCheck(check, False, 3, anchors=True)
    return None


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
