"""Split a claim of several statements into parts, each checked on its own.

A pasted paragraph splits at its sentence ends; a sentence splits at a semicolon and at
"and" or "but" between two clauses that each have a verb of their own ("Pasok came third
and won 33 seats": the second clause takes the first one's subject). Lists of names or
things ("Sky and BT paid") stay whole.
"""

from __future__ import annotations

import re

from .words import AUXILIARIES, DETERMINERS, PRONOUNS

_SENTENCE_END = re.compile(
    r"(?<=[a-z0-9%)\]\"'\u201d\u2019][.!?])\s+(?=[\"'\u201c\u2018]?[A-Z0-9])")
_SEMICOLON = re.compile(r"\s*;\s+")
_AND = re.compile(r",?\s+\b(and|but|while|whereas)\s+", re.IGNORECASE)
# the abbreviations a sentence end must not be read after
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof st jr sr gen col lt sgt rev inc ltd co corp no vs u.s u.k e.g i.e"
    .split()
)
_FINITE = re.compile(r"\b(?:\w+(?:ed|es)|is|are|was|were|has|have|had|will|would|can|"
                     r"could|may|might|must|shall|should|did|does|do)\b", re.IGNORECASE)


def split_claim(text: str) -> list[str]:
    """The parts of a claim, or [text] when it states one thing."""
    parts: list[str] = []
    for sentence in _sentences(text):
        clauses = _SEMICOLON.split(sentence)
        for k, clause in enumerate(clauses):
            words = clause.split()
            subject = _subject(clauses[0]) if k else ""
            if k and words and words[0].lower() in _STANDS_FOR and subject[:1].isupper():
                clause = f"{subject} {' '.join(words[1:])}"
            parts.extend(_split_and(clause))
    parts = [p.strip() for p in parts if len(p.split()) >= 3]
    return parts or [text]


def _sentences(text: str) -> list[str]:
    out: list[str] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        before = text[start : m.start()].rsplit(None, 1)
        last = before[-1].lower().rstrip(".") if before else ""
        if last in _ABBREVIATIONS or (len(last) == 1 and last.isalpha()):
            continue
        out.append(text[start : m.start()])
        start = m.end()
    out.append(text[start:])
    return out


def _split_and(clause: str) -> list[str]:
    """'A did X and did Y' -> ['A did X', 'A did Y']; 'A and B did X' stays whole."""
    for m in _AND.finditer(clause):
        left, right = clause[: m.start()], clause[m.end() :]
        if not _has_verb(left) or not _has_verb(right):
            continue
        last = left.split()[-1] if left.split() else ""
        if not last or (last.islower() and _starts_with_verb(last)):
            continue  # "tried and failed to merge": two verbs share what follows
        words = right.split()
        first = words[0].lower().strip(",") if words else ""
        subject = _subject(left)
        if first in _STANDS_FOR and subject and subject[:1].isupper():
            rest = f"{subject} {' '.join(words[1:])}"  # "... and it runs": Salt Roads runs
        elif first in PRONOUNS or first in DETERMINERS or (words and words[0][:1].isupper()
                                                           and not _starts_with_verb(right)):
            rest = right  # the second clause has its own subject
        elif subject and _starts_with_verb(right):
            rest = f"{subject} {right}"
        else:
            continue
        return [left.rstrip(" ,"), *_split_and(rest)]
    return [clause]


# a pronoun opening a second clause stands for the first clause's named subject
_STANDS_FOR = frozenset("it he she they".split())


def _has_verb(text: str) -> bool:
    """A finite verb: an auxiliary, a past form, or a verb after its subject ("it runs")."""
    if _FINITE.search(text) or _starts_with_verb(text):
        return True
    from .statement import read_statement

    return any(w.verb for w in read_statement(text).words)


def _starts_with_verb(text: str) -> bool:
    first = text.split()[0].lower() if text.split() else ""
    return first in AUXILIARIES or bool(re.fullmatch(r"\w+(?:ed|es)", first)) or \
        _irregular_past(first)


def _irregular_past(word: str) -> bool:
    from ..lexicon import wordnet

    lemmas = wordnet.lemmas(word, "v")
    return bool(lemmas) and word not in lemmas


def _subject(left: str) -> str:
    """The words before the first verb of a clause: its subject."""
    from .statement import read_statement

    verb = next((w for w in read_statement(left).words if w.index and (
        w.verb or _FINITE.fullmatch(w.text) or _irregular_past(w.folded))), None)
    if verb is None:
        return ""
    subject = left[: verb.start].strip(" ,")
    return subject if 0 < len(subject.split()) <= 6 else ""
