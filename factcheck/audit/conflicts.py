"""Cross-source conflicts: the same fact stated with inconsistent values in different documents.

Every definite quantity and absolute date of every sentence is a mention. Two mentions from
different documents state the same fact when their documents tell the same story, their
heads are related, the content words around them overlap strongly (rare words weigh more;
general English synonyms fold together), and they name the same subject at the same time.
Such a pair whose comparison is inconsistent both ways is a conflict; conflicts sharing a
mention merge into one group, which also lists the statements that agree with a member.
See docs/audit.md for the rules and thresholds.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ..policy import CONTEXT_MATCH
from ..results import Outcome, Sentence
from ..text import STOP_WORDS, content_stems, fold, stem, words

WINDOW = 12  # content words either side of a mention that count as its context
_SHARED_NEEDED = 2  # context words two mentions must share before they are compared
_TOKEN = re.compile(r"[^\W\d_][\w'\u2019-]*")
SAME_STORY = 0.12  # document cosine at which two articles tell the same story
MIN_CONTEXT = 3  # a mention with fewer context words (a headline figure) cannot be matched


@dataclass(frozen=True)
class Statement:
    """One value stated in one sentence of one document."""

    sentence: Sentence
    kind: str  # "quantity" or "date"
    text: str  # the mention as written
    value: str  # normalised, human readable
    start: int  # offset of the mention inside the sentence
    end: int
    disputed: bool = True  # False: it agrees with a disputed statement of the group

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
            "disputed": self.disputed,
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
    names: frozenset[str]  # capitalised words near the mention: whom or what it is about
    when: Any  # the date nearest to a figure in its sentence, which qualifies it; or None
    rank: int  # position among the sentence's mentions of the same kind


def _canonical(word: str) -> str:
    from ..judge.lexicon import synonyms

    stemmed = stem(word)
    group = synonyms().get(stemmed)
    return min(group | {stemmed}) if group else stemmed


def _blanked(text: str, spans: Iterable[tuple[int, int]]) -> str:
    chars = list(text)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return "".join(chars)


def context_words(
    text: str, start: int, end: int, skip: Iterable[tuple[int, int]] = ()
) -> set[str]:
    """Canonical content stems within `WINDOW` words either side of text[start:end]."""
    flat = _blanked(text, [*skip, (start, end)])

    def content(part: str) -> list[str]:
        return [_canonical(w) for w in words(part) if w not in STOP_WORDS and len(w) > 1]

    return set(content(flat[:start])[-WINDOW:]) | set(content(flat[end:])[:WINDOW])


def context_similarity(
    a: frozenset[str], b: frozenset[str], weight: Mapping[str, float] | None = None
) -> float:
    """Half overlap coefficient, half Jaccard, each word weighted (rare words count more)."""
    if not a or not b:
        return 0.0

    def mass(ws: Iterable[str]) -> float:
        return sum(weight.get(w, 1.0) for w in ws) if weight else float(len(set(ws)))

    shared = mass(a & b)
    return 0.5 * shared / min(mass(a), mass(b)) + 0.5 * shared / mass(a | b)


def _names(text: str, start: int, end: int, skip: Iterable[tuple[int, int]]) -> frozenset[str]:
    """Capitalised words within the context window, except the sentence's first word."""
    flat = _blanked(text, [*skip, (start, end)])
    before = _TOKEN.findall(flat[:start])
    after = _TOKEN.findall(flat[end:])
    # the sentence's first word is capitalised anyway; when the mention opens the sentence,
    # the words after it are ordinary
    window = before[1:][-WINDOW:] + after[:WINDOW]
    return frozenset(
        fold(w) for w in window if w[0].isupper() and fold(w) not in STOP_WORDS and len(w) > 1
    )


def _nearest(item: Any, dates: Sequence[Any]) -> Any:
    if not dates:
        return None
    return min(dates, key=lambda d: min(abs(d.start - item.end), abs(item.start - d.end)))


