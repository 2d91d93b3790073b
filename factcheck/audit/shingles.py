"""Word-pair sketches of documents, to sort the candidate pairs of a copy search cheaply.

Scoring a document pair sentence by sentence (judge/copies.py `pair_score`: word order,
rare words and n-grams of every sentence pair) costs milliseconds; most candidate pairs
of a large corpus are either plain copies (most of each sentence's adjacent word pairs
re-appear in the other document) or unrelated stories that share a few rare words
(almost none do). A sketch keeps, per sentence, the hashes of its adjacent word pairs;
`triage` compares two sketches in tens of microseconds and says COPY, APART, or SCORE
(the borderline pairs, left to the exact score). Thresholds and how they were measured:
docs/audit.md.
"""

from __future__ import annotations

import enum
from array import array
from collections.abc import Iterable
from dataclasses import dataclass

from ..index.terms import MIN_TOKENS, sentence_words
from ..judge.copies import sentence_weight

# a sentence of the smaller document is "clearly kept" by the other when at least this
# share of its word pairs re-appears there, and "possibly kept" from POSSIBLE_SENTENCE
CLEAR_SENTENCE = 0.5
POSSIBLE_SENTENCE = 0.2
LIKELY_SENTENCE = 0.3  # at least one sentence must be kept this much for the pair to be scored
# a pair is a COPY when its clearly kept sentences weigh at least CLEAR_SHARE of the smaller
# document, and APART when its possibly kept ones weigh less than POSSIBLE_SHARE (or fewer
# than two are kept: the exact score needs two matched sentences)
CLEAR_SHARE = 0.3
POSSIBLE_SHARE = 0.1
_MASK = 0xFFFFFFFF  # hashes kept in 32 bits: four bytes a word pair


class Triage(enum.Enum):
    COPY = "copy"
    APART = "apart"
    SCORE = "score"


@dataclass(frozen=True)
class Sketch:
    """A document's sentences as hashed adjacent word pairs (only within one process:
    Python's string hashes change from process to process)."""

    pairs: array  # the word pairs' hashes, sentence after sentence
    ends: array  # where each sentence's pairs end in `pairs`
    weights: tuple[float, ...]  # each sentence's weight (quotation counts for little)

    @property
    def sentences(self) -> int:
        return len(self.ends)


@dataclass(frozen=True)
class PairTriage:
    """What the sketches say of a document pair, `a` the one with fewer sentences."""

    decision: Triage
    clear: int  # sentences of `a` with most of their word pairs in `b`
    possible: int  # sentences of `a` with some of them
    share: float  # the weight of the clearly kept sentences over all of `a`'s
    sentences: int  # sentences of `a`


def sketch(sentences: Iterable[str], seen: set[str] | None = None) -> Sketch:
    """The sketch of one document's (noise-filtered) sentences; short ones are left out,
    as the exact score leaves them out. `seen`, if given, gets the words of the sentences
    kept (what index/terms.py `document_terms` stems: one tokenizing for both)."""
    pairs = array("I")
    ends = array("I")
    weights = []
    for text in sentences:
        folded = sentence_words(text)
        if len(folded) < MIN_TOKENS:
            continue
        if seen is not None:
            seen.update(folded)
        pairs.extend({hash(p) & _MASK for p in zip(folded, folded[1:], strict=False)})
        ends.append(len(pairs))
        weights.append(sentence_weight(text))
    return Sketch(pairs, ends, tuple(weights))


def triage(a: Sketch, b: Sketch) -> PairTriage:
    """COPY, APART or SCORE for a document pair from their sketches, `a` the document with
    fewer sentences (the one the exact score measures)."""
    held = set(b.pairs)
    seen = held.__contains__
    clear = possible = likely = 0
    clear_weight = possible_weight = 0.0
    start = 0
    pairs = a.pairs
    for end, weight in zip(a.ends, a.weights, strict=True):
        size = end - start
        if size:
            kept = sum(map(seen, pairs[start:end]))
            if kept >= POSSIBLE_SENTENCE * size:
                possible += 1
                possible_weight += weight
                likely += kept >= LIKELY_SENTENCE * size
                if kept >= CLEAR_SENTENCE * size:
                    clear += 1
                    clear_weight += weight
        start = end
    total = sum(a.weights) or 1.0
    if possible < 2 or possible_weight < POSSIBLE_SHARE * total or not likely:
        decision = Triage.APART
    elif clear >= 2 and clear_weight >= CLEAR_SHARE * total:
        decision = Triage.COPY
    else:
        decision = Triage.SCORE
    return PairTriage(decision, clear, possible, clear_weight / total, a.sentences)
