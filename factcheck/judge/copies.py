"""Copy detection: which documents are near-duplicates or paraphrased ("spun") rewrites.

A spinner swaps content words for synonyms but keeps the sentence order, the function
words and the rare tokens it cannot paraphrase (names, numbers). So two sentences match
when their words line up (word-level edit distance), and they share rare content words
(weighted by IDF over the corpus) and word 2-3-grams. Two documents are copies when enough
of the smaller one has such matches in the other, rewarded when they keep the same order.
Sentences that are mostly quotation count for little: outlets that quote the same speech
are not copies of each other. Method, thresholds and measurements: docs/audit.md.

Here: scoring a document pair (kept by the index for later processes) and the copy stories
among a claim's sources. The words the index counts per document are in index/terms.py;
the clusters of a whole corpus (`factcheck audit`) in audit/clusters.py.
"""

from __future__ import annotations

import math
import weakref
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Any

from ..cache import regex
from ..components import Components
from ..index.interface import Index
from ..index.terms import (
    MAX_NOISE,
    MIN_TOKENS,
    cached_stem,
    code_key,
    terms_signature,
    version_key,
)
from ..text import STOP_WORDS, words

SENTENCE_MATCH = 0.30  # a sentence pair at or above this is a "strong" match
COPY_THRESHOLD = 0.12  # a document pair at or above this is a copy (see docs/audit.md)
MIN_MATCHES = 2  # one shared sentence (a quote, a stock phrase) never makes a copy
QUOTE_DISCOUNT = 0.9  # how much a fully quoted sentence loses of its weight

_QUOTED = regex(r"[\"\u201c\u201d\u201e][^\"\u201c\u201d\u201e]*[\"\u201c\u201d\u201e]")


@dataclass(frozen=True)
class PairScore:
    """How much of the smaller document `a` re-appears, in order, in document `b`."""

    a: str
    b: str
    score: float  # in [0, 1]
    matched: int  # sentences of the smaller document with a strong match
    ordered: int  # of those, how many keep the order of the other document
    sentences: int  # sentences of the smaller document
    # True when an audit took the pair for a plain copy from word-pair sketches
    # (audit/shingles.py) without scoring it: `score` is then the share of the smaller
    # document whose sentences mostly re-appear in the other, `matched` those sentences,
    # and the order is not measured (`ordered` 0)
    estimated: bool = False

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "a": self.a,
            "b": self.b,
            "score": round(self.score, 4),
            "matched": self.matched,
            "ordered": self.ordered,
            "sentences": self.sentences,
        }
        if self.estimated:
            out["estimated"] = True
        return out


@dataclass(frozen=True)
class _SentencePrint:
    tokens: tuple[str, ...]  # stemmed words, all of them, in order
    content: frozenset[str]  # stemmed content words
    weight: float  # 1 for narrative, less for quotation
    # the two sentences a joined print is made of (see _join), whose n-grams it reuses
    parts: tuple[_SentencePrint, _SentencePrint] | None = field(default=None, compare=False)

    @cached_property
    def grams(self) -> frozenset[tuple[str, ...]]:
        """Stemmed word 2- and 3-grams (built on first use: most sentences never need them).
        A joined print's are its parts' and those across the join: the same set, built
        from sets its parts mostly have already."""
        if self.parts is None:
            return _grams_of(self.tokens)
        first, second = self.parts
        cut = len(first.tokens)
        # the grams that cross the join lie within two tokens of it
        return first.grams | second.grams | _grams_of(self.tokens[max(0, cut - 2) : cut + 2])


def _grams_of(t: tuple[str, ...]) -> frozenset[tuple[str, ...]]:
    return frozenset(zip(t, t[1:], strict=False)).union(zip(t, t[1:], t[2:], strict=False))


def _quoted_fraction(text: str) -> float:
    inside = sum(len(m.group()) for m in _QUOTED.finditer(text))
    return inside / max(1, len(text))


def sentence_weight(text: str) -> float:
    """A sentence's weight in a copy score: 1 for narrative, less the more of it is quoted."""
    return 1.0 - QUOTE_DISCOUNT * _quoted_fraction(text)


