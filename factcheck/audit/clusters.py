"""Copy clusters across a whole corpus: which documents are copies or rewrites of each other.

The pair scores come from judge/copies.py (the checker needs them too, to count a claim's
independent sources); this module chooses the pairs worth scoring in a corpus and joins
the copies into clusters. Method, thresholds and measurements: docs/audit.md.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ..index.terms import document_terms
from ..judge.copies import COPY_THRESHOLD, CorpusPrints, PairScore, corpus_prints

ALL_PAIRS_UP_TO = 60  # documents; larger corpora only score pairs that share rare words
_ANCHOR_SHARE = 4  # rare words two documents must share before their sentences are compared


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
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    weakest: dict[str, float] = {}
    for p in strong:
        ra, rb = root(p.a), root(p.b)
        if ra != rb:
            parent[rb] = ra
            weakest[ra] = min(weakest.get(ra, 1.0), weakest.pop(rb, 1.0), p.score)
    groups: dict[str, list[str]] = defaultdict(list)
    for name in parent:
        groups[root(name)].append(name)
    out = []
    for top, members in groups.items():
        inside = tuple(p for p in strong if root(p.a) == top)
        out.append(CopyCluster(tuple(sorted(members)), weakest.get(top, 1.0), inside))
    return sorted(out, key=lambda c: (-c.score, c.sources))


def _candidate_pairs(prints: CorpusPrints) -> list[tuple[str, str]]:
    texts = prints.read_all()
    names = sorted(texts)
    if len(names) <= ALL_PAIRS_UP_TO:
        return [(a, b) for i, a in enumerate(names) for b in names[i + 1 :]]
    rare_limit = max(2, len(names) // 50)
    holders: dict[str, list[str]] = defaultdict(list)
    for name in names:
        for word in document_terms(texts[name]):
            if prints.df.get(word, 0) <= rare_limit:
                holders[word].append(name)
    shared: dict[tuple[str, str], int] = defaultdict(int)
    for docs in holders.values():
        for i, a in enumerate(docs):
            for b in docs[i + 1 :]:
                shared[(a, b)] += 1
    return sorted(pair for pair, count in shared.items() if count >= _ANCHOR_SHARE)


def pair_scores(corpus: Any) -> list[PairScore]:
    """Copy scores of the document pairs worth comparing, best first."""
    prints = corpus_prints(corpus)
    scores = [prints.pair(a, b) for a, b in _candidate_pairs(prints)]
    return sorted(scores, key=lambda p: (-p.score, p.a, p.b))


def copy_clusters(corpus: Any, threshold: float = COPY_THRESHOLD) -> list[CopyCluster]:
    """Groups of documents that are copies or rewrites of one another."""
    return clusters(pair_scores(corpus), threshold)
