"""Another name where the claim's name would stand: a swap of names in the same role
("chief executive Jean-Francois Theodore" where the claim has "chief executive Werner
Seifert"), a conflict even when the passage has no verb to hang the role on."""

from __future__ import annotations

from typing import Any

from .entities import is_country_word, may_stand_for, same_entity
from .links import CONFLICT, SAME, UnitLink, WordHit
from .naming import name_match, office_words
from .negation import CLAUSE_GAP
from .units import Name, Statement, past_articles
from .words import BE_FORMS, CONJUNCTIONS, DETERMINERS, PREPOSITIONS


def swapped(name: Name, claim: Statement, passage: Statement,
             partners: dict[int, WordHit]) -> UnitLink | None:
    """A claim name the passage lacks, with another name where it would stand: next to
    the word the claim has it next to ("chief executive Werner Seifert" against "chief
    executive Jean-Francois Theodore"), joined by the same "and" to the same name, or
    set beside the same noun ("Ana Ruiz is the lawyer" against "Mark Dunn, the
    lawyer"). None when the passage has no such name."""
    owner = _other_owner(name, claim, passage, partners)
    if owner is not None and not may_stand_for(name, owner):
        return UnitLink("name", name.text, CONFLICT, owner.text,
                        f"the source has {owner.text}, not {name.text}, before "
                        f"'{claim.words[name.last + 1].text}'", code="ENTITY_MISMATCH")
    if any(name_match(name.keys, n.keys)[0] for n in passage.names):
        return None
    holder = _office_holder(name, passage)
    if holder is not None:
        return UnitLink("name", name.text, CONFLICT, holder.text,
                        f"the source has {holder.text} where the claim has {name.text}",
                        code="ENTITY_MISMATCH")
    words = claim.words
    i = past_articles(words, name.first - 1, -1)
    prep = ""
    if i > 0 and words[i].folded in PREPOSITIONS:
        prep = words[i].folded  # "talks in Ankara": the same preposition in the passage
        i -= 1
    hit = partners.get(i) if i >= 0 and words[i].content else None
    other = None
    if hit is not None and not hit.context:
        j = hit.word.index + 1
        if prep:
            j = j + 1 if j < len(passage.words) and passage.words[j].folded == prep else -1
        other = passage.name_at.get(past_articles(passage.words, j)) if j >= 0 else None
    if other is None and i > 0 and words[i].folded in _JOINS and (i - 1) in claim.name_at:
        other = _conjunct(passage, partners.get(i - 1), words[i].folded)
    if other is None:
        k = name.last + 1
        hit = partners.get(k) if k < len(words) and words[k].content else None
        if hit is not None and not hit.context:
            other = passage.name_at.get(hit.word.index - 1)
    if other is None:
        other = _apposed(name, claim, passage, partners)
    if other is None or any(same_entity(n, other) for n in claim.names):
        return None
    if is_country_word(name) != is_country_word(other) or may_stand_for(name, other):
        return None  # "Greek" and "Parliament" are not names of one kind
    return UnitLink("name", name.text, CONFLICT, other.text,
                    f"the source has {other.text} where the claim has {name.text}",
                    code="ENTITY_MISMATCH")


def _other_owner(name: Name, claim: Statement, passage: Statement,
                 partners: dict[int, WordHit]) -> Name | None:
    """Another possessive name before the noun the claim's possessive name owns, wherever
    else the passage names the claim's: "Kellport's harbour master" where the claim has
    "Norland's harbour master"."""
    words = claim.words
    k = name.last + 1
    if not words[name.last].possessive or k >= len(words) or k in claim.name_at:
        return None
    hit = partners.get(k)
    if hit is None or hit.context or not words[k].content or hit.relation != SAME:
        return None  # "Holm's win" is not "Norland's winning margin"
    other = passage.name_at.get(hit.word.index - 1)
    if other is None or not passage.words[other.last].possessive or \
            same_entity(name, other):
        return None
    return other


_JOINS = frozenset({"and", "or"})


def _office_holder(name: Name, passage: Statement) -> Name | None:
    """The passage's name written with the same office of two words or more and another
    holder ("Harbour Secretary Tom Berg" where the claim has "Harbour Secretary Ada
    Lund"); one word ("Chancellor") may be any country's."""
    office = office_words(name)
    if len(office) < 2:
        return None
    return next((n for n in passage.names if office_words(n) == office), None)


