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

_TERMINAL = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s*$")  # (tested as _ends_sentence)
_CLOSERS = "\"'\u201d\u2019)]"
# a caption's parenthesis is short: "[^)]*" tried from every "(photo" to the end of a line
# with no ")" was quadratic ("(photo " * 40_000: 17 s, twice as many: 116 s)
_CREDIT = re.compile(
    r"\((?:[A-Z][\w.&-]*\s){0,3}(?:photo|image|picture|video|file)\b[^)]{0,200}\)|"
    r"\bphoto\s*:|"
    r"^\s*\(?[A-Z]{2,6}\)?\s*$|\bcopyright\b|\u00a9|^\s*(?:source|credit|image|photo)s?\s*:",
    re.IGNORECASE,
)
# what _CREDIT's parenthesis and its "word:" captions need (seen in a lower-cased line)
_PICTURE_WORDS = ("photo", "image", "picture", "video", "file")
_CAPTION_WORDS = ("photo", "image", "source", "credit")
_BYLINE = re.compile(r"^\s*by\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,3}\s*$", re.IGNORECASE)
_UI_WORDS = frozenset(
    """share shares comment comments subscribe newsletter advertisement advertising cookie
    cookies click clipboard embed copied login signup sign follow tweet whatsapp facebook
    twitter linkedin email print menu skip navigation related trending recommended
    sponsored""".split()
)
_UI_WORDS_ASCII = frozenset(w.encode("ascii") for w in _UI_WORDS)
_RELATED_HEADING = re.compile(
    r"^\s*(?:you (?:may|might) also like|related(?: (?:articles|stories|news))?|"
    r"more (?:stories|from|on)|read more|see also|most (?:read|popular)|recommended)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")


def _byte_table(mapping: dict[str, str]) -> bytes:
    """A bytes.translate table: each key of `mapping` to its value, any other byte to a space."""
    table = bytearray(b" " * 256)
    for src, dst in mapping.items():
        table[ord(src)] = ord(dst)
    return bytes(table)


# An ASCII line's words are counted with bytes.translate, split and count (in C) rather
# than with _WORD (a regex and a string per word: half the time of segmenting a document).
# A word is a run of letters, apostrophes and hyphens from its first letter on: with the
# apostrophes and hyphens deleted and each letter made "a" or "A", every word is one run of
# those, and its first letter says whether the word is capitalised.
_LOWER = "abcdefghijklmnopqrstuvwxyz"
_SHAPES = _byte_table({**dict.fromkeys(_LOWER, "a"), **dict.fromkeys(_LOWER.upper(), "A")})
# a lower-cased line's runs of letters, apostrophes and hyphens (a word and what leads it)
_RUNS = _byte_table({c: c for c in _LOWER + "'-"})


# Page furniture (menus, captions, credits, link lists) comes in short lines; a line longer
# than this (none in the corpora we test on is over 3,000 characters) is scored on its
# first LONG_LINE characters and counted as repeated only when repeated exactly: counting
# every word of a 100 MB one-line file cost 12 s and held 13 million strings (a gigabyte)
LONG_LINE = 1 << 16
_WHITE = re.compile(r"\s")


def _word_counts(line: str) -> tuple[int, int, int]:
    """(words, capitalised words, web-UI words) of a line (of a long line's beginning)."""
    if len(line) > LONG_LINE:
        space = _WHITE.search(line, LONG_LINE)  # no word is cut in two
        line = line[: space.start() if space else len(line)]
    if line.isascii():
        data = line.encode("ascii")
        shapes = b" " + data.translate(_SHAPES, b"'-")
        capitalised = shapes.count(b" A")
        runs = b" " + data.lower().translate(_RUNS)
        if b" '" in runs or b" -" in runs:  # the words start after the leading marks
            ui = sum(1 for run in runs.split() if run.lstrip(b"'-") in _UI_WORDS_ASCII)
        else:
            spans = runs.split()  # each a word (none has a leading mark)
            ui = 0 if _UI_WORDS_ASCII.isdisjoint(spans) else sum(
                map(_UI_WORDS_ASCII.__contains__, spans))
        return shapes.count(b" a") + capitalised, capitalised, ui
    words = _WORD.findall(line)
    return (len(words), sum(1 for w in words if w[0].isupper()),
            sum(1 for w in words if w.lower() in _UI_WORDS))


TITLE_SHARE = 0.6  # capitalised words of a headline written in title case, at least


def _title_case(words: int, capitalised: int) -> bool:
    return words >= 3 and capitalised / words >= TITLE_SHARE


def is_title_case(line: str) -> bool:
    """A line written in title case, as headlines are ("Floods Close The Valley Road")."""
    n, capitalised, _ = _word_counts(line)
    return _title_case(n, capitalised)


def _normalised(line: str) -> str:
    """The line with white space runs made one space, lower case: what repeats are
    counted by (a long line: as it is, lower case)."""
    if len(line) > LONG_LINE:
        return line.strip().lower()
    return " ".join(line.split()).lower()


def _line_score(line: str) -> float:
    n, capitalised, ui = _word_counts(line)
    if n == 0:
        return 1.0
    score = 0.0
    if not _ends_sentence(line):
        score += 0.35
    if n <= 3:
        score += 0.35
    elif n <= 6:
        score += 0.15
    if _title_case(n, capitalised):
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
            if _ends_sentence(raw) and len(_WORD.findall(raw)) > 12:
                in_link_list = False
            else:
                s += 0.6
        scores.append(min(s, 1.0))
    return scores


def sentence_score(sentence: str) -> float:
    """Noise of one sentence on its own (used inside long lines)."""
    return _line_score(sentence)
