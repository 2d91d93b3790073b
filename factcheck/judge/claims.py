"""What retrieval matches a claim by: its words, stems, named entities and numbers."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import NamedTuple

from ..cache import regex
from ..text import STOP_WORDS, fold, stem

_TOKEN = regex(r"[A-Za-z\u00c0-\u024f][\w'\u2019-]*|\d[\d,.]*[A-Za-z]*")
NUMBER_WORDS = frozenset(
    """zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen
    fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy
    eighty ninety hundred hundreds thousand thousands million millions billion billions
    trillion dozen dozens half quarter third fourth fifth sixth seventh eighth ninth tenth
    several few couple nearly almost least about around roughly approximately
    fewer less under below above exceeding upwards
    bn m k""".split()
)
MONTHS = frozenset(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)
# verbs whose object carries the meaning: "take a step", "make a decision", "give support"
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


class Token(NamedTuple):
    """A word of a text (a named tuple: sentences are tokenized by the thousand)."""

    text: str  # original
    folded: str
    stem: str
    start: int
    end: int
    capitalised: bool


@dataclass(frozen=True)
class Terms:
    """The parts of a text that matching cares about."""

    text: str
    tokens: tuple[Token, ...]
    content: tuple[str, ...]  # stems that must be covered (no numbers, dates, stop words)
    entities: frozenset[str]  # stems of capitalised names
    numbers: tuple[str, ...]  # numeric tokens, for retrieval only

    @cached_property
    def name_runs(self) -> tuple[tuple[str, ...], ...]:
        """Stems of names written as adjacent capitalised words: ("brad", "wilk")."""
        runs: list[list[str]] = []
        prev: Token | None = None
        for tok in self.tokens:
            if tok.stem not in self.entities:
                prev = None
                continue
            adjacent = prev is not None and not self.text[prev.end : tok.start].strip()
            if adjacent:
                runs[-1].append(tok.stem)
            else:
                runs.append([tok.stem])
            prev = tok
        return tuple(tuple(dict.fromkeys(r)) for r in runs)

    @property
    def search_terms(self) -> list[str]:
        """Folded words to look up in the index."""
        seen: dict[str, None] = {}
        for t in self.tokens:
            if t.folded in STOP_WORDS or len(t.folded) < 2:
                continue
            seen.setdefault(t.folded)
        return list(seen)


def tokenize(text: str) -> list[Token]:
    """Word and number tokens with spans into `text`."""
    out: list[Token] = []
    for m in _TOKEN.finditer(text):
        start = m.start()
        out.extend(Token(part, folded, stem_, start + offset, start + offset + len(part), cap)
                   for part, folded, stem_, offset, cap in _word_parts(m.group(0)))
    return out


@lru_cache(maxsize=1024)
def stems_in(text: str) -> frozenset[str]:
    """The stems of every token of `text`: tokenize() without building the tokens (the
    text around a passage can be a whole one-line article, met again by every claim)."""
    return frozenset(part[2] for m in _TOKEN.finditer(text) for part in _word_parts(m.group(0)))


@lru_cache(maxsize=65536)
def _word_parts(word: str) -> tuple[tuple[str, str, str, int, bool], ...]:
    """The tokens of one matched word: (text, folded, stem, offset in the word, capitalised)."""
    raw = word.rstrip(".,'\u2019-")
    if not raw:
        return ()
    out = []
    # hyphenated words match by their parts: "third-quarter" meets "third quarter"
    offset = 0
    for part in raw.split("-") if raw[0].isalpha() else [raw]:
        if part:
            folded = fold(part).replace("\u2019", "'")
            if folded.endswith("'s"):
                folded = folded[:-2]
            out.append((part, folded, stem(folded), offset, part[0].isupper()))
        offset += len(part) + 1
    return tuple(out)


def _is_content(tok: Token) -> bool:
    f = tok.folded
    if f in STOP_WORDS or f in NUMBER_WORDS or f in MONTHS or f in _WEEKDAYS:
        return False
    if not f[0].isalpha() or len(f) < 2:
        return False
    return not re.fullmatch(r"\d+(st|nd|rd|th)", f)


@lru_cache(maxsize=8192)
def analyse(text: str) -> Terms:
    """Split a claim (or a sentence) into the terms used for matching (kept for the
    sentences many claims meet: a draft's lint, a session of checks)."""
    tokens = tokenize(text)
    content: list[str] = []
    entities: set[str] = set()
    for i, tok in enumerate(tokens):
        if not _is_content(tok):
            continue
        content.append(tok.stem)
        if (
            tok.capitalised
            and (i > 0 or tok.folded not in STOP_WORDS)
            and not tok.folded.endswith("ly")
        ):
            entities.add(tok.stem)
    numbers = tuple(t.folded for t in tokens if t.folded[0].isdigit())
    return Terms(text, tuple(tokens), tuple(dict.fromkeys(content)), frozenset(entities),
                 numbers)
