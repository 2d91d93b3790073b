"""Whom a subject pronoun stands for, within one passage."""

from __future__ import annotations

from .units import Name, Statement, past_auxiliaries

_SUBJECT_PRONOUNS = {"he": "m", "she": "f", "they": ""}
_TITLE_GENDER = {"mr": "m", "sir": "m", "lord": "m", "mrs": "f", "ms": "f", "miss": "f",
                 "lady": "f", "dame": "f"}


def antecedent(at: int, passage: Statement, met: Name | None) -> Name | None:
    """The name a subject pronoun of the passage's word at `at` refers back to: the last
    name before it that is the claim's name met there (`met`) or, for "he" and "she",
    has a title of that gender ("questioned Ms Lund's account, pointing out that she
    worked for the board": she is Ms Lund; "Ms Berg told Mr Okafor that he had signed": he
    is Mr Okafor; a name without a title may be a firm's). None when the subject is no
    pronoun or nothing before it fits."""
    i = past_auxiliaries(passage.words, at - 1, -1)
    gender = _SUBJECT_PRONOUNS.get(passage.words[i].folded) if i >= 0 else None
    if gender is None:
        return None
    for name in sorted((n for n in passage.names if n.last < i), key=lambda n: -n.last):
        if name is met or not gender:
            return name
        if met is None and len(name.keys) >= 2 and passage.verb is not None and \
                name.last < passage.verb and name is passage.names[0]:
            # the claim's name is not in the passage: "he" is the person its main clause
            # opens with ("Tom Berg was fined when he ...")
            return name
        if _TITLE_GENDER.get(passage.words[name.first].folded) == gender:
            return name
    return None
