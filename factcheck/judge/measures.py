"""What a figure measures against a whole, read from the words next to it: the start or
end of a change ("from £60,000", "to £120,000"), a margin over another ("outsold it by 90
tickets"), an increment ("50 extra seats"), one thing's share ("£40 each") or a part of
an amount named before ("£5,120 of this"). Two figures that measure different things are
not two values of one fact; `figures._candidates` compares these before it sets a
passage's figure against a claim's.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Any

from ..cache import regex
from .lexical import DOWN, UP
from .placement import CLAUSE_BREAK
from .units import Statement
from .words import AUXILIARIES, BE_FORMS


def end_of_range(statement: Statement, item: Any) -> str:
    """"from" or "to" when a figure is the start or end of a change ("from £60,000",
    "to £120,000"), "by" when it is a margin ("outsold it by 90 tickets"), else "". A date
    that is a range itself ("from 3 to 9 June") is both."""
    if getattr(item, "first_day", None) is not None or \
            getattr(item, "first_month", None) is not None:
        return ""
    k = bisect_left(statement.starts, item.start)
    if k and statement.words[k - 1].folded == "by" and _margin(statement, k - 1):
        return "by"
    if not k or statement.words[k - 1].folded not in ("from", "to"):
        return ""
    word = statement.words[k - 1].folded
    earlier = statement.words[: k - 1]
    changing = any(w.lemmas & (UP | DOWN) for w in earlier[-8:])
    if word == "from" and (changing or any(w.folded == "to" for w in statement.words[k:])):
        return "from"
    if word == "to" and (changing or any(w.folded == "from" for w in earlier)):
        return "to"
    return ""


def _margin(statement: Statement, by: int) -> bool:
    """A figure after "by" is a margin over another, not an amount, when the verb nearest
    before "by" in its clause is one of outdoing ("outsold", "out-selling", "beat", "led",
    "won"), however long its object: "was out-selling the harbour choir's new cover of the
    Tarn Ferry Song by 3,000 copies" says nothing of how many were sold. Another verb, or a
    form of "be", between them makes the figure that verb's ("beat Marlow and was then hit
    by 3 waves")."""
    words = statement.words
    for k in range(by - 1, -1, -1):
        w = words[k]
        if CLAUSE_BREAK.search(statement.text, w.end, words[k + 1].start) or \
                "," in statement.text[w.end : words[k + 1].start]:
            return False
        after = words[k + 1]
        if w.lemmas & _OUTDO or (w.folded.startswith("out") and any(
                lemma.startswith("out") and len(lemma) > 4 for lemma in w.lemmas)
                and "v" in w.pos):
            return True
        if w.folded == "out" and k + 1 < by and "v" in after.pos and \
                after.start == w.end + 1:
            return True  # "out-selling"
        if w.folded in BE_FORMS or w.folded in AUXILIARIES or (
                "v" in w.pos and ("n" not in w.pos or w.folded.endswith("ed"))):
            return False
    return False


_OUTDO = frozenset("beat lead trail outdo ahead behind win defeat exceed surpass top".split())


# words that make a figure an increment on another ("50 extra seats", "another 12")
_INCREMENT_AFTER = frozenset("extra additional more further".split())


def is_increment(statement: Statement, item: Any) -> bool:
    """The figure counts what is added to another: "50 extra seats", "12 more troops",
    "another 3,000"."""
    k = bisect_left(statement.starts, item.end)
    if k < len(statement.words) and statement.words[k].folded in _INCREMENT_AFTER:
        return True
    k = bisect_left(statement.starts, item.start)
    return k > 0 and statement.words[k - 1].folded == "another"


# what follows a figure given for each of several things: "six berths in each harbour",
# "£40 each", "two goals apiece", "2 shares in return for every share held" (up to six
# words of its own head between)
_EACH = regex(r"(?:\s+[A-Za-z][\w'-]*){0,6}?\s+"
              r"(?:(?:in|for|from|to|of|on)\s+(?:each|every)|each|apiece)\b")
# what follows a figure that is part of an amount named before: "£5,120 of this", "three
# of them", "12 of whom"; not "23 of the 80 seats", whose 23 is what a claim's "won 32
# seats" gives
_PART_OF = regex(r"\s+of\s+(?:this|that|these|those|it|them|which|whom|the\s+total)\b")
_PART_BEFORE = frozenset({"which", "whom"})  # "of which £5,120", "of whom 12"
_PART_HEDGES = frozenset({"just", "only"})  # "of which only 12"


def share(statement: Statement, item: Any) -> str:
    """What share of a whole a figure gives: "each" for one of several things' ("six
    berths in each harbour", "£40 each"), "part" for a part of an amount named before
    ("£5,120 of this was cash", "of whom 12"; never a percentage, a share already), ""
    for the whole. One thing's share is no total, and a part is not the whole."""
    if _EACH.match(statement.text, item.end) is not None:
        return "each"
    if item.dimension == "percent":
        return ""
    if _PART_OF.match(statement.text, item.end) is not None:
        return "part"
    k = bisect_left(statement.starts, item.start)
    while k and statement.words[k - 1].folded in _PART_HEDGES:
        k -= 1
    if k >= 2 and statement.words[k - 1].folded in _PART_BEFORE and \
            statement.words[k - 2].folded == "of":
        return "part"
    return ""
