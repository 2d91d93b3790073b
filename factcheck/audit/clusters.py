"""Copy clusters across a whole corpus: which documents are copies or rewrites of each other.

The pair scores come from judge/copies.py (the checker needs them too, to count a claim's
independent sources); this module chooses the pairs worth scoring in a corpus and joins
the copies into clusters. Method, thresholds and measurements: docs/audit.md.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass
from itertools import chain, groupby, islice
from typing import Any

from ..components import Components
from ..index.terms import MAX_NOISE, terms_of
from ..judge.copies import COPY_THRESHOLD, CorpusPrints, PairScore, corpus_prints
from .shingles import Sketch, Triage, sketch, triage

ALL_PAIRS_UP_TO = 60  # documents; larger corpora only score pairs that share rare words
_ANCHOR_SHARE = 4  # rare words two documents must share before their sentences are compared
SKETCH = 32  # the rarest words of each document that blocking compares
SCORE_ALL_UP_TO = 2_000  # candidate pairs: beyond, pairs already joined are not scored
# pairs scored before the fingerprints are read afresh: a document's fingerprints are
# large (its sentences' word n-grams), and 2,000 pairs held 869 MB on the 100k corpus
_PRINTS_KEPT = 250


@dataclass(frozen=True)
class CopyCluster:
    """Documents that are copies or rewrites of each other (connected above the threshold)."""

    sources: tuple[str, ...]
    score: float  # the weakest link that joined the cluster
    pairs: tuple[PairScore, ...]  # every pair inside the cluster at or above the threshold

    def to_dict(self) -> dict[str, Any]:
        return {
            "sources": list(self.sources),
            "score": round(self.score, 4),
            "pairs": [p.to_dict() for p in self.pairs],
        }


def clusters(pairs: Iterable[PairScore], threshold: float = COPY_THRESHOLD) -> list[CopyCluster]:
    """Connected components of the document pairs at or above `threshold`."""
    strong = sorted((p for p in pairs if p.score >= threshold), key=lambda p: -p.score)
    joined: Components[str] = Components()
    weakest: dict[str, float] = {}
    for p in strong:
        roots = joined.join(p.a, p.b)
        if roots is not None:
            ra, rb = roots
            weakest[ra] = min(weakest.get(ra, 1.0), weakest.pop(rb, 1.0), p.score)
    groups: dict[str, list[str]] = defaultdict(list)
    for name in joined.items():
        groups[joined.root(name)].append(name)
    # each cluster's pairs in one pass (strongest first), not one pass per cluster
    inside: dict[str, list[PairScore]] = defaultdict(list)
    for p in strong:
        inside[joined.root(p.a)].append(p)
    out = []
    for top, members in groups.items():
        out.append(CopyCluster(tuple(sorted(members)), weakest.get(top, 1.0),
                               tuple(inside[top])))
    return sorted(out, key=lambda c: (-c.score, c.sources))


def _candidate_pairs(prints: CorpusPrints, changed: Collection[str] | None,
                     sketches: dict[str, Sketch]) -> Iterator[tuple[str, str]]:
    """Document pairs worth scoring (with `changed`, only pairs with one of those).

    A small corpus: every pair. A larger one: blocking. Each document keeps its SKETCH
    rarest words (fewest documents, then the word), and two documents are a candidate
    when they share _ANCHOR_SHARE of them: a copy or rewrite keeps the rare words of its
    original. The pairs come document by document (each document's partners after it,
    those sharing most first), counted from the lists of the documents keeping each rare
    word, so they are never all held: one join and sort of every pair held the million
    pairs of the 1M bench corpus and took 159 s before the first could be scored, and
    one indexed query per document in a scratch SQLite database about 100 s (the lists
    are about 32 numbers a document). The same pass fills `sketches` (each document's
    word-pair sketch, audit/shingles.py; a small corpus's are read when needed).
    """
    index = prints.index
    names = index.sources()
    keep = set(changed) if changed is not None else None

    def wanted(a: str, b: str) -> bool:
        return keep is None or a in keep or b in keep

    if len(names) <= ALL_PAIRS_UP_TO:
        yield from ((a, b) for i, a in enumerate(names) for b in names[i + 1 :] if wanted(a, b))
        return
    df = index.term_documents()
    rare_limit = max(2, len(names) // 50)
    number = {name: n for n, name in enumerate(names)}
    holders: dict[str, list[int]] = {}  # a rare word -> the documents keeping it
    kept: list[list[list[int]]] = [[] for _ in names]  # a document -> its words' holders
    # one pass over the index in batches, a document's sentences together
    for name, rows in groupby(index.every_sentence(MAX_NOISE), key=lambda r: r.source):
        seen: set[str] = set()
        sketches[name] = sketch([r.text for r in rows], seen)
        rare = sorted((df.get(w, 0), w) for w in terms_of(seen)
                      if df.get(w, 0) <= rare_limit)[:SKETCH]
        n = number[name]
        for _, w in rare:
            docs = holders.setdefault(w, [])
            docs.append(n)
            kept[n].append(docs)
    for docs in holders.values():
        docs.sort()
    for a, name in enumerate(names):
        shared: Counter[int] = Counter()
        for docs in kept[a]:
            shared.update(docs[bisect_right(docs, a):])
        partners = sorted((-count, b) for b, count in shared.items() if count >= _ANCHOR_SHARE)
        for _, b in partners:
            if wanted(name, names[b]):
                yield name, names[b]


def pair_scores(corpus: Any, changed: Collection[str] | None = None, *,
                sketched: bool = True) -> list[PairScore]:
    """Copy scores of the document pairs worth comparing, best first.

    Up to SCORE_ALL_UP_TO candidate pairs, every one is scored exactly. Beyond, with
    `sketched`, each candidate is first sorted by the two documents' word-pair sketches
    (`_triaged`) and only the borderline ones are scored (`_scored`); without, every
    candidate goes to `_scored`. The candidates are a stream, only the first
    SCORE_ALL_UP_TO + 1 held (and, sketched, the borderline ones)."""
    sketches: dict[str, Sketch] = {}
    candidates = _candidate_pairs(corpus_prints(corpus), changed, sketches)
    first = list(islice(candidates, SCORE_ALL_UP_TO + 1))
    if len(first) <= SCORE_ALL_UP_TO:
        prints = corpus_prints(corpus)
        scores = [prints.pair(a, b) for a, b in first]
        return sorted(scores, key=lambda p: (-p.score, p.a, p.b))
    joined: Components[str] = Components()
    scores = []
    to_score: Iterable[tuple[str, str]] = chain(first, candidates)
    if sketched:
        to_score = _triaged(corpus, to_score, sketches, joined, scores)
    scores.extend(_scored(corpus, to_score, joined))
    return sorted(scores, key=lambda p: (-p.score, p.a, p.b))


def _triaged(corpus: Any, candidates: Iterable[tuple[str, str]], sketches: dict[str, Sketch],
             joined: Components[str], estimated: list[PairScore]) -> list[tuple[str, str]]:
    """The borderline pairs among `candidates`, after joining the clear copies.

    A pair whose documents are already joined is skipped (a wire story copied fifty
    times costs fifty triages, not 1,225); the sketches call the others a copy (joined,
    its estimated score added to `estimated`), apart (dropped) or borderline (returned,
    to be scored once every clear copy is joined)."""
    borderline: list[tuple[str, str]] = []
    prints = corpus_prints(corpus)

    def sketch_of(name: str) -> Sketch:
        if name not in sketches:  # a corpus small enough to skip blocking: read on demand
            sketches[name] = sketch(prints.texts(name))
        return sketches[name]

    for a, b in candidates:
        if joined.root(a) == joined.root(b):
            continue
        first, second = sketch_of(a), sketch_of(b)
        if (first.sentences, a) > (second.sentences, b):  # the smaller first, as pair_score
            a, b, first, second = b, a, second, first
        found = triage(first, second)
        if found.decision is Triage.COPY:
            joined.join(a, b)
            estimated.append(PairScore(a, b, found.share, found.clear, 0, found.sentences,
                                       estimated=True))
        elif found.decision is Triage.SCORE:
            borderline.append((a, b))
    return borderline


def _scored(corpus: Any, candidates: Iterable[tuple[str, str]], joined: Components[str]
            ) -> Iterator[PairScore]:
    """Exact scores of the pairs among `candidates` that can still change the clusters.

    A pair whose documents are already joined through others (both copies of a third)
    is not scored: the clusters are the same. Nor is a pair whose clusters a scored pair
    already found apart: two stories that share rare words, each copied twenty times,
    cost twenty scores, not 400 (the pair scored decides for the clusters it joins; see
    docs/audit.md for what that loses). The fingerprints are read afresh every
    _PRINTS_KEPT pairs scored, so memory stays flat."""
    apart: set[tuple[str, str]] = set()  # clusters (by root) a scored pair found apart
    scored = 0
    prints = CorpusPrints(corpus.index, None)
    for a, b in candidates:
        ra, rb = joined.root(a), joined.root(b)
        if ra == rb or (ra, rb) in apart or (rb, ra) in apart:
            continue
        if scored % _PRINTS_KEPT == 0:
            prints = CorpusPrints(corpus.index, None)
        score = prints.pair(a, b)
        scored += 1
        yield score
        if score.score >= COPY_THRESHOLD:
            joined.join(a, b)
        else:
            apart.add((ra, rb))


def copy_clusters(corpus: Any, threshold: float = COPY_THRESHOLD,
                  changed: Collection[str] | None = None) -> list[CopyCluster]:
    """Groups of documents that are copies or rewrites of one another.

    The sketches are calibrated for the default threshold (docs/audit.md): with another,
    every candidate pair is scored exactly, as before them."""
    return clusters(pair_scores(corpus, changed, sketched=threshold == COPY_THRESHOLD),
                    threshold)