def _apposed(name: Name, claim: Statement, passage: Statement,
             partners: dict[int, WordHit]) -> Name | None:
    """The passage's name for the role the claim gives its name with "is" or a comma
    ("Ana Ruiz is the lawyer representing them", "Ana Ruiz, the lawyer ..."): a name set
    beside the same noun phrase in the passage, across a comma ("Mark Dunn, the lawyer
    representing them", "Mark Dunn, the union's lawyer", "the lawyer, Mark Dunn")."""
    words = claim.words
    k = name.last + 1
    if k >= len(words):
        return None
    if words[k].folded in BE_FORMS:
        k += 1
    elif "," not in claim.text[words[name.last].end: words[k].start]:
        return None
    while k < len(words) and words[k].folded in DETERMINERS:
        k += 1
    hit = partners.get(k) if k < len(words) and words[k].content else None
    if hit is None or hit.context or hit.word.verb:
        return None
    theirs, at = passage.words, hit.word.index
    j = at - 1  # back over the phrase's determiners and modifiers to a comma
    while j >= 0 and at - j <= _PHRASE and "," not in \
            passage.text[theirs[j].end: theirs[j + 1].start] and (
            theirs[j].folded in DETERMINERS or theirs[j].possessive
            or (theirs[j].content and not theirs[j].verb)):
        j -= 1
    if j >= 0 and "," in passage.text[theirs[j].end: theirs[j + 1].start] and \
            j in passage.name_at:
        return passage.name_at[j]  # "Mark Dunn, the lawyer"
    if at + 1 < len(theirs) and "," in passage.text[theirs[at].end: theirs[at + 1].start]:
        return passage.name_at.get(at + 1)  # "the lawyer, Mark Dunn"
    # the office written as a title before the name: "Harbour master Mark Dunn said"
    k = at
    while k + 1 < len(theirs) and k - at < _PHRASE and k + 1 not in passage.name_at and \
            theirs[k + 1].content and not theirs[k + 1].verb and \
            "," not in passage.text[theirs[k].end: theirs[k + 1].start]:
        k += 1
    if k + 1 < len(theirs) and "," not in passage.text[theirs[k].end: theirs[k + 1].start]:
        return passage.name_at.get(k + 1)
    return None


_PHRASE = 4  # words of a noun phrase before its noun: "the union's chief lawyer"


def _conjunct(passage: Statement, before: WordHit | None, join: str) -> Name | None:
    """The passage's name joined by the same word to the name the claim joins its own
    to: "written by Ines Kovac and Tomas Brandt" where the claim has "Ines Kovac and
    Petra Holm"."""
    if before is None or before.context:
        return None
    words = passage.words
    j = before.word.index + 1
    if j >= len(words) or words[j].folded != join:
        return None
    return passage.name_at.get(past_articles(words, j + 1))


def converse(at: int, claim: Statement, to: int, passage: Statement) -> bool:
    """The passage's word at `to` stands between the claim's two names (or two dates)
    with them swapped, so its opposite states the claim's fact from the other side:
    "Kestrel beat Harriers" for "Harriers lost to Kestrel", "Holm bought it from Brandt"
    for "Brandt sold it to Holm", "the Krona fell against the Mark" for "the Mark rose
    against the Krona", "harbour traffic in 2014 was higher than in 2009" for "harbour
    traffic in 2009 was lower than in 2014"."""
    where, there = claim.words[at].start, passage.words[to].start
    before = [d for d in claim.dates if d.end <= where]
    after = [d for d in claim.dates if d.start > where]
    if before and after and (before[-1].low, before[-1].high) != (after[0].low, after[0].high) \
            and _other_way_round(_written(passage, before[-1]), _written(passage, after[0]), there):
        return True
    pair = _name_pair(at, claim)
    if pair is None:
        return False
    firsts = [span for span in _named(passage, pair[0]) if _in_clause(passage, to, span[0])]
    return _other_way_round(firsts, _named(passage, pair[1]), to)


