"""Names written another way: an acronym for the capitalised words it stands for, a
transliteration with other vowels, and a claim's capitalised first word that is no name.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Any

from ..cache import regex
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


_VOWELS = regex(r"[aeiouy]")


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
_SENTENCE_OPENING = regex(r"(?:^|[.!?:;]\s+|[\"'\u201c\u2018(\[-]\s*)$")


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
    lower, upper = _case_counts(first.folded, index)
    if lower > upper:
        return replace(terms, entities=terms.entities - {first.stem})
    return terms


def _case_counts(folded: str, index: Index, skip_title_case: bool = False
                 ) -> tuple[int, int]:
    """How often the sources write a word in lower case and capitalised in the middle of
    their sentences (a word opening a sentence is capitalised by position; with
    `skip_title_case`, so is every word of a headline in title case)."""
    from ..corpus.wordcounts import is_title_case  # the page-noise rule for headlines

    pattern = regex(rf"\b{re.escape(folded)}\w*", re.IGNORECASE)
    lower = upper = 0
    for text in index.texts_with(folded, CASE_SAMPLE):
        if skip_title_case and is_title_case(text):
            continue
        for m in pattern.finditer(text):
            if _SENTENCE_OPENING.search(text, 0, m.start()):
                continue
            if m.group()[0].isupper():
                upper += 1
            else:
                lower += 1
    return lower, upper


# a claim written wholly in lower case ("plans to build a hotel in lanmouth") names no one
# to the reader; a word no dictionary has that the sources write capitalised this many
# times as often as not (and at least MIN_CAPITALISED times, or that no source has) is
# written as a name
CASE_MAJORITY = 2
MIN_CAPITALISED = 2
KNOWN_CAPITALISED = 3  # times a word the dictionary has must be capitalised, never lower
_LOWER_WORD = regex(r"(?<![\w'])[a-z][a-z]+(?![\w'])")


def restore_case(text: str, index: Index) -> str:
    """A lower-cased claim with its names capitalised as the sources write them, so that
    a name must be found like any name ("bournemouth" is a place, not a word a passage
    may leave out); so is a word neither the sources nor the lexicon know. A claim with
    any capital letter is left as written."""
    from ..lexicon import wordnet
    from ..text import STOP_WORDS

    if text != text.lower() or not any(c.isalpha() for c in text):
        return text
    out = []
    last = 0
    for m in _LOWER_WORD.finditer(text):
        word = m.group()
        if word in STOP_WORDS:
            continue
        pos = frozenset().union(*(wordnet.pos_of(b) for b in wordnet.lemmas(word)))
        if pos - {"n"}:
            continue  # a name is a noun: "showed" capitalised in a headline names no one
        lower, upper = _case_counts(word, index, skip_title_case=True)
        if pos:  # a noun the dictionary has ("france", "woman"): never in lower case
            name = not lower and upper >= KNOWN_CAPITALISED
        else:  # in no dictionary: mostly capitalised, or in no source either
            name = upper >= CASE_MAJORITY * lower and (upper >= MIN_CAPITALISED or not lower)
        if name:
            out.append(text[last : m.start()] + word[0].upper())
            last = m.start() + 1
    out.append(text[last:])
    return "".join(out)