def _sentence_print(text: str) -> _SentencePrint | None:
    folded = words(text)
    if len(folded) < MIN_TOKENS:
        return None
    tokens = tuple(cached_stem(w) for w in folded)
    content = frozenset(
        t for w, t in zip(folded, tokens, strict=True) if w not in STOP_WORDS and len(w) > 1
    )
    weight = 1.0 - QUOTE_DISCOUNT * _quoted_fraction(text)
    return _SentencePrint(tokens, content, weight)


def _join(a: _SentencePrint, b: _SentencePrint) -> _SentencePrint:
    return _SentencePrint(a.tokens + b.tokens, a.content | b.content, min(a.weight, b.weight),
                          (a, b))


def joined_neighbours(prints: Sequence[_SentencePrint]) -> list[_SentencePrint]:
    """Each sentence joined with the next one."""
    return [_join(x, y) for x, y in zip(prints, prints[1:], strict=False)]


def fingerprint(sentences: Iterable[str]) -> tuple[_SentencePrint, ...]:
    """The per-sentence prints of one document (sentences too short to judge are dropped)."""
    prints = (_sentence_print(s) for s in sentences)
    return tuple(p for p in prints if p is not None)


class IdfTable(dict[str, float]):
    """word -> log((N + 1) / (df + 0.5)) over the documents of a corpus, filled on first use."""

    def __init__(self, df: Mapping[str, int], n_docs: int) -> None:
        super().__init__()
        self.df = df
        self.n_docs = n_docs

    def __missing__(self, word: str) -> float:
        value = self[word] = math.log((self.n_docs + 1) / (self.df.get(word, 0) + 0.5))
        return value


def sentence_similarity(
    a: _SentencePrint,
    b: _SentencePrint,
    idf: Mapping[str, float],
    weights: dict[int, float] | None = None,
    cutoff: float = 0.0,
) -> float:
    """How likely `b` is `a` copied or rewritten: rare words, n-grams and word order.

    `weights` memoises each print's summed IDF (keyed by id, so only while the prints
    live). Below `cutoff` the result is only known to be below it (and may be 0): the
    word-order comparison, the costly part, stops early.
    """
    shared = a.content & b.content
    if len(shared) < 2:
        return 0.0
    weights = {} if weights is None else weights
    weight_a = weights.get(id(a))
    if weight_a is None:
        weight_a = weights[id(a)] = sum(map(idf.__getitem__, a.content))
    weight_b = weights.get(id(b))
    if weight_b is None:
        weight_b = weights[id(b)] = sum(map(idf.__getitem__, b.content))
    rare = sum(map(idf.__getitem__, shared)) / math.sqrt(weight_a * weight_b or 1.0)
    # the order score the result needs to reach `cutoff` were every n-gram shared, less a
    # margin for rounding: below it, the n-grams (costly to build) need not be counted
    needed = (cutoff - 0.2 * rare - 0.2) / 0.6 - 1e-9
    if needed > 1.0:  # not even the same words in the same order would reach `cutoff`
        return 0.0
    # word-level edit distance: a spinner substitutes words one for one and keeps the rest
    order = _levenshtein().normalized_similarity(
        a.tokens, b.tokens, score_cutoff=needed if needed > 0 else None
    )
    if needed > 0 and order == 0:
        return 0.0
    grams = len(a.grams & b.grams) / math.sqrt(len(a.grams) * len(b.grams) or 1)
    return min(1.0, 0.6 * order + 0.2 * rare + 0.2 * grams)


@lru_cache(maxsize=1)
def _levenshtein() -> Any:
    from rapidfuzz.distance import Levenshtein  # imported on first use: start-up stays fast

    return Levenshtein


def _ordered_weight(matches: list[tuple[int, float]]) -> tuple[float, int]:
    """Heaviest subsequence of (position in b, weight) with increasing positions."""
    best: list[float] = []
    count: list[int] = []
    for k, (pos, weight) in enumerate(matches):
        prior = [m for m in range(k) if matches[m][0] < pos]
        base = max(prior, key=lambda m: best[m], default=None)
        best.append(weight + (best[base] if base is not None else 0.0))
        count.append(1 + (count[base] if base is not None else 0))
    if not best:
        return 0.0, 0
    top = max(range(len(best)), key=lambda k: best[k])
    return best[top], count[top]


