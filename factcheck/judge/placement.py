"""Where a figure stands in its sentence: the words around it, the clause it is in, the
word it hangs on, whose figure it is, and whether it is an age. What it measures against
a whole (a change's start or end, a margin, an increment, a share) is `measures.py`'s.
The pairing in `figures` reads both.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from typing import Any

from ..cache import regex
from ..quantities.units import UNIT_WORDS
from .lexical import DOWN, UP
from .naming import name_match
from .units import Statement, past_auxiliaries
from .words import MONEY_ROLES

# words either side of a figure that tell what it is about
NEAR_BEFORE = 8
NEAR_AFTER = 5
CLAUSE_BREAK = regex(
    r"[;:()\[\]\u2013\u2014]|\s-{1,2}\s|,\s+(?:and|but|while|whereas)\s|\s(?:while|whereas)\s")


# "more" and "less" say which way a figure goes ("4.3% less than", "12 more troops"),
# beside the comparatives, verbs and nouns of movement in lexical.UP and DOWN ("higher",
# "rise", "fall")
_MORE = frozenset({"more", "above"})
_LESS = frozenset({"less", "below"})
# words between a figure and the word that says its direction ("rose by 4%", "a 4% rise")
_DIRECTION_GAP = frozenset("by a an of".split())


def direction(statement: Statement, item: Any) -> int:
    """+1 when the words next to a figure say it is a rise or a surplus ("a 4.3% increase",
    "rose by 4.3%", "4.3% more"), -1 for a fall or a shortfall ("4.3% less", "down 4.3%"),
    0 when they say neither."""
    def sign(w: Any) -> int:
        if w.folded in _MORE or w.folded in UP or w.lemmas & UP:
            return 1
        if w.folded in _LESS or w.folded in DOWN or w.lemmas & DOWN:
            return -1
        return 0

    k = bisect_left(statement.starts, item.end)
    for w in statement.words[k : k + 3]:  # after it: "4.3% less", "4.3% increase"
        way = sign(w)
        if way:
            return way
        if w.folded not in _DIRECTION_GAP and not (w.content and "n" in w.pos):
            break
    k = bisect_left(statement.starts, item.start)
    for w in reversed(statement.words[max(0, k - 3) : k]):  # before: "rose by 4.3%"
        way = sign(w)
        if way or w.folded not in _DIRECTION_GAP:
            return way
    return 0


def money_role(statement: Statement, item: Any) -> str:
    """What an amount of money is, by the words next to it (two before, three after):
    "out" ("spent", "cost", "fee"), "in" ("revenues", "profit") or "value" ("worth");
    "" when they do not say."""
    k = bisect_left(statement.starts, item.start)
    end = bisect_left(statement.starts, item.end)
    near = statement.words[max(0, k - 2) : k] + statement.words[end : end + 3]
    return next((role for w in near for role, words in MONEY_ROLES.items()
                 if w.lemmas & words), "")


# words that open a clause of their own: a figure after them hangs on that clause's verb
_CLAUSE_OPENERS = frozenset("that which who whom whose whether because if when while".split())


def governor(statement: Statement, item: Any) -> Any:
    """The word a figure hangs on: the content word just before it ("won 129 seats" ->
    won), or for a figure that opens its clause (after "that", "which", ...), the verb
    just after what it counts ("More than a million people have been displaced" ->
    displaced)."""
    k = bisect_left(statement.starts, item.start)
    for w in reversed(statement.words[max(0, k - 4) : k]):
        if w.end > item.start:
            continue
        if w.folded in _CLAUSE_OPENERS:
            break  # "predicted that 30 million messages could be sent": its own clause
        if w.index in statement.levels:
            return None  # "stood at 3%": the figure is the level of the subject
        if w.content or w.index in statement.name_at:
            return w
        if not w.folded[:1].isalpha():
            return None
    k = bisect_left(statement.starts, item.end)
    for w in statement.words[k : k + 6]:
        if w.verb:
            return w
    return None


def someone_elses(passage: Statement, other: Any, met_names: set[int],
                  met: set[int]) -> bool:
    """The passage's figure belongs to another name than the claim's: the claim's name
    comes only after it ("the Coast Party ... 129 seats ... and the Greens"), or its clause
    opens with a name the claim does not give. A name the claim gives too (`met`: the
    passage words the claim met) names no one else unless it does something: "the Tarn
    Cup record was set in 2000 by Harwick" and "At the Tarn Cup in May, Harwick won" are
    Harwick's; "Tarn accepted £5m from Harwick, rejecting Marlow's higher offer" is
    Tarn's."""
    met_at = [passage.words[i].start for i in met_names]
    lo = clause_start(passage.text, other.start)
    before = [n for n in passage.names if lo <= passage.words[n.first].start < other.start
              and not any(i in met_names for i in n.span)
              and not (any(i in met for i in n.span) and not _acts(passage, n))]
    if met_at and min(met_at) > other.start:
        return bool(before)  # "In September 2018, Turkey and Russia agreed" is theirs
    if met_at:
        return False
    lo = clause_start(passage.text, other.start)
    for w in [w for w in passage.words if lo <= w.start and w.end <= other.start][:3]:
        if w.index in passage.name_at:
            return True
        if w.content or w.verb:
            return False
    return False