def said_of_the_other(at: int, claim: Statement, to: int, passage: Statement) -> bool:
    """The passage's word at `to` is said of the claim's second name, and the claim's
    first is not its object: "Lund won the toss but Berg took the match" says nothing of
    "Berg lost to Lund" by its "won"."""
    pair = _name_pair(at, claim)
    if pair is None:
        return False
    firsts, seconds = _named(passage, pair[0]), _named(passage, pair[1])
    return any(hi <= to for _, hi in seconds) and not any(hi <= to for _, hi in firsts)


def _name_pair(at: int, claim: Statement) -> tuple[Name, Name] | None:
    """The claim's names on either side of its word at `at`, when they are two names."""
    names_before = [n for n in claim.names if n.last < at]
    names_after = [n for n in claim.names if n.first > at]
    if not names_before or not names_after:
        return None
    first_name, second_name = names_before[-1], names_after[0]
    if name_match(first_name.keys, second_name.keys)[0]:
        return None
    return first_name, second_name


def _in_clause(passage: Statement, at: int, to: int) -> bool:
    """Word `to`, after the verb at `at`, is in the verb's own clause: no comma, no
    clause-joining word and no other verb between them ("Berg won the toss but Lund took
    the match" does not have Berg beating Lund)."""
    if to <= at:
        return True
    words = passage.words
    if CLAUSE_GAP.search(passage.text, words[at].end, words[to].start):
        return False
    return not any(w.folded in CONJUNCTIONS or w.verb for w in words[at + 1 : to])


def _other_way_round(firsts: list[tuple[int, int]], seconds: list[tuple[int, int]],
                     at: int) -> bool:
    """Where the passage writes the claim's first and second item (spans, end excluded):
    the first only after `at`, the second only before it."""
    return any(lo > at for lo, _ in firsts) and any(hi <= at for _, hi in seconds) \
        and not any(hi <= at for _, hi in firsts) and not any(lo > at for lo, _ in seconds)


def _written(passage: Statement, date: Any) -> list[tuple[int, int]]:
    """Where the passage gives the same date (its span of days) as `date`."""
    return [(d.start, d.end) for d in passage.dates if (d.low, d.high) == (date.low, date.high)]


def _named(passage: Statement, name: Name) -> list[tuple[int, int]]:
    """Where the passage names `name` (spans of word indices)."""
    return [(n.first, n.last + 1) for n in passage.names if name_match(name.keys, n.keys)[0]]


# verbs whose two names may stand either way round: "Harwick drew with Tarn" is "Tarn
# drew with Harwick"
_SYMMETRIC = frozenset("meet marry draw tie play face merge join partner ally".split())


def turned_round(at: int, claim: Statement, to: int, passage: Statement) -> bool:
    """The passage's verb at `to`, the claim's verb at `at` met as itself or a synonym,
    has the claim's two names the other way round, both sides active or both passive:
    "Eric Lund beat Tom Berg" does not say "Tom Berg beat Eric Lund"."""
    if claim.words[at].lemmas & _SYMMETRIC or _mutual(claim, at) or _mutual(passage, to):
        return False
    if _passive_at(claim, at) != _passive_at(passage, to):
        return False
    pair = _name_pair(at, claim)
    if pair is None or past_articles(claim.words, at + 1) != pair[1].first:
        return False  # the claim's second name is not its verb's object
    after = passage.name_at.get(past_articles(passage.words, to + 1))
    if after is None or not name_match(pair[0].keys, after.keys)[0]:
        return False  # the passage's verb takes no object, or another
    firsts = [span for span in _named(passage, pair[0]) if _in_clause(passage, to, span[0])]
    return _other_way_round(firsts, _named(passage, pair[1]), to)


def _mutual(statement: Statement, at: int) -> bool:
    """"with" after the verb: what two do together ("drew with", "talks with")."""
    nxt = at + 1
    return nxt < len(statement.words) and statement.words[nxt].folded == "with"


def _passive_at(statement: Statement, at: int) -> bool:
    """A form of "be" just before the verb, or "by" just after it."""
    words = statement.words
    before = words[at - 1].folded if at >= 1 else ""
    after = words[at + 1].folded if at + 1 < len(words) else ""
    return before in BE_FORMS or after == "by"