def pair_score(
    name_a: str,
    prints_a: Sequence[_SentencePrint],
    name_b: str,
    prints_b: Sequence[_SentencePrint],
    df: Mapping[str, int],
    n_docs: int,
    joined: Mapping[str, Sequence[_SentencePrint]] | None = None,
    idf: Mapping[str, float] | None = None,
) -> PairScore:
    """Score one document pair: matched share of the smaller document, rewarding order."""
    idf = IdfTable(df, n_docs) if idf is None else idf
    if len(prints_a) > len(prints_b) or (len(prints_a) == len(prints_b) and name_a > name_b):
        name_a, prints_a, name_b, prints_b = name_b, prints_b, name_a, prints_a
    total = sum(p.weight for p in prints_a)
    # a rewrite may split one sentence in two or join two: also try neighbours joined
    joined = joined or {}
    joined_a = joined.get(name_a) or joined_neighbours(prints_a)
    joined_b = joined.get(name_b) or joined_neighbours(prints_b)
    holders: dict[str, list[int]] = defaultdict(list)  # word -> sentences of b with it
    for j, other in enumerate(prints_b):
        for word in other.content:
            holders[word].append(j)
    candidates = []
    weights: dict[int, float] = {}
    # only matches at or above SENTENCE_MATCH count, so a weaker score need not be exact
    cut = SENTENCE_MATCH
    for i, sent in enumerate(prints_a):
        for j in sorted({j for word in sent.content for j in holders.get(word, ())}):
            other = prints_b[j]
            # the joined forms count only where they beat what is found already: asked
            # with that as their cutoff, they stop early below it (1.0 cannot be beaten)
            sim = sentence_similarity(sent, other, idf, weights, cut)
            if j < len(joined_b) and sim < 1.0:
                sim = max(sim, sentence_similarity(sent, joined_b[j], idf, weights,
                                                   max(cut, sim)))
            if i < len(joined_a) and sim < 1.0:
                sim = max(sim, sentence_similarity(joined_a[i], other, idf, weights,
                                                   max(cut, sim)))
            if sim >= SENTENCE_MATCH:
                candidates.append((sim, i, j))
    # one-to-one, strongest first: one sentence of b cannot vouch for several of a
    used_a: set[int] = set()
    used_b: set[int] = set()
    chosen = []
    for _sim, i, j in sorted(candidates, reverse=True):
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
            chosen.append((i, j))
    matches = [(j, prints_a[i].weight) for i, j in sorted(chosen)]
    matched_weight = sum(w for _, w in matches)
    ordered_weight, ordered = _ordered_weight(matches)
    if len(matches) < MIN_MATCHES or total <= 0:
        score = 0.0
    else:
        score = 0.5 * (matched_weight + ordered_weight) / total
    return PairScore(name_a, name_b, min(1.0, score), len(matches), ordered, len(prints_a))


def document_frequencies(prints: Iterable[Sequence[_SentencePrint]]) -> dict[str, int]:
    """In how many documents each stemmed content word occurs."""
    df: dict[str, int] = defaultdict(int)
    for doc in prints:
        for word in set().union(*(p.content for p in doc)):
            df[word] += 1
    return dict(df)


# -- the corpus side ---------------------------------------------------------------------

@lru_cache(maxsize=1)
def pair_version() -> str:
    """Changes when pair_score() would score a pair differently: the key of the scores
    the index keeps (an upgrade never reads another version's scores)."""
    functions = [pair_score, sentence_similarity, _sentence_print, _join, _ordered_weight,
                 _quoted_fraction, fingerprint, IdfTable.__missing__, words,
                 _SentencePrint.__dict__["grams"].func, _grams_of]
    parts = (terms_signature(), SENTENCE_MATCH, MIN_MATCHES, QUOTE_DISCOUNT, _QUOTED.pattern,
             [code_key(f.__code__) for f in functions])
    return version_key(parts)