def _acts(statement: Statement, name: Any) -> bool:
    """The name does something where it stands: a verb follows it ("Tarn accepted")."""
    k = past_auxiliaries(statement.words, name.last + 1)
    return k < len(statement.words) and statement.words[k].verb


def _tag(statement: Statement, item: Any) -> Any:
    """The name a figure is given for, written right after it in its clause: "in" or
    "for" and a name, after the figure's own head words if any ("£980 in Hull",
    "2,400 votes for Ana Ruiz"); None when none is."""
    hi = clause_end(statement.text, item.end)
    after = [w for w in statement.words[bisect_left(statement.starts, item.end):][:4]
             if w.start < hi]
    for k, w in enumerate(after[:-1]):
        if w.folded in _TAGGING:
            return statement.name_at.get(after[k + 1].index)
        if w.content and w.index not in statement.name_at:
            continue  # the figure's own head ("£10m in revenue")
        return None
    return None


# what gives a figure to a name right after it: "£980 in Hull", "2,400 votes for Ruiz"
# (not "from" or "of": "40 km from Tarn" measures from a place, and is not its figure)
_TAGGING = frozenset({"in", "for"})


def tagged_otherwise(claim: Statement, item: Any, passage: Statement, other: Any,
                     partners: dict[int, Any]) -> bool:
    """Both figures are given for a name, and the passage's for one the claim's figure is
    not given for: "£1,210 in Leeds" against the claim's "£980 in Hull"."""
    mine, theirs = _tag(claim, item), _tag(passage, other)
    if mine is None or theirs is None:
        return False
    met = {partners[i].word.index for i in mine.span if i in partners}
    return not any(i in met for i in theirs.span) and not name_match(mine.keys,
                                                                       theirs.keys)[0]


def subject(claim: Statement) -> Any:
    """The name a claim opens with: whose figures and dates the claim gives."""
    if claim.names and claim.opens_with(claim.names[0]):
        return claim.names[0]
    return None


def is_age(statement: Statement, q: Any) -> bool:
    """"29 years old", "a 22-year-old", "aged 61 years": an age, not a span of time."""
    if q.dimension != "duration":
        return False
    after = statement.text[q.end : q.end + 6].lower()
    before = statement.text[max(0, q.start - 6) : q.start].lower()
    return "old" in q.text.lower() or after.lstrip(" -").startswith("old") or \
        before.rstrip().endswith(("aged", "age"))


# the name may have an aside in brackets ("Ada Brill (pictured), 63,"), and the comma a
# space before it, as in text split into tokens ("Brill , 63 ,")
_NAME_COMMA = regex(r"[A-Z][\w'\u2019.-]*(?: \([^()]{1,20}\))? ?,[ \u00a0]*$")
OLDEST = 125  # no one is older: a larger number set beside a name is no age
# words that give a bare number as someone's age: "aged 63", "who is 63", "turned 63"
# (not "at age 31", the age at some event: "first won a seat at age 31 in 1989")
_AGE_BEFORE = regex(
    r"(?i)(?:\baged|\bwho\s+(?:is|was|turns|turned)|\bturn(?:s|ed))\s+$")


def count_age(statement: Statement, q: Any) -> bool:
    """A bare whole number set between commas after a name ("Ada Brill, 63, said"), or
    after words that give an age ("aged 63", "who is 63", "turned 63")."""
    if q.dimension != "count" or q.head or q.hedge is not None or \
            q.value != int(q.value) or not 0 < q.value <= OLDEST:
        return False
    text = statement.text
    if _AGE_BEFORE.search(text, max(0, q.start - 16), q.start):
        return True
    return _NAME_COMMA.search(text, max(0, q.start - 40), q.start) is not None \
        and text[q.end : q.end + 2].lstrip(" ")[:1] == ","


def as_age(statement: Statement, q: Any) -> Any:
    """An age set beside a name ("Brill, 63,") as the span of years it is, so that it
    meets "63 years old"; any other figure as it is."""
    if not count_age(statement, q):
        return q
    year = UNIT_WORDS["year"]  # the quantities engine's own year, in its canonical unit
    return replace(q, value=q.value * year.factor, low=q.value * year.factor,
                   high=q.value * year.factor, unit=year.canonical, dimension=year.dimension,
                   step=year.factor)


def head_near(item: Any, claim: Statement, other: Any, passage: Statement,
               partners: dict[int, Any], closeness: float) -> bool:
    """A count the claim says what of ("21 rounds") and the passage does not ("one
    through three") is about the same thing only if the claim's head word is met right
    next to the passage's figure; a count neither side heads needs shared neighbours."""
    if not item.head:
        return closeness > 0
    head_words = {w.index for w in claim.words
                  if item.end <= w.start and w.folded in item.head.lower().split()}
    for i in head_words:
        hit = partners.get(i)
        if hit is not None and not hit.context:
            if abs(hit.word.start - other.end) <= 12 or abs(other.start - hit.word.end) <= 12:
                return True
    return False


