"""A passage's stance towards a claim, decided from the alignment alone.

- supports: every unit of the claim is found, none conflicts, none is met only inside
  a negation the claim does not share ("never actually took a class" for "took");
- contradicts: a unit conflicts, and the rest of the claim (who, what, which figure,
  when) is found, so the passage states the same fact with another value. One content
  word of the claim may be missing ("often missed work" against "hardly ever missed a
  day of work"), no name, figure or date;
- otherwise related, with what the passage does not say.

A question states nothing; neither does a headline, which is read for its names only.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..results import Stance
from .links import (
    AS_INTENDED,
    AS_NEGATED,
    AS_POSSIBLE,
    AS_PROJECTED,
    CONFLICT,
    DOCUMENT,
    SPECIFIC,
    UNALIGNED,
    UnitLink,
)
from .units import Statement

# the units that state a value: one of them conflicting is another value of the same fact
VALUE_KINDS = frozenset({"figure", "date", "time"})
# content words of the claim a contradicting passage may leave out (never a name, figure
# or date): chosen on the dev sets (docs/accuracy.md)
CONTRADICTION_SLACK = 1
# words a contradicting passage must share with a claim that has no name, figure or date
# besides the conflicting one, or whose verb it leaves out: 2 against 3 on the dev sets
MIN_FRAME_WORDS = 2
# a supporting passage may leave out one word of the claim that is not a verb ("the
# general election" for "the election") when it states this many of its other units;
# measured against leaving out none and leaving out only adjectives on the dev sets
# (docs/accuracy.md)
MIN_SUPPORT_FOUND = 3
# how much a passage counts when it bears the claim's figure out only within a hedge
# ("14,000" within "more than 10,000"), against one that states the same figure
HEDGED_SUPPORT = 0.6


def decide(links: Sequence[UnitLink], passage: Statement, *, headline: bool = False
           ) -> tuple[Stance, tuple[str, ...], str, float]:
    """(stance, reason codes, explanation, weight) of one passage."""
    if passage.question:
        return Stance.RELATED, ("QUESTION",), "a question states nothing", 1.0
    if headline:
        return Stance.RELATED, ("HEADLINE",), "a headline states no fact", 1.0
    periods = [link for link in links if link.code == "PERIOD"]
    if periods:
        # "sold 72,000 on its first day" states nothing of the claim's second week
        return Stance.RELATED, ("PERIOD",), periods[0].note, 1.0
    conflicts = [link for link in links if link.relation == CONFLICT]
    missing = [link for link in links if link.relation == UNALIGNED]
    codes = tuple(dict.fromkeys(
        [link.code for link in links if link.code]
        + ["UNIT_CONVERTED" for link in links if link.converted]))
    # the units the passage itself states (not the sentence before or the document)
    stated = [link for link in links if link.found and not link.context]
    excused = _excused(links, missing, len(stated))
    # met only inside a negation or as intended ("tried to pass" for "passed"): it bears
    # nothing out
    framed = any(link.framing in (AS_NEGATED, AS_INTENDED) for link in links)
    if not conflicts and len(excused) == len(missing) and not framed and _mostly_here(links) \
            and _says_enough(stated, excused) and _says_something_of_it(links):
        notes = [link.note for link in links if link.check is not None and link.note]
        if excused:
            notes.append("leaves out " + ", ".join(f"'{link.claim}'" for link in excused))
        hedged = any(link.relation == SPECIFIC for link in links if link.check is not None)
        return Stance.SUPPORTS, codes, "; ".join(notes) or "states every part of the claim", \
            HEDGED_SUPPORT if hedged else 1.0
    if conflicts and _same_fact(links, missing, passage) and \
            _conflicts_stand(links, conflicts, missing):
        negations = [c for c in conflicts if c.code == "NEGATION"]
        values = [c for c in conflicts if c.kind in VALUE_KINDS]
        if negations and values and len(negations) + len(values) == len(conflicts):
            if all(c.negated_claim for c in negations):
                # "did not sign in 2014" against "signed in 2018": borne out
                return Stance.SUPPORTS, codes, \
                    f"{negations[0].note}, and the source gives {values[0].source}", \
                    HEDGED_SUPPORT
            # "did not close in 2015" against "closed in 2016": says nothing either way
            return Stance.RELATED, codes, f"{negations[0].note} of another value", 1.0
        return Stance.CONTRADICTS, codes, "; ".join(link.note for link in conflicts), 1.0
    return Stance.RELATED, codes + ("LOW_OVERLAP",) if missing else codes, \
        _what_is_missing(missing, conflicts, _framing(links)), 1.0


def _conflicts_stand(links: Sequence[UnitLink], conflicts: Sequence[UnitLink],
                     missing: Sequence[UnitLink]) -> bool:
    """The conflicts are about the claim's own fact. A negation stands against the
    passage only when the passage meets all that it covers but the words that qualify
    another ("has not published any new guidelines" is denied by "published
    guidelines"; "is not making traffic jams worse" is not denied by a passage on traffic
    jams without "worse"), and not against what the passage says only may happen. A
    figure or date of what the passage only intends or thinks possible is not one of
    what the claim says was done ("could rise 40 cm" against "rose 15 cm")."""
    if any(c.code == "NEGATION" for c in conflicts) and (
            any(m.claim_negation in ("head", "covered") for m in missing)
            or any(c.framing == AS_POSSIBLE for c in conflicts if c.code == "NEGATION")):
        return False
    otherwise = any(link.framing in (AS_INTENDED, AS_POSSIBLE) for link in links)
    projected = any(link.framing == AS_PROJECTED for link in links)
    return not (otherwise and any(c.kind in VALUE_KINDS for c in conflicts)) and \
        not (projected and any(c.kind == "figure" for c in conflicts))


def _says_enough(stated: Sequence[UnitLink], excused: Sequence[UnitLink]) -> bool:
    """A passage that meets no name, figure or date of the claim leaves out no more of its
    words than it states: "burn fuel" does not bear out "it takes as much fuel to make a
    ferry as it likely burns in its entire life". One that meets them may leave out a
    long circumstance ("Marlow shares fell 3% as traders sold harbour stocks late on")."""
    return any(link.kind != "word" for link in stated) or len(excused) <= len(stated)


def _says_something_of_it(links: Sequence[UnitLink]) -> bool:
    """The passage states something of what the claim says of its subject: its verb, a
    word or name after it, or a figure or date. A passage that names only the subject
    ("the ferry strike") bears out nothing of "the ferry strike will be held on the day
    of the regatta", whose light verb and circumstance a support may leave out one by one,
    but not all together."""
    said = [link for link in links if link.predicate]
    return not said or any(link.found for link in said) or any(
        link.found for link in links if link.kind in ("figure", "date", "time"))


def _mostly_here(links: Sequence[UnitLink]) -> bool:
    """Most of what supports a claim is in the passage itself, not in the sentence before
    or the document around it (which are judged as passages of their own)."""
    found = [link for link in links if link.found]
    here = sum(not link.context for link in found)
    return here * 2 >= len(found)


def _excused(links: Sequence[UnitLink], missing: Sequence[UnitLink], here: int
             ) -> list[UnitLink]:
    """The missing units a supporting passage may leave out: the claim's circumstances
    ("in the harbour strike"), a verb with little meaning of its own ("got married"), and
    one other word that is not a verb when the passage itself states MIN_SUPPORT_FOUND
    units (`here` counts them; what only the sentence before states does not vouch for
    what is left out). A word the passage replaces with another ("treatment" for
    "deficiency") is not left out, and is never excused."""
    # the claim's polarity is compared at a word its negation governs first ("no
    # reliable evidence": "reliable"); with none of those met, no word the negation
    # covers may be left out
    heads = [link for link in links if link.claim_negation == "head"]
    unchecked = bool(heads) and not any(link.found for link in heads)
    excused = [m for m in missing if m.kind == "word" and (m.adjunct or m.light)
               and not m.qualifier and not m.replaced and not _address(m)
               and not (unchecked and m.claim_negation)]
    rest = [m for m in missing if m not in excused]
    if rest and any(m.event for m in excused):
        # "reached agreement": with "agreement" missing too, the whole predicate is
        return [m for m in excused if not m.event]
    if len(rest) == 1 and rest[0].kind == "word" and not rest[0].verb and \
            not rest[0].qualifier and not rest[0].replaced and not _address(rest[0]) and \
            not (unchecked and rest[0].claim_negation) and here >= MIN_SUPPORT_FOUND:
        excused += rest
    return excused


def _address(link: UnitLink) -> bool:
    """A web address ("kestrel.co.uk") names a site as a name does: never left out."""
    return "." in link.claim


def _same_fact(links: Sequence[UnitLink], missing: Sequence[UnitLink], passage: Statement
               ) -> bool:
    """The passage states the claim's fact with another value.

    Every name, figure and date of the claim is found (names in the passage or the
    sentence before; a name only the document's earlier sentences give counts when the
    passage refers back with "she" or "the company", or, against an opposite or a
    negation, when it names the claim's circumstances: "won the final at the Tarn
    Sevens" against "lost the final" in a report on the Tarn Sevens; a figure or a date
    differs from one event to the next, so there it does not), but a name in the claim's
    circumstances when the conflict is a figure or date ("reached number 30 in the Dutch
    singles chart" against "reached number 13 in the singles chart"; another name in a
    role, a negation or an opposite may be of another event there), and a name, date or
    time in what describes one of the claim's nouns ("the late goal that sent Harwick
    into the final", "Under the lease that starts in 2026,"), or an age beside a name
    ("Ada Lund, 58,"; align._figure_links); a
    name only the document gives counts too when the passage refers to it with "his" or
    "its" ("her leaders" for "Liberal leaders"). Of the claim's words, the passage may
    leave out its circumstances ("in the harbour strike"), what describes a noun, a verb
    with little meaning of its own ("took 4 percent"), and CONTRADICTION_SLACK other words
    that are not verbs ("often missed training" against "hardly ever missed a session of
    training"); a missing verb is another fact ("born in 1958" is not "was a clerk in
    1980"). And enough must be found to tell the fact apart: a name, figure or date, or
    MIN_FRAME_WORDS words ("the storm struck" alone could be any storm). The conflict
    itself must be in the passage: a word met only in the sentence before ("monitors"
    before "questions over whether it will work with old keyboards") is that sentence's,
    judged as a passage of its own."""
    values = all(c.kind in VALUE_KINDS for c in links if c.relation == CONFLICT)
    if any(link.kind != "word" and not (link.kind == "name" and (link.adjunct and values
                                                                 or link.detail))
           and not (link.kind == "date" and link.source) and not (
               link.kind in VALUE_KINDS and link.detail) for link in missing):
        return False
    if any(link.context for link in links if link.relation == CONFLICT):
        return False  # the passage's own words must state the other value
    core = [link for link in missing if not link.adjunct and not link.light
            and not link.detail]
    found = [link for link in links if link.found]
    if len(core) > CONTRADICTION_SLACK:
        return False
    # against an opposite or a negation, a figure or date the passage itself states
    # frames the fact as its words do ("set to rise to £9m by 2031" against "forecast to
    # shrink to £9m by 2031"); another name needs the words
    worded = all(link.kind == "word" for link in links if link.relation == CONFLICT)
    if any(link.verb for link in core) and sum(
            link.kind == "word" or (worded and link.kind in VALUE_KINDS and not link.context)
            for link in found) < MIN_FRAME_WORDS:
        return False  # a missing verb is another fact, unless much else of it is there
    if any(link.context == DOCUMENT and link.kind == "name" and not (link.adjunct and not values)
           and not link.possessed
           for link in found) and not (passage.anaphor_at_start() or passage.continues()):
        return False
    conflicts = [link for link in links if link.relation == CONFLICT]
    if len(conflicts) > 1 and any(link.kind == "name" for link in links) and not any(
            link.kind == "name" for link in found):
        return False  # "Kestrel has 20 berths in Marlow" against "Harwick has 12 in Tarn"
    # a name the document gave counts only as what it is about, the subject of its first
    # sentence ("The ferry was launched in 1990" in a document about the ferry)
    anchors = [link for link in found if link.kind != "word" and (
        link.context != DOCUMENT or link.topic)]
    # a qualifier ("only", "first") tells no fact apart
    words = [link for link in found if link.kind == "word" and not link.qualifier]
    return bool(anchors) or len(words) >= MIN_FRAME_WORDS


def _framing(links: Sequence[UnitLink]) -> list[str]:
    """What frames a fact the passage met otherwise than the claim states it: inside a
    negation, only as intended, only as possible."""
    return [link.note for link in links if link.framing in (AS_NEGATED, AS_INTENDED)] + [
        f"the source has '{link.source}' only as possible"
        for link in links if link.framing == AS_POSSIBLE] + [
        f"the source has '{link.source}' only as what will be"
        for link in links if link.framing == AS_PROJECTED]


def _what_is_missing(missing: Sequence[UnitLink], conflicts: Sequence[UnitLink],
                     framing: Sequence[str] = ()) -> str:
    parts = list(framing[:1])
    # a word the source replaces, or a name it has in another role ("only as who said
    # it"): named as what it is, not as a unit the source lacks
    replaced = next((link for link in missing if link.replaced or (
        link.kind == "name" and link.source and link.note)), None)
    if replaced is not None:
        parts.append(replaced.note)
        missing = [link for link in missing if link is not replaced]
    unsettled = [link for link in missing if link.kind == "date" and link.source]
    missing = [link for link in missing if link not in unsettled]
    if missing:
        said = ", ".join(f"'{link.claim}'" for link in missing[:3])
        more = f" and {len(missing) - 3} more" if len(missing) > 3 else ""
        parts.append(f"does not say {said}{more}")
    parts.extend(f"for '{link.claim}' {link.note}" for link in unsettled)
    if conflicts:
        parts.append("; ".join(link.note for link in conflicts))
    return "; ".join(parts)


def leaves_out_part(links: Sequence[UnitLink]) -> bool:
    """The passage leaves out a name, figure or date of the claim, or a word that is not
    its verb (a verb is most often met in other words: "posted" for "reported")."""
    return any(link.relation == UNALIGNED and not link.verb for link in links)


def missing_units(links: Sequence[UnitLink]) -> list[str]:
    return [link.claim for link in links if link.relation == UNALIGNED]
