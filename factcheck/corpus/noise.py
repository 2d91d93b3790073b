"""Page-boilerplate scoring for scraped articles.

Every signal is structural or generic to web pages, never a phrase from one corpus:
lines without sentence punctuation, very short lines, title-case headlines, lines that
repeat (within a document or across documents), photo captions and credits, web-UI
vocabulary, and link lists after a "related"-style heading at the end of a page.
A score in [0, 1]: 0 is article prose, 1 is certainly page furniture.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from ..cache import regex
from .wordcounts import LONG_LINE, WORD, title_case, word_counts

_TERMINAL = regex(r"[.!?][\"'\u201d\u2019)\]]*\s*$")  # (tested as _ends_sentence)
_CLOSERS = "\"'\u201d\u2019)]"
# a caption's parenthesis is short: "[^)]*" tried from every "(photo" to the end of a line
# with no ")" was quadratic ("(photo " * 40_000: 17 s, twice as many: 116 s)
_CREDIT = regex(
    r"\((?:[A-Z][\w.&-]*\s){0,3}(?:photo|image|picture|video|file)\b[^)]{0,200}\)|"
    r"\bphoto\s*:|"
    r"^\s*\(?[A-Z]{2,6}\)?\s*$|\bcopyright\b|\u00a9|^\s*(?:source|credit|image|photo)s?\s*:",
    re.IGNORECASE,
)
# what _CREDIT's parenthesis and its "word:" captions need (seen in a lower-cased line)
_PICTURE_WORDS = ("photo", "image", "picture", "video", "file")
_CAPTION_WORDS = ("photo", "image", "source", "credit")
_BYLINE = regex(r"^\s*by\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,3}\s*$", re.IGNORECASE)
_RELATED_HEADING = regex(
    r"^\s*(?:you (?:may|might) also like|related(?: (?:articles|stories|news))?|"
    r"more (?:stories|from|on)|read more|see also|most (?:read|popular)|recommended)\b",
    re.IGNORECASE,
)
def _normalised(line: str) -> str:
    """The line with white space runs made one space, lower case: what repeats are
    counted by (a long line: as it is, lower case)."""
    if len(line) > LONG_LINE:
        return line.strip().lower()
    return " ".join(line.split()).lower()


def _line_score(line: str) -> float:
    n, capitalised, ui = word_counts(line)
    if n == 0:
        return 1.0
    score = 0.0
    if not _ends_sentence(line):
        score += 0.35
    if n <= 3:
        score += 0.35
    elif n <= 6:
        score += 0.15
    if title_case(n, capitalised):
        score += 0.25
    if line.isupper() and n <= 4:
        score += 0.4
    if (_may_be_credit(line) and _CREDIT.search(line)) or _BYLINE.match(line):
        score += 0.5
    if ui and ui / n >= 0.2:
        score += 0.5
    return min(score, 1.0)


def _ends_sentence(line: str) -> bool:
    """Whether _TERMINAL matches the line: a mark, then only closers and white space
    (the same white space as \\s), without trying the pattern at every mark of the line."""
    return line.rstrip().rstrip(_CLOSERS).endswith((".", "!", "?"))


def _may_be_credit(line: str) -> bool:
    """False only when _CREDIT cannot match: it is slow, and most lines have none of its cues.

    Every alternative of _CREDIT needs "(" and a picture word, ":" and a caption word,
    "copyright", a non-ASCII character, or a line of a few letters; for non-ASCII lines
    case folding is subtle, so always search.
    """
    if not line.isascii():
        return True
    low = line.lower()
    return (("(" in line and any(w in low for w in _PICTURE_WORDS))
            or (":" in line and any(w in low for w in _CAPTION_WORDS))
            or len(line.strip()) <= 8 or "copyright" in low)


def block_scores(lines: Sequence[str], repeated: frozenset[str] = frozenset()) -> list[float]:
    """A noise score for each line of one document.

    `repeated` holds normalised lines seen in other documents of the corpus.
    """
    norm = [_normalised(line) for line in lines]
    counts = Counter(n for n in norm if n)
    scores = []
    in_link_list = False
    for raw, key in zip(lines, norm, strict=True):
        if not key:
            scores.append(1.0)
            continue
        s = _line_score(raw)
        if counts[key] > 1 or key in repeated:
            s += 0.4
        if _RELATED_HEADING.match(raw):
            in_link_list = True
            s = 1.0
        elif in_link_list:
            # a link list runs until real prose (a long line ending a sentence) resumes
            if _ends_sentence(raw) and len(WORD.findall(raw)) > 12:
                in_link_list = False
            else:
                s += 0.6
        scores.append(min(s, 1.0))
    return scores


def sentence_score(sentence: str) -> float:
    """Noise of one sentence on its own (used inside long lines)."""
    return _line_score(sentence)
