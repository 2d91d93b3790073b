"""Whether two names name one thing: the same words or a part of them, an acronym of
the name as written, or one country ("American" and "U.S.")."""

from __future__ import annotations

from .naming import name_match
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
    as written: "GFG" for "General Foods Group", whose "General" is not a key), or one country
    ("American" and "U.S.")."""
    if name_match(a.keys, b.keys)[0]:
        return True
    if (len(b.keys) == 1 and _written_initials(a) == b.keys[0]) or \
            (len(a.keys) == 1 and _written_initials(b) == a.keys[0]):
        return True
    ca = country_of_name(a)
    return ca is not None and ca == country_of_name(b)


def may_stand_for(a: Name, b: Name) -> bool:
    """One name may be another way of naming the other, so it is no other name in the
    other's role: a team's nickname, one word that is a plural common noun ("the
    Harriers" for Harwick Town, "the Lions" for a touring side), against a name of
    another form. Two nicknames ("the Harriers", "the Rovers") are two names."""
    return _nickname(a) != _nickname(b)


def _nickname(name: Name) -> bool:
    from ..lexicon import wordnet

    if len(name.keys) != 1 or country_of_name(name) is not None:
        return False
    key = name.keys[0]
    return key.endswith("s") and any(lemma != key for lemma in wordnet.lemmas(key, "n"))


def _written_initials(name: Name) -> str:
    """The initials of a name's capitalised words as written ("gfg"), "" for one word."""
    words = [w for w in name.text.replace("-", " ").split() if w[:1].isupper()]
    return "".join(w[0] for w in words).lower() if len(words) >= 2 else ""