def near_words(statement: Statement, item: Any) -> dict[int, float]:
    """Content words next to an item in its clause, weighted by closeness."""
    text = statement.text
    lo = clause_start(text, item.start)
    hi = clause_end(text, item.end)
    words = statement.words
    starts = statement.starts
    meaningful = statement.name_at
    before: list[Any] = []
    for w in reversed(words[: bisect_left(starts, item.start)]):
        if w.start < lo or len(before) >= NEAR_BEFORE:
            break
        if w.end <= item.start and (w.content or w.index in meaningful):
            before.append(w)
    after: list[Any] = []
    for w in words[bisect_left(starts, item.end) :]:
        if w.end > hi or len(after) >= NEAR_AFTER:
            break
        if w.content or w.index in meaningful:
            after.append(w)
    out: dict[int, float] = {}
    for distance, w in enumerate(before, 1):
        out[w.index] = max(out.get(w.index, 0.0), 1.0 / distance)
    for distance, w in enumerate(after, 1):
        out[w.index] = max(out.get(w.index, 0.0), 1.0 / distance)
    return out


# the most an item in an opening phrase ("In 1990, ...") counts as near the clause it
# introduces: less than one word right beside an item, which says more of what it dates
OPENING_WEIGHT = 0.5
_OPENING_COMMA = regex(r"[^,;:.!?]{0,12}?,")


def opening_closeness(statement: Statement, item: Any, met: set[int]) -> float:
    """How near an item in a phrase that opens the sentence ("In 1990,", "On 5 May
    2010,") is to the words the claim met: it dates (or counts) the whole clause after
    its comma, not the clause's first few words, so the share of that clause's content
    words that are met, at most OPENING_WEIGHT. 0.0 when the item opens no sentence."""
    words = statement.words
    if any(w.content for w in words if w.end <= item.start) or \
            _OPENING_COMMA.match(statement.text, item.end) is None:
        return 0.0
    hi = clause_end(statement.text, item.end)
    clause = [w.index for w in words[bisect_left(statement.starts, item.end) :]
              if w.end <= hi and (w.content or w.index in statement.name_at)]
    if not clause:
        return 0.0
    return OPENING_WEIGHT * sum(i in met for i in clause) / len(clause)


# how far either side of an item its clause is looked for: only the nearest few words
# count (and reading the whole text at every item of a long claim would be quadratic)
CLAUSE_WINDOW = 400


def clause_start(text: str, pos: int) -> int:
    """Where the clause of the text at `pos` starts. An aside between two dashes or in
    brackets just before it is passed over: in "the target - seeing a consultant - is
    six months", "six months" belongs to "the target"."""
    first = max(0, pos - CLAUSE_WINDOW)
    breaks = list(CLAUSE_BREAK.finditer(text, first, pos))
    if not breaks:
        return first
    last = breaks[-1]
    if len(breaks) >= 2 and _closes(breaks[-2].group(), last.group()):
        return breaks[-3].end() if len(breaks) >= 3 else first
    return last.end()


def _closes(opening: str, closing: str) -> bool:
    """The two breaks enclose an aside: a pair of dashes, or brackets."""
    a, b = opening.strip(), closing.strip()
    return (a, b) in (("(", ")"), ("[", "]")) or (a == b and a in ("-", "--", "\u2013",
                                                                    "\u2014"))


def clause_end(text: str, pos: int) -> int:
    m = CLAUSE_BREAK.search(text, pos, pos + CLAUSE_WINDOW)
    return m.start() if m else min(len(text), pos + CLAUSE_WINDOW)


# words that open a clause of their own when a verb follows at once ("after winning",
# "while the ferry is docked"): what stands either side belongs to two facts
_SUBORDINATORS = frozenset(
    "after before while whereas although though because when since until".split())


def other_clause(statement: Statement, i: int, j: int) -> bool:
    """Words i and j of a statement stand in two clauses: a clause opener with its verb
    within the next three words lies between them ("took her second title after winning
    the race": "second" and "winning")."""
    words = statement.words
    for k in range(min(i, j) + 1, max(i, j)):
        if words[k].folded in _SUBORDINATORS and any(
                w.verb or ("v" in w.pos and w.folded.endswith(("ing", "ed")))
                for w in words[k + 1 : k + 4]):
            return True
    return False


def of_another(passage: Statement, other: Any, claim: Statement) -> bool:
    """The passage's date qualifies an event of a name the claim does not give: "the 2009
    premiere of Kestrel", "its 2012 launch of the Velo" (a claim about another film or car
    dates another event)."""
    from ..quantities.heads import stem

    k = bisect_left(passage.starts, other.end)
    for w in passage.words[k : k + 3]:
        if w.folded == "of" and w.index + 1 < len(passage.words):
            name = passage.name_at.get(w.index + 1) or passage.name_at.get(w.index + 2)
            if name is None or w.index + 1 not in passage.name_at and \
                    passage.words[w.index + 1].folded not in ("the", "a", "an"):
                return False
            keys = {stem(key) for n in claim.names for key in n.keys}
            return not {stem(key) for key in name.keys} & keys
        if not w.content:
            return False
    return False