def _mentions(corpus: Any, bags: dict[str, Counter[str]]) -> Iterator[_Mention]:
    """Every comparable mention of the corpus; fills `bags` with each document's words."""
    from ..quantities.dates import extract_dates
    from ..quantities.quantities import extract_quantities

    for sentence in corpus.sentences():
        text = sentence.text
        bags[sentence.source].update(content_stems(text))
        # vague amounts ("several", "dozens") are not figures a source commits to, and
        # ordinals ("third quarter") name which one, not how many
        quantities = [
            q for q in extract_quantities(text) if not q.is_vague and q.dimension != "ordinal"
        ]
        # relative dates ("on Thursday") hang on each article's own publication date, so
        # only dates that are absolute in the text, with their year, are compared
        dates = [d for d in extract_dates(text) if d.resolved and d.year is not None]
        spans = [(q.start, q.end) for q in quantities] + [(d.start, d.end) for d in dates]
        # a bare year is too coarse to pin one event; month or day precision is needed
        precise = [d for d in dates if d.precision in ("month", "day")]
        groups: tuple[tuple[str, list[Any]], ...] = (("quantity", quantities), ("date", precise))
        for kind, items in groups:
            for rank, item in enumerate(sorted(items, key=lambda x: x.start)):
                head = getattr(item, "head", "") or ""
                context = context_words(text, item.start, item.end, spans)
                context |= {_canonical(w) for w in words(head) if w not in STOP_WORDS}
                if len(context) < MIN_CONTEXT:
                    continue
                names = _names(text, item.start, item.end, spans)
                when = _nearest(item, dates) if kind == "quantity" else None
                yield _Mention(sentence, item, kind, frozenset(context), head, names, when, rank)


