"""Cross-source conflicts: the same fact stated with inconsistent values in different documents.

Every quantity and resolved date of every sentence is a mention. Two mentions from different
documents state the same fact when their values are comparable (same dimension, related
heads), and the content words around them overlap strongly (stems, with general English
synonyms folded together). Such a pair whose comparison is inconsistent in both directions
is a conflict; conflicts that share a mention merge into one group, and statements of the
same fact that agree with a member join it, so a group shows every source of the fact.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from .results import Outcome, Sentence
from .text import STOP_WORDS, stem, words

CONTEXT_MATCH = 0.30  # context similarity a pair needs to be "the same fact"
WINDOW = 12  # content words either side of a mention that count as its context
_SHARED_NEEDED = 2  # context words two mentions must share before they are compared


@dataclass(frozen=True)
class Statement:
    """One value stated in one sentence of one document."""

    sentence: Sentence
    kind: str  # "quantity" or "date"
    text: str  # the mention as written
    value: str  # normalised, human readable
    start: int  # offset of the mention inside the sentence
    end: int

    @property
    def location(self) -> str:
        s = self.sentence
        return f"{s.source}:{s.line}:{s.column + self.start}"

    def to_dict(self) -> dict[str, Any]:
        s = self.sentence
        return {
            "source": s.source,
            "line": s.line,
            "column": s.column + self.start,
            "start": s.start + self.start,
            "end": s.start + self.end,
            "kind": self.kind,
            "text": self.text,
            "value": self.value,
            "sentence": s.text,
        }


@dataclass(frozen=True)
class ConflictGroup:
    """Statements of one fact that cannot all be true, with how sure we are they are one fact."""

    kind: str  # "quantity" or "date"
    subject: str  # what the values count or date (the head phrase, or shared context words)
    statements: tuple[Statement, ...]  # by source, then position
    confidence: float  # in [0, 1]
    reasons: tuple[str, ...]  # one per inconsistent pair: "3.6 million ≠ more than 3.7 million"

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(sorted({s.sentence.source for s in self.statements}))

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "subject": self.subject,
            "confidence": round(self.confidence, 4),
            "sources": list(self.sources),
            "statements": [s.to_dict() for s in self.statements],
            "reasons": list(self.reasons),
        }


@dataclass(frozen=True)
class _Mention:
    sentence: Sentence
    item: Any  # Quantity or DateMention
    kind: str
    context: frozenset[str]
    head: str


def _canonical(word: str) -> str:
    from .lexicon import synonyms

    stemmed = stem(word)
    group = synonyms().get(stemmed)
    return min(group | {stemmed}) if group else stemmed


def context_words(
    text: str, start: int, end: int, skip: Iterable[tuple[int, int]] = ()
) -> set[str]:
    """Canonical content stems within `WINDOW` words either side of text[start:end]."""
    blanked = list(text)
    for a, b in [*skip, (start, end)]:
        blanked[a:b] = " " * (b - a)
    flat = "".join(blanked)

    def content(part: str) -> list[str]:
        return [_canonical(w) for w in words(part) if w not in STOP_WORDS and len(w) > 1]

    return set(content(flat[:start])[-WINDOW:]) | set(content(flat[end:])[:WINDOW])


def context_similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """Half overlap coefficient, half Jaccard: short contexts are not punished twice."""
    if not a or not b:
        return 0.0
    shared = len(a & b)
    return 0.5 * shared / min(len(a), len(b)) + 0.5 * shared / len(a | b)


def _mentions(corpus: Any) -> Iterator[_Mention]:
    from .dates import extract_dates
    from .quantities import extract_quantities

    for sentence in corpus.sentences():
        text = sentence.text
        # a vague amount ("several", "dozens") is not a figure a source commits to
        quantities = [q for q in extract_quantities(text) if not q.is_vague]
        # relative dates ("on Thursday") hang on each article's own publication date, so
        # only dates that are absolute in the text are compared across documents
        dates = [d for d in extract_dates(text) if d.resolved]
        spans = [(m.start, m.end) for m in [*quantities, *dates]]
        for kind, items in (("quantity", quantities), ("date", dates)):
            for item in items:
                head = getattr(item, "head", "") or ""
                context = context_words(text, item.start, item.end, spans)
                context |= {_canonical(w) for w in words(head) if w not in STOP_WORDS}
                yield _Mention(sentence, item, kind, frozenset(context), head)


def _bucket(m: _Mention) -> tuple[str, str]:
    return (m.kind, getattr(m.item, "dimension", "date"))


def _candidate_pairs(mentions: Sequence[_Mention]) -> Iterator[tuple[int, int]]:
    """Mention pairs from different documents that share enough context words."""
    by_word: dict[tuple[tuple[str, str], str], list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        for word in m.context:
            by_word[(_bucket(m), word)].append(i)
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for holders in by_word.values():
        for k, i in enumerate(holders):
            for j in holders[k + 1 :]:
                if mentions[i].sentence.source != mentions[j].sentence.source:
                    shared[(i, j)] += 1
    for pair, count in sorted(shared.items()):
        if count >= _SHARED_NEEDED:
            yield pair


def _heads_match(a: _Mention, b: _Mention) -> float:
    """1 for the same head, less for related heads, 0 when unrelated (dates: always 1)."""
    if a.kind == "date":
        return 1.0
    from .compare import heads_related

    if not a.head or not b.head:
        return 0.0
    if a.head == b.head:
        return 1.0
    return 0.8 if heads_related(a.head, b.head) else 0.0


def _statement(m: _Mention, value: str) -> Statement:
    return Statement(m.sentence, m.kind, m.item.text, value, m.item.start, m.item.end)


def find_conflicts(corpus: Any, threshold: float = CONTEXT_MATCH) -> list[ConflictGroup]:
    """Conflict groups of `corpus`, most confident first."""
    from .compare import compare

    mentions = list(_mentions(corpus))
    # (i, j, confidence, reason); reason "" marks two statements that agree: they join a
    # group so it shows every source of the fact, but only disagreement makes a group
    edges: list[tuple[int, int, float, str]] = []
    values: dict[int, str] = {}
    for i, j in _candidate_pairs(mentions):
        a, b = mentions[i], mentions[j]
        head = _heads_match(a, b)
        if head == 0.0:
            continue
        similarity = context_similarity(a.context, b.context)
        if similarity < threshold:
            continue
        forward, backward = compare(a.item, b.item), compare(b.item, a.item)
        outcomes = {forward.outcome, backward.outcome}
        if outcomes == {Outcome.INCONSISTENT}:
            reason = forward.reason
        elif outcomes == {Outcome.CONSISTENT}:
            reason = ""
        else:
            continue
        values.setdefault(i, forward.claim_value)
        values.setdefault(j, forward.evidence_value)
        edges.append((i, j, min(1.0, similarity * head), reason))
    return _groups(mentions, edges, values)


def _groups(
    mentions: Sequence[_Mention],
    edges: Sequence[tuple[int, int, float, str]],
    values: dict[int, str],
) -> list[ConflictGroup]:
    parent = list(range(len(mentions)))

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, j, _, _ in edges:
        parent[root(j)] = root(i)
    members: dict[int, set[int]] = defaultdict(set)
    scores: dict[int, float] = defaultdict(float)
    reasons: dict[int, list[str]] = defaultdict(list)
    for i, j, confidence, reason in edges:
        top = root(i)
        members[top].update((i, j))
        if reason:
            scores[top] = max(scores[top], confidence)
            if reason not in reasons[top]:
                reasons[top].append(reason)
    groups = []
    for top, inside in members.items():
        if not reasons[top]:
            continue
        ordered = sorted(
            inside, key=lambda k: (mentions[k].sentence.source, mentions[k].sentence.start)
        )
        statements = tuple(_statement(mentions[k], values[k]) for k in ordered)
        groups.append(
            ConflictGroup(
                mentions[top].kind,
                _subject([mentions[k] for k in ordered]),
                statements,
                scores[top],
                tuple(reasons[top]),
            )
        )
    return sorted(groups, key=lambda g: (-g.confidence, g.statements[0].location))


def _subject(group: Sequence[_Mention]) -> str:
    heads = [m.head for m in group if m.head]
    if heads:
        return max(sorted(set(heads)), key=lambda h: (heads.count(h), len(h)))
    shared = frozenset.intersection(*(m.context for m in group))
    first = group[0].sentence.text
    surface = [w for w in words(first) if w not in STOP_WORDS and _canonical(w) in shared]
    return " ".join(dict.fromkeys(surface))
