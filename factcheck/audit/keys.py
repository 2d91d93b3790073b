"""Blocking keys of the audit: which sentences are worth comparing with which.

Two sentences can state one fact with different values only if both give a value of the
same kind about the same thing. So every sentence with a definite figure or an absolute
date, and a name, gets keys: `q|<what the figure counts>` for each figure with a head,
`d|<a name>` for each name of a dated one; and its names. Sentences meet only under a
shared key and with a shared name (the audit groups them in SQL, blocks.py); the judge
then decides whether the pair states the same fact (conflicts.py). A sentence with no
name gives no key: "the rate rose to 5%" can be about anything.

A cheap test (a digit, or a number word) skips the sentences that give no value at all
before anything is extracted.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass

from ..cache import regex
from ..judge.words import CALENDAR
from ..text import STOP_WORDS, fold, stem, words

# a sentence with no digit and no large number word states no figure or absolute date
_MAY_HAVE_VALUE = regex(r"\d|(?i:hundred|thousand|million|billion|trillion)")
_NAME = regex(r"[^\W\d_][\w'\u2019-]*")
# names and heads a sentence is keyed by: a long list of names is a list, not a subject,
# and the keys of one sentence multiply (heads x names)
MAX_NAMES = 6
MAX_HEADS = 4


@dataclass(frozen=True)
class SentenceKeys:
    """The keys of one sentence and its sort signature (similar sentences sort together)."""

    keys: tuple[str, ...]
    signature: int
    names: tuple[str, ...]


def may_have_value(text: str) -> bool:
    """False when the sentence certainly gives no figure and no absolute date."""
    return _MAY_HAVE_VALUE.search(text) is not None


def names_of(text: str) -> list[str]:
    """Capitalised words, folded (whom the sentence is about). The first word is
    capitalised anyway: it counts unless it is a stop word ("The"), so a subject that
    opens the sentence ("Halvard, which hosts ...") keys it too."""
    found = _NAME.findall(text)
    out: list[str] = []
    for w in found:
        folded = fold(w).replace("\u2019", "'").removesuffix("'s")
        if w[0].isupper() and folded not in STOP_WORDS and folded not in CALENDAR \
                and len(folded) > 1 and folded not in out:
            out.append(folded)
    return out[:MAX_NAMES]


def signature(text: str) -> int:
    """The smallest hash of the sentence's content stems: two sentences get the same one
    with a probability equal to the overlap of their words (a min-hash), so sorting a
    block by it puts sentences that tell the same thing side by side."""
    stems = {stem(w) for w in words(text) if w not in STOP_WORDS and len(w) > 2}
    return min((zlib.crc32(s.encode()) for s in stems), default=0)


def sentence_keys(text: str) -> SentenceKeys | None:
    """The blocking keys of one sentence, or None when it gives no comparable value."""
    if not may_have_value(text):
        return None
    from ..quantities.dates import extract_dates
    from ..quantities.quantities import extract_quantities

    names = names_of(text)
    if not names:
        return None
    heads: list[str] = []
    for q in extract_quantities(text):
        # vague amounts ("several") commit to nothing; ordinals name which one
        if q.is_vague or q.dimension == "ordinal" or not q.head:
            continue
        head = stem(q.head.split()[-1])
        if head and head not in heads:
            heads.append(head)
    dated = any(d.resolved and d.year is not None and d.precision in ("month", "day")
                for d in extract_dates(text))
    keys = [f"q|{h}" for h in heads[:MAX_HEADS]]
    if dated:
        keys += [f"d|{n}" for n in names]
    if not keys:
        return None
    return SentenceKeys(tuple(keys), signature(text), tuple(names))
