"""Whether two names name one thing: the same words or a part of them, an acronym of
the name as written, or one country ("American" and "U.S.")."""

from __future__ import annotations

from .naming import initials, name_match
from .units import Name


def is_country_word(name: Name) -> bool:
    return country_of_name(name) is not None


def country_of_name(name: Name) -> str | None:
    """The country a one-word name stands for ("American", "U.S.", "Moscow"); a title
    before it makes it a person ("the Sultan of Oman", "King Harald of Norway")."""
    from ..lexicon import wordnet

    if len(name.keys) != 1 or len(name.text.split()) != 1:
        return None
    return wordnet.country_of(name.text.replace(".", "")) or wordnet.country_of(name.keys[0])


def same_entity(a: Name, b: Name) -> bool:
    """Two names for one thing: the same words or a part of them, an acronym (of the name
    as written: "GFG" for "General Foods Group", whose "General" is not a key; or of its
    first words before the same last one: "TR Ferries" for "Tarn Ridge Ferries"), or one
    country ("American" and "U.S.")."""
    if name_match(a.keys, b.keys)[0]:
        return True
    if (len(b.keys) == 1 and _written_initials(a) == b.keys[0]) or \
            (len(a.keys) == 1 and _written_initials(b) == a.keys[0]):
        return True
    if _initials_and_tail(a, b) or _initials_and_tail(b, a):
        return True
    ca = country_of_name(a)
    return ca is not None and ca == country_of_name(b)


def _initials_and_tail(short: Name, full: Name) -> bool:
    """"TR Ferries" for "Tarn Ridge Ferries": initials for the first words, and the same
    last words."""
    tail = 0
    while tail < min(len(short.keys), len(full.keys)) and \
            short.keys[-1 - tail] == full.keys[-1 - tail]:
        tail += 1
    if not tail or len(short.keys) != tail + 1:
        return False
    head, rest = short.keys[0], full.keys[: len(full.keys) - tail]
    return 2 <= len(head) == len(rest) and head == initials(rest)


def may_stand_for(a: Name, b: Name) -> bool:
    """One name may be another way of naming the other, so it is no other name in the
    other's role: a team's nickname, one word that is a plural common noun ("the
    Harriers" for Harwick Town, "the Rovers" for a rowing club), against a name of
    another form. Two nicknames ("the Harriers", "the Rovers") are two names."""
    return _nickname(a) != _nickname(b)


def _nickname(name: Name) -> bool:
    from ..lexicon import wordnet

    if len(name.keys) != 1 or country_of_name(name) is not None or name.text.isupper():
        return False  # an acronym ("CDS") is no plural noun
    key = name.keys[0]
    return key.endswith("s") and any(lemma != key for lemma in wordnet.lemmas(key, "n"))


def _written_initials(name: Name) -> str:
    """The initials of a name's capitalised words as written ("gfg"), "" for one word."""
    words = [w for w in name.text.replace("-", " ").split() if w[:1].isupper()]
    return "".join(w[0] for w in words).lower() if len(words) >= 2 else ""
