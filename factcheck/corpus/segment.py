"""A decoded document → the sentence rows the index stores (spans, positions, noise)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text import fold
from .loader import Document, blake2b
from .noise import block_scores, sentence_score
from .sentences import LineMap, split_sentences


@dataclass(frozen=True)
class SentenceRow:
    line: int
    column: int
    start: int
    end: int
    text: str
    noise: float
    key: int  # hash of the folded text, to find sentences repeated across documents


def stable_key(sentence: str) -> int:
    """A 63-bit hash of the folded sentence that is the same in every process."""
    if sentence.isascii() and sentence.isprintable() and "  " not in sentence \
            and sentence[:1] != " " and sentence[-1:] != " ":
        plain = sentence  # no white space to normalise: split and join would copy it as is
    else:
        plain = " ".join(sentence.split())
    # fold() of ASCII text is lower(); skipping it (and its cache) halves segmenting time
    folded = (plain.lower() if plain.isascii() else fold(plain)).encode("utf-8")
    return int.from_bytes(blake2b(folded, digest_size=8).digest(), "big") >> 1


def segment(doc: Document) -> list[SentenceRow]:
    """Split a document into sentences and score each for page noise."""
    return [SentenceRow(*row) for row in segment_rows(doc)]


def segment_rows(doc: Document) -> list[tuple[int, int, int, int, str, float, int]]:
    """segment() as plain tuples (line, column, start, end, text, noise, key), the rows an
    index build writes (a frozen dataclass per sentence cost a tenth of segmenting)."""
    text = doc.text
    # the same line breaks as LineMap: str.splitlines also breaks at form feeds, U+2028
    # and friends, which would score the wrong line (pdftotext puts \f between pages)
    stripped = re.split(r"\r\n|\r|\n", text)
    line_noise = block_scores(stripped)
    line_length: dict[int, int] = {}  # stripped length of a line, computed once: stripping
    # the line again for each of its sentences was quadratic in a long one-line file
    lmap = LineMap(text)
    rows: list[tuple[int, int, int, int, str, float, int]] = []
    for start, end in split_sentences(text):
        line, col = lmap.position(start)
        sentence = text[start:end]
        noise = line_noise[line - 1] if line - 1 < len(line_noise) else 0.0
        if line not in line_length:
            line_length[line] = len(stripped[line - 1].strip())
        whole_line = len(sentence) >= line_length[line] - 1
        if not whole_line and noise > 0:
            # a sentence inside a longer line: judge it on its own, but keep credit and
            # UI signals of its line (a clean line stays clean: scores are never negative)
            noise = min(noise, sentence_score(sentence))
        key = stable_key(sentence)
        rows.append((line, col, start, end, sentence, round(noise, 3), key))
    return rows