class CorpusPrints:
    """Fingerprints of a corpus's documents, read from its index on demand.

    Document frequencies come from the index (kept there at index time), fetched for the
    words of the documents read so far, so comparing a few documents reads only those.
    """

    def __init__(self, index: Index, stamp: object) -> None:
        self.index = index
        self.stamp = stamp  # the corpus's last refresh: a new one makes these stale
        self.df: dict[str, int] = {}
        self.idf = IdfTable(self.df, index.documents_with_text())
        self._texts: dict[str, list[str]] = {}
        self._prints: dict[str, tuple[_SentencePrint, ...]] = {}
        self._joined: dict[str, list[_SentencePrint]] = {}
        self.pairs: dict[tuple[str, str], PairScore] = {}

    def read_all(self) -> dict[str, list[str]]:
        """The kept sentences of every document with any, by document (for an audit)."""
        texts: dict[str, list[str]] = {}
        for source in self.index.sources():
            kept = [r.text for r in self.index.sentences_of(source) if r.noise <= MAX_NOISE]
            if kept:
                texts[source] = kept
        self._texts.update(texts)
        self.df.update(self.index.term_documents())
        return texts

    def texts(self, name: str) -> list[str]:
        if name not in self._texts:
            rows = self.index.sentences_of(name)
            self._texts[name] = [r.text for r in rows if r.noise <= MAX_NOISE]
        return self._texts[name]

    def prints(self, name: str) -> tuple[_SentencePrint, ...]:
        if name not in self._prints:
            prints = fingerprint(self.texts(name))
            missing = {w for p in prints for w in p.content if w not in self.df}
            if missing:
                self.df.update(self.index.term_documents(missing))
            self._prints[name] = prints
        return self._prints[name]

    def joined(self, name: str) -> list[_SentencePrint]:
        if name not in self._joined:
            self._joined[name] = joined_neighbours(self.prints(name))
        return self._joined[name]

    def pair(self, a: str, b: str) -> PairScore:
        key = (a, b) if a < b else (b, a)
        if key not in self.pairs:
            stored = self.index.copy_pair(pair_version(), *key)
            if stored is not None:  # scored by an earlier process since the last change
                self.pairs[key] = PairScore(*stored)
                return self.pairs[key]
            joined = {name: self.joined(name) for name in key}
            score = self.pairs[key] = pair_score(
                key[0],
                self.prints(key[0]),
                key[1],
                self.prints(key[1]),
                self.df,
                self.idf.n_docs,
                joined,
                self.idf,
            )
            self.index.store_copy_pair(
                pair_version(),
                (score.a, score.b, score.score, score.matched, score.ordered, score.sentences))
        return self.pairs[key]


# keyed by the corpus object, so the cache goes away with the corpus and never mixes corpora
_CACHE: weakref.WeakKeyDictionary[Any, CorpusPrints] = weakref.WeakKeyDictionary()


def corpus_prints(corpus: Any) -> CorpusPrints:
    """The fingerprints of the documents of `corpus` (noise-filtered sentences), cached."""
    stamp = getattr(corpus, "last_refresh", None)
    cached = _CACHE.get(corpus)
    if cached is not None and cached.stamp is stamp:
        return cached
    prints = CorpusPrints(corpus.index, stamp)
    _CACHE[corpus] = prints
    return prints


def story_roots(sources: Sequence[str], corpus: Any) -> dict[str, str]:
    """Each of `sources` -> one document of its copy cluster among them (itself if none)."""
    names = sorted(set(sources))
    if len(names) < 2:
        return {name: name for name in names}
    prints = corpus_prints(corpus)
    joined = Components(names)
    # the connected components of the copy pairs: a pair already joined through others
    # need not be scored (replicas of one story would cost n^2/2 pair scores)
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            if joined.root(a) != joined.root(b) and prints.pair(a, b).score >= COPY_THRESHOLD:
                joined.join(a, b)
    return {name: joined.root(name) for name in names}


def independent_count(sources: Sequence[str], corpus: Any) -> int:
    """How many independent documents among `sources`: one copy cluster counts once."""
    return len(set(story_roots(sources, corpus).values()))