def _topic_similarity(bags: Mapping[str, Counter[str]]) -> Callable[[str, str], float]:
    """Cosine of two documents' words (sublinear counts, log(1 + N/df) weights), cached."""
    n_docs = len(bags) or 1
    df: Counter[str] = Counter(w for bag in bags.values() for w in bag)
    vectors = {}
    for name, bag in bags.items():
        v = {w: (1 + math.log(k)) * math.log(1 + n_docs / df[w]) for w, k in bag.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vectors[name] = {w: x / norm for w, x in v.items()}
    cache: dict[tuple[str, str], float] = {}

    def similarity(a: str, b: str) -> float:
        key = (a, b) if a < b else (b, a)
        if key not in cache:
            va, vb = vectors.get(a, {}), vectors.get(b, {})
            cache[key] = sum(x * vb.get(w, 0.0) for w, x in va.items())
        return cache[key]

    return similarity


def _weights(mentions: Sequence[_Mention]) -> dict[str, float]:
    """log(1 + N/df) over documents: flat in a small corpus, rare words dominate a large one."""
    holders: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        for word in m.context:
            holders[word].add(m.sentence.source)
    n_docs = len({m.sentence.source for m in mentions}) or 1
    return {w: math.log(1 + n_docs / len(docs)) for w, docs in holders.items()}


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
    from ..quantities.compare import heads_related

    if not a.head or not b.head:
        return 0.0
    if a.head == b.head:
        return 1.0
    return 0.8 if heads_related(a.head, b.head) else 0.0


def _same_subject(a: _Mention, b: _Mention) -> bool:
    """True when both name someone or something in common ("Turkey", "Pine Ridge")."""
    return bool(a.names & b.names)


def _same_time(a: _Mention, b: _Mention) -> bool:
    """False when both figures are dated and their dates disagree ("in May" vs "in June")."""
    from ..quantities.compare import compare

    if a.when is None or b.when is None:
        return True
    return compare(a.when, b.when).outcome is not Outcome.INCONSISTENT


def _statement(m: _Mention, value: str, disputed: bool) -> Statement:
    item = m.item
    return Statement(m.sentence, m.kind, item.text, value, item.start, item.end, disputed)


def find_conflicts(corpus: Any, threshold: float = CONTEXT_MATCH) -> list[ConflictGroup]:
    """Conflict groups of `corpus`, most confident first."""
    from ..quantities.compare import compare

    bags: dict[str, Counter[str]] = defaultdict(Counter)
    mentions = list(_mentions(corpus, bags))
    weight = _weights(mentions)
    topic = _topic_similarity(bags)
    conflicts: list[tuple[int, int, float, str]] = []
    agree: dict[int, set[int]] = defaultdict(set)
    values: dict[int, str] = {}
    for i, j in _candidate_pairs(mentions):
        a, b = mentions[i], mentions[j]
        # the same fact is told by articles on the same story; figures of unrelated stories
        # that happen to share a few words are not compared
        if topic(a.sentence.source, b.sentence.source) < SAME_STORY:
            continue
        head = _heads_match(a, b)
        if head == 0.0:
            continue
        similarity = context_similarity(a.context, b.context, weight)
        if similarity < threshold or not _same_subject(a, b) or not _same_time(a, b):
            continue
        forward, backward = compare(a.item, b.item), compare(b.item, a.item)
        outcomes = {forward.outcome, backward.outcome}
        if outcomes == {Outcome.CONSISTENT}:
            agree[i].add(j)
            agree[j].add(i)
        elif outcomes == {Outcome.INCONSISTENT}:
            conflicts.append((i, j, min(1.0, similarity * head), forward.reason))
        else:
            continue
        values.setdefault(i, forward.claim_value)
        values.setdefault(j, forward.evidence_value)

    def aligned(i: int, j: int) -> bool:
        # Two sentences that agree on one value and differ on another are often parallel
        # ("rose 7.1bn in December, up from 6.4bn in November"): a disagreement counts only
        # between values in the same position relative to the values they agree on.
        a, b = mentions[i], mentions[j]
        anchors = [
            (mentions[k].rank, mentions[m].rank)
            for k in agree_in[(a.sentence, b.sentence)]
            for m in agree[k]
            if mentions[m].sentence == b.sentence and mentions[k].kind == a.kind
        ]
        return not anchors or any(a.rank - x == b.rank - y for x, y in anchors)

    agree_in: dict[tuple[Sentence, Sentence], set[int]] = defaultdict(set)
    for k, partners in agree.items():
        for m in partners:
            agree_in[(mentions[k].sentence, mentions[m].sentence)].add(k)

    def restated(i: int, j: int) -> bool:
        # a figure that the other document also states is not disputed by it: the two
        # values in disagreement must then be about different things
        other = mentions[j].sentence.source
        return any(mentions[k].sentence.source == other for k in agree[i])

    kept = [
        (i, j, c, r)
        for i, j, c, r in conflicts
        if aligned(i, j) and not restated(i, j) and not restated(j, i)
    ]
    return _groups(mentions, kept, agree, values)


def _groups(
    mentions: Sequence[_Mention],
    conflicts: Sequence[tuple[int, int, float, str]],
    agree: Mapping[int, set[int]],
    values: Mapping[int, str],
) -> list[ConflictGroup]:
    parent = list(range(len(mentions)))

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, j, _, _ in conflicts:
        parent[root(j)] = root(i)
    members: dict[int, set[int]] = defaultdict(set)
    scores: dict[int, float] = defaultdict(float)
    reasons: dict[int, list[str]] = defaultdict(list)
    for i, j, confidence, reason in conflicts:
        top = root(i)
        members[top].update((i, j))
        scores[top] = max(scores[top], confidence)
        if reason not in reasons[top]:
            reasons[top].append(reason)
    groups = []
    for top, inside in members.items():
        # statements that agree with a member join its group (without merging groups), so
        # the group shows every source of the fact
        shown = inside | {k for i in inside for k in agree.get(i, ())}
        ordered = sorted(
            shown,
            key=lambda k: (
                mentions[k].sentence.source,
                mentions[k].sentence.start,
                mentions[k].item.start,
            ),
        )
        statements = tuple(_statement(mentions[k], values[k], k in inside) for k in ordered)
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
