"""Names written another way: an acronym for the capitalised words it stands for, a
transliteration with other vowels, and a claim's capitalised first word that is no name.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Any

from ..index.interface import Index
from .claims import Terms

_LINKERS = frozenset({"of", "the", "for", "and", "on", "de"})


def _initialisms(terms: Terms) -> dict[str, tuple[str, ...]]:
    """Initials of each run of capitalised words -> the stems of those words:
    "the United Nations Security Council" gives "un", "nsc", "unsc", ... Small words
    inside a name ("Bank of England") are skipped; a run is two to six names."""
    out: dict[str, tuple[str, ...]] = {}
    run: list = []

    def close() -> None:
        for i in range(len(run)):
            for j in range(i + 2, min(len(run), i + 6) + 1):
                part = run[i:j]
                out.setdefault("".join(t.folded[0] for t in part), tuple(t.stem for t in part))
        run.clear()

    prev_end = -1
    linked = False
    for tok in terms.tokens:
        adjacent = prev_end >= 0 and not terms.text[prev_end:tok.start].strip()
        if tok.capitalised and tok.folded not in _LINKERS and tok.folded.isalpha():
            if not (adjacent and (run or linked)):
                close()
            run.append(tok)
            linked = False
        elif run and adjacent and tok.folded in _LINKERS:
            linked = True
        else:
            close()
            linked = False
        prev_end = tok.end
    close()
    return out


def _acronym(tok: Any) -> str | None:
    """"UN", "NATO", "U.S." -> "un", "nato", "us"; None for an ordinary word."""
    return _acronym_of(tok.text)


@lru_cache(maxsize=1 << 16)
def _acronym_of(text: str) -> str | None:
    letters = text.replace(".", "")
    if 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper():
        return letters.lower()
    return None


def acronym_matches(claim: Terms, passage: Terms) -> dict[str, str]:
    """Claim stems met by an acronym on the other side: "UN" in the claim for "United
    Nations" in the passage, or the claim's "European Union" for the passage's "EU"."""
    found: dict[str, str] = {}
    claim_short = {a: t.stem for t in claim.tokens if (a := _acronym(t))}
    if claim_short:
        spelled = _initialisms(passage)
        for short, claim_stem in claim_short.items():
            if short in spelled:
                found[claim_stem] = " ".join(spelled[short])
    short_forms = {a: t.stem for t in passage.tokens if (a := _acronym(t))}
    if short_forms:
        for letters, stems in _initialisms(claim).items():
            if letters in short_forms:
                for s in stems:
                    found.setdefault(s, short_forms[letters])
    return found


_VOWELS = re.compile(r"[aeiouy]")


def _skeleton(word: str) -> str:
    return word[0] + _VOWELS.sub("", word[1:])


def spelling_variant(name: str, names: set[str]) -> str | None:
    """A name spelt with other vowels, as transliterations are ("Tahrir"/"Tahrar",
    "Mohammed"/"Muhammad"): the same length, first letter and consonants ("Hassan" and
    "Hussein" differ in length, and are two names)."""
    if len(name) < 5:
        return None
    key = _skeleton(name)
    found = [other for other in names
             if len(other) == len(name) and other[0] == name[0] and other != name
             and _skeleton(other) == key]
    return min(found) if found else None


CASE_SAMPLE = 40  # sentences read to learn how the sources write a claim's first word
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?:;]\s+|[\"'\u201c\u2018(\[-]\s*)$")


def settle_opening_word(terms: Terms, index: Index) -> Terms:
    """A claim's capitalised first word is a name only if the sources write it as one.

    The first word of a sentence is capitalised anyway: "Regime forces must pull back"
    names no one called Regime. Where the sources write the word mostly in lower case
    in the middle of their sentences, it is an ordinary word, not a name.
    """
    if not terms.tokens or terms.tokens[0].stem not in terms.entities:
        return terms
    first = terms.tokens[0]
    others = terms.tokens[1:]
    if others and others[0].capitalised and not terms.text[first.end:others[0].start].strip():
        return terms  # "Recep Tayyip ...", "Northern Cup": a run of capitals is a name
    if any(t.stem == first.stem and t.capitalised for t in others):
        return terms  # capitalised again inside the claim
    pattern = re.compile(rf"\b{re.escape(first.folded)}\w*", re.IGNORECASE)
    lower = upper = 0
    for text in index.texts_with(first.folded, CASE_SAMPLE):
        for m in pattern.finditer(text):
            if _SENTENCE_OPENING.search(text, 0, m.start()):
                continue  # capitalised by position
            if m.group()[0].isupper():
                upper += 1
            else:
                lower += 1
    if lower > upper:
        return replace(terms, entities=terms.entities - {first.stem})
    return terms
