"""Pair a claim's figure or date with the passage's that states the same thing, and
compare them.

A passage may give several figures ("129 seats to the Coast Party's 71"). The claim's is paired
with the one whose surroundings hold the same things: the words the aligner met next to
the claim's figure are looked for next to each of the passage's, and the closest wins.
A consistent reading anywhere in the passage is preferred over a conflict only when two
candidates stand equally close. A figure conflicts only with one that counts the same
kind of thing; a date only with one that states the same fields of the calendar.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..quantities.date_ranges import RANGE_JOIN
from ..results import Check, Outcome
from . import measures, placement
from .links import CONFLICT, SAME, SPECIFIC, UnitLink
from .units import Statement, life_roles
from .values import calendar_conflict, comparable, converted, same_kind, same_value

_CHECK_KIND = {"figure": "quantity", "date": "date", "time": "time"}


def link_items(kind: str, items: tuple[Any, ...], claim: Statement, passage: Statement,
               partners: dict[int, Any]) -> list[Any]:
    """The UnitLink of each claim figure, date or time in `passage` (None where the
    passage gives nothing to compare it with).

    Agreements are paired first; a passage figure another claim figure agrees with is
    not in conflict with this one ("129 seats in the 300-seat parliament")."""
    # only the partners met in this statement (the sentence before has its own words)
    partners = {i: hit for i, hit in partners.items() if hit.met_in(passage)}
    found = [_candidates(kind, item, claim, passage, partners) for item in items]
    used: dict[int, set[str]] = {}  # passage item -> the fields claim items took
    links: list[Any] = [None] * len(items)
    # one passage figure agrees with one claim figure, the closest pairs first: "won nine
    # of its last nine" against "won seven of its last nine" pairs the nines once
    candidates = {"figure": passage.quantities, "date": passage.dates,
                  "time": passage.times}[kind]
    place = {id(c): j / max(1, len(candidates) - 1) for j, c in enumerate(candidates)}
    pairs = sorted(
        ((e[0], -abs(k / max(1, len(items) - 1) - place[id(e[4])]), k, e)
         for k in range(len(items)) for e in found[k] if e[1] is Outcome.CONSISTENT),
        key=lambda p: (p[0], p[1]), reverse=True)
    # twice: a figure skipped for a closer one another claim figure took later is paired
    # on the second pass
    for _pass in range(2):
        for _, _, k, entry in pairs:
            fields = _fields(kind, items[k])
            if links[k] is not None or used.get(id(entry[4]), set()) & fields:
                continue
            # a closer passage figure disagrees: that one is the claim's, unless another
            # claim figure has taken it ("1,200 votes to 900": the 1,200 is the first's)
            top = max((e[0] for e in found[k] if not used.get(id(e[4]), set()) & fields),
                      default=0.0)
            if entry[0] < top - 1e-9:
                continue
            link = _agreement(kind, items[k], [entry])
            if link is not None and link.relation != "conflict":
                ends = _with_range(kind, link.check_item, passage) if \
                    fields < _fields(kind, link.check_item) else [link.check_item]
                for taken in ends:
                    used.setdefault(id(taken), set()).update(fields)
            links[k] = link
    for k, (item, scored) in enumerate(zip(items, found, strict=True)):
        if links[k] is None:
            links[k] = _conflict(kind, item, [e for e in scored if not used.get(
                id(e[4]), set()) & _fields(kind, item)])
    return [None if link is None else link.link for link in links]


def _with_range(kind: str, item: Any, passage: Statement) -> list[Any]:
    """A passage date and the other end of the range it is written in ("Sept. 12-Oct. 4,
    2022"): a claim date less precise than the end that bears it out ("in 2021") takes
    the range, so another claim date (the day it was announced) is not set against its
    other end; a claim's own range ("3 May to 9 June") still meets each end apart."""
    if kind != "date":
        return [item]
    dates = passage.dates
    k = next((j for j, d in enumerate(dates) if d is item), None)
    if k is None:
        return [item]
    ends = [item]
    if k > 0 and RANGE_JOIN.fullmatch(passage.text, dates[k - 1].end, item.start):
        ends.append(dates[k - 1])
    if k + 1 < len(dates) and RANGE_JOIN.fullmatch(passage.text, item.end, dates[k + 1].start):
        ends.append(dates[k + 1])
    return ends


def _fields(kind: str, item: Any) -> set[str]:
    """What of a passage item a claim item takes when it agrees with it: a date its
    fields, so "8 August 2005" bears out both "August" and "2005" written apart, but one
    "2005" only one year; a figure or a time the whole."""
    if kind != "date":
        return {"all"}
    fields = {f for f in ("year", "month", "day") if getattr(item, f, None) is not None}
    return fields or {"all"}


@dataclass(frozen=True)
class _Paired:
    link: Any  # align.UnitLink
    check_item: Any  # the passage item it was paired with

    @property
    def relation(self) -> str:
        return str(self.link.relation)


def _candidates(kind: str, item: Any, claim: Statement, passage: Statement,
                partners: dict[int, Any]) -> list[tuple[float, Outcome, str, Any, Any]]:
    """(closeness, outcome, reason, shown values, passage item) for every passage item the
    claim's can be compared with."""
    candidates = {"figure": passage.quantities, "date": passage.dates,
                  "time": passage.times}[kind]
    if not candidates:
        return []
    near_claim = placement.near_words(claim, item)
    # the passage words the aligner met for the claim's neighbours
    wanted = {partners[i].word.index: weight for i, weight in near_claim.items()
              if i in partners}
    governor = placement.governor(claim, item)
    governor_hit = partners.get(governor.index) if governor is not None else None
    met = {hit.word.index for hit in partners.values()}
    claim_owner = placement.subject(claim)
    met_names = {partners[i].word.index for i in claim_owner.span if i in partners} \
        if claim_owner is not None else set()
    age = placement.is_age(claim, item) if kind == "figure" else False
    # which way the claim's figure goes, whether it is an increment, what share of a
    # whole it is, what its money is: read once, compared with each of the passage's
    way = placement.direction(claim, item) if kind == "figure" else 0
    increment = measures.is_increment(claim, item) if kind == "figure" else False
    share = measures.share(claim, item) if kind == "figure" else ""
    money = placement.money_role(claim, item) if kind == "figure" and \
        item.dimension == "money" else ""
    roles = set().union(*(life_roles(w) for w in claim.words)) if kind == "date" else set()
    scored: list[tuple[float, Outcome, str, Any, Any]] = []
    # an age written as a bare number ("Brill, 53,", "aged 53") meets one in years
    counted_age = kind == "figure" and placement.count_age(claim, item)
    for other in candidates:
        mine, theirs = item, other
        their_age = kind == "figure" and placement.is_age(passage, other)
        if kind == "figure" and (age or counted_age) and (
                their_age or placement.count_age(passage, other)):
            mine, theirs = placement.as_age(claim, item), placement.as_age(passage, other)
        elif kind == "figure" and (age or counted_age) != their_age:
            continue  # "29 years old" is an age, "after 18 months" is not; "Berg, 48," is
            # an age, compared with the passage's age ("the 52-year-old") and with no
            # count ("9,000 passengers", "rowed it several times")
        compared = comparable(kind, mine, theirs)
        if compared is None:
            continue
        outcome, reason, shown = compared
        if way and outcome is Outcome.CONSISTENT:
            theirs = placement.direction(passage, other)
            if way * theirs < 0:  # "4.3% less" against "a 4.3% increase"
                outcome = Outcome.INCONSISTENT
                reason = f"the claim's '{item.text}' is {_WAY[way]}, the source's {_WAY[theirs]}"
        if kind == "date" and passage.life:
            role = passage.life.role_of(other.start, other.end)
            if role is not None and role not in roles:
                continue  # a birth date dates a birth, not a marriage
        near = placement.near_words(passage, other)
        closeness = sum(min(wanted.get(i, 0.0), weight) for i, weight in near.items()) \
            or placement.opening_closeness(passage, other, met)
        if kind == "date" and passage.life and \
                passage.life.role_of(other.start, other.end) in roles:
            closeness += 1.0  # "born in 1872" and the birth date in parentheses
        if kind == "figure" and not (age or counted_age) and \
                _someone_elses_things(claim, other, passage):
            continue  # "12 Harwick ferries" are not Marlow's (an age's
            # "the 42-year-old former Tarn captain" is the person's)
        if kind == "figure" and same_kind(item, other) is None and \
                not placement.head_near(item, claim, other, passage, partners, closeness):
            continue
        if outcome is Outcome.INCONSISTENT:
            if kind == "date" and other.relative and not (item.names_weekday
                                                          or item.period is not None):
                continue  # "today", "on Tuesday" mostly date the report, not the event
            if kind == "date" and placement.of_another(passage, other, claim):
                continue  # "the 2009 premiere of Kestrel" dates another film's premiere
            if kind == "figure" and item.start in claim.rates and other.start not in passage.rates:
                continue  # "2.10 pounds a share" is a price, "£84m" spent in all is not
            theirs_share = measures.share(passage, other) if kind == "figure" else ""
            if theirs_share != share and not (share == "part" and not theirs_share):
                continue  # "six berths in each harbour" are not the 18 in all, nor is
                # "£5,120 of this" the whole the claim gives (a claim's part may still
                # meet the passage's amount)
            if claim_owner is not None and placement.someone_elses(passage, other, met_names, met):
                continue  # "Greens ... 33 seats" is not about the Coast Party's 129
            if kind == "figure" and \
                    placement.tagged_otherwise(claim, item, passage, other, partners):
                continue  # "£1,210 in Leeds" is not the claim's "£980 in Hull"
            if measures.end_of_range(claim, item) != measures.end_of_range(passage, other):
                continue  # "to £120,000" is the new level, "from £60,000" the old one
            if money and placement.money_role(passage, other) not in ("", money):
                continue  # "spent £10m" is not "took £24m in revenues": another attribute
            if kind == "figure" and increment != measures.is_increment(passage, other):
                continue  # "50 extra seats" is added to a total, not the claim's 129
            theirs = placement.governor(passage, other)
            if governor is not None and governor.verb and governor_hit is not None and \
                    theirs is not None and theirs.verb and \
                    theirs.index != governor_hit.word.index and theirs.index not in met:
                continue  # "held 20 billion" is not "lost 3 million"
            if kind == "figure" and governor is not None and "v" in governor.pos and \
                    governor_hit is None and \
                    theirs is not None and _verb_form(theirs) and theirs.index not in met:
                continue  # "fled" met nowhere: "hosting three million" is another fact
        scored.append((closeness, outcome, reason, shown, other))
    return scored


_WAY = {1: "a rise", -1: "a fall"}


def _verb_form(w: Any) -> bool:
    """Surely a verb where it stands: read as one, or a participle or past form ("hosting",
    "displaced"), not a noun that may be a verb ("in front of")."""
    return bool(w.verb or ("v" in w.pos and w.folded.endswith(("ing", "ed"))))


def _someone_elses_things(claim: Statement, other: Any, passage: Statement) -> bool:
    """The passage's figure counts things its head gives to a name the claim does not
    have ("12 Turkish observation posts" for a claim about Russia's posts)."""
    head = {w.folded for w in passage.words
            if other.end <= w.start <= other.end + len(other.head) + 2
            and w.index in passage.name_at}
    if not head:
        return False
    from ..quantities.heads import stem

    keys = {stem(k) for n in claim.names for k in n.keys}
    return not {stem(w) for w in head} & keys and bool(claim.names)


def _agreement(kind: str, item: Any, scored: list[Any]) -> _Paired | None:
    if not scored:
        return None
    top = max(entry[0] for entry in scored)
    close = [entry for entry in scored if entry[0] >= top - 1e-9]
    consistent = [entry for entry in close if entry[1] is Outcome.CONSISTENT]
    if not consistent:
        return None
    _, outcome, reason, shown, other = consistent[0]
    code = {"figure": "NUMBER", "date": "DATE", "time": "TIME"}[kind]
    check_kind = _CHECK_KIND[kind]
    calendar_note = calendar_conflict(item) if kind == "date" else ""
    if calendar_note:
        check = Check(check_kind, item.text, other.text, shown[0], shown[1],
                      Outcome.INCONSISTENT, calendar_note)
        return _Paired(UnitLink(kind, item.text, CONFLICT, other.text, calendar_note,
                                check=check, code="DATE_MISMATCH"), other)
    check = Check(check_kind, item.text, other.text, shown[0], shown[1], outcome, reason)
    exact = same_value(item, other)
    return _Paired(UnitLink(kind, item.text, SAME if exact else SPECIFIC, other.text, reason,
                            check=check, code=f"{code}_MATCH"), other)


def _conflict(kind: str, item: Any, scored: list[Any]) -> _Paired | None:
    scored = [e for e in scored if e[1] is Outcome.INCONSISTENT]
    if not scored:
        return None
    top = max(entry[0] for entry in scored)
    if top <= 0:
        return None  # no figure of the passage stands by the claim's words
    _, outcome, reason, shown, other = max(scored, key=lambda e: e[0])
    code = {"figure": "NUMBER", "date": "DATE", "time": "TIME"}[kind]
    check = Check(_CHECK_KIND[kind], item.text, other.text, shown[0], shown[1], outcome,
                  reason)
    return _Paired(UnitLink(kind, item.text, CONFLICT, other.text, reason, check=check,
                            code=f"{code}_MISMATCH", converted=converted(kind, item, other)),
                   other)
